// An esbuild plugin for the published bundle: removes the `example` and `source` properties from the
// rule tables in src/rules/ (and the `note` of the code defaults). They are the evidence each rule was written for — kept in the source tables,
// checked by the tests (every rule must match its own example) — but users' bundles need only the
// matching data, and the evidence would more than double core's size.
import { readFile } from "node:fs/promises";
import ts from "typescript";

const STRIPPED = new Set(["example", "source"]);
// The notes of the code defaults repeat the registry titles that explain() reports anyway.
const STRIPPED_IN_CODES = new Set(["example", "source", "note"]);

export function stripEvidence() {
  return {
    name: "bounced-strip-evidence",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]rules[\\/].*\.ts$/ }, async (args) => {
        const text = await readFile(args.path, "utf8");
        const source = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
        // Collect the ranges of `example: …` / `source: …` properties in object literals, then cut them.
        const cuts = [];
        const names = /[\\/]codes\.ts$/.test(args.path) ? STRIPPED_IN_CODES : STRIPPED;
        const visit = (node) => {
          if (ts.isObjectLiteralExpression(node)) {
            for (const prop of node.properties) {
              if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name) && names.has(prop.name.text)) {
                let end = prop.getEnd();
                if (text[end] === ",") end++;
                cuts.push([prop.getStart(source), end]);
              }
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
        let out = "";
        let at = 0;
        for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
          out += text.slice(at, start);
          at = end;
        }
        out += text.slice(at);
        return { contents: out, loader: "ts" };
      });
    },
  };
}
