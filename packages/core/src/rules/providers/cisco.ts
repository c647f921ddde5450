import type { Rule } from "../types.js";

/** Cisco Secure Email Gateway (formerly IronPort ESA), including Cisco-hosted *.iphmx.com. */
export const CISCO_RULES: readonly Rule[] = [
  {
    id: "cisco.poor-reputation",
    provider: "cisco",
    match: { any: ["rejected due to the sending MTA's poor reputation"] },
    decide: {
      reason: "badreputation",
      meaning: "The gateway's Talos score for the IP is too low.",
      url: "https://talosintelligence.com/reputation_center",
    },
    example:
      "554-mx.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "cisco.sender-group-blocked",
    provider: "cisco",
    match: { any: ["Your access to submit messages to this e-mail system has been rejected"] },
    decide: {
      reason: "blocked",
      meaning: "The gateway puts your IP in a blocked sender group.",
      url: "https://talosintelligence.com/reputation_center",
    },
    example: "550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
];
