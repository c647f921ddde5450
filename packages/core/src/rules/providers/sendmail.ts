import type { Rule } from "../types.js";

/** Sendmail's own reject wording. */
export const SENDMAIL_RULES: readonly Rule[] = [
  {
    id: "sendmail.sender-domain",
    provider: "sendmail",
    match: { all: ["Domain of sender address", "does not exist"] },
    decide: {
      reason: "rejected",
      meaning: "The envelope sender's domain does not resolve.",
    },
    example:
      "553 5.1.8 <httpd@host1.mx.example.jp>... Domain of sender address httpd@host1.mx.example.jp does not exist",
    source: "sisimai:lhost-sendmail-04.eml",
  },
  {
    // srvrsmtp.c: "553 5.5.4 <x>... Domain name required for sender address x" (5.5.4 reads as syntax).
    id: "sendmail.sender-unqualified",
    provider: "sendmail",
    match: { any: ["Domain name required for sender address"] },
    decide: { reason: "rejected", meaning: "The envelope sender has no domain." },
    example: "5.5.4 ... Domain name required for sender address oliverh",
    source: "https://github.com/metomi/rose/issues/946",
  },
  {
    id: "sendmail.message-size",
    provider: "sendmail",
    match: { any: ["Message size exceeds fixed maximum message size"] },
    decide: {
      reason: "emailtoolarge",
      meaning: "The message exceeds the server's MaxMessageSize.",
    },
    example: "552 5.2.3 Message size exceeds fixed maximum message size (10485760)",
    source: "sisimai:lhost-sendmail-05.eml",
  },
  {
    id: "sendmail.8bit-header",
    provider: "sendmail",
    match: { any: ["improper use of 8-bit data in message header"] },
    decide: {
      reason: "contenterror",
      meaning: "A header has raw 8-bit characters.",
    },
    example: "550 5.6.9 improper use of 8-bit data in message header",
    source: "sisimai:lhost-sendmail-06.eml",
  },
  {
    id: "sendmail.relaying-denied",
    provider: "sendmail",
    match: { any: ["Relaying denied"] },
    decide: {
      reason: "norelaying",
      meaning: "This server will not relay for you.",
    },
    example: "smtp;550 5.7.1 Relaying denied",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  },
  {
    id: "sendmail.ip-name-lookup",
    provider: "sendmail",
    match: { any: ["IP name lookup failed"] },
    decide: {
      reason: "requireptr",
      meaning: "Sendmail could not resolve the sending IP's rDNS name.",
    },
    example: "450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]",
    source: "sisimai:lhost-sendmail-08.eml",
  },
  {
    id: "sendmail.disk-space",
    provider: "sendmail",
    match: { any: ["Insufficient disk space; try again later"] },
    decide: {
      reason: "systemfull",
      meaning: "The receiving server is short of queue disk space.",
    },
    example: "452 4.4.5 Insufficient disk space; try again later",
    source: "sisimai:lhost-sendmail-39.eml",
  },
  {
    id: "sendmail.too-many-hops",
    provider: "sendmail",
    match: { any: ["Too many hops"] },
    decide: {
      reason: "networkerror",
      meaning: "The message passed through too many servers: a mail loop.",
    },
    example: "554 5.4.6 Too many hops",
    source: "sisimai:lhost-sendmail-20.eml",
  },
  {
    // map.c's host map (the MX lookup) timing out: mailq shows "(host map: lookup (example.com): deferred)".
    id: "sendmail.host-map-deferred",
    provider: "sendmail",
    match: { all: ["host map: lookup", "deferred"] },
    decide: { reason: "networkerror", meaning: "The recipient domain's DNS lookup failed for now." },
    example: "host map: lookup (DOMAIN): deferred",
    source: "http://support.linogate.com/en/mail/mailq.html",
  },
  {
    id: "sendmail.host-unknown",
    provider: "sendmail",
    match: { any: ["Host unknown"] },
    decide: {
      reason: "hostunknown",
      meaning: "The recipient's domain has no mail host in DNS.",
    },
    example: "550 Host unknown",
    source: "sisimai:lhost-sendmail-24.eml",
  },
];
