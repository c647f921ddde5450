import type { Rule } from "../types.js";

const TABLE =
  "https://github.com/SparkPost/developers.sparkpost.com/blob/HEAD/web-ref/responses-by-message.md";

/**
 * Momentum (Message Systems' MTA, now SparkPost's). Its manual's "Responses sorted by message" table gives the
 * codes behind each text: the RFC 2822 checks are 550 5.6.0, the command-order errors 503/550 5.5.1, the limits
 * 452 4.5.3 and 421 4.4.5. Clients often quote the text without the code, so the rules carry the table's type.
 */
export const MOMENTUM_RULES: readonly Rule[] = [
  {
    id: "momentum.rfc2822-format",
    provider: "momentum",
    // "Body/Header line too long", "Lone CR or LF in body/headers", "Missing required RFC2822 Date field", …
    // Its "Lone CR or LF in headers" is read as bare line ends (contenterror), as the generic rule reads it.
    match: { any: ["see RFC2822 section"], not: ["Lone CR or LF"] },
    decide: {
      reason: "notcompliantrfc",
      type: "hard",
      meaning: "The message breaks an RFC 2822 rule (550 5.6.0).",
    },
    example: "Body line too long (see RFC2822 section 3.5)",
    source: TABLE,
  },
  {
    id: "momentum.command-order",
    provider: "momentum",
    match: {
      any: ["RFC2821 HELO/EHLO needed", "DATA without RCPT TO", "RCPT TO without MAIL FROM"],
    },
    decide: {
      reason: "syntaxerror",
      type: "hard",
      meaning: "SMTP commands sent out of order (5.5.1).",
    },
    example: "RFC2821 HELO/EHLO needed",
    source: TABLE,
  },
  {
    id: "momentum.recipient-limit",
    provider: "momentum",
    match: {
      any: [
        "batch limit reached",
        "recipients per connection limit reached",
        "recipients per message limit reached",
      ],
    },
    decide: {
      reason: "toomanyrecipients",
      meaning: "Too many recipients at once (452 4.5.3).",
    },
    example: "Service unavailable, batch limit reached",
    source: TABLE,
  },
  {
    id: "momentum.concurrency-limit",
    provider: "momentum",
    match: { any: ["concurrency limit reached"] },
    decide: {
      reason: "ratelimited",
      meaning: "Too many connections at once (421 4.4.5).",
    },
    example: "Service unavailable, concurrency limit reached",
    source: TABLE,
  },
];
