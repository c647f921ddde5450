import type { Rule } from "../types.js";

const REMOTE =
  "https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages";

/**
 * GreenArrow Engine, a sending MTA built on qmail: most of its delivery texts are qmail-remote's (qmail's rules read
 * them); these are the ones it adds, each from its table of remote delivery attempt messages.
 */
export const GREENARROW_RULES: readonly Rule[] = [
  {
    // "… used up for this domain", "… full due to max concurrent connections / max delivery attempts per hour".
    id: "greenarrow.backlog-full",
    provider: "greenarrow",
    match: { any: ["All connection backlog slots"] },
    decide: { reason: "ratelimited", meaning: "GreenArrow's own throttling deferred the message, untried." },
    example: "All connection backlog slots used up for this domain.",
    source: REMOTE,
  },
  {
    id: "greenarrow.no-mx-policy",
    provider: "greenarrow",
    match: { any: ["delivery without MX records prohibited by local policy"] },
    decide: {
      reason: "hostunknown",
      meaning: "The recipient's domain has no MX record.",
    },
    example:
      "Sorry, the host named {HOSTNAME} does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)",
    source: REMOTE,
  },
];
