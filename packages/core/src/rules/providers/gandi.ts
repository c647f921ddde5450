import type { Rule } from "../types.js";

const GANDI_FAQ = "https://docs.gandi.net/en/gandimail/faq/error_types/554_5_7_1_service_unavailable.html";

/**
 * Gandi Mail. Its "Reject for policy reason RULEn_n" refusals are left to the generic policy reading (the labelled
 * sets call them policyviolation); its sending-side refusal of an infected client's IP is a block.
 */
export const GANDI_RULES: readonly Rule[] = [
  {
    // Gandi's FAQ: the sending gateway's public IP is on Spamhaus (a probably infected host), so Gandi's relay
    // refuses it for now; the words "infected" are about the client's machine, not a virus in the message.
    id: "gandi.infected-client-blocked",
    provider: "gandi",
    match: { any: ["blocked you may be infected", "blocked you maybe infected"] },
    decide: {
      reason: "blocked",
      meaning: "Gandi refuses your IP: Spamhaus lists it as probably infected.",
      url: GANDI_FAQ,
    },
    example: "554 5.7.1 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked you may be infected",
    source: GANDI_FAQ,
  },
];
