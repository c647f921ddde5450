import type { Rule } from "../types.js";

const SMTPD_CHECK = "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c";
const POSTCONF = "https://www.postfix.org/postconf.5.html";

/**
 * Postfix's own reject wording (smtpd_check.c, smtpd.c, local(8)). Only phrases Postfix writes itself; the
 * generic meaning of a site's custom reject text is left to the text rules.
 */
export const POSTFIX_RULES: readonly Rule[] = [
  {
    id: "postfix.not-logged-in",
    provider: "postfix",
    match: { any: ["Sender address rejected: not logged in"] },
    decide: {
      reason: "securityerror",
      meaning: "This sender must log in (SMTP AUTH) first.",
      url: `${POSTCONF}#reject_sender_login_mismatch`,
    },
    example: "553 5.7.1 <john.doe@server.com>: Sender address rejected: not logged in",
    source:
      "oss-security mailing list, CVE-2020-12063 thread (a Postfix session transcript); smtpd_check.c writes this text",
  },
  {
    id: "postfix.loops-back",
    provider: "postfix",
    match: { any: ["loops back to myself"] },
    decide: {
      reason: "networkerror",
      type: "hard",
      meaning: "The domain's MX points at this server, not set up for it.",
    },
    example:
      "to=<root@mail.jasuindo.co.id>, relay=mail.jasuindo.co.id[45.64.4.181]:25, delay=1.1, delays=0.02/1.1/0.02/0, dsn=5.4.6, status=bounced (mail for mail.jasuindo.co.id loops back to myself)",
    source:
      'a Postfix maillog in a public repository (exact-string search "loops back to myself"); dsn=5.4.6',
  },
  {
    id: "postfix.smtputf8-required",
    provider: "postfix",
    match: { any: ["SMTPUTF8 is required"] },
    decide: {
      reason: "contenterror",
      type: "hard",
      meaning: "UTF-8 in envelope or headers; no SMTPUTF8 next hop.",
      url: `${POSTCONF}#smtputf8_enable`,
    },
    example: "status=bounced (SMTPUTF8 is required, but was not offered by host smtp.163.com",
    source:
      'a Postfix relay how-to in a public repository (exact-string search "SMTPUTF8 is required, but was not offered")',
  },
  {
    id: "postfix.user-unknown-table",
    provider: "postfix",
    match: {
      any: [
        "User unknown in virtual mailbox table",
        "User unknown in local recipient table",
        "User unknown in virtual alias table",
        "User unknown in relay recipient table",
      ],
      // Postfix's reject_unlisted_sender answers "Sender address rejected: User unknown in local recipient table".
      not: ["Sender address rejected"],
    },
    decide: {
      reason: "userunknown",
      meaning: "No such recipient in Postfix's lookup tables.",
    },
    example:
      "450 4.1.1 <kijitora@example.org>: Recipient address rejected: User unknown in virtual alias table",
    source: "sisimai:lhost-postfix-05.eml",
  },
  {
    id: "postfix.local-unknown-user",
    provider: "postfix",
    match: { any: ["unknown user:"], not: ["sender"] },
    decide: {
      reason: "userunknown",
      meaning: "Postfix's local delivery agent has no such user.",
    },
    example: 'unknown user: "kijitora"',
    source: "sisimai:lhost-postfix-14.eml",
  },
  {
    id: "postfix.greylisted",
    provider: "postfix",
    match: { any: ["postgrey"] },
    decide: {
      reason: "greylisted",
      meaning: "Postgrey greylisting: retry after a few minutes.",
      url: "https://postgrey.schweikert.ch/",
    },
    example:
      "450 4.2.0 <schaefer@alphanet.ch>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/alphanet.ch.html",
    source:
      'an SMTP session transcript in a public repository (exact-string search "Greylisted, see http://postgrey")',
  },
  {
    id: "postfix.sender-domain-not-found",
    provider: "postfix",
    match: { all: ["Sender address rejected", "Domain not found"] },
    decide: {
      reason: "rejected",
      meaning: "The envelope sender's domain has no usable DNS records.",
      url: `${POSTCONF}#reject_unknown_sender_domain`,
    },
    example: "450 4.1.8 <kijitora@example.jp>: Sender address rejected: Domain not found",
    source: "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Apple.pm",
  },
  {
    id: "postfix.client-hostname",
    provider: "postfix",
    match: {
      any: [
        "Client host rejected: cannot find your hostname",
        "Client host rejected: cannot find your reverse hostname",
      ],
    },
    decide: {
      reason: "requireptr",
      meaning: "The sending IP has no PTR record, or it does not resolve back.",
      url: `${POSTCONF}#reject_unknown_client_hostname`,
    },
    example: "450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.5];",
    source: `${SMTPD_CHECK} (wording); example from a Postfix log quoted in a public repository`,
  },
  {
    id: "postfix.helo-rejected",
    provider: "postfix",
    match: { any: ["Helo command rejected"] },
    decide: {
      reason: "blocked",
      action: "fix_configuration",
      meaning: "Postfix refuses your HELO/EHLO name.",
      url: `${POSTCONF}#reject_non_fqdn_helo_hostname`,
    },
    example: "504 5.5.2 <syslog>: Helo command rejected: need fully-qualified hostname",
    source: `${SMTPD_CHECK} (wording); example from a public repository's notes`,
  },
  {
    id: "postfix.relay-access-denied",
    provider: "postfix",
    match: { any: ["Relay access denied"] },
    decide: {
      reason: "norelaying",
      meaning: "This Postfix will not relay for you.",
      url: `${POSTCONF}#smtpd_relay_restrictions`,
    },
    example: "554 5.7.1 <kijitora@example.org>: Relay access denied",
    source: "sisimai:lhost-sendmail-07.eml",
  },
  {
    id: "postfix.message-size",
    provider: "postfix",
    match: { any: ["Message size exceeds fixed limit"] },
    decide: {
      reason: "emailtoolarge",
      meaning: "The message exceeds the server's message_size_limit.",
      url: `${POSTCONF}#message_size_limit`,
    },
    example: "552 5.3.4 Message size exceeds fixed limit",
    source: "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c",
  },
  {
    id: "postfix.insufficient-storage",
    provider: "postfix",
    match: { any: ["Insufficient system storage"] },
    decide: {
      reason: "systemfull",
      meaning: "The receiving server is short of queue disk space.",
    },
    example: "452 4.3.1 Insufficient system storage",
    source:
      "a Postfix log line (NOQUEUE: reject: MAIL from …) quoted in a public repository (exact-string search)",
  },
];
