import type { Rule } from "../types.js";

/**
 * au (KDDI): ezweb.ne.jp / au.com. au refuses an address that does not exist with "550 <address>: User unknown"
 * during the session, and a recipient's reception filter with the same words but no address ("550 : User
 * unknown"), after DATA. The address-less form is what Sisimai's Rhost::KDDI calls filtered.
 */
export const KDDI_RULES: readonly Rule[] = [
  {
    id: "kddi.filtered-no-address",
    provider: "kddi",
    // Not when an address (…@ezweb.ne.jp, …@au.com, …@uqmobile.jp) comes right before the words.
    match: { any: ["User unknown"], not: ["jp>: User unknown", "com>: User unknown"] },
    decide: { reason: "filtered", meaning: "The recipient's reception filter refused this sender." },
    example: "550 : User unknown",
    source: "sisimai:rhost-kddi-01.eml",
  },
];
