#!/usr/bin/env node
// Whole bounce messages: explain() given each sample email of Sisimai's test corpus as it arrived (header
// fields, MIME parts, the returned message and all), scored against Sisimai's expected reason for the
// message's first record. The labelled sets (eval.mjs) score the reply text alone; this scores finding that
// text inside a real bounce message too. The corpus lives outside the project (../shared, read-only,
// optional): without it the script says so and exits 0.
//
//   node scripts/eval-messages.mjs [--corpus DIR] [--core dist/index.js] [--wrong] [--json]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { readJsonl, root, SISIMAI_RENAMES } from "./lib/labelled-sets.mjs";

const { values: opts } = parseArgs({
  options: {
    corpus: { type: "string", default: "/work/shared/corpus/sisimai" },
    core: { type: "string", default: join(root, "packages/core/dist/index.js") },
    wrong: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const expectedFile = join(opts.corpus, "expected.jsonl");
if (!existsSync(expectedFile)) {
  process.stdout.write(`no corpus at ${opts.corpus} (expected.jsonl missing): nothing to score\n`);
  process.exit(0);
}
const { explain } = await import(pathToFileURL(resolve(opts.core)).href);

const firstRecord = new Map();
for (const e of readJsonl(expectedFile)) if (!firstRecord.has(e.file)) firstRecord.set(e.file, e);

const wrong = [];
const confusion = new Map();
let scored = 0;
let right = 0;
for (const [file, e] of firstRecord) {
  const message = readFileSync(join(opts.corpus, file), "utf8");
  const expected = SISIMAI_RENAMES[e.reason] ?? e.reason;
  const got = explain(message);
  scored++;
  if (got.reason === expected) {
    right++;
  } else {
    const key = `${expected} → ${got.reason}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    wrong.push({ file, expected, got: got.reason, text: (got.details.text ?? "").slice(0, 160) });
  }
}
const pct = (n) => `${((100 * n) / scored).toFixed(1)} %`;
const top = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 15);
if (opts.json) {
  process.stdout.write(
    `${JSON.stringify({ core: resolve(opts.core), messages: scored, reason: right, accuracy: right / scored, confusion: Object.fromEntries(top), wrong: opts.wrong ? wrong : undefined }, null, 2)}\n`,
  );
} else {
  const out = [
    `bounced eval of whole messages — ${scored} sample emails of ${opts.corpus} (first record of each)`,
    `core: ${resolve(opts.core)}`,
    `reason right: ${right} of ${scored} (${pct(right)})`,
    "",
    "most frequent confusions (expected → got):",
    ...top.map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`),
  ];
  if (opts.wrong) out.push("", ...wrong.map((w) => `${w.file}: ${w.expected} → ${w.got} | ${w.text}`));
  process.stdout.write(`${out.join("\n")}\n`);
}
