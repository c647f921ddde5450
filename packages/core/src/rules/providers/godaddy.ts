import type { Rule } from "../types.js";

/** GoDaddy / Secureserver.net hosted mail. Replies carry an IBnnn tag and an x.co short link. */
export const GODADDY_RULES: readonly Rule[] = [
  {
    // GoDaddy's bounce page: the IP sent too much mail "containing content judged to be spam" (IB110 for some
    // hours, IB111 for the day). A reputation block, not a rate limit, though the words say "too many messages".
    id: "godaddy.spam-block",
    provider: "godaddy",
    match: { any: ["IB110", "IB111"] },
    decide: { reason: "blocked", meaning: "GoDaddy blocks the IP for sending spam (IB110/IB111)." },
    example:
      "554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110",
    source:
      "https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568 (GoDaddy's own example reply, as Sisimai's Rhost::GoDaddy quotes it)",
  },
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
    // IB501 a blank From:, IB502 an IP address as the From:, IB506 a From: domain that does not resolve.
    match: { any: ["From: Domain is invalid", "IB506", "IB501", "IB502"] },
    decide: {
      reason: "rejected",
      meaning: "The From: address is invalid (IB501/IB502/IB506).",
    },
    example:
      "550 5.2.0 <sironeko-nyaan@neko.example.com> From: Domain is invalid. Please provide a valid From: IB506  <http://example.com/506>",
    source: "sisimai:lhost-exim-45.eml",
  },
];
