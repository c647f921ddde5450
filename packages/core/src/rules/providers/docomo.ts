import type { Rule } from "../types.js";

/**
 * NTT Docomo. Docomo answers "550 Unknown user" both for an address that does not exist (at RCPT TO) and,
 * after the message was sent (end of DATA), for a recipient whose reception filter refused the sender.
 */
export const DOCOMO_RULES: readonly Rule[] = [
  {
    id: "docomo.filtered-after-data",
    provider: "docomo",
    match: { command: ["DATA"], any: ["Unknown user", "User unknown"] },
    decide: {
      reason: "filtered",
      meaning: "The recipient's reception filter refused this sender.",
    },
    example:
      "<***@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.181.240] said: 550 Unknown user ***@docomo.ne.jp (in reply to end of DATA command)",
    source:
      "Sisimai Rhost::NTTDOCOMO (Debian libsisimai-perl), transcript quoted in its comments: DATA → filtered",
  },
];
