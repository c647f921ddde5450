import type { Rule } from "../types.js";

/** GoDaddy / Secureserver.net hosted mail. Replies carry an IBnnn tag and an x.co short link. */
export const GODADDY_RULES: readonly Rule[] = [
  {
    id: "godaddy.recipient-rate",
    provider: "godaddy",
    match: { any: ["has sent to too many recipients this hour", "IB607"] },
    decide: {
      reason: "ratelimited",
      meaning: "Your IP passed GoDaddy's hourly recipient limit (IB607).",
    },
    example:
      "550 5.1.1 <kijitora@example.com> - 203.0.113.222 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>",
    source: "sisimai:rhost-godaddy-03.eml",
  },
  {
    id: "godaddy.spf",
    provider: "godaddy",
    match: { any: ["per it's SPF Record", "IB508"] },
    decide: {
      reason: "authfailure",
      meaning: "The sending IP is not in the sender domain's SPF (IB508).",
    },
    example:
      "550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508  <http://x.co/srbounce>",
    source: "sisimai:lhost-office365-03.eml",
  },
  {
    id: "godaddy.invalid-from",
    provider: "godaddy",
    match: { any: ["From: Domain is invalid", "IB506"] },
    decide: {
      reason: "rejected",
      meaning: "The From: domain does not resolve (IB506).",
    },
    example:
      "550 5.2.0 <sironeko-nyaan@neko.example.com> From: Domain is invalid. Please provide a valid From: IB506  <http://example.com/506>",
    source: "sisimai:lhost-exim-45.eml",
  },
];
