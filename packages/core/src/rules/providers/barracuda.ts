import type { Rule } from "../types.js";

const FIELD_MANUAL = "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes";

/** Barracuda Email Security Gateway / Email Gateway Defense (the BRBL blocklist is in dnsbl.ts). */
export const BARRACUDA_RULES: readonly Rule[] = [
  {
    id: "barracuda.spam-url",
    provider: "barracuda",
    match: { any: ["rejected due to spam URL in content"] },
    decide: {
      reason: "spamdetected",
      meaning: "A link in the message is on a URL blocklist.",
    },
    example: "smtp;554 rejected due to spam URL in content",
    source: `${FIELD_MANUAL}/554.json`,
  },
  {
    id: "barracuda.banned-content",
    provider: "barracuda",
    match: { any: ["rejecting banned content"] },
    decide: {
      reason: "policyviolation",
      action: "fix_content",
      meaning: "The recipient's Barracuda bans a word, attachment or link.",
    },
    example: "smtp;554 rejecting banned content",
    source: `${FIELD_MANUAL}/554.json`,
  },
  {
    id: "barracuda.spoofed",
    provider: "barracuda",
    match: { any: ["rejecting spoofed message"] },
    decide: {
      reason: "policyviolation",
      meaning: "Barracuda's anti-spoofing refused the claimed sender.",
    },
    example: "smtp;550 rejecting spoofed message",
    source: `${FIELD_MANUAL}/550.json`,
  },
  {
    id: "barracuda.no-such-user",
    provider: "barracuda",
    // cuda_nsu prefixes other recipient refusals too ("Policy Rejection- Abuse"): require the wording.
    match: { all: ["cuda_nsu"], any: ["User unknown", "No such user", "Invalid recipient"] },
    decide: {
      reason: "userunknown",
      meaning: "Barracuda's recipient check (cuda_nsu): no such address.",
    },
    example: "smtp;550 cuda_nsu 5.1.1 <email@example.com>... User unknown",
    source: `${FIELD_MANUAL}/550.json`,
  },
];
