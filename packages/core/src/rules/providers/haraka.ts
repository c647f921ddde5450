import type { Rule } from "../types.js";

/** Haraka (Node.js MTA). */
export const HARAKA_RULES: readonly Rule[] = [
  {
    id: "haraka.cannot-deliver",
    provider: "haraka",
    match: { any: ["I cannot deliver mail for"] },
    decide: {
      reason: "userunknown",
      meaning: "No Haraka plugin accepted this recipient or its domain.",
    },
    example: "550 I cannot deliver mail for <k.e.-urban@arcor.de>",
    source:
      "https://github.com/haraka/Haraka/blob/master/connection.js (default reply text); example from a Haraka log",
  },
  {
    id: "haraka.gave-up-all-mxs",
    provider: "haraka",
    // "Tried all MXs" alone is Haraka's temporary failure; "Too many failures" is its final bounce.
    match: { all: ["Too many failures", "Tried all MXs"] },
    decide: {
      reason: "networkerror",
      type: "hard",
      meaning: "Haraka reached no MX of the domain and gave up.",
    },
    example: "Too many failures (Tried all MXs)",
    source:
      "https://github.com/haraka/Haraka/issues/568 (bounce: 'This is a permanent error; I've given up')",
  },
];
