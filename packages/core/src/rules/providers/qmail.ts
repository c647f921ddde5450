import type { Rule } from "../types.js";

/** qmail and its common add-ons (vpopmail, chkusr, qmail-ldap). qmail appends (#x.y.z) to its own texts. */
export const QMAIL_RULES: readonly Rule[] = [
  {
    id: "qmail.no-mailbox",
    provider: "qmail",
    match: { any: ["no mailbox here by that name"] },
    decide: { reason: "userunknown", meaning: "qmail has no mailbox with this name." },
    example: "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
    source: "sisimai:lhost-qmail-21.eml",
  },
  {
    id: "qmail.not-in-validrcptto",
    provider: "qmail",
    match: { any: ["not in my validrcptto list"] },
    decide: {
      reason: "userunknown",
      meaning: "The recipient is not in qmail's validrcptto list.",
    },
    example: "553 sorry, this recipient is not in my validrcptto list (#5.7.1)",
    source: "https://pastebin.com/sRe9t6bn",
  },
  {
    id: "qmail.badmailfrom",
    provider: "qmail",
    match: { any: ["is in my badmailfrom list"] },
    decide: {
      reason: "rejected",
      meaning: "Your envelope sender is in qmail's badmailfrom list.",
    },
    example: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
    source: "https://cr.yp.to/qmail/qmail-1.03/qmail-smtpd.c",
  },
  {
    id: "qmail.not-in-rcpthosts",
    provider: "qmail",
    match: { any: ["isn't in my list of allowed rcpthosts"] },
    decide: {
      reason: "norelaying",
      meaning: "This qmail does not take mail for the recipient's domain.",
    },
    example: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    source: "https://cr.yp.to/qmail/qmail-1.03/qmail-smtpd.c",
  },
  {
    id: "qmail.no-mail-exchanger",
    provider: "qmail",
    match: { any: ["couldn't find a mail exchanger or IP address"] },
    decide: {
      reason: "notaccept",
      meaning: "The recipient's domain has no MX or address record.",
    },
    example: "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
    source: "sisimai:lhost-qmail-11.eml",
  },
  {
    // qmail-remote's perm_dns(): the DNS answered that the domain does not exist.
    id: "qmail.host-not-found",
    provider: "qmail",
    match: { any: ["couldn't find any host named"] },
    decide: {
      reason: "hostunknown",
      meaning: "The recipient's domain does not resolve.",
    },
    example: "Sorry, I couldn't find any host named htechlab.net. (#5.1.2)",
    source: "https://pastebin.com/SEVYCkQX",
  },
  {
    // qmail-remote's temp_dns() and temp_dnscanon(): the lookup failed for now (a "Z" deferral), not a missing domain.
    id: "qmail.dns-temporary",
    provider: "qmail",
    match: { any: ["couldn't find any host by that name", "CNAME lookup failed temporarily"] },
    decide: { reason: "networkerror", meaning: "A DNS lookup failed for now; qmail retries." },
    example: "CNAME lookup failed temporarily. (#4.4.3)",
    source:
      "https://support.comvation.com/support/solutions/articles/13000040894-weshalb-kommen-mails-nicht-an-fehlermeldung-von-qmail-cname-lookup-failed-temporarily-4-4-3- (texts: qmail-1.03 qmail-remote.c)",
  },
  {
    // qmail-lspawn's QLX_EXECSOFT (a "Z" deferral: exec failed for a temporary errno); the same text as "D" needs a
    // missing binary. GreenArrow's table lists only the deferral, so the text alone is read as soft.
    id: "qmail.local-exec-failed",
    provider: "qmail",
    match: { any: ["Unable to run qmail-local"] },
    decide: { reason: "mailererror", type: "soft", meaning: "qmail-lspawn could not start qmail-local." },
    example: "Unable to run qmail-local.",
    source:
      "https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Local-Delivery-Attempt-Status-Messages (text: qmail-1.03 qmail-lspawn.c)",
  },
  {
    id: "qmail.no-smtp-connection",
    provider: "qmail",
    match: { any: ["wasn't able to establish an SMTP connection"] },
    decide: {
      reason: "networkerror",
      meaning: "qmail could not connect to any recipient mail server.",
    },
    example: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    source: "sisimai:lhost-qmail-07.eml",
  },
  {
    id: "qmail.queue-too-long",
    provider: "qmail",
    // qmail appends this to the last attempt's error; a cause with a rule of its own above decides first ("Sorry, I
    // wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; …" is the network's,
    // sisimai:lhost-qmail-07)
    match: { any: ["this message has been in the queue too long"] },
    decide: {
      reason: "expired",
      type: "hard",
      meaning: "qmail's retries ran past the message's queue lifetime.",
    },
    example: "I'm not going to try again; this message has been in the queue too long.",
    source: "sisimai:lhost-qmail-04.eml",
  },
  {
    id: "qmail.over-quota",
    provider: "qmail",
    match: {
      any: ["is over quota temporarily", "mailfolder is full", "mailfolder is over the allowed quota"],
    },
    decide: { reason: "mailboxfull", meaning: "The recipient's mailbox is over quota." },
    example:
      "child status 100...The e-mail message could not be delivered because the user's mailfolder is full.",
    source: "sisimai:lhost-x4-01.eml",
  },
  {
    id: "qmail.account-locked",
    provider: "qmail",
    match: { any: ["account is locked email bounced"] },
    decide: { reason: "suspend", meaning: "vpopmail: the recipient's account is locked." },
    example: "vdelivermail: account is locked email bounced kijitora@neko2.example.co.jp",
    source: "sisimai:lhost-qmail-10.eml",
  },
];
