import type { Rule } from "../types.js";

/** Symantec Email Security.cloud (formerly MessageLabs, now Broadcom): the hosted filtering gateway. */
export const SYMANTEC_RULES: readonly Rule[] = [
  {
    id: "symantec.message-filtered",
    provider: "symantec",
    match: { any: ["message filtered"] },
    decide: {
      reason: "spamdetected",
      meaning: "Symantec's anti-spam service judged the message spam.",
    },
    example:
      "553 Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
    source:
      "https://github.com/ActiveCampaign/smtp-field-manual/blob/124213832cd49cb9ef3ab65900159ff102c72b98/data/codes/553.json; meaning: Broadcom TECH253432 (553 Message filtered = blocked by the Symantec anti-spam service)",
  },
];
