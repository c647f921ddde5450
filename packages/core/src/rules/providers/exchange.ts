import type { Rule } from "../types.js";

/**
 * Microsoft Exchange Server (on-premises, 2007 and later). Its replies name the failing component
 * (RESOLVER, STOREDRV, QUEUE, SMTPSEND) and a reason key. Exchange Online replies that carry an
 * *.outlook.com host are recognised as `microsoft` first.
 */
export const EXCHANGE_RULES: readonly Rule[] = [
  {
    id: "exchange.recipient-not-found",
    provider: "exchange",
    match: {
      any: [
        "RESOLVER.ADR.RecipNotFound",
        "RESOLVER.ADR.RecipientNotFound",
        "RESOLVER.ADR.ExRecipNotFound",
        "STOREDRV.Submit; invalid recipient address",
      ],
    },
    decide: {
      reason: "userunknown",
      meaning: "No such recipient in the Exchange organisation.",
    },
    example: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    source: "sisimai:lhost-exchange2007-01.eml",
  },
  {
    id: "exchange.mailbox-full",
    provider: "exchange",
    match: {
      any: [
        "STOREDRV.Deliver: mailbox full",
        "MapiExceptionShutoffQuotaExceeded",
        "MapiExceptionQuotaExceeded",
      ],
    },
    decide: {
      reason: "mailboxfull",
      meaning: "The recipient's mailbox is over its quota.",
    },
    example:
      '550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:00.00000:FF000000, 00.00000:0000000094000000000000000000000000000000',
    source: "sisimai:lhost-exchange2007-02.eml",
  },
  {
    id: "exchange.auth-required",
    provider: "exchange",
    match: { any: ["RESOLVER.RST.AuthRequired"] },
    decide: {
      reason: "securityerror",
      action: "contact_admin",
      meaning: "The recipient takes mail only from authenticated senders.",
    },
    example: "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
    source: "sisimai:lhost-exchange2007-04.eml",
  },
  {
    id: "exchange.not-authorized",
    provider: "exchange",
    match: { any: ["RESOLVER.RST.NotAuthorized", "RESOLVER.RST.SenderNotAllowed"] },
    decide: {
      reason: "policyviolation",
      meaning: "The recipient's restrictions do not allow this sender.",
    },
    example: "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
    source: "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/Exchange2007.pm",
  },
  {
    id: "exchange.send-as-denied",
    provider: "exchange",
    match: { any: ["SendAsDenied", "SendAsDeniedException"] },
    decide: {
      reason: "rejected",
      meaning: "The mailbox may not send as the From: address.",
    },
    example:
      "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1187",
  },
  {
    id: "exchange.size-limit",
    provider: "exchange",
    match: { any: ["RESOLVER.RST.RecipSizeLimit", "message too large for this recipient"] },
    decide: { reason: "emailtoolarge", meaning: "The message exceeds the recipient's size limit." },
    example: "resolver.rst.recipsizelimit; message too large for this recipient",
    source: "reference/provider-patterns.csv",
  },
  {
    id: "exchange.queue-expired",
    provider: "exchange",
    match: { any: ["QUEUE.Expired"] },
    decide: {
      reason: "expired",
      meaning: "Exchange's retries ran until the message expired.",
    },
    example: "550 4.4.7 QUEUE.Expired; message expired",
    source: "sisimai:lhost-exchange2007-05.eml",
  },
  {
    id: "exchange.nonexistent-domain",
    provider: "exchange",
    match: { any: ["SMTPSEND.DNS.NonExistentDomain"] },
    decide: { reason: "hostunknown", meaning: "The recipient's domain does not exist in DNS." },
    example: "smtpsend.dns.nonexistentdomain; nonexistent domain",
    source: "reference/provider-patterns.csv",
  },
  {
    id: "exchange.bare-linefeed",
    provider: "exchange",
    match: { any: ["BareLinefeedsAreIllegal", "message contains bare linefeeds"] },
    decide: {
      reason: "contenterror",
      meaning: "Bare line feeds, and the next server lacks BDAT.",
    },
    example:
      "Remote server returned '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT'",
    source: "https://sec-consult.com/blog/detail/smtp-smuggling-spoofing-e-mails-worldwide/",
  },
];
