import type { Rule } from "../types.js";

const FIELD_MANUAL = "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes";

/** Yandex Mail. */
export const YANDEX_RULES: readonly Rule[] = [
  {
    id: "yandex.suspected-spam",
    provider: "yandex",
    match: { any: ["Message rejected under suspicion of SPAM"] },
    decide: {
      reason: "spamdetected",
      meaning: "Yandex's filter judged the message spam.",
      url: "https://yandex.ru/support/mail/web/spam.html",
    },
    example: "smtp;554 5.7.1 [1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc ##",
    source: `${FIELD_MANUAL}/554.json`,
  },
  {
    id: "yandex.dmarc",
    provider: "yandex",
    match: { any: ["rejected per DMARC policy"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed DMARC and the From: domain's policy is reject.",
    },
    example: "smtp;550 5.7.1 Email rejected per DMARC policy for mail.ru #",
    source: `${FIELD_MANUAL}/550.json`,
  },
  {
    id: "yandex.recipient-blocked",
    provider: "yandex",
    match: { any: ["policy rejection on the target address"] },
    decide: {
      reason: "suspend",
      meaning: "Yandex blocked the recipient's account.",
      url: "https://yandex.com/support/mail/bounces/yandex.html",
    },
    example: "Policy rejection on the target address",
    source:
      "https://yandex.com/support/mail/bounces/yandex.html (Yandex's table of its own Diagnostic-Code texts)",
  },
  {
    id: "yandex.no-such-user",
    provider: "yandex",
    match: { any: ["No such user!"] },
    decide: { reason: "userunknown", meaning: "No Yandex mailbox has this address." },
    example: "smtp;550 5.7.1 No such user!",
    source: `${FIELD_MANUAL}/550.json`,
  },
];
