import type { Rule } from "../types.js";

const SPEC = "https://www.exim.org/exim-html-current/doc/html/spec_html/";

/** Exim: its own reject wording and the texts it writes in its own bounces. */
export const EXIM_RULES: readonly Rule[] = [
  {
    id: "exim.sender-verify-failed",
    provider: "exim",
    match: { any: ["Sender verify failed", "Verification failed for"] },
    decide: {
      reason: "rejected",
      meaning: "Exim's callout to verify your MAIL FROM address failed.",
      url: `${SPEC}ch-access_control_lists.html`,
    },
    example:
      "550-Verification failed for <szepe@pinerecords.com> 550-(result of earlier verification reused). 550 Sender verify failed",
    source: "linux-kernel mailing list, 2004-08-11 (an Exim reply quoted by Tomas Szepe)",
  },
  {
    // smtp_in.c: "501 <x>: sender address must contain a domain".
    id: "exim.sender-unqualified",
    provider: "exim",
    match: { any: ["sender address must contain a domain"] },
    decide: { reason: "rejected", meaning: "The envelope sender has no domain." },
    example: "<trapperkeeper>: sender address must contain a domain",
    source: "https://github.com/dropbox/trapperkeeper/pull/10",
  },
  {
    id: "exim.mailbox-full",
    provider: "exim",
    match: { any: ["mailbox is full", "MTA-imposed quota exceeded"] },
    decide: {
      reason: "mailboxfull",
      meaning: "The recipient's mailbox is over its quota.",
      url: `${SPEC}ch-the_appendfile_transport.html`,
    },
    example: "mailbox is full: retry timeout exceeded",
    source: "sisimai:lhost-exim-60.eml",
  },
  {
    id: "exim.retry-timeout",
    provider: "exim",
    // Only Exim's own final words: "<remote reply>: retry timeout exceeded" keeps the remote reply's meaning,
    // and the generic expired rule catches the phrase when nothing more specific does.
    match: { any: ["all hosts have been failing for a long time"] },
    decide: {
      reason: "expired",
      meaning: "Exim's retries ran past its retry time limit.",
      url: `${SPEC}ch-retry_configuration.html`,
    },
    example: "all hosts have been failing for a long time and were last tried after this message arrived",
    source: "sisimai:lhost-exim-08.eml",
  },
  {
    id: "exim.unrouteable",
    provider: "exim",
    match: { any: ["Unrouteable address", "all relevant MX records point to non-existent hosts"] },
    decide: {
      reason: "hostunknown",
      meaning: "Exim found no route to the recipient's domain.",
      url: `${SPEC}ch-the_dnslookup_router.html`,
    },
    example: "Unrouteable address",
    source: "sisimai:lhost-mailru-06.eml",
  },
];
