import type { Rule } from "../types.js";

const NDR =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online";
const NDR_SOURCE = `${NDR} (NDR table)`;
const DELIST = "https://sender.office.com/";
const IPV6 =
  "https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/support-for-anonymous-inbound-email-messages-over-ipv6";
const CODES_700 =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750";

/**
 * Microsoft 365 / Exchange Online / Outlook.com. Microsoft sends about sixty unregistered X.7.5xx–7xx codes
 * and reuses registered ones with its own meaning (5.4.1 for a recipient rejected by Directory Based Edge
 * Blocking, 5.2.2 for the *sender's* submission quota), so these rules come before the registry.
 */
export const MICROSOFT_RULES: readonly Rule[] = [
  // ── Recipient ────────────────────────────────────────────────────────────────────────────────────
  {
    id: "microsoft.dbeb-recipient-rejected",
    provider: "microsoft",
    match: { any: ["Recipient address rejected: Access denied"], enhancedCode: ["5.4.1", "5.7.504"] },
    decide: {
      reason: "userunknown",
      meaning: "Edge blocking (DBEB): no such address in the tenant.",
      url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking",
    },
    example:
      "550 5.4.1 [kijitora@example.org]: Recipient address rejected: Access denied [NEKOCHAN.cat-neko22.prod.protection.outlook.com]",
    source: "sisimai:rhost-microsoft-02.eml",
  },
  {
    id: "microsoft.all-recipients-access-denied",
    provider: "microsoft",
    match: { any: ["All recipient addresses rejected : Access denied"] },
    decide: {
      reason: "rejected",
      meaning: "Microsoft refused this sender for every recipient.",
    },
    example:
      "550 5.4.1 All recipient addresses rejected : Access denied [NEKONYAAN.cat-JPN22.prod.protection.outlook.com]",
    source: "sisimai:lhost-mfilter-04.eml (Sisimai's Rejected list names this wording)",
  },
  {
    id: "microsoft.recipient-not-found",
    provider: "microsoft",
    match: {
      any: [
        "RESOLVER.ADR.RecipientNotFound",
        "RESOLVER.ADR.RecipNotFound",
        "RESOLVER.ADR.ExRecipNotFound",
        "Recipient not found by SMTP address lookup",
      ],
    },
    decide: {
      reason: "userunknown",
      meaning: "The address is not in the Microsoft 365 organisation.",
      url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-10-in-exchange-online",
    },
    example: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    source: "sisimai:rhost-microsoft-03.eml",
  },
  {
    id: "microsoft.outlook-mailbox-unavailable",
    provider: "microsoft",
    match: { any: ["Requested action not taken: mailbox unavailable"] },
    decide: {
      reason: "userunknown",
      meaning: "Outlook.com / Hotmail: no such mailbox.",
    },
    example:
      "smtp;550 5.5.0 Requested action not taken: mailbox unavailable. [#.eop-nam12.prod.protection.outlook.com]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  },
  {
    id: "microsoft.remote-unknown-recipient",
    provider: "microsoft",
    match: { any: ["Remote server returned unknown recipient or mailbox unavailable"] },
    decide: {
      reason: "userunknown",
      meaning: "The next server said the recipient does not exist.",
    },
    example:
      "550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 <otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp>: User unknown",
    source: "sisimai:lhost-office365-07.eml",
  },
  {
    id: "microsoft.domain-not-reachable",
    provider: "microsoft",
    // 5.4.310 "DNS domain … does not exist": the recipient's domain, not the mailbox.
    match: { any: ["because the domain is not reachable", "SMTPSEND.DNS.NonExistentDomain", "DNS domain"] },
    decide: {
      reason: "hostunknown",
      meaning: "The recipient's domain could not be found in DNS.",
    },
    example:
      "554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)",
    source: "sisimai:lhost-outlook-03.eml",
  },
  {
    id: "microsoft.banned-recipient",
    provider: "microsoft",
    match: { any: ["Access denied, banned recipient"] },
    decide: {
      reason: "suspend",
      meaning: "Microsoft has banned this recipient address.",
    },
    example: "5.7.505 Access denied, banned recipient",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.recipient-receive-limit",
    provider: "microsoft",
    match: {
      any: [
        "per hour message receive limit",
        "exceeded their limit for the number of messages they can receive per hour",
      ],
    },
    decide: {
      reason: "ratelimited",
      meaning: "The recipient got more messages this hour than allowed.",
    },
    example:
      "smtp;554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653. (#) [outlook.com]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  },
  {
    id: "microsoft.group-restriction",
    provider: "microsoft",
    match: {
      any: [
        "Sender was not authenticated by organization",
        "Sender not authenticated for group",
        "Sender was not authenticated for mailbox",
        "Sender was not authenticated for public folder",
        "Sender not in allowed-senders list",
        "Delivery not authorized, message refused",
        // 5.7.124 RestrictedToGroupPermission, 5.7.129 RestrictedToRecipientsPermission.
        "RestrictedTo*",
        // 5.7.133: the group takes mail only from authenticated (internal) senders.
        "SenderNotAuthenticatedForGroup",
      ],
    },
    decide: {
      // A setting of the recipient (mailbox or group) that refuses this sender: the mailbox exists.
      reason: "filtered",
      meaning: "The recipient takes mail only from its org or listed senders.",
    },
    example: "5.7.133 Sender not authenticated for group",
    source: NDR_SOURCE,
  },

  // ── Blocks and reputation ────────────────────────────────────────────────────────────────────────
  {
    id: "microsoft.banned-sending-ip",
    provider: "microsoft",
    match: { any: ["Access denied, banned sending IP"] },
    decide: {
      reason: "blocked",
      meaning: "Microsoft banned the sending IP (5.7.606-649).",
      url: DELIST,
    },
    example:
      "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)",
    source: "sisimai:rhost-microsoft-01.eml",
  },
  {
    id: "microsoft.network-on-block-list",
    provider: "microsoft",
    match: { any: ["part of their network is on our block list", "on our block list (S3150)"] },
    decide: {
      reason: "blocked",
      meaning: "Outlook.com blocks the sending IP's network (S3140/S3150).",
      url: "https://postmaster.live.com/",
    },
    example:
      "550 5.7.1 Unfortunately, messages from [88.198.83.90] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BN8NAM12FT066.eop-nam12.prod.protection.outlook.com 2023-05-22T11:57:51.362Z 08DB59E499E4A279]",
    source: "https://pastebin.com/ExQUnA6B",
  },
  {
    id: "microsoft.banned-sender-ip",
    provider: "microsoft",
    match: { any: ["Access denied, banned sender"], enhancedCode: ["5.7.511"] },
    decide: {
      reason: "blocked",
      meaning: "Microsoft banned the IP (5.7.511); ask delist@messaging.microsoft.com.",
    },
    example:
      "550 5.7.511 Access denied, banned sender[1.2.3.4]. To request removal from this list please forward this message to delist@messaging.microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(508) [AM5EUR02FT019.eop-EUR02.prod.protection.outlook.com]",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "microsoft.banned-sending-account",
    provider: "microsoft",
    match: {
      any: ["Access denied, spam abuse detected", "Access denied, banned sender"],
    },
    decide: {
      reason: "blocked",
      action: "contact_admin",
      meaning: "Your account or domain is banned from sending for spam.",
    },
    example:
      "Remote Server returned '550 5.7.501 Access denied, spam abuse detected. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653'",
    source: "https://pastebin.com/BkSdGH0x",
  },
  {
    id: "microsoft.restricted-sender",
    provider: "microsoft",
    match: { any: ["bad outbound sender"] },
    decide: {
      reason: "rejected",
      action: "contact_admin",
      meaning: "Microsoft 365 restricted the sending user for spam.",
    },
    example: "550 5.1.8 Access denied, bad outbound sender AS(42004)",
    source: "https://support.uidaho.edu/TDClient/40/Portal/KB/ArticleDet?ID=2233",
  },
  {
    id: "microsoft.outbound-spam-hold",
    provider: "microsoft",
    // The WASCL verdict names why: Suspend (restricted), HipNotify (the account must prove it is human)…
    match: { any: ["OutboundSpamException"] },
    decide: {
      reason: "rejected",
      action: "contact_admin",
      meaning: "Microsoft held your outgoing mail as suspected spam.",
    },
    example:
      "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is HipNotify, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is HipNotify, ShowTierUpgrade. [Hostname=TY2PR06MB3117.apcprd06.prod.outlook.com]",
    source: "https://github.com/DesertsP/Valine-Admin/issues/26",
  },
  {
    id: "microsoft.smtp-auth-disabled",
    provider: "microsoft",
    match: {
      any: [
        "SmtpClientAuthentication is disabled",
        "basic authentication is disabled",
        "aka.ms/smtp_auth_disabled",
      ],
    },
    decide: {
      reason: "securityerror",
      meaning: "SMTP AUTH is turned off for this tenant or mailbox.",
      url: "https://aka.ms/smtp_auth_disabled",
    },
    example:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    source: "https://github.com/nodemailer/nodemailer/issues/1714",
  },
  {
    id: "microsoft.tls-version",
    provider: "microsoft",
    match: { any: ["TLS 1.0 and 1.1 are not supported"] },
    decide: {
      reason: "failedstarttls",
      meaning: "Microsoft 365 takes SMTP AUTH only over TLS 1.2 or later.",
      url: "https://aka.ms/smtp_auth_tls",
    },
    example:
      "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [SA9P221CA0019.NAMP221.PROD.OUTLOOK.COM]",
    source: "https://github.com/zehm/sendEmail/issues/1",
  },
  {
    id: "microsoft.customer-block-list",
    provider: "microsoft",
    match: { any: ["using Customer Block list", "Access denied, rejected by recipient"] },
    decide: {
      reason: "blocked",
      action: "contact_admin",
      meaning: "The recipient's organisation blocks your IP.",
    },
    example:
      "5.7.513 Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.spamhaus",
    provider: "microsoft",
    match: { any: ["blocked using Spamhaus", "is listed in Spamhaus", "AS16012611"] },
    decide: {
      reason: "blocked",
      meaning: "Spamhaus lists the sending IP or domain.",
      url: "https://check.spamhaus.org/",
    },
    example:
      "550 5.7.1 Service unavailable, Client host [3.211.34.40] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/[3.211.34.40] (AS16012611) [DM3NAM03FT051.eop-NAM03.prod.protection.outlook.com]",
    source: "https://github.com/CyberNinjas/pam_aad/issues/35",
  },
  {
    id: "microsoft.ip-reputation-throttle",
    provider: "microsoft",
    match: { any: ["temporarily rate limited due to IP reputation"] },
    decide: {
      reason: "badreputation",
      meaning: "Outlook.com throttles the IP for reputation (4.7.650).",
      url: "https://postmaster.live.com/",
    },
    example:
      "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [5NY1SSJFSTZJRJBG.eurprd02.prod.outlook.com 2024-05-09T23:34:45.000Z GLXTWVLGZHZNHVXY]",
    source: "sisimai:rhost-microsoft-05.eml",
  },
  {
    id: "microsoft.server-busy-throttle",
    provider: "microsoft",
    // "PFA agent busy" (4.7.700) is the same deferral from another front-end stage (Sisimai's Microsoft table).
    match: { any: ["Server busy. Please try again later from", "S77714", "S77719", "PFA agent busy"] },
    decide: {
      reason: "ratelimited",
      meaning: "Exchange Online throttles mail from your IP (4.7.500).",
    },
    example:
      "451 4.7.500 Server busy. Please try again later from [203.0.113.10]. (S77714) [BL6PEPF0001AB50.namprd04.prod.outlook.com 2024-07-14T14:44:43.083Z 08DCA36F759CD546]",
    source:
      "https://www.suped.com/learn/email-deliverability/what-causes-office365-temp-fails-and-how-can-they-be-resolved (EOP throttling of the sending IP)",
  },
  {
    id: "microsoft.suspicious-activity",
    provider: "microsoft",
    match: { any: ["Access denied, please try again later"] },
    decide: {
      reason: "badreputation",
      meaning: "Microsoft restricts the IP after suspicious activity.",
    },
    example: "4.7.500-699 Access denied, please try again later",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.tenant-banned",
    provider: "microsoft",
    match: { any: ["tenant has exceeded threshold"] },
    decide: {
      reason: "blocked",
      meaning: "Your tenant's outbound mail is blocked (5.7.705).",
      url: CODES_700,
    },
    example: "5.7.705 Access denied, tenant has exceeded threshold",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750",
  },
  {
    id: "microsoft.low-reputation-ip",
    provider: "microsoft",
    match: { any: ["traffic not accepted from this IP"] },
    decide: {
      reason: "badreputation",
      meaning: "The IP is a known low-reputation address (5.7.708).",
      url: CODES_700,
    },
    example: "550 5.7.708 Access denied, traffic not accepted from this IP",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750",
  },
  {
    id: "microsoft.unregistered-domain",
    provider: "microsoft",
    match: { any: ["sending from unregistered domain"] },
    decide: {
      reason: "rejected",
      meaning: "The sender's domain is not verified in the tenant (5.7.750).",
      url: CODES_700,
    },
    example: "5.7.750 Client blocked from sending from unregistered domain",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750",
  },
  {
    id: "microsoft.ipv6-range-limit",
    provider: "microsoft",
    match: { any: ["has exceeded permitted limits within"] },
    decide: {
      reason: "ratelimited",
      meaning: "The sending IPv6 range sent too much too fast (5.7.508).",
    },
    example: "5.7.508 Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.bad-helo",
    provider: "microsoft",
    match: { any: ["Access denied, bad HELO"] },
    decide: {
      reason: "blocked",
      action: "fix_configuration",
      meaning: "Your HELO gave the recipient server's name, not yours.",
    },
    example: "5.7.506 Access Denied, Bad HELO",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.no-ipv6",
    provider: "microsoft",
    match: { any: ["does not accept email over IPv6"] },
    decide: {
      reason: "blocked",
      action: "fix_configuration",
      meaning: "The recipient's domain takes no mail over IPv6; use IPv4.",
    },
    example: "5.7.510 Access denied, [contoso.com] does not accept email over IPv6",
    source: NDR_SOURCE,
  },

  // ── Authentication ───────────────────────────────────────────────────────────────────────────────
  {
    id: "microsoft.dmarc-reject",
    provider: "microsoft",
    match: { any: ["does not pass DMARC verification"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed DMARC and the From: domain's policy is reject.",
    },
    example:
      "5.7.509 Access denied, sending domain [$SenderDomain] does not pass DMARC verification and has a DMARC policy of reject.",
    source: NDR_SOURCE,
  },
  {
    // Outlook.com's (Hotmail's) older refusal when the From: domain's DMARC policy says reject: "Unfortunately, messages
    // from (<ip>) on behalf of (<domain>) could not be delivered due to domain owner policy restrictions."
    id: "microsoft.domain-owner-policy",
    provider: "microsoft",
    match: { any: ["domain owner policy restrictions"] },
    decide: {
      reason: "authfailure",
      meaning: "The From: domain's DMARC policy asks receivers to reject it.",
    },
    example:
      "5.7.0 (COL004-MC1F52) Unfortunately, messages from (82.195.75.100) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions.",
    source: "https://mid.mail-archive.com/debian-user@lists.debian.org/msg683187.html",
  },
  {
    id: "microsoft.authentication-level",
    provider: "microsoft",
    match: {
      any: ["required authentication level"],
    },
    decide: {
      reason: "authfailure",
      meaning: "Outlook.com's bulk-sender rule (5.7.515): SPF, DKIM and DMARC.",
      url: "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
    },
    example:
      "550 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level",
    source:
      "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
  },
  {
    id: "microsoft.ipv6-unauthenticated",
    provider: "microsoft",
    match: { any: ["must pass either SPF or DKIM validation"] },
    decide: {
      reason: "authfailure",
      meaning: "Mail over IPv6 to Microsoft 365 must pass SPF or DKIM.",
      url: IPV6,
    },
    example:
      "4.7.26 Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.ipv6-reverse-dns",
    provider: "microsoft",
    match: { any: ["must have a reverse DNS record"] },
    decide: {
      reason: "requireptr",
      meaning: "The sending IPv6 address has no PTR record.",
      url: IPV6,
    },
    example:
      "5.7.25 Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.spf-violation",
    provider: "microsoft",
    match: { any: ["rejected because of Sender Policy Framework violation"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed SPF.",
    },
    example: "5.7.23 The message was rejected because of Sender Policy Framework violation",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.from-not-rfc5322",
    provider: "microsoft",
    match: { any: ["message must be RFC 5322 section 3.6.2 compliant"] },
    decide: {
      reason: "notcompliantrfc",
      meaning: "The message has no valid From: address (RFC 5322 §3.6.2).",
    },
    example: "5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant",
    source: NDR_SOURCE,
  },

  // ── Sending through Microsoft 365 (your side) ────────────────────────────────────────────────────
  {
    id: "microsoft.submission-quota",
    provider: "microsoft",
    match: {
      any: [
        "Submission quota exceeded",
        "sender's submission quota was exceeded",
        "reached your daily limit for message recipients",
      ],
    },
    decide: {
      reason: "ratelimited",
      meaning: "Your account hit its daily sending limit.",
      url: "https://learn.microsoft.com/en-us/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits",
    },
    example: "5.2.2 Submission quota exceeded",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.tenant-relay-denied",
    provider: "microsoft",
    match: { any: ["TenantAttribution; Relay Access Denied"] },
    decide: {
      reason: "norelaying",
      meaning: "The message could not be tied to your tenant's connector.",
      url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-64-in-exchange-online",
    },
    example: "5.7.64 TenantAttribution; Relay Access Denied",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.anonymous-relay",
    provider: "microsoft",
    match: { any: ["Client was not authenticated to send anonymous mail"] },
    decide: {
      reason: "securityerror",
      meaning: "An app using smtp.office365.com did not authenticate.",
      url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-57-in-exchange-online",
    },
    example: "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.external-forwarding-blocked",
    provider: "microsoft",
    match: { any: ["does not allow external forwarding"] },
    decide: {
      reason: "policyviolation",
      meaning: "The recipient's external auto-forward is blocked (5.7.520).",
      url: "https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/external-email-forwarding",
    },
    example:
      "5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
    source:
      "https://learn.microsoft.com/en-us/microsoft-365/security/office-365-security/external-email-forwarding",
  },
  {
    id: "microsoft.tenant-block-list",
    provider: "microsoft",
    match: { any: ["blocked by your organization using Tenant Allow Block List"] },
    decide: {
      reason: "policyviolation",
      meaning: "Your Tenant Allow/Block List blocks this recipient.",
    },
    example:
      "5.7.703 Your message can't be delivered because messages to XXX, YYY are blocked by your organization using Tenant Allow Block List.",
    source: NDR_SOURCE,
  },

  // ── Transport (Exchange Online as the sending MTA) ───────────────────────────────────────────────
  {
    id: "microsoft.mta-sts",
    provider: "microsoft",
    match: {
      any: [
        "failed MTA-STS validation",
        "starttls-not-supported",
        "certificate-expired",
        "tlsa-invalid",
        "dnssec-invalid",
        "certificate-host-mismatch",
      ],
    },
    decide: {
      reason: "failedstarttls",
      meaning: "No secure delivery possible (MTA-STS, DANE or TLS).",
      url: "https://learn.microsoft.com/en-us/purview/enhancing-mail-flow-with-mta-sts",
    },
    example: "5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.dns-query-failed",
    provider: "microsoft",
    match: { any: ["Message expired, DNS query failed", "Message expired, connection refused"] },
    decide: {
      reason: "networkerror",
      meaning: "The destination was not resolved or reached in time.",
    },
    example: "550 5.4.312 Message expired, DNS query failed",
    source: "sisimai:lhost-office365-06.eml",
  },
  {
    // Microsoft's NDR table: the organisation journals on-premises mail to Microsoft 365 without Journaling
    // Archive turned on; its admin must fix the setting. Not the recipient ("is disabled" read as a disabled
    // mailbox suppressed a good address).
    id: "microsoft.journaling-disabled",
    provider: "microsoft",
    match: { any: ["Journaling Archive is disabled"] },
    decide: { reason: "policyviolation", meaning: "The organisation has Journaling Archive off (5.3.190)." },
    example:
      "5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled",
    source: `${NDR_SOURCE}; the table's own reply text, no other occurrence found`,
  },
  {
    id: "microsoft.routing-loop",
    provider: "microsoft",
    match: { any: ["Routing loop detected", "Hop count exceeded - possible mail loop"] },
    decide: { reason: "networkerror", meaning: "A forwarding loop between mail systems." },
    example: "5.4.14 Routing loop detected",
    source: NDR_SOURCE,
  },
  {
    id: "microsoft.bare-linefeed",
    provider: "microsoft",
    match: { any: ["BareLinefeedsAreIllegal", "message contains bare linefeeds"] },
    decide: {
      reason: "contenterror",
      meaning: "The message has bare line feeds (LF without CR).",
      url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-6-11-in-exchange-online",
    },
    example:
      "Remote server returned '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT'",
    source: "https://sec-consult.com/blog/detail/smtp-smuggling-spoofing-e-mails-worldwide/",
  },
  {
    id: "microsoft.concurrent-connections",
    provider: "microsoft",
    match: {
      any: ["maximum number of concurrent connections", "exceeded the maximum number of connections"],
    },
    decide: {
      reason: "ratelimited",
      meaning: "Too many simultaneous connections to Exchange Online.",
    },
    example:
      "smtp;421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel. example.com. PRX8 [example.com]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  },
  {
    id: "microsoft.org-queue-quota",
    provider: "microsoft",
    match: { any: ["Organization queue quota exceeded"] },
    decide: {
      reason: "ratelimited",
      meaning: "The recipient organisation's queue is over quota.",
    },
    example: "smtp;450 4.7.3 Organization queue quota exceeded. [outlook.com]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json",
  },
  {
    id: "microsoft.unable-to-connect",
    provider: "microsoft",
    match: { any: ["unable to connect successfully to the destination mail server"] },
    decide: {
      reason: "expired",
      meaning: "Exchange could not connect to the recipient's server.",
    },
    example:
      "Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.",
    source: "sisimai:lhost-outlook-07.eml",
  },
  {
    id: "microsoft.temporary-server-error",
    provider: "microsoft",
    match: { any: ["Temporary server error. Please try again later", "SuspiciousRemoteServerError"] },
    decide: {
      reason: "systemerror",
      meaning: "A temporary error inside Exchange Online; retry later.",
    },
    example:
      "smtp;451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop: example.com [example.com]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json",
  },
];
