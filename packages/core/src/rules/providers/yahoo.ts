import type { Rule } from "../types.js";

const SISIMAI_YAHOO = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/YahooInc.pm";

/**
 * Yahoo and AOL (one platform since 2017; AT&T and Comcast mailboxes are moving onto it). Yahoo tags most
 * replies with a bracketed code: [TSnn]/[TSSnn] deferrals, [PHnn] content policy, [BLnn] blocklists.
 */
export const YAHOO_RULES: readonly Rule[] = [
  {
    id: "yahoo.permanently-deferred",
    provider: "yahoo",
    match: { any: ["will be permanently deferred", "TSS09", "TSS11", "TS03"] },
    decide: {
      // Yahoo's own reputation verdict on the IP, not a named blocklist.
      reason: "badreputation",
      type: "hard",
      meaning: "Yahoo refuses all mail from this IP ([TSS09]/[TS03]).",
    },
    example:
      "421 4.7.1 [TS03] All messages from 37.59.121.209 will be permanently deferred; Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html",
    source: "https://pastebin.com/XUBwTvbV",
  },
  {
    id: "yahoo.deferred-complaints",
    provider: "yahoo",
    match: {
      any: [
        "temporarily deferred due to unexpected volume or user complaints",
        "temporarily deferred due to user complaints",
        "TSS02",
        "TSS04",
        "IPTS04",
        "TS01",
        "TS02",
      ],
    },
    decide: {
      reason: "badreputation",
      meaning: "Yahoo defers this IP for volume or complaints ([TSS04]).",
    },
    example:
      "421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes",
    source: "sisimai:rhost-yahooinc-02.eml",
  },
  {
    // An older Yahoo deferral; SendGrid's page: policy deferral, usually too many messages or connections.
    id: "yahoo.gl01-deferred",
    provider: "yahoo",
    match: { any: ["GL01"] },
    decide: {
      reason: "ratelimited",
      meaning: "Yahoo defers this IP for now ([GL01]); slow down.",
    },
    example:
      "421 4.7.0 [GL01] Message from (X.X.X.X) temporarily deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html",
    source:
      "https://github.com/sendgrid/docs/blob/1930deb39d583880e1275c020a5b41f989c599f6/source/Classroom/Track/Bounces/common_smtp_server_bounce_responses.md",
  },
  {
    id: "yahoo.spamhaus",
    provider: "yahoo",
    match: {
      any: [
        "because the ip is in Spamhaus's list",
        "not accepted from IP addresses on Spamhaus",
        "BL21",
        "BL23",
      ],
    },
    decide: {
      reason: "blocked",
      meaning: "Spamhaus lists this IP ([BL21]/[BL23]).",
    },
    example:
      "553 5.7.1 [BL21] Connections will not be accepted from a.b.c.d, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
    source: "https://github.com/nmanousos/email-existence/pull/18",
  },
  {
    // AOL's own platform (before Yahoo's) tagged its refusals by block list: RTR (dynamic/residential IPs), RLY:Bn
    // (member complaints), DYN (its dynamic blocks); its postmaster error pages file all of them as blocks.
    id: "yahoo.aol-block",
    provider: "yahoo",
    match: { any: ["DYN:T*", "RLY:B*", "RTR:DU", "RTR:BB"] },
    decide: { reason: "blocked", meaning: "AOL blocks the sending IP (dynamic range or complaints)." },
    example: "421-: (DYN:T1)\nhttp://postmaster.info.aol.com/errors/421dynt1.html\n421 SERVICE NOT AVAILABLE",
    source: "http://www.webpan.com/Customers/bounces.htm (meaning: http://postmaster.info.aol.com/errors/)",
  },
  {
    id: "yahoo.unauthenticated",
    provider: "yahoo",
    match: { any: ["Yahoo requires all senders to authenticate"] },
    decide: {
      reason: "authfailure",
      meaning: "Neither SPF nor DKIM passed; Yahoo requires at least one.",
    },
    example:
      "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
    source: SISIMAI_YAHOO,
  },
  {
    id: "yahoo.policy",
    provider: "yahoo",
    match: { any: ["not accepted for policy reasons", "PH01"] },
    decide: {
      reason: "policyviolation",
      action: "fix_content",
      meaning: "Yahoo refuses the content for policy reasons ([PH01]).",
    },
    example:
      "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://help.yahoo.com/kb/postmaster/SLN5067.html [120]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  },
  {
    id: "yahoo.headers-not-rfc",
    provider: "yahoo",
    match: { any: ["Headers are not RFC compliant"] },
    decide: {
      reason: "notcompliantrfc",
      meaning: "The headers are not RFC 5322 compliant.",
    },
    example: "smtp;554 Message not allowed - Headers are not RFC compliant[291]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  },
  {
    id: "yahoo.unresolvable-from-domain",
    provider: "yahoo",
    match: { any: ["unresolvable RFC.5321", "unresolvable RFC.5322"] },
    decide: {
      reason: "rejected",
      meaning: "The MAIL FROM or From: domain has no SOA record.",
    },
    example:
      "451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain",
    source: SISIMAI_YAHOO,
  },
  {
    id: "yahoo.mailbox-disabled",
    provider: "yahoo",
    match: { any: ["This mailbox is disabled", "is no longer valid"] },
    decide: {
      reason: "suspend",
      meaning: "The Yahoo/AOL mailbox is disabled or closed.",
    },
    example:
      "smtp;554 delivery error: dd Sorry, your message to example@example.com cannot be delivered. This mailbox is disabled (554.30). - example.yahoo.com",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  },
  {
    id: "yahoo.no-such-user",
    provider: "yahoo",
    match: { any: ["This user doesn't have a", "Requested mail action aborted, mailbox not found"] },
    decide: {
      reason: "userunknown",
      meaning: "No Yahoo/AOL account has this address.",
    },
    example:
      "554 delivery error: dd This user doesn't have a yahoo.com account (this-local-part-does-not-exist@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com",
    source: "sisimai:lhost-sendmail-41.eml",
  },
  {
    id: "yahoo.receiving-too-fast",
    provider: "yahoo",
    match: { any: ["User is receiving mail too quickly"] },
    decide: {
      reason: "ratelimited",
      meaning: "This recipient is receiving mail too fast; retry later.",
    },
    example: "450 User is receiving mail too quickly",
    source: SISIMAI_YAHOO,
  },
  {
    id: "yahoo.connection-limit",
    provider: "yahoo",
    match: { any: ["Max message per connection reached"] },
    decide: {
      reason: "ratelimited",
      meaning: "Too many messages on one connection; open a new one.",
    },
    example: "smtp;421 Max message per connection reached, closing transmission channel",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  },
  {
    id: "yahoo.resources-unavailable",
    provider: "yahoo",
    match: { any: ["Resources temporarily unavailable"] },
    decide: {
      reason: "systemerror",
      meaning: "Yahoo's servers were busy; retry later.",
    },
    example: "451 example.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].",
    source: "https://smtp.codes/yahoo",
  },
];
