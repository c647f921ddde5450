import type { Rule } from "../types.js";

/** Courier mail server and its maildrop delivery agent. */
export const COURIER_RULES: readonly Rule[] = [
  {
    id: "courier.maildir-over-quota",
    provider: "courier",
    match: { any: ["maildir over quota"] },
    decide: {
      reason: "mailboxfull",
      meaning: "The recipient's maildir is over its quota.",
      url: "https://www.courier-mta.org/maildrop/",
    },
    example: "Permission denied. Command output: maildrop: maildir over quota.",
    source: "https://support.gmx.com/email/composing-and-sending/bounce-reject.html",
  },
];
