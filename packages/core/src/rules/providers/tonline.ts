import type { Rule } from "../types.js";

/**
 * Deutsche Telekom T-Online. Its refusals all read "A problem occurred. (Ask your postmaster for help or
 * to contact tosa@rx.t-online.de to clarify.)" followed by a bracketed reason tag.
 */
export const TONLINE_RULES: readonly Rule[] = [
  {
    id: "tonline.blocklisted",
    provider: "tonline",
    // T-Online's refusal of the connecting IP, with or without its tag (BL: its own block list).
    match: { any: ["A problem occurred"] },
    decide: {
      reason: "blocked",
      meaning: "T-Online refuses the sending IP.",
    },
    example:
      "450 4.7.1 [EAB] 554 IP=23.83.222.30 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    source: "https://pastebin.com/sSR9QSuC",
  },
];
