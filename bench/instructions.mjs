#!/usr/bin/env node
// Instructions instead of milliseconds: counts the CPU instructions (valgrind's "I refs") of a fresh Node
// process that loads a build of core and runs the first explain() (cold start), and the instructions per
// call of a warmed-up explain() or parseReply() over a set of inputs. Node runs with V8's --predictable
// (one thread, fixed seeds), so the counts repeat to within ~0.01 % from run to run, where wall-clock
// times on a shared machine move by 10–30 %: small changes show up. They are not milliseconds (a cache
// miss and an add count alike) and --predictable turns off concurrent compilation; confirm a win in time
// too (cold-compare.mjs, `pnpm bench`). Needs valgrind on PATH; ~10 s per cold count, ~40 s per call count.
//
//   node bench/instructions.mjs <dirA> [<dirB> …] [--cold] [--calls one|bare|multi] [--fn explain|parseReply]
//
// Each dir is a package directory with dist/index.js and dist/index.cjs (another build of core).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: {
    cold: { type: "boolean" },
    calls: { type: "string" },
    fn: { type: "string" },
  },
  allowPositionals: true,
});
if (positionals.length < 1) {
  process.stderr.write(
    "usage: node bench/instructions.mjs <dirA> [<dirB> …] [--cold] [--calls one|bare|multi] [--fn explain|parseReply]\n",
  );
  process.exit(2);
}
const dirs = positionals.map((d) => path.resolve(d));
const cold = values.cold === true || values.calls === undefined;
const INPUTS = pathToFileURL(fileURLToPath(new URL("./inputs.mjs", import.meta.url))).href;

const REPLY =
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.";

/** valgrind's instruction count of `node --predictable <args>`. */
function instructions(args) {
  const child = spawnSync(
    "valgrind",
    [
      "--tool=cachegrind",
      "--cache-sim=no",
      "--cachegrind-out-file=/dev/null",
      "--smc-check=all",
      process.execPath,
      "--predictable",
      ...args,
    ],
    { encoding: "utf8" },
  );
  if (child.error) throw new Error(`valgrind could not be run: ${child.error.message}`);
  const m = /I\s+refs:\s+([\d,]+)/.exec(child.stderr);
  if (child.status !== 0 || m === null)
    throw new Error(`valgrind or node failed:\n${child.stderr.slice(-500)}`);
  return Number(m[1].replace(/,/g, ""));
}

const esmCold = (dir) => [
  "--input-type=module",
  "-e",
  `const core = await import(${JSON.stringify(pathToFileURL(path.join(dir, "dist/index.js")).href)}); core.explain(${JSON.stringify(REPLY)});`,
];
const cjsCold = (dir) => [
  "-e",
  `const core = require(${JSON.stringify(path.join(dir, "dist/index.cjs"))}); core.explain(${JSON.stringify(REPLY)});`,
];
/** A warmed-up loop of `n` more calls: the difference of two counts is the cost of those calls. */
const loop = (dir, set, fn, n) => [
  "--input-type=module",
  "-e",
  `const core = await import(${JSON.stringify(pathToFileURL(path.join(dir, "dist/index.js")).href)});
   const { ONE_LINE_REPLIES, BARE_CODES, MULTI_LINE_REPLIES } = await import(${JSON.stringify(INPUTS)});
   const inputs = { one: ONE_LINE_REPLIES, bare: BARE_CODES, multi: MULTI_LINE_REPLIES }[${JSON.stringify(set)}];
   const f = core[${JSON.stringify(fn)}];
   let s = 0;
   for (let i = 0; i < 30000; i++) s += f(inputs[i % inputs.length]) ? 1 : 0;
   for (let i = 0; i < ${n}; i++) s += f(inputs[i % inputs.length]) ? 1 : 0;
   if (s < 0) console.log(s);`,
];

const fmt = (n) => Math.round(n).toLocaleString("en-US");
const out = [];
const base = [];
if (cold) {
  const empty = { cjs: instructions(["-e", ""]), esm: instructions(["--input-type=module", "-e", ""]) };
  out.push(
    `Cold start: instructions of load + first explain() beyond an empty node (${fmt(empty.esm)} import, ${fmt(empty.cjs)} require)`,
  );
  dirs.forEach((dir, k) => {
    const esm = instructions(esmCold(dir)) - empty.esm;
    const cjs = instructions(cjsCold(dir)) - empty.cjs;
    if (k === 0) base.push(esm, cjs);
    const vs = k === 0 ? "" : `   (÷ A: ${(esm / base[0]).toFixed(3)}, ${(cjs / base[1]).toFixed(3)})`;
    out.push(`${String.fromCharCode(65 + k)}: import ${fmt(esm)}, require ${fmt(cjs)}${vs}   ${dir}`);
  });
}
if (values.calls !== undefined) {
  const set = values.calls;
  const fn = values.fn ?? "explain";
  const n = set === "multi" ? 2000 : 10000;
  out.push(`Per call: instructions of one warmed-up ${fn}() over the "${set}" inputs`);
  dirs.forEach((dir, k) => {
    const perCall = (instructions(loop(dir, set, fn, n)) - instructions(loop(dir, set, fn, 0))) / n;
    if (k === 0) base.push(perCall);
    const vs = k === 0 ? "" : `   (÷ A: ${(perCall / base[base.length - 1]).toFixed(3)})`;
    out.push(`${String.fromCharCode(65 + k)}: ${fmt(perCall)}${vs}   ${dir}`);
  });
}
process.stdout.write(`${out.join("\n")}\n`);
