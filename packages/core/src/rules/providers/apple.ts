import type { Rule } from "../types.js";

const SISIMAI_APPLE = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm";

/** Apple iCloud Mail (icloud.com, me.com, mac.com). Apple tags policy blocks with [CSnn], [HMnn], [HMEn]. */
export const APPLE_RULES: readonly Rule[] = [
  {
    id: "apple.dmarc-policy",
    provider: "apple",
    match: { any: ["s DMARC policy"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed DMARC and the From: domain's policy is reject.",
    },
    example:
      "554 5.7.1 Your message was rejected due to libsisimai.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
    source: "sisimai:rhost-apple-02.eml",
  },
  {
    id: "apple.spf-and-dkim-failed",
    provider: "apple",
    match: { any: ["failing both SPF and DKIM", "HME1"] },
    decide: {
      reason: "authfailure",
      meaning: "Neither SPF nor DKIM passed ([HME1]).",
    },
    example:
      "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices",
    source: SISIMAI_APPLE,
  },
  {
    id: "apple.local-policy",
    provider: "apple",
    match: { any: ["CS01", "CS02", "HM07", "HM08", "rejected due to local policy"] },
    decide: {
      reason: "policyviolation",
      meaning: "iCloud's filters refused the message ([CS01]/[HM08]).",
    },
    example:
      "smtp;550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  },
  {
    id: "apple.spamhaus",
    provider: "apple",
    match: { any: ["rejected due to listing in Spamhaus", "domain present in the Spamhaus"] },
    decide: {
      reason: "blocked",
      meaning: "Spamhaus lists the sending IP or a domain in the message.",
      url: "https://check.spamhaus.org/",
    },
    example:
      "smtp;550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  },
  {
    id: "apple.proofpoint-block",
    provider: "apple",
    match: { any: ["proofpoint.com/dnsbl-lookup"] },
    decide: {
      reason: "blocked",
      meaning: "iCloud's filter (Proofpoint) blocks the sending IP.",
      url: "https://ipcheck.proofpoint.com/",
    },
    example:
      "554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=1.1.1.1: 554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=1.1.1.1",
    source: "https://github.com/zone-eu/zone-mta/issues/301",
  },
  {
    id: "apple.no-longer-on-server",
    provider: "apple",
    match: { any: ["recipient no longer on server"] },
    decide: { reason: "hasmoved", meaning: "The iCloud address has been closed." },
    example: "550 5.1.6 recipient no longer on server: kijitora@example.jp",
    source: "sisimai:rhost-apple-01.eml",
  },
  {
    id: "apple.no-such-user",
    provider: "apple",
    match: { any: ["inactive email address", "user does not exist", "unknown or illegal alias"] },
    decide: { reason: "userunknown", meaning: "No active iCloud mailbox has this address." },
    example: "550 5.1.1 <pseudo-local-part-of-icloud@icloud.com>: inactive email address",
    source: "sisimai:rhost-apple-04.eml",
  },
  {
    id: "apple.over-quota",
    provider: "apple",
    match: { any: ["user is over quota"] },
    decide: { reason: "mailboxfull", meaning: "The recipient's iCloud storage is full." },
    example: "552 5.2.2 <pseudo-local-part-of-apple-icloud-mail@icloud.com>: user is over quota",
    source: "sisimai:rhost-apple-03.eml",
  },
  {
    id: "apple.excessive-volume",
    provider: "apple",
    match: { any: ["deferred due to excessive volume"] },
    decide: {
      reason: "ratelimited",
      meaning: "Too many messages to this iCloud recipient; retry later.",
    },
    example:
      "smtp;421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  },
];
