import type { Rule } from "../types.js";

const ERRORS = "https://www.cox.com/residential/support/email-error-codes.html";

/** Cox Communications. Replies carry an AUP# tag and link to Cox's error-code page. */
export const COX_RULES: readonly Rule[] = [
  {
    id: "cox.sender-blocklisted",
    provider: "cox",
    match: { any: ["CDRBL"] },
    decide: {
      reason: "blocked",
      meaning: "Cox refuses the sender because it is on Cox's own blocklist (AUP#CDRBL).",
      url: ERRORS,
    },
    example:
      "550 5.1.0 <bounce@mailer.cnt1.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL",
    source: "sisimai:rhost-cox-01.eml",
  },
  {
    id: "cox.no-rdns",
    provider: "cox",
    match: { any: ["rejected - no rdns", "dns check failure - try again later"] },
    decide: {
      reason: "requireptr",
      meaning: "The sending IP has no valid reverse DNS (PTR) record.",
      url: ERRORS,
    },
    example: "rejected - no rdns",
    source: "reference/provider-patterns.csv",
  },
  {
    id: "cox.too-many-sessions",
    provider: "cox",
    match: { any: ["too many sessions from", "message threshold exceeded"] },
    decide: {
      reason: "ratelimited",
      meaning: "Too many connections or messages from your IP; slow down.",
      url: ERRORS,
    },
    example: "message threshold exceeded",
    source: "reference/provider-patterns.csv",
  },
];
