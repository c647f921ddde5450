import type { Rule } from "../types.js";

/** Cox Communications. Replies carry an AUP# tag and link to Cox's error-code page. */
export const COX_RULES: readonly Rule[] = [
  {
    id: "cox.sender-blocklisted",
    provider: "cox",
    match: { any: ["CDRBL"] },
    decide: {
      reason: "blocked",
      meaning: "The sender is on Cox's own blocklist (AUP#CDRBL).",
    },
    example:
      "550 5.1.0 <bounce@mailer.cnt1.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL",
    source: "sisimai:rhost-cox-01.eml",
  },
  {
    id: "cox.ip-blocked",
    provider: "cox",
    match: { any: ["AUP#CXBL"] },
    decide: {
      reason: "blocked",
      meaning: "Cox blocked the sending IP for spam (AUP#CXBL).",
    },
    example: "554 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL",
    source:
      "https://forums.cox.com/discussions/internet/emails-to-me-from-rice-edu-being-rejected-aupcxbl-error-554-5-0-0/122275",
  },
  {
    id: "cox.concurrent-connections",
    provider: "cox",
    match: { any: ["AUP#CXCNCT", "AUP#CXMXRT"] },
    decide: {
      reason: "ratelimited",
      meaning: "Too many connections or messages from your IP (CXCNCT/CXMXRT).",
    },
    example: "421 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXCNCT",
    source:
      "https://forums.cox.com/discussions/internet/mail-being-blocked-from-500-pm-to-700-am---error-cxcnct/136938",
  },
  {
    id: "cox.no-rdns",
    provider: "cox",
    match: { any: ["rejected - no rdns", "dns check failure - try again later"] },
    decide: {
      reason: "requireptr",
      meaning: "The sending IP has no valid reverse DNS (PTR) record.",
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
    },
    example: "message threshold exceeded",
    source: "reference/provider-patterns.csv",
  },
];
