import type { Rule } from "../types.js";

const FIELD_MANUAL = "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes";

/** Zoho Mail. */
export const ZOHO_RULES: readonly Rule[] = [
  {
    // smtp.zoho.com (submission), not the MX: the account may not send as that From address.
    id: "zoho.sender-not-allowed",
    provider: "zoho",
    match: { any: ["Relaying disallowed as"] },
    decide: { reason: "norelaying", meaning: "Zoho refuses a From address this account may not send as." },
    example: "553 Relaying disallowed as myemail@email.com",
    source: "https://github.com/bredikhin/meteor-contact-form/issues/6",
  },
  {
    id: "zoho.relaying-disallowed",
    provider: "zoho",
    match: { any: ["Relaying disallowed"] },
    decide: {
      reason: "userunknown",
      meaning: "An unknown address at a domain Zoho hosts.",
    },
    example: "failed,5.1.1 (bad destination mailbox address),smtp;553 Relaying disallowed,mx.zoho.com",
    source: `${FIELD_MANUAL}/553.json`,
  },
  {
    id: "zoho.mail-policy",
    provider: "zoho",
    match: { any: ["MailPolicy violation"] },
    decide: {
      reason: "policyviolation",
      meaning: "A Zoho Mail policy of the recipient refused the message.",
    },
    example: "smtp;554 5.2.3 MailPolicy violation Error delivering to mailboxes,mx.zoho.com",
    source: `${FIELD_MANUAL}/554.json`,
  },
  {
    id: "zoho.virus",
    provider: "zoho",
    match: { all: ["virus", "detected by Zoho Mail"] },
    decide: { reason: "virusdetected", meaning: "Zoho Mail's scanner found a virus in the message." },
    example: "smtp;552 5.7.1 virus [name] detected by Zoho Mail",
    source: `${FIELD_MANUAL}/552.json`,
  },
  {
    id: "zoho.flagged-spam",
    provider: "zoho",
    match: { any: ["Email flagged as Spam", "Email detected as Spam"] },
    decide: { reason: "spamdetected", meaning: "Zoho's filter judged the message to be spam." },
    example: "smtp;554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.",
    source: `${FIELD_MANUAL}/554.json`,
  },
  {
    id: "zoho.dmarc",
    provider: "zoho",
    match: { any: ["Email rejected per DMARC policy"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed DMARC and the From: domain's policy is reject.",
    },
    example: "smtp;550 5.7.1 Email rejected per DMARC policy for zoho.com",
    source: `${FIELD_MANUAL}/550.json`,
  },
];
