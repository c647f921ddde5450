// An esbuild plugin for the published bundle, applied to the data modules (the rule tables in src/rules/
// and the generated standards tables in src/data/generated/):
//
// 1. It removes the `example` and `source` properties from the rule tables (and the `note` of the code
//    defaults). They are the evidence each rule was written for — kept in the source tables, checked by
//    the tests (every rule must match its own example) — but users' bundles need only the matching data,
//    and the evidence would more than double core's size.
// 2. It turns each data module whose exports are plain data into `JSON.parse("…")` calls. JavaScript
//    engines parse a JSON string several times faster than the same object literal, which is most of
//    core's import time.
import { readFile } from "node:fs/promises";
import { transformSync } from "esbuild";
import ts from "typescript";

const STRIPPED = new Set(["example", "source"]);
// The notes of the code defaults repeat the registry titles that explain() reports anyway.
const STRIPPED_IN_CODES = new Set(["example", "source", "note"]);
const DATA_MODULE = /[\\/]src[\\/](rules|data[\\/]generated)[\\/].*\.ts$/;

export function stripEvidence() {
  return {
    name: "bounced-data-modules",
    setup(build) {
      build.onLoad({ filter: DATA_MODULE }, async (args) => {
        const text = await readFile(args.path, "utf8");
        const stripped = /[\\/]src[\\/]rules[\\/]/.test(args.path) ? strip(args.path, text) : text;
        return { contents: asJson(stripped) ?? stripped, loader: "ts" };
      });
    },
  };
}

function strip(path, text) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // Collect the ranges of `example: …` / `source: …` properties in object literals, then cut them.
  const cuts = [];
  const names = /[\\/]codes\.ts$/.test(path) ? STRIPPED_IN_CODES : STRIPPED;
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
  return out + text.slice(at);
}

/**
 * A module that imports no values and exports only plain data (arrays, objects, strings, numbers,
 * booleans, null) is evaluated here and re-emitted as `export const NAME = JSON.parse("…")`. Anything else (a function, a value import, a class) returns null: left as it is.
 */
function asJson(tsSource) {
  if (/^\s*import\s+(?!type\b)/m.test(tsSource)) return null;
  const { code } = transformSync(tsSource, { loader: "ts", format: "cjs" });
  const module = { exports: {} };
  try {
    new Function("module", "exports", "require", code)(module, module.exports, () => {
      throw new Error("no requires in data modules");
    });
  } catch {
    return null;
  }
  const lines = [];
  for (const [name, value] of Object.entries(module.exports)) {
    if (!isPlainData(value)) return null;
    lines.push(
      `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});`,
    );
  }
  // Type declarations need not be kept: esbuild erases type-only imports (verbatimModuleSyntax), and the
  // .d.ts files are built from the sources, not through this plugin.
  return lines.join("\n");
}

function isPlainData(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((v) => v !== undefined && isPlainData(v));
  }
  return false;
}
