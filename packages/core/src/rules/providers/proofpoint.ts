import type { Rule } from "../types.js";

/** Proofpoint (Proofpoint Protection Server, Essentials and the hosted *.pphosted.com gateways). */
export const PROOFPOINT_RULES: readonly Rule[] = [
  {
    id: "proofpoint.ip-blocked",
    provider: "proofpoint",
    match: { any: ["ipcheck.proofpoint.com", "proofpoint.com/dnsbl-lookup", "Blocked - see"] },
    decide: {
      reason: "blocked",
      meaning: "Proofpoint's reputation service blocks the sending IP.",
    },
    example: "554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.225",
    source: "sisimai:lhost-postfix-38.eml",
  },
  {
    id: "proofpoint.invalid-recipient",
    provider: "proofpoint",
    match: { any: ["User email address is marked as invalid", "This is not a valid email address"] },
    decide: {
      reason: "userunknown",
      meaning: "Proofpoint lists this address as invalid.",
    },
    example:
      "smtp;550 5.7.1 <email@example.com>: Recipient address rejected: User email address is marked as invalid.",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  },
];
