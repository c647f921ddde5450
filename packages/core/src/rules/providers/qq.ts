import type { Rule } from "../types.js";

const PATTERNS = "reference/provider-patterns.csv";

/** Tencent QQ Mail and Tencent Exmail. Replies end with a link to service.mail.qq.com. */
export const QQ_RULES: readonly Rule[] = [
  {
    id: "qq.frequency-limited",
    provider: "qq",
    match: {
      any: [
        "Connection frequency limited",
        "ip frequency limited",
        "domain frequency limited",
        "sender frequency limited",
      ],
    },
    decide: {
      reason: "ratelimited",
      meaning: "QQ Mail limits how often this IP, domain or sender may send.",
    },
    example:
      "550 Connection frequency limited [Q1YzZ3kxdnRYYnpkbVZ0MAo+QTMzMTMzRjUxNzQ4Cg/MTI3MTY2MDge= Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
    source: "sisimai:rhost-tencent-02.eml",
  },
  {
    // QQ's help (service.mail.qq.com/detail/122/166 and /1011, as listed in Sisimai's Tencent table): the
    // recipient got a burst of mail and QQ holds further mail to it for a while.
    id: "qq.recipient-rate",
    provider: "qq",
    match: { any: ["Mailbox unavailable or access deni*", "frequency of receiving messages is limited"] },
    decide: {
      reason: "ratelimited",
      meaning: "This QQ recipient got too much mail at once.",
    },
    example: "550 Mailbox unavailable or access denied",
    source: "http://qiao.yimirj.com/article/detail/2261 (a list of QQ Mail's bounce replies)",
  },
  {
    id: "qq.auth-failed",
    provider: "qq",
    match: { any: ["DMARC check failed", "SPF check failed"] },
    decide: { reason: "authfailure", meaning: "The message failed QQ Mail's SPF or DMARC check." },
    example: "550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.",
    source: "sisimai:rhost-tencent-03.eml",
  },
  {
    id: "qq.spam-ip",
    provider: "qq",
    match: { any: ["suspected spam ip", "suspected bounce attacks"] },
    decide: {
      reason: "blocked",
      meaning: "QQ Mail blocks the sending IP as a spam source.",
    },
    example: "suspected spam ip",
    source: PATTERNS,
  },
  {
    id: "qq.spam-content",
    provider: "qq",
    match: { any: ["spam is embedded in the email", "mail content denied"] },
    decide: {
      reason: "spamdetected",
      meaning: "QQ Mail's filter judged the message content to be spam.",
    },
    example: "mail content denied",
    source: PATTERNS,
  },
  {
    id: "qq.deactivated",
    provider: "qq",
    match: { any: ["is a deactivated mailbox"] },
    decide: { reason: "suspend", meaning: "The QQ mailbox has been deactivated." },
    example: "is a deactivated mailbox",
    source: PATTERNS,
  },
  {
    id: "qq.mailbox-not-found",
    provider: "qq",
    match: { any: ["mailbox not found"] },
    decide: { reason: "userunknown", meaning: "No QQ mailbox has this address." },
    example: "mailbox not found",
    source: PATTERNS,
  },
];
