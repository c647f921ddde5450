import type { Rule } from "../types.js";

/** Haraka (Node.js MTA). */
export const HARAKA_RULES: readonly Rule[] = [
  {
    id: "haraka.cannot-deliver",
    provider: "haraka",
    // Haraka answers this when no rcpt plugin took the recipient: with the stock rcpt_to.in_host_list, a domain not in
    // config/host_list from a client not allowed to relay (haraka/Haraka#2884, #2824, #3437: gmail.com recipients refused
    // until the domain was listed or the client authenticated). An unknown user at a handled domain gets its plugin's own
    // words, so this one is a relay refusal, and the address may be good.
    match: { any: ["I cannot deliver mail for"] },
    decide: {
      reason: "norelaying",
      meaning: "No Haraka plugin accepted this recipient's domain: relaying is not allowed for this client.",
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
