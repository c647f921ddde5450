#!/usr/bin/env node
// Prints explain(), parseReply() and findBounceCodes() of every reply of the labelled sets (replies,
// fresh, fresh2) and of variants of each (case, wrappers, spacing, error objects), one JSON per line, for
// a given build of core: speed work compares two builds of the same rule data with `diff` (their outputs
// must be byte-identical).
//
//   node bench/outputs.mjs packages/core/dist/index.js > after.txt
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { BARE_CODES, MULTI_LINE_REPLIES, ONE_LINE_REPLIES } from "./inputs.mjs";

const entry = process.argv[2];
if (!entry) {
  process.stderr.write("usage: node bench/outputs.mjs <path to a build's dist/index.js>\n");
  process.exit(2);
}
const core = await import(pathToFileURL(entry).href);
const replies = [];
for (const name of ["replies", "fresh", "fresh2"]) {
  const file = new URL(`../packages/core/test/fixtures/replies/${name}.jsonl`, import.meta.url);
  for (const line of readFileSync(file, "utf8").split("\n"))
    if (line.trim()) replies.push(JSON.parse(line).reply);
}
const extra = [...BARE_CODES, ...ONE_LINE_REPLIES, ...MULTI_LINE_REPLIES, "", " ", null, 0, 600, "5.9.999"];
const variants = (r) =>
  typeof r !== "string"
    ? [r]
    : [
        r,
        r.toUpperCase(),
        r.toLowerCase(),
        `host mx.example.com[192.0.2.1] said: ${r} (in reply to RCPT TO command)`,
        r.replace(/ /g, "  "),
        r.replace(/ /g, "\r\n"),
        `Diagnostic-Code: smtp; ${r}`,
        r.slice(0, 40),
        r.slice(4),
        `Error: ${r}`,
        { response: r, responseCode: 550, code: "EENVELOPE", command: "RCPT TO" },
        { message: r, code: "ETIMEDOUT" },
      ];
const out = [];
for (const r of [...replies, ...extra]) {
  for (const v of variants(r)) {
    out.push(JSON.stringify(core.explain(v)));
    if (typeof v === "string")
      out.push(JSON.stringify(core.parseReply(v)), JSON.stringify(core.findBounceCodes(v)));
  }
}
process.stdout.write(`${out.join("\n")}\n`);
