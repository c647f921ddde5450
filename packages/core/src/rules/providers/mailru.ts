import type { Rule } from "../types.js";

const FIELD_MANUAL = "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json";

/** Mail.ru (mail.ru, inbox.ru, list.ru, bk.ru). */
export const MAILRU_RULES: readonly Rule[] = [
  {
    id: "mailru.sending-disabled",
    provider: "mailru",
    match: { any: ["sending for this account is disabled"] },
    decide: {
      reason: "securityerror",
      meaning: "Mail.ru stopped the sending account (compromise or spam).",
    },
    example: "550 message sending for this account is disabled",
    source: "https://mailout.ru/2015/09 (Mail.ru's submission errors explained)",
  },
  {
    id: "mailru.account-disabled",
    provider: "mailru",
    // "… is unavailable: user is terminated" (manyuanrong/deno-smtp#45) closes the account the same way.
    match: { all: ["invalid mailbox"], any: ["account is disabled", "user is terminated"] },
    decide: { reason: "suspend", meaning: "The Mail.ru account exists but is disabled." },
    example:
      "smtp;550 Message was not accepted -- invalid mailbox. Local mailbox example@mail.ru is unavailable: account is disabled",
    source: FIELD_MANUAL,
  },
  {
    id: "mailru.user-not-found",
    provider: "mailru",
    match: { any: ["Message was not accepted -- invalid mailbox"] },
    decide: { reason: "userunknown", meaning: "No Mail.ru mailbox has this address." },
    example:
      "550 Message was not accepted -- invalid mailbox.  Local mailbox adyanul34@mail.ru is unavailable: user not found",
    source:
      "a Postfix log line quoting mxs.mail.ru, in a public PHP repository's tests (exact-string search)",
  },
  {
    id: "mailru.dmarc",
    provider: "mailru",
    match: { any: ["owner DMARC policy", "postmaster/dmarc"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed DMARC and the From: domain's policy is reject.",
      url: "https://help.mail.ru/mail-help/postmaster/dmarc",
    },
    example:
      "550 5.7.1 This message was not accepted due to domain (libsisimai.org) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
    source: "sisimai:lhost-postfix-72.eml",
  },
  {
    id: "mailru.spam",
    provider: "mailru",
    match: { any: ["spam message rejected", "notspam-support"] },
    decide: {
      reason: "spamdetected",
      meaning: "Mail.ru's filter judged the message spam.",
    },
    example:
      "smtp;550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ or report details to abuse@corp.mail.ru. Error code: B5322EEFE1B8DBD174EEDCAFA7F0843535F9453D9C76A6483D451BB7364850E1. ID: #",
    source: FIELD_MANUAL,
  },
];
