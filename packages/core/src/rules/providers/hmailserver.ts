import type { Rule } from "../types.js";

const SOURCE =
  "https://nitindupare.blogspot.com/2012/09/smtp-error-messages.html (hMailServer's SMTP error messages)";

/** hMailServer's own protocol refusals (its SMTPConnection.cpp), which read like policy blocks elsewhere. */
export const HMAILSERVER_RULES: readonly Rule[] = [
  {
    id: "hmailserver.ehlo-invalid",
    provider: "hmailserver",
    match: { any: ["EHLO Invalid domain address", "HELO Invalid domain address"] },
    decide: {
      reason: "syntaxerror",
      meaning: "Your EHLO/HELO name is not a valid domain.",
    },
    example: "501 EHLO Invalid domain address.",
    source: SOURCE,
  },
  {
    id: "hmailserver.excessive-data",
    provider: "hmailserver",
    match: { any: ["Excessive amounts of data sent to server"] },
    decide: { reason: "syntaxerror", meaning: "The client sent a long run of data without a line break." },
    example: "421 Excessive amounts of data sent to server.",
    source: SOURCE,
  },
];
