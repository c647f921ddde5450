/**
 * @bounced/cli — the `bounce` command as a library, so it can be tested and embedded.
 *
 * Public surface, by name. The colour decision and the line reader are internal.
 */
export { type FormatOptions, formatExplanation } from "./format.js";
export { EXIT, type RunIO, run } from "./run.js";
