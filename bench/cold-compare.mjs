#!/usr/bin/env node
// Cold start of two (or more) builds of core, side by side: fresh Node processes alternate between the
// builds (A, B, A, B, …) so that load from other work on a shared machine falls on all of them alike.
// Each process imports (or requires) one build's dist/ and runs the first explain(), timed inside the
// child. Prints medians per build and the median of the per-pair ratios B ÷ A, which moves much less
// with machine load than the medians themselves.
//
//   node bench/cold-compare.mjs <dirA> <dirB> [--runs 31]
//
// Each dir is a package directory with dist/index.js and dist/index.cjs (another build of core).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { median } from "./harness.mjs";

const { values, positionals } = parseArgs({
  options: { runs: { type: "string" } },
  allowPositionals: true,
});
if (positionals.length < 1) {
  process.stderr.write("usage: node bench/cold-compare.mjs <dirA> [<dirB> …] [--runs 31]\n");
  process.exit(2);
}
const runs = Number(values.runs ?? 31);
const dirs = positionals.map((d) => path.resolve(d));

const REPLY =
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.";
const timed = (load) =>
  `const t0 = performance.now(); ${load} const t1 = performance.now();
   core.explain(${JSON.stringify(REPLY)}); const t2 = performance.now();
   process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t2 - t0]));`;
const esm = (dir) => [
  "--input-type=module",
  "-e",
  timed(`const core = await import(${JSON.stringify(pathToFileURL(path.join(dir, "dist/index.js")).href)});`),
];
const cjs = (dir) => [
  "-e",
  timed(`const core = require(${JSON.stringify(path.join(dir, "dist/index.cjs"))});`),
];

function run(args) {
  const child = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`a fresh node process failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout);
}

const samples = dirs.map(() => ({ esm: [], cjs: [] }));
// One throw-away run of each warms the OS file cache.
for (const dir of dirs) {
  run(esm(dir));
  run(cjs(dir));
}
for (let i = 0; i < runs; i++) {
  for (let k = 0; k < dirs.length; k++) {
    samples[k].esm.push(run(esm(dirs[k])));
    samples[k].cjs.push(run(cjs(dirs[k])));
  }
}

const ms = (n) => `${n.toFixed(2)} ms`;
const summary = (list) =>
  `load ${ms(median(list.map((s) => s[0])))}, first explain ${ms(median(list.map((s) => s[1])))}, total ${ms(median(list.map((s) => s[2])))}`;
const out = [`Cold start, median of ${runs} alternating fresh processes per build`];
for (let k = 0; k < dirs.length; k++) {
  out.push(`${String.fromCharCode(65 + k)}: ${dirs[k]}`);
  out.push(`   import:  ${summary(samples[k].esm)}`);
  out.push(`   require: ${summary(samples[k].cjs)}`);
}
for (let k = 1; k < dirs.length; k++) {
  const ratio = (kind) => median(samples[k][kind].map((s, i) => s[2] / samples[0][kind][i][2])).toFixed(3);
  out.push(
    `${String.fromCharCode(65 + k)} ÷ A, median of per-pair ratios of the total: import ${ratio("esm")}, require ${ratio("cjs")}`,
  );
}
process.stdout.write(`${out.join("\n")}\n`);
