// Cold start: a fresh Node process imports @bounced/core and explains one reply. Timed inside the child
// (performance.now() around the import and the first call) and, for context, as the whole process.
import { spawnSync } from "node:child_process";
import { median } from "./harness.mjs";

const REPLY =
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.";

const ESM = `
const t0 = performance.now();
const core = await import("@bounced/core");
const t1 = performance.now();
const e = core.explain(${JSON.stringify(REPLY)});
const t2 = performance.now();
if (typeof e.type !== "string") throw new Error("explain() returned no type");
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1, total: t2 - t0 }));
`;

const CJS = `
const t0 = performance.now();
const core = require("@bounced/core");
const t1 = performance.now();
const e = core.explain(${JSON.stringify(REPLY)});
const t2 = performance.now();
if (typeof e.type !== "string") throw new Error("explain() returned no type");
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1, total: t2 - t0 }));
`;

function spawnTimed(cwd, args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    const why = child.stderr.split("\n").find((line) => /^\w*Error\b/.test(line)) ?? child.stderr.trim();
    throw new Error(`a fresh node process failed (exit ${child.status}): ${why}`);
  }
  return { wallMs, stdout: child.stdout };
}

/**
 * Median of `runs` fresh processes each for ESM import, CJS require, and an empty Node for comparison.
 * `cwd` has node_modules/@bounced/core, so the bare specifier resolves as in a user's project.
 */
export function measureColdStart(cwd, runs = 15) {
  const esm = [];
  const cjs = [];
  const empty = [];
  // one throw-away run of each warms the OS file cache, as a user's second run would be
  spawnTimed(cwd, ["--input-type=module", "-e", ESM]);
  spawnTimed(cwd, ["-e", CJS]);
  for (let i = 0; i < runs; i++) {
    const a = spawnTimed(cwd, ["--input-type=module", "-e", ESM]);
    esm.push({ ...JSON.parse(a.stdout), wall: a.wallMs });
    const b = spawnTimed(cwd, ["-e", CJS]);
    cjs.push({ ...JSON.parse(b.stdout), wall: b.wallMs });
    empty.push(spawnTimed(cwd, ["-e", ""]).wallMs);
  }
  const summarize = (samples) => ({
    loadMs: median(samples.map((s) => s.load)),
    firstExplainMs: median(samples.map((s) => s.first)),
    totalMs: median(samples.map((s) => s.total)),
    processWallMs: median(samples.map((s) => s.wall)),
  });
  return { runs, esm: summarize(esm), cjs: summarize(cjs), emptyNodeWallMs: median(empty) };
}
