// A small timing harness: warm-up, several rounds, medians. Every figure is taken next to a baseline
// measured in the same rounds, so a slow or busy machine changes both and their ratio stays comparable.

/** Results are folded into this so the JIT cannot drop the calls being timed. */
let sink = 0;
export function sinkValue() {
  return sink;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Cycle `inputs` into an array of at least `min` items, so the clock is read once per ~`min` calls. */
function batch(inputs, min = 1000) {
  const out = [];
  while (out.length < min) out.push(...inputs);
  return out;
}

function fold(result) {
  if (typeof result === "string") return result.length;
  if (result === undefined || result === null) return 0;
  return typeof result.type === "string" ? result.type.length : 1;
}

/** Call `fn` over `items` repeatedly for at least `minMs`; returns ns per call. */
function timeFor(fn, items, minMs) {
  const budget = BigInt(Math.round(minMs * 1e6));
  let calls = 0;
  let local = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  do {
    for (let i = 0; i < items.length; i++) local += fold(fn(items[i]));
    calls += items.length;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < budget);
  sink = (sink + local) | 0;
  return Number(elapsed) / calls;
}

/**
 * Time `fn` against `baseline` over the same inputs: warm both up, then `rounds` rounds, each timing the
 * baseline and then `fn` for at least `minMs`. Returns medians of ns/op and of the per-round ratio.
 */
export function measureAgainstBaseline(
  fn,
  baseline,
  inputs,
  { rounds = 7, minMs = 200, warmupMs = 300 } = {},
) {
  const items = batch(inputs);
  timeFor(baseline, items, warmupMs / 2);
  timeFor(fn, items, warmupMs);
  const ns = [];
  const baseNs = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const b = timeFor(baseline, items, minMs / 2);
    const f = timeFor(fn, items, minMs);
    baseNs.push(b);
    ns.push(f);
    ratios.push(f / b);
  }
  const nsPerOp = median(ns);
  return {
    inputs: inputs.length,
    rounds,
    nsPerOp,
    opsPerSec: 1e9 / nsPerOp,
    baselineNsPerOp: median(baseNs),
    ratio: median(ratios),
    spread: { minNsPerOp: Math.min(...ns), maxNsPerOp: Math.max(...ns) },
  };
}

/** Milliseconds for one call of `fn(input)`, median of `runs` runs (after one warm-up call). */
export function timeOnce(fn, input, runs = 3) {
  fold(fn(input));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    sink = (sink + fold(fn(input))) | 0;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
