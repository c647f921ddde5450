import type { ProviderSignature } from "./types.js";

/**
 * Another MTA's own reports that quote a big provider: a sending Postfix failing to reach its MX ("connect to
 * <mx>[ip]:25: Connection timed out", "TLS is required, but was not offered by host <mx>[ip]"), and an Exim front end
 * refusing a recipient that its callout to the provider's servers refused ("550-Callout verification failed: 550-550
 * 5.1.10 RESOLVER.ADR.RecipientNotFound; …", verify.c). The report is that MTA's, though it names the provider's host
 * or quotes its words. Gmail's, Microsoft's, Yahoo's and Exchange's signatures leave these out.
 */
const QUOTING_REPORTS: readonly string[] = [
  "25: Connection timed out",
  "25: Connection refused",
  "25: No route to host",
  "25: Operation timed out",
  "was not offered by host",
  "Callout verification failed",
];

/**
 * How receiving providers, blocklists and MTAs are recognised, from the reply text or the remote host.
 *
 * The first signature that matches wins, so the order is the precedence:
 * 1. mailbox providers (their host names and documentation links are the most specific clue),
 * 2. DNS blocklists (a listing named in the reply explains it better than the MTA that quoted it),
 * 3. filtering gateways,
 * 4. MTA software, recognised by wording only that software uses.
 *
 * So a reply that names both a mailbox provider and a gateway (Exchange Online's NDR quoting the
 * Proofpoint or Mimecast host in front of the tenant, or the reverse) is reported as the mailbox provider,
 * whose own rules know its codes; a gateway is reported when only the gateway speaks. Sending services
 * (SES, SendGrid, Mailgun) count as providers, recognised by their own wording and links, never by their
 * host names, which other servers quote as the sender's return path.
 *
 * Phrases avoid bare brand words that other servers quote (a Gmail reply may name `outlook.com` as the
 * sender's domain): they are host names, documentation links or codes only that provider sends. An address alone
 * never names a provider: words cannot tell `someone@icloud.com` from a host under icloud.com, so a trigger is the
 * provider's own host (`mail.icloud.com`, not `icloud.com`), never a domain its users have addresses at, and its
 * own contact addresses only inside its own wording (`delist@messaging.microsoft.com`).
 */
export const PROVIDER_SIGNATURES: readonly ProviderSignature[] = [
  // ── Mailbox providers ────────────────────────────────────────────────────────────────────────────
  {
    id: "gmail",
    name: "Gmail / Google Workspace",
    url: "https://support.google.com/a/answer/3726730",
    kind: "provider",
    any: [
      // Google appends "gsmtp" to every SMTP error; "gcdp" to errors from a Workspace admin's rules.
      "gsmtp",
      "gcdp",
      "support.google.com/mail",
      "support.google.com/a/answer",
      "l.google.com",
      "smtp.gmail.com",
      "smtp.googlemail.com",
      "groups.google.com",
      // Gmail's wording for its recipients (5.1.1 does not exist, 5.2.1 disabled or inactive, 5.2.2 over quota), also
      // when a client or a page quotes it without "gsmtp".
      "The email account that you tried to reach",
      // Gmail's own DSN text when it could not deliver (Google as the reporting MTA).
      "DNS type 'mx' lookup of",
      // The older form of the same DSN line: "DNS Error: Address resolution of <domain> failed: Domain name not found".
      "DNS Error: Address resolution of",
      "typos or unnecessary spaces",
      "or is unable to receive mail",
      // Gmail naming itself.
      "Gmail has detected",
      "Gmail requires",
      "exceeded Google's",
      "exceeds Google's",
      "amount of spam sent to Gmail",
      "The recipient server did not accept our requests to connect",
      // Titles of Google's help articles that its replies point to ("For more information, go to …").
      "go to About SMTP error messages",
      "Why has Gmail blocked my messages",
      "sign in to your Google Account",
      "Manage files in your Google Drive storage",
      "File types blocked in Gmail",
      "Gmail sending limits",
      "SMTP relay service error messages",
      "Limits for sending & getting email",
      "Add Gmail to another email client",
      // Its 454 4.7.0 to a client that failed to log in too often, also quoted without the article title.
      "Too many login attempts, please try again later",
      "Sign in with app passwords",
      "Control unauthenticated email from your domain",
      "Control unauthenticated mail from your domain",
      "go to Sorry, a policy is in place",
      "not authorized to send email directly to our servers",
      "go to Email encryption in transit",
      "go to HELO/EHLO email error",
      "go to Fix bounced or rejected emails",
      "Allowlists, denylists, and approved senders",
      "go to Message bounced due to a policy rule",
      "go to Email sender guidelines",
      "Gmail requirements for bulk email senders",
      // Its 535 5.7.8 to a client whose login failed, also quoted without the BadCredentials link; its 421 4.7.0 / 550
      // 5.7.1 reputation refusals, also without gsmtp (ImprovMX's "Due to the very low reputation of the sending domain,
      // this message has been blocked" is not it); the older 550 5.7.1 / Google Groups pointer to its "Bulk Email
      // Senders Guidelines" on mail.google.com/support; Google Groups' notice "the group you tried to contact (x) may not
      // exist"; the German form of its "typos or unnecessary spaces".
      "Username and Password not accepted",
      "suspicious due to the very low",
      "Bulk Email Senders Guidelines",
      "mail.google.com/support",
      "group you tried to contact",
      // Google Groups' (and Workspace's) per-day limit on external recipients: "The group <g> has exceeded its quota for
      // total number of external recipients", "The domain <d> has exceeded its quota for the maximum number of …".
      "number of external recipients",
      "überflüssige Leerzeichen",
      // Its Japanese notice for a full inbox (Mail Delivery Subsystem: "… にメールを配信できませんでした。宛先の受信トレイが
      // いっぱいか、宛先で現在多数のメールを受信しています。"; urashita.com/?p=36286, tabi-g.blogspot.com/2020/06/gmail-full-
      // case.html). A whole run of kana and kanji: signatures read a run unsplit, so a phrase cannot start inside one.
      "宛先の受信トレイがいっぱいか",
    ],
    // Naver's SMTP answers a failed login with Gmail's words, "535 5.7.1 Username and Password not accepted <id> - nsmtp".
    not: [...QUOTING_REPORTS, "nsmtp"],
    example:
      "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser e22-n7GpZmsf093195.222 - gsmtp",
    source: "sisimai:rhost-google-02.eml",
  },
  {
    id: "microsoft",
    name: "Microsoft 365 / Outlook.com / Exchange Online",
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    kind: "provider",
    any: [
      // Exchange Online Protection front ends: *.mail.protection.outlook.com, *.olc.protection.outlook.com,
      // *.prod.protection.outlook.com, *.prod.outlook.com.
      "protection.outlook.com",
      "prod.outlook.com",
      "mx1.hotmail.com",
      "mx2.hotmail.com",
      "mx3.hotmail.com",
      "mx4.hotmail.com",
      "postmaster.live.com",
      "mail.live.com/mail/troubleshooting",
      "sender.office.com",
      "go.microsoft.com/fwlink",
      "delist@messaging.microsoft.com",
      // Exchange Online's resolver results for a recipient's sender restriction (5.7.124 / 5.7.129):
      // RESOLVER.RST.RestrictedToGroupPermission, RestrictedToRecipientsPermission.
      "RestrictedTo*",
      // 5.7.133's resolver result, an Exchange Online code ("Fix email delivery issues for error code 5.7.133").
      "SenderNotAuthenticatedForGroup",
      // Outlook.com's own block-list tags and wording; Hotmail's older dynamic-IP refusal (DY-001) and the delisting
      // address of Forefront Online Protection, Exchange Online Protection's predecessor.
      "Mail rejected by Windows Live Hotmail",
      "delist.forefront@messaging.microsoft.com",
      "S3150",
      "S3140",
      "part of their network is on our block list",
      // Exchange Online Protection's Spamhaus refusal names the list by word, not by zone ("Client host [ip] blocked
      // using Spamhaus. To request removal from this list see …"); Postfix's reject_rbl_client names the zone.
      "blocked using Spamhaus To request removal from this list",
      "Access denied, banned sending IP",
      "TenantAttribution",
      // Exchange Online Protection's reason tags: Spamhaus, banned IP, customer block list.
      "AS16012611",
      "AS16012609",
      "AS16012607",
      // Exchange Online Protection's AS(…) tags on 5.4.1 and 5.7.520 refusals.
      "AS(201806281)",
      "AS(4810)",
      // Exchange Online's recipient-lookup and relay wording (Exchange Server 2013+ shares the first; the
      // far more common sender is Exchange Online).
      "RESOLVER.ADR.RecipientNotFound",
      "Recipient not found by SMTP address lookup",
      "Remote server returned unknown recipient or mailbox unavailable",
      "Organization queue quota exceeded",
      "does not allow external forwarding",
      "unable to connect successfully to the destination mail server",
      // Exchange Online's 5.7.7xx and 4.7.65x texts, and Outlook.com's recipient limit.
      // Exchange Online's submission refusals (smtp.office365.com): 5.7.57 and 5.7.60 with its "SMTP;" prefix
      // (on-premises Exchange answers "5.7.1 Client does not have permissions to send as this sender").
      "Client was not authenticated to send anonymous mail",
      "SMTP; Client does not have permissions to send as this sender",
      // Exchange's refusal of a plain-text session where TLS is required (451 5.7.3), shared with Exchange Server; the
      // labelled replies are all Exchange Online's, as for RESOLVER.ADR.RecipientNotFound.
      "STARTTLS is required to send mail",
      // Outlook.com's 5.7.0 refusal of a malformed message.
      "Please ensure the message is RFC 5322 compliant",
      "tenant has exceeded threshold",
      "traffic not accepted from this IP",
      "sending from unregistered domain",
      "rate limited due to IP reputation",
      "daily limit for message recipients",
      // Exchange Online's front-end tags and connection-limit wording; Outlook.com's mailbox tag.
      "per resource forest",
      // Exchange Online's front-end proxy tags: "451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop:
      // …", "421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit … PRX8".
      "PRX4",
      "PRX8",
      "TSTE",
      "S2017062302",
      // Exchange Online's 5.1.8 for a tenant's user blocked for sending spam, its outbound spam hold, and
      // its SMTP AUTH links.
      "Access denied, bad outbound sender",
      "OutboundSpamException",
      // Exchange Online's NDR text for 550 5.6.11 (bare LF refused by a receiver without BDAT).
      "invalid characters (bare line feed characters)",
      "SmtpClientAuthentication",
      "aka.ms/smtp_auth*",
      // Exchange's NDR sentences (Exchange Online's, and Exchange Server's since 2007/2010 with the same words; the
      // labelled ones are mostly Exchange Online's): 5.2.2, 5.1.1 (also its French form), 5.1.10 ("<user> wasn't found
      // at <domain>"), a group's sender restriction; Outlook.com's 5.7.515 and its older DMARC refusal.
      "can't accept messages now",
      "you entered couldn't be found",
      "avez entrée est introuvable",
      "wasn't found at",
      "only accepts messages from people in its",
      "required authentication level",
      "domain owner policy restrictions",
      // The store driver's exceptions as Exchange 2013+ writes them ("STOREDRV.Submission.Exception:…",
      // "STOREDRV.Deliver.Exception:…"): Exchange Online's far more often, as for RESOLVER.ADR.RecipientNotFound.
      // Exchange 2007's "STOREDRV.Deliver: mailbox full … MapiExceptionShutoffQuotaExceeded" stays Exchange's.
      "STOREDRV.Submission.Exception",
      "STOREDRV.Deliver.Exception",
    ],
    not: QUOTING_REPORTS,
    example:
      "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)",
    source: "sisimai:rhost-microsoft-01.eml",
  },
  {
    id: "yahoo",
    name: "Yahoo / AOL",
    url: "https://senders.yahooinc.com/smtp-error-codes/",
    kind: "provider",
    any: [
      "yahoodns.net",
      "postmaster.yahooinc.com",
      "senders.yahooinc.com",
      "postmaster.verizonmedia.com",
      // Its help pages, the current postmaster articles and the older spam pages ("421 VS1-IP … possible Open Relay
      // http://help.yahoo.com/help/us/mail/spam/spam-18.html (#4.1.8)", which ends like qmail's replies).
      "help.yahoo.com",
      "postmaster.yahoo.com",
      "postmaster.aol.com",
      "postmaster.info.aol.com",
      // AOL's tag for its dynamic-IP block, quoted without its link when a client keeps one reply line.
      "DYN:T1",
      "yahoo.com account",
      // Its "This user doesn't have a <domain> account" (dd in its classic form), also for the domains it hosted for AT&T
      // ("This user doesn't have a sbcglobal.net account").
      "This user doesn't have a",
      // Yahoo's and AOL's refusal of a closed account ("554 delivery error: dd Sorry your message to <a> cannot be
      // delivered. This account has been disabled or discontinued [#102]. - mta1272.mail.sk1.yahoo.com"), also quoted
      // without "dd" (Mailman 2.1's bounce tests, yahoo_03.txt).
      "This account has been disabled or discontinued",
      // Yahoo's classic "554 delivery error: dd <reason> - <mta>.mail.<dc>.yahoo.com".
      "delivery error: dd",
      "yahoo requires all senders",
      // Yahoo's bracketed reason tags (anchored to the words that follow the short ones).
      "TSS02",
      "TSS04",
      "TSS07",
      "TSS09",
      "TSS11",
      "IPTS04",
      "TS01 Messages from",
      "GL01 Message from",
      "TS02 Temporarily deferred",
      "TS03 All messages from",
      "PH01 Email not accepted",
      "BL21 Connections will not be accepted",
      "BL23 Connections not accepted",
      // AOL's DMARC refusal (AOL's mail runs on Yahoo's platform).
      "failed DMARC Evaluation and is being refused",
      // Yahoo's own texts for its connection and per-recipient limits and its header check.
      "Max message per connection reached",
      "User is receiving mail too quickly",
      "Headers are not RFC compliant",
    ],
    not: QUOTING_REPORTS,
    example:
      "421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes",
    source: "sisimai:rhost-yahooinc-02.eml",
  },
  {
    id: "apple",
    name: "Apple iCloud Mail",
    url: "https://support.apple.com/en-us/102322",
    kind: "provider",
    any: [
      "support.apple.com",
      // Its MX hosts (mx01-mx06.mail.icloud.com: reacherhq/check-if-email-exists#1410, chatmail/core#6547), not the bare
      // domain: a sender's or recipient's @icloud.com address in another server's reply is no reply of Apple's.
      "mail.icloud.com",
      // Apple's bracketed policy tags, anchored to the words that follow them (a bare "cs01" could be
      // part of another server's host name).
      "CS01 Message rejected",
      "CS02 Message rejected",
      "HM07 Message rejected",
      "HM08 Message rejected",
      "HME1 This message was blocked",
    ],
    example:
      "554 5.7.1 Your message was rejected due to libsisimai.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
    source: "sisimai:rhost-apple-02.eml",
  },
  {
    id: "comcast",
    name: "Comcast (Xfinity)",
    url: "https://postmaster.comcast.net/smtp-error-codes.php",
    kind: "provider",
    any: [
      "postmaster.comcast.net",
      "sys.comcast.net",
      "comcast.net/smtp-error-codes",
      "recipient mailbox unallocated",
      "Not our Customer",
    ],
    example:
      "554 resimta-po-11v.sys.comcast.net resimta-po-11v.sys.comcast.net 1.2.3.4 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "gmx",
    name: "GMX / WEB.DE / mail.com",
    url: "https://postmaster.gmx.com/en/error-messages",
    kind: "provider",
    any: [
      "postmaster.gmx.net",
      "postmaster.gmx.com",
      "postmaster.web.de",
      "gmx.net/mail/senderguidelines",
      "web.de/email/senderguidelines",
      "mxgmx*",
      "mrgmx*",
      // GMX's bilingual mailbox replies.
      "Speichervolumen ueberschritten",
      "zuviele Mails auf dem Server",
    ],
    example:
      "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR",
    source: "https://postmaster.gmx.com/en/error-messages",
  },
  {
    // 1&1 / IONOS (kundenserver.de) runs the same platform as GMX and WEB.DE and shares its rules.
    id: "ionos",
    name: "1&1 IONOS",
    url: "https://www.ionos.com/help/index.php?id=2425",
    kind: "provider",
    any: [
      "kundenserver.de",
      "postmaster.1and1.com",
      "postmaster.1und1.de",
      "postmaster.ionos",
      "ionos.com/help",
      // Its sender-domain check, which 1&1's help page on 550 errors lists ("550 invalid DNS MX or A/AAAA resource
      // record"). GMX and Web.de run the same platform and may send it too; the labelled replies are 1&1's.
      "invalid DNS MX or A/AAAA resource record",
    ],
    example:
      "554-kundenserver.de (mxeue106) Nemesis ESMTP Service not available\n554-No SMTP service\n554-IP address is black listed.\n554 For explanation visit http://postmaster.1and1.com/en/error-messages?ip=92.43.18.176&c=bip",
    source: "https://pastebin.com/ttzFAhDJ",
  },
  {
    id: "orange",
    name: "Orange / Wanadoo",
    kind: "provider",
    any: [
      // Orange's reply tags (OFR_416, OFR006_102) and front-end host names (mwinf5c04).
      "OFR",
      "OFR0*",
      "mwinf*",
      // Its MX and its relay, which names itself in its refusals ("550 opmta1mti37nd1 smtp.orange.fr … Service refuse");
      // not the bare domains, which are its customers' addresses in other servers' replies.
      "smtp-in.orange.fr",
      "smtp.orange.fr",
    ],
    example:
      "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=10.0.0.1 [102]",
    source: "sisimai:rhost-franceptt-06.eml",
  },
  {
    id: "tonline",
    name: "T-Online (Deutsche Telekom)",
    url: "https://postmaster.t-online.de/index.en.html",
    kind: "provider",
    any: [
      "rx.t-online.de",
      "mx00.t-online.de",
      "mx01.t-online.de",
      "A problem occurred. (Ask your postmaster for help",
    ],
    example:
      "554 IP=192.0.2.254 - A problem occurred. (Ask your postmaster for help or to contact neko@example.org to clarify.) (BL)",
    source: "sisimai:lhost-sendmail-16.eml",
  },
  {
    id: "laposte",
    name: "La Poste (laposte.net)",
    kind: "provider",
    // La Poste's platform tags its replies LPNnnn_nnn (LPN007_416); its MX is smtpz4.laposte.net (Sisimai's FrancePTT
    // hosts). The bare "laposte" of its banner is also its customers' address domain.
    any: ["LPN0*", "LPN1*", "LPN4*", "smtpz4.laposte.net"],
    example: "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426",
    source: "sisimai:rhost-franceptt-05.eml",
  },
  {
    id: "cox",
    name: "Cox Communications",
    url: "https://www.cox.com/residential/support/email-error-codes.html",
    kind: "provider",
    // "For resolution do not contact Cox Communications, contact the block list administrators" (its URIBL refusal).
    any: [
      "cox.com/residential/support",
      "east.cox.net",
      "west.cox.net",
      "CDRBL",
      "AUP#CX*",
      "do not contact Cox",
    ],
    example:
      "550 5.1.0 <bounce@mailer.cnt1.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL",
    source: "sisimai:rhost-cox-01.eml",
  },
  {
    // Before GoDaddy: Ziggo's inbound servers (AS9143's iss.as9143.net) share GoDaddy's "bizsmtp" banner word.
    id: "ziggo",
    name: "Ziggo",
    kind: "provider",
    any: ["as9143.net"],
    example:
      "550  mx8.tb.ukmail.iss.as9143.net bizsmtp Connection rejected. Your IP 167.89.100.237 is in RBL. Please see https://www.spamcop.net/bl.shtml?167.89.100.237",
    source: "https://github.com/FreeUKGen/MyopicVicar/issues/997",
  },
  {
    id: "godaddy",
    name: "GoDaddy (secureserver.net)",
    kind: "provider",
    // "bizsmtp" is the banner word of its inbound servers.
    any: [
      "secureserver.net",
      "bizsmtp",
      "x.co/rlbounce",
      "x.co/srbounce",
      // GoDaddy's IBnnn tags (its bounce page) where no host names it.
      "IB101",
      "IB103",
      "IB108",
      "IB110",
      "IB111",
      "IB212",
      "IB401",
      "IB501",
      "IB502",
      "IB506",
      "IB508",
      "IB605",
      "IB607",
    ],
    example:
      "550 5.1.1 <kijitora@example.com> - 203.0.113.222 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>",
    source: "sisimai:rhost-godaddy-03.eml",
  },
  {
    id: "zoho",
    name: "Zoho Mail",
    url: "https://www.zoho.com/mail/help/",
    kind: "provider",
    any: [
      "mx.zoho.com",
      "zoho.com/mail",
      // Its EU and India MX hosts (not the bare domains, its users' addresses).
      "mx.zoho.eu",
      "mx.zoho.in",
      "detected by Zoho Mail",
      "MailPolicy violation",
      // Zoho's submission servers refuse a From address the account may not use.
      "Relaying disallowed as",
      // Its filter's refusal wording (Sisimai's Zoho table quotes it from mx.zoho.com).
      "Email cannot be delivered. Reason",
    ],
    example: "smtp;554 5.2.3 MailPolicy violation Error delivering to mailboxes,mx.zoho.com",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  },
  {
    id: "netease",
    name: "NetEase Mail (163.com / 126.com)",
    kind: "provider",
    any: [
      "mail.163.com",
      "help.163.com",
      "163 smtp*",
      "126 smtp*",
      "Mail from must equal authorized user",
      // NetEase's reply tags.
      "DT:SPM",
      "DT:RBL",
      "MI:SFQ",
      "MI:DMC",
      "MI:STC",
      "HL:ICC",
      "HL:IFC",
      "HL:REP",
      "HL:MEP",
      "HL:IHU",
      "RP:QRC",
      "RP:TRC",
      "RP:DRC",
      "RP:CEL",
      "RP:CCL",
      "MI:CEL",
      "MI:CCL",
      "WM:BLI",
      "WM:BLU",
    ],
    example: "553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785",
    source: "https://github.com/ruanyf/weather-action/issues/5",
  },
  {
    id: "qq",
    name: "Tencent QQ Mail",
    url: "https://service.mail.qq.com/",
    kind: "provider",
    // (service.mail.qq.com, its older help host, is named by "mail.qq.com" below.)
    any: [
      "mx.qq.com",
      "mx1.qq.com",
      "mx2.qq.com",
      "mx3.qq.com",
      "exmail.qq.com",
      // its help links (mail.qq.com/zh_CN/help/…) and its submission refusal of a MAIL FROM other than the login
      "mail.qq.com",
      "mail from address must be same as authorization user",
    ],
    example:
      "550 Connection frequency limited [Q1YzZ3kxdnRYYnpkbVZ0MAo+QTMzMTMzRjUxNzQ4Cg/MTI3MTY2MDge= Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
    source: "sisimai:rhost-tencent-02.eml",
  },
  {
    id: "yandex",
    name: "Yandex Mail",
    url: "https://yandex.com/support/mail/",
    kind: "provider",
    // Its spam refusal is documented on its own help page (bounces/yandex/message-rejected-under-suspicion-of-spam). Its MX
    // hosts (mx.yandex.ru; mx.yandex.net for Yandex 360 domains) and the feedback form its spam-statistics refusal links
    // to, not the bare brand: a @yandex.ru address quoted by another server is no reply of Yandex's.
    any: [
      "mx.yandex.ru",
      "mx.yandex.net",
      "feedback.yandex.ru",
      "ya.cc",
      "Message rejected under suspicion of SPAM",
    ],
    example: "smtp;554 5.7.1 [1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc ##",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  },
  {
    id: "mailru",
    name: "Mail.ru",
    url: "https://help.mail.ru/mail-help/postmaster",
    kind: "provider",
    any: [
      "help.mail.ru",
      "corp.mail.ru",
      "postmaster.mail.ru",
      "Message was not accepted -- invalid mailbox",
      "sending for this account is disabled",
    ],
    example:
      "550 5.7.1 This message was not accepted due to domain (libsisimai.org) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
    source: "sisimai:lhost-postfix-72.eml",
  },

  {
    id: "kddi",
    name: "au (KDDI)",
    kind: "provider",
    // au's MX hosts (Sisimai's Rhost::KDDI), not its customers' domains (ezweb.ne.jp, au.com, uqmobile.jp): an address
    // alone does not say which server wrote the reply.
    any: ["msmx.au.com", "lsean.ezweb.ne.jp"],
    // au's refusal after DATA names no address: "550 : User unknown" (Sisimai's Rhost::KDDI).
    raw: ["550 : User unknown"],
    example: "550 : User unknown",
    source: "sisimai:rhost-kddi-01.eml",
  },
  {
    id: "docomo",
    name: "NTT Docomo",
    kind: "provider",
    // Its MX host (Sisimai's Rhost::NTTDOCOMO), not its customers' domain.
    any: ["mfsmax.docomo.ne.jp"],
    example:
      "<***@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.181.240] said: 550 Unknown user ***@docomo.ne.jp (in reply to end of DATA command)",
    source: "Sisimai Rhost::NTTDOCOMO (transcripts quoted in its comments)",
  },
  {
    id: "att",
    name: "AT&T",
    kind: "provider",
    // Its MX hosts ({al,ff}-ip4-mx-vip{1,2}.prodigy.net), its RBL tag and BellSouth's own sender-domain refusal ("550
    // [permfail] bellsouth.net requires valid sender domain"); not its customers' domains (att.net, sbcglobal.net,
    // bellsouth.net, prodigy.net), which other servers quote as addresses.
    // Its block-list refusal names its own contact, abuse_rbl@abuse-att.net.
    any: [
      "mx-vip1.prodigy.net",
      "mx-vip2.prodigy.net",
      "ATTRBL",
      "abuse-att.net",
      "bellsouth.net requires valid sender",
    ],
    example:
      "553 5.3.0 flpd575 DNSBL:RBL 521< 54.74.114.115 >_is_blocked.For assistance forward this email to abuse_rbl@abuse-att.net",
    source: "email-deep-validator's test suite (npm), 'returns null on spam errors-#2'",
  },
  {
    id: "spectrum",
    name: "Spectrum (Charter)",
    kind: "provider",
    // Its error-code page and its AUP#In-nnnn tags (Charter's and Time Warner Cable's inbound servers); not the bare
    // domains, its customers' addresses.
    any: ["spectrum.net/support", "AUP#In"],
    example:
      "550 5.1.0 <010001725d8ad4fc-9fe8fb1f-0292-430b-a634-1eba65166dbb-000000@amazonses.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310",
    source: "sisimai:rhost-spectrum-01.eml",
  },
  {
    id: "earthlink",
    name: "EarthLink",
    kind: "provider",
    // Its own block text and link; not the brand, which is its customers' address domain.
    any: ["blocked by EarthLink", "earthlink.net/block"],
    example: "550 IP 74.220.202.212 is blocked by EarthLink. Go to earthlink.net/block for details.",
    source: "https://pastebin.com/mt8MbFRM",
  },
  {
    id: "freenet",
    name: "freenet Mail",
    kind: "provider",
    // Its MX hosts, and their own PTR refusal: "550 inconsistent or no DNS PTR record for <ip> (see RFC 1912 2.1)", also
    // written "550-Inconsistent/Missing DNS PTR record (RFC 1912 2.1)" (seeseekey.net, from emig.freenet.de).
    any: [
      "emig.freenet.de",
      "mx.freenet.de",
      "inconsistent or no DNS PTR record",
      "Inconsistent/Missing DNS PTR record",
    ],
    example: "550 inconsistent or no DNS PTR record for 95.110.198.3",
    source: "https://github.com/badoux/checkmail/issues/5",
  },
  {
    id: "hosteurope",
    name: "Host Europe",
    kind: "provider",
    // Its inbound mail cluster signs refusals "(ID:<n>:<n>:<n> (<host>.mc1.hosteurope.de))"; the cluster's host name,
    // not the brand (customers' own servers are named under hosteurope.de too).
    any: ["mc1.hosteurope.de"],
    example: "550 User unknown (ID:440:1:2 (xxx.mc1.hosteurope.de))",
    source: "https://www.conftool.net/ctforum/index.php?topic=441.0",
  },
  {
    id: "aruba",
    name: "Aruba (PEC and hosting mail)",
    kind: "provider",
    // Its own Italian refusals, listed in its PEC guide: an unknown or non-PEC recipient, and a temporary IP block
    // for suspected abuse.
    any: ["Messaggio rifiutato dal sistema", "Indirizzo IP bloccato temporaneamente per sospetto abuso"],
    example: "Indirizzo IP bloccato temporaneamente per sospetto abuso",
    source:
      "https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx",
  },
  {
    id: "strato",
    name: "STRATO",
    kind: "provider",
    // Its submission and relay host, which names itself in its refusals ("421 smtp.strato.de : No SMTP service (MBL-B)"),
    // and its MX ("host smtpin.rzone.de[81.169.145.97] said: 550 5.1.2 No such mailbox [MSG0031]", YunoHost/issues#2684).
    any: ["smtp.strato.de", "smtpin.rzone.de"],
    example: "421 smtp.strato.de : No SMTP service (MBL-B)",
    source: "https://github.com/evertramos/docker-nextcloud-letsencrypt/issues/20",
  },
  {
    id: "mittwald",
    name: "Mittwald",
    kind: "provider",
    // Its own greylisting text (its FAQ of error messages); its other replies are Postfix's and name Postfix.
    any: ["Docking request denied, first time visit, you have been greylisted"],
    example: "4.7.1 Docking request denied, first time visit, you have been greylisted, try again later",
    source: "http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung",
  },
  {
    // Namecheap's mail platform (Private Email, its registrar-servers.com forwarders; Jellyfish) refuses a recipient
    // with Postfix's syntax and its own text and tag: "Recipient address rejected: undeliverable address: Mailbox might
    // be disabled, full, or may not exist on the server. Reason: JFE030050" (also as 450 4.1.1 "unverified address").
    // Its host names are not used: its customers' outbound mail names them too.
    id: "namecheap",
    name: "Namecheap Private Email",
    kind: "provider",
    any: ["Mailbox might be disabled, full, or may not exist", "JFE0*"],
    example:
      "554 5.1.1 <security@digibyte.org>: Recipient address rejected: undeliverable address: Mailbox might be disabled, full, or may not exist on the server. Reason: JFE030050",
    source: "https://github.com/DigiByte-Core/digibyte/issues/450",
  },
  {
    id: "trendmicro",
    name: "Trend Micro Email Security",
    kind: "provider",
    // InterScan Messaging Security's relay refusal (Trend Micro KA-0004824) and RBL+'s old mail-abuse.org zone.
    any: [
      "mail-abuse.com",
      "mail-abuse.org",
      "Trend Micro",
      "ERS-RBL",
      "BLOCK-SEND-ER",
      "BLOCK-RCPT",
      "domain of forward path is not allowed",
    ],
    example: "550 5.7.1 <rec@atrix.com.au>: Recipient address rejected: ERS-RBL.",
    source: "https://pastebin.com/VaFdFSVL",
  },
  {
    id: "amazonses",
    name: "Amazon SES",
    kind: "provider",
    // SES's own diagnostic for an address on its suppression list: "Amazon SES has suppressed sending to this address …"
    // Its sandbox refusal of an unverified identity, also quoted without the "identities failed the check" sentence
    // (AWS's knowledge-center article ses-554-400-message-rejected-error).
    any: [
      "identities failed the check",
      "Message rejected: Email address is not verified",
      "Throttling failure",
      "Amazon SES has suppressed",
    ],
    example:
      "554 Message rejected: Email address is not verified. The following identities failed the check in region AP-NORTHEAST-1: nekochan@example.jp",
    source: "sisimai:lhost-postfix-77.eml",
  },
  {
    id: "rackspace",
    name: "Rackspace Email",
    kind: "provider",
    any: ["emailsrvr.com", "ACL dns_rbl"],
    example:
      "554 5.7.1 ACL dns_rbl; Client host [11.22.33.44] blocked using sa-ip4tset.blagr.emailsrvr.com=127.24.0.2 Spamhaus XBL. Please visit http://www.spamhaus.org/lookup/ for more information on why this message could not be delivered",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "forpsi",
    name: "Forpsi",
    kind: "provider",
    any: ["support.forpsi.com"],
    example: "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081",
    source: "https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx",
  },
  {
    id: "sendgrid",
    name: "Twilio SendGrid",
    kind: "provider",
    // SendGrid's SMTP relay refusing its own client (sendgrid.net alone is a sender's return path).
    any: ["sendgrid.com/docs", "Unauthenticated senders not allowed"],
    example: "550 Unauthenticated senders not allowed",
    source: "sisimai:lhost-postfix-65.eml",
  },
  {
    id: "mailgun",
    name: "Mailgun",
    kind: "provider",
    any: [
      "your Mailgun account",
      "help.mailgun.com",
      "documentation.mailgun.com",
      "Sandbox subdomains are for test purposes only",
      // Its event descriptions for an address on its suppression lists: bounces (code 605, reason "suppress-bounce")
      // and complaints (code 607, "suppress-complaint").
      "Not delivering to previously bounced address",
      "Not delivering to a user who marked your messages as spam",
    ],
    example:
      "Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
    source: "https://github.com/Monstarrrr/rebutify/issues/162",
  },
  {
    // Tencent Cloud's email push service (SES) answering an SMTP submission with its API error as JSON
    // ('##SES-response-json:{"Response":{…,"QcloudError":{"Error":{"Code":"FailedOperation.…"}}}}'). The parser cuts a
    // '##' trailer off the text, so the JSON key is looked for in the raw reply.
    id: "tencentcloud",
    name: "Tencent Cloud SES",
    kind: "provider",
    any: [],
    raw: ['"QcloudError"'],
    example:
      '554 5.0.0 Error: transaction failed, blame it on the weather: ##SES-response-json:{"Response":{"RequestId":"111d9e76-96b9-46a8-9a0b-e19dba0a75d6","QcloudError":{"Error":{"Code":"FailedOperation.NotAuthenticatedSender.操作失败。发件sender没有经过认证，无法发送。"}}}}',
    source: "https://github.com/QuantumNous/new-api/issues/1347",
  },
  {
    id: "postmark",
    name: "Postmark",
    kind: "provider",
    // Its API error 406 (InactiveRecipientError in its own client libraries): "You tried to send to a recipient that
    // has been marked as inactive. … Inactive recipients are ones that have generated a hard bounce or a spam complaint."
    any: ["Inactive recipients are ones that have generated"],
    example:
      "You tried to send to a recipient that has been marked as inactive. Inactive recipients are ones that have generated a hard bounce or a spam complaint.",
    source: "https://github.com/withspectrum/spectrum/issues/2803",
  },
  {
    id: "sparkpost",
    name: "SparkPost",
    kind: "provider",
    // The SMTP errors SparkPost's page (support.sparkpost.com/docs/faq/error-messages-smtp) calls its own: its
    // relay refusing its client's From: domain or its X-MSYS-API header.
    any: ["Unconfigured Sending Domain", "X-MSYS-API"],
    example: "550 5.7.1 Unconfigured Sending Domain <mapzen.com>",
    source: "https://github.com/transitland/transitland-datastore/issues/1231",
  },
  {
    id: "gandi",
    name: "Gandi Mail",
    kind: "provider",
    // Its relay's refusal of a client IP that Spamhaus lists ("blocked you may be infected"; its postmaster page spells
    // it "maybe").
    any: [
      "postmaster.gandi.net",
      "mail.gandi.net",
      "blocked you may be infected",
      "blocked you maybe infected",
    ],
    example: "550 5.7.1 Reject for policy reason RULE3_2. See http://postmaster.gandi.net",
    source: "https://github.com/Scille/parsec-cloud/issues/1751",
  },
  {
    id: "improvmx",
    name: "ImprovMX",
    kind: "provider",
    any: ["improvmx.com"],
    example: "551 5.7.1 Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)",
    source:
      "https://github.com/ActiveCampaign/smtp-field-manual/blob/18308e080ad04db3d1d6f018523225e50a42f5fe/data/codes/551.json",
  },
  {
    id: "facebook",
    name: "Facebook (Meta) mail",
    kind: "provider",
    any: ["postmaster.facebook.com"],
    example:
      "550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.54#rcp Recipient address does not exist",
    source: "sisimai:lhost-facebook-04.eml",
  },
  {
    id: "iua",
    name: "I.UA",
    kind: "provider",
    any: ["mail.i.ua"],
    example: "550 Mailbox is frozen. See http://mail.i.ua/err/3/",
    source: "sisimai:rhost-iua-01.eml",
  },
  // ── DNS blocklists and reputation services ───────────────────────────────────────────────────────
  {
    id: "spamhaus",
    name: "Spamhaus",
    url: "https://check.spamhaus.org/",
    kind: "blocklist",
    any: ["spamhaus"],
    example: "553 http://www.spamhaus.org/query/bl?ip=192.0.2.222",
    source: "sisimai:rhost-godaddy-02.eml",
  },
  {
    id: "spamcop",
    name: "SpamCop Blocking List",
    url: "https://www.spamcop.net/bl.shtml",
    kind: "blocklist",
    any: ["spamcop"],
    example:
      "554 5.7.1 Service unavailable; Client host [167.89.94.22] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?167.89.94.22",
    source: "https://github.com/simple-login/app/issues/497",
  },
  {
    id: "barracuda-brbl",
    name: "Barracuda Reputation Block List",
    url: "https://www.barracudacentral.org/rbl",
    kind: "blocklist",
    any: ["Barracuda Reputation", "barracudacentral", "barracudanetworks.com/reputation"],
    example:
      "550 Service unavailable; Client host [smtp001.thundermail.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=5.60.96.9 (zzzzz@domain.com:blocked,xxxxx@domain.com:blocked)",
    source: "https://github.com/thunderbird/mailstrom/issues/162",
  },
  {
    id: "sorbs",
    name: "SORBS",
    url: "http://www.sorbs.net/",
    kind: "blocklist",
    any: ["sorbs"],
    example:
      "454 4.7.1 Service unavailable; Client host [1.2.3.4] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?1.2.3.4",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "uceprotect",
    name: "UCEPROTECT",
    url: "https://www.uceprotect.net/",
    kind: "blocklist",
    any: ["uceprotect"],
    example:
      "553 Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See: http://www.uceprotect.net/rblcheck.php?ipr=xxx.xxx.xxx.xxx",
    source: "https://github.com/dragokas/hijackthis/issues/190",
  },
  {
    id: "cloudmark",
    name: "Cloudmark Sender Intelligence",
    url: "https://csi.cloudmark.com/",
    kind: "blocklist",
    any: ["cloudmark"],
    example:
      "554 *.terra.com cmsmtp 5.7.1 Service unavailable; Client host [1.2.3.4] blocked using cm-csi-v11; Cloudmark Poor Reputation Sender Blacklist http://csi.cloudmark.com/reset-request/?ip=1.2.3.4",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },

  // ── Filtering gateways ───────────────────────────────────────────────────────────────────────────
  {
    id: "proofpoint",
    name: "Proofpoint",
    url: "https://ipcheck.proofpoint.com/",
    kind: "provider",
    // Proofpoint Essentials' wording for an address on its SMTP Discovery invalid list (resellers such as
    // Spambrella run the same service).
    any: ["pphosted.com", "proofpoint.com", "ppe-hosted.com", "User email address is marked as invalid"],
    example:
      "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=149.28.244.134 (in reply to end of DATA command)",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/233",
  },
  {
    id: "mimecast",
    name: "Mimecast",
    url: "https://community.mimecast.com/docs/DOC-1369",
    kind: "provider",
    any: ["mimecast", "Rejected by header based Anti-Spoofing policy"],
    example:
      "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [z7qZw5BPd1zlDYHka4589ru.us222]",
    source: "sisimai:rhost-mimecast-01.eml",
  },
  {
    id: "symantec",
    name: "Symantec Email Security.cloud (MessageLabs)",
    url: "https://knowledge.broadcom.com/external/article?legacyId=TECH253432",
    kind: "provider",
    any: ["messagelabs", "symanteccloud", "symantec cloud"],
    example:
      "553 Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
    source:
      "https://github.com/ActiveCampaign/smtp-field-manual/blob/124213832cd49cb9ef3ab65900159ff102c72b98/data/codes/553.json",
  },
  {
    id: "barracuda",
    name: "Barracuda Email Security",
    kind: "provider",
    // "X-Spam-&-Virus-Firewall" is the product's old name, which its appliances put in their replies.
    any: ["barracudanetworks.com", "cuda_nsu", "barracuda", "X-Spam-&-Virus-Firewall"],
    example: "smtp;550 cuda_nsu 5.1.1 <email@example.com>... User unknown",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  },
  {
    id: "cisco",
    name: "Cisco Secure Email (IronPort)",
    url: "https://www.cisco.com/c/en/us/support/security/email-security-appliance/series.html",
    kind: "provider",
    any: [
      "iphmx.com",
      "ironport",
      // The appliance's default reply for a sender group with a poor SenderBase reputation score.
      "rejected due to the sending MTA's poor reputation",
      "rejected due to the sending MTA poor reputation",
      "Your access to submit messages to this e-mail system has been rejected",
    ],
    example:
      "554-mx.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },

  {
    id: "mailchannels",
    name: "MailChannels",
    kind: "provider",
    // "[CS]" is MailChannels' content-scanning verdict.
    any: ["mailchannels.net", "mailchannels.com", "CS Message blocked"],
    example: "550 5.7.1 [CS] Message blocked",
    source: "https://github.com/jeremydumais/CPP-SMTPClient-library/issues/46",
  },
  {
    id: "hornetsecurity",
    name: "Hornetsecurity",
    kind: "provider",
    // Its filter hosts (antispameurope.com) link the unblock form on cloud-security.net.
    any: ["cloud-security.net", "antispameurope.com", "hornetsecurity.com"],
    example:
      "554 5.5.4 Your IP 162.210.70.57 address has a bad reputation. To unblock visit http://cloud-security.net/unblock?a=2906&b=carmen.altamirano@hamburgsud.com&c=srapalo@aamtg.hn&d=6&e=162.210.70.57-mx-gate24-hz3",
    source: "https://pastebin.com/YvH8wVdW",
  },

  // ── Regional providers and filters with no rules of their own ────────────────────────────────────
  // After the blocklists: when such a reply quotes a blocklist, the blocklist's rules explain it and the
  // provider is still reported as the receiving side.
  {
    id: "aliyun",
    name: "Alibaba Mail (Aliyun)",
    kind: "provider",
    // Alibaba's replies say a limit "is achieved the maximum threshold"; its MX hosts are mxhichina.com.
    any: ["achieved the maximum threshold", "ANTISPAM_BAT", "mxhichina", "Rcptto account"],
    example: "510 The length of DATA content is achieved the maximum threshold",
    source: "http://bestwisewords.com/document_detail/36612.html",
  },
  {
    id: "naver",
    name: "Naver Mail",
    kind: "provider",
    any: [
      "realip.naver.com",
      "help.naver.com",
      "mx.naver.com",
      "mx1.naver.com",
      "mx2.naver.com",
      "mx3.naver.com",
      // Its SMTP servers (and NAVER WORKS') end every reply with "<id> - nsmtp", as Google's do with gsmtp ("220
      // mx.naver.com ESMTP n8yMoBhv… - nsmtp", "550 5.1.1 No such user ldE8NzE3… - nsmtp").
      "nsmtp",
    ],
    example:
      "421 4.3.2 Your IP( is filtered and this connection will be closed. You must register your IP to http://realip.naver.com",
    source: "https://puffinknight.tistory.com/102",
  },
  {
    // NHN's Dooray! groupware: its failure notices ("Dooray! Failure Notice", "Dooray! 메일 발송") and the reasons
    // they give in its own words (GitHub notifications relayed to Dooray! mailboxes quote them in issue comments). Not the
    // brand alone: its users' addresses are <name>@<org>.dooray.com.
    id: "dooray",
    name: "Dooray! (NHN)",
    kind: "provider",
    any: [
      "Dooray! Failure Notice",
      "Dooray! 메일 발송",
      "Your mail was denied from the receiver",
      "조직의 메일 수신 정책에",
      "정리를 요청하신",
      "외부 계정으로 발송이",
    ],
    example:
      "받는 사람의 메일함 용량이 가득 찼습니다.\n받는 사람에게 메일함 정리를 요청하신 후 다시 발송하시기 바랍니다.",
    source: "https://github.com/specinfra/specref/pull/873",
  },
  {
    id: "paran",
    name: "Paran (Korea)",
    kind: "provider",
    any: ["cleanip.paran.com"],
    example: "550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'",
    source: "https://puffinknight.tistory.com/102",
  },
  {
    id: "seznam",
    name: "Seznam.cz",
    kind: "provider",
    // "szn" is the tag Seznam's servers put in front of their reasons; its MX hosts, not seznam.cz, its users' domain.
    any: ["mx1.seznam.cz", "mx2.seznam.cz", "szn"],
    example: "5.1.1 szn; User hasn't got the service mapped",
    source: "https://napoveda.seznam.cz/uzivatel-neexistuje",
  },
  {
    id: "sfr",
    name: "SFR (sfr.fr, neuf.fr)",
    kind: "provider",
    // SFR's inbound hosts (msfrf*.sfr.fr behind smtp-in.sfr.fr) and its SFR_IN_nnn block tags; not the
    // bare domain, which is also the recipient's address at other servers.
    any: ["msfrf*", "smtp-in.sfr.fr", "SFR_IN"],
    example: "421 4.7.0 msfrf2604.sfr.fr Error: too many errors",
    source: "https://bentonow.com/smtp-errors/sfr",
  },
  {
    id: "assp",
    name: "ASSP (Anti-Spam SMTP Proxy)",
    kind: "provider",
    // ASSP's default refusal texts (its AvError, BadAttach and penalty-box messages).
    any: [
      "disinfect and resend",
      "Please compress (zip,tar",
      "appended to subject and ask to have your email whitelisted",
    ],
    example: "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.",
    source: "https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095",
  },
  {
    id: "zerospam",
    name: "ZEROSPAM",
    kind: "provider",
    any: ["zerospam"],
    example:
      "450 4.2.0 <email@example.com>: Recipient address rejected: example.com greylisted for 60 seconds by ZEROSPAM",
    source:
      "https://github.com/ActiveCampaign/smtp-field-manual/blob/18308e080ad04db3d1d6f018523225e50a42f5fe/data/codes/450.json",
  },
  {
    id: "postini",
    name: "Postini (Google Message Security)",
    kind: "provider",
    // Postini's filters answered as "psmtp" (their hosts were *.psmtp.com).
    any: ["psmtp", "postini"],
    example: "501 Spam Blocked - psmtp",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/cb2e73f780321561abc4eea24ee4f5887f79dd2b/t/corpus/spam-rejection36.msg",
  },
  {
    id: "eset",
    name: "ESET Mail Security",
    kind: "provider",
    any: ["ESETS_SMTP"],
    example: "550 Rejected by ESETS_SMTP (spam)",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/043494ba004b82e9c3a5a13181ba3f3dc9795a53/t/corpus/spam-rejection16.msg",
  },
  {
    id: "mailmarshal",
    name: "Trustwave MailMarshal",
    kind: "provider",
    any: ["MailMarshal"],
    example: "550 Message refused by MailMarshal SpamProfiler",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/043494ba004b82e9c3a5a13181ba3f3dc9795a53/t/corpus/spam-rejection33.msg",
  },
  {
    id: "junkemailfilter",
    name: "JunkEmailFilter",
    kind: "provider",
    any: ["junkemailfilter"],
    example:
      "550-REJECTED - Server at [test.co.uk] (NOT JUNKEMAILFILTER) rejected message - 550 550 65.49.42.68 is not allowed to send mail from email.example.com",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/7b07fc725d7f46dd1ac0946d4c05f1bf079bd993/t/corpus/junkemailfilter.msg",
  },

  // ── MTA software ─────────────────────────────────────────────────────────────────────────────────
  // Content filters and milters that answer through the MTA in front of them come first.
  {
    id: "amavis",
    name: "amavisd-new",
    kind: "mta",
    // amavisd's replies after DATA: "Reject, id=<nnnnn-nn> - SPAM", "Bounce, id=… - BAD HEADER".
    any: ["amavis*", "Reject, id", "Bounce, id"],
    example: "554 5.7.0 Reject, id=20025-09 - SPAM",
    source: "sisimai:lhost-amavis-03.eml",
  },
  {
    id: "miltergreylist",
    name: "milter-greylist",
    kind: "mta",
    // Its reply, "Greylisting in action, please come back later" or "… please come back in HH:MM:SS" (milter-greylist.c);
    // other greylisting filters answer "Greylisting in action, please try again later" (a Symantec forum's 452 4.1.1).
    any: ["Greylisting in action, please come back", "milter-greylist"],
    example: "451 4.7.1 Greylisting in action, please come back later",
    source: "https://github.com/whyscream/postfix-grok-patterns/pull/200",
  },
  {
    id: "communigate",
    name: "CommuniGate Pro",
    kind: "mta",
    // Its delivery modules report as "LOCAL module(account <name>) reports: …".
    any: ["LOCAL module(account", "CommuniGate"],
    example: "LOCAL module(account f.b) reports:\n account is full (quota exceeded)",
    source:
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/043494ba004b82e9c3a5a13181ba3f3dc9795a53/t/corpus/quota-5.msg",
  },
  {
    id: "exchange",
    name: "Microsoft Exchange Server",
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
    kind: "mta",
    any: [
      "RESOLVER.ADR",
      "RESOLVER.RST",
      "QUEUE.Expired",
      "SMTPSEND",
      "MapiExceptionShutoffQuotaExceeded",
      // The SMTP banner of Exchange Server (and of Windows' IIS SMTP service) quoted in a reply.
      "Microsoft ESMTP MAIL Service",
      // Exchange 5.5's MTA signs its NDRs "MSEXCH:MSExchangeMTA:<site>:<server>".
      "MSExchangeMTA",
    ],
    not: QUOTING_REPORTS,
    example: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    source: "sisimai:lhost-exchange2007-01.eml",
  },
  {
    id: "momentum",
    name: "Momentum",
    kind: "mta",
    // Texts of Momentum's response table that no other MTA's source or reply in the labelled sets uses (its
    // "DATA without RCPT TO" is also Plan 9 smtpd's, so it does not name Momentum).
    any: [
      "see RFC2822 section",
      "RFC2821 HELO/EHLO needed",
      "Service unavailable, batch limit reached",
      "Service unavailable, concurrency limit reached",
      "recipients per message limit reached",
    ],
    example: "Body line too long (see RFC2822 section 3.5)",
    source: "https://github.com/SparkPost/developers.sparkpost.com/blob/HEAD/web-ref/responses-by-message.md",
  },
  {
    id: "postfix",
    name: "Postfix",
    url: "https://www.postfix.org/postconf.5.html",
    kind: "mta",
    any: [
      "Recipient address rejected",
      // Postfix writes "<addr>: Sender address rejected: <why>"; a bare "501 5.1.8 Sender address rejected"
      // comes from Gmail and Exchange Online too.
      "Sender address rejected: Domain not found",
      "Sender address rejected: not owned by user",
      "Sender address rejected: Access denied",
      "Sender address rejected: need fully-qualified address",
      "Sender address rejected: undeliverable address",
      "Client host rejected",
      "Helo command rejected",
      "Data command rejected",
      "Etrn command rejected",
      "User unknown in virtual mailbox table",
      "User unknown in local recipient table",
      "User unknown in virtual alias table",
      "User unknown in relay recipient table",
      "Message size exceeds fixed limit",
      "postgrey",
      "X-Postfix",
      // Postfix's own texts (smtpd.c, smtp_connect.c, smtp_addr.c, local(8)).
      "Sender address rejected: not logged in",
      // local(8)'s "mail for <domain> loops back to myself"; sendmail V8.6 wrote "<host> config error: mail loops back
      // to myself" (see `not`).
      "loops back to myself",
      "mail forwarding loop for",
      "SMTPUTF8 is required, but was not offered",
      "TLS is required, but was not offered",
      "Name service error for name",
      "does not accept mail (nullMX)",
      "Error: too many connections from",
      "Error: queue file write error",
      "Error: message file too big",
      "TLS not available due to local problem",
      // smtp(8)'s connection failures ("connect to host[ip]:25: Connection timed out") and
      // reject_rbl_client's "Service unavailable; Client host [ip] blocked using <list>".
      "25: Connection timed out",
      "25: Operation timed out",
      "Service unavailable; Client host",
      // smtpd's answer when a milter fails and milter_default_action is tempfail
      "Service unavailable - try again later",
      "Name service error for domain",
      "25: Connection refused",
      "25: No route to host",
      "25: Network is unreachable",
      "delivery temporarily suspended",
      "lost connection with",
      "timed out while receiving",
      "timed out while sending",
      "Sender address rejected: unverified address",
      // smtpd.c's and smtpd_check.c's replies: address syntax, command order, storage, table lookups, end-of-data
      // policy and SASL refusals, and reject_rhsbl_sender's "Service unavailable; Sender address [d] blocked using".
      "Bad sender address syntax",
      "Bad recipient address syntax",
      "Error: need RCPT command",
      "Error: need MAIL command",
      "Temporary lookup failure",
      "End-of-data rejected",
      "Service unavailable; Sender address",
      "Error: too many recipients",
      "Error: send HELO/EHLO first",
      // smtpd.c's session timeout ("421 4.4.2 <host> Error: timeout exceeded") and its smtpd_forbid_bare_newline refusal.
      "Error: timeout exceeded",
      "Error: bare <LF> received",
      // smtpd's (and qmqpd's) hopcount refusal "554 5.4.0 Error: too many hops" (Sendmail's is "Too many hops" without
      // "Error:"), and smtp(8)'s own bounce when the message is over the server's SIZE ("message size <n> exceeds size
      // limit <n> of server <host>", smtp_proto.c).
      "Error: too many hops",
      "exceeds size limit",
      // local(8)/pipe(8) quoting the delivery command: "temporary failure. Command output: …", "permission denied.
      // Command output: …" (sys_exits.c texts); maildrop's own words are Courier's
      "Command output",
      "Command died with",
    ],
    not: ["maildrop", "config error: mail loops back"],
    // local(8)'s 'unknown user: "<name>"' (the quote sets it apart from other servers' "unknown user"), and smtpd's
    // disconnect at smtpd_hard_error_limit, "421 4.7.0 <host> Error: too many errors" (as written: a compiler's
    // "fatal error: too many errors emitted" is not it).
    // smtpd_sasl_glue.c's "535 5.7.8 Error: authentication failed: <why>" (the colon and the SASL reason set it apart:
    // QQ Mail's SMTP answers a bad login with a bare "535 Error: authentication failed").
    // smtpd's relay refusal names the recipient first, "554 5.7.1 <rcpt>: Relay access denied"; a bare "Relay access
    // denied" is other servers' wording too (Spambrella's "550 5.7.1 Relay Access denied", "relay access denied - please
    // authenticate").
    raw: [
      'unknown user: "',
      " Error: too many errors",
      "Error: authentication failed: ",
      ">: Relay access denied",
    ],
    example:
      "450 4.1.1 <kijitora@example.org>: Recipient address rejected: User unknown in virtual alias table",
    source: "sisimai:lhost-postfix-05.eml",
  },
  {
    id: "exim",
    name: "Exim",
    url: "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-smtp_processing.html",
    kind: "mta",
    any: [
      "Unrouteable address",
      "Sender verify failed",
      "Verification failed for",
      "retry timeout exceeded",
      "all relevant MX records point to non-existent hosts",
      "MTA-imposed quota exceeded",
      "may not follow",
      // cPanel's Exim.
      "The account or domain may not exist, they may be blacklisted",
      // Sender-verification callouts, and verify.c's verdict on a recipient callout ("Callout verification failed:\n<the
      // answer>", quoting the back end's refusal).
      "Callback setup failed",
      "Callout verification failed",
      "result of an earlier callout reused",
      // Exim's own delivery reports, and cPanel's Exim ACLs (RBL, relay and outbound-limit refusals).
      // smtp.c's "all hosts have been failing for a long time and were last tried …", deliver.c's "all hosts for '<d>'
      // have been failing for a long time (and retry time not reached)", pipe.c's "Child process of <t> transport returned"
      "been failing for a long time",
      "Child process of",
      // appendfile/pipe deliveries in its reports: "pipe to |/usr/local/bin/x generated by y@z", "save to /path …"
      "pipe to",
      "JunkMail rejected",
      "is in an RBL on",
      "is in an RBL, see",
      "not permitted to relay through this server without authentication",
      "enforce_mail_permissions",
      "max defers and failures per hour",
      // Exim's default ACLs, and smtp_in.c's own refusals.
      "Restricted characters in address",
      "Legitimate bounces are never sent to more than one recipient",
      "Syntactically invalid HELO argument",
      "SMTP synchronization error",
      "suspected mail loop",
      "local delivery failed",
      // smtp.c's final word when retries ran out, acl.c's default text for a deferring ACL, smtp_in.c's refusal of
      // an unqualified MAIL FROM ("501 <x>: sender address must contain a domain").
      "retry time not reached for any host",
      "Temporary local problem - please try later",
      "sender address must contain a domain",
      // smtp_in.c's refusal of RCPT before MAIL ("503 sender not yet given"), and cPanel's Exim ACL for its hourly
      // outbound limit ("Domain <d> has exceeded the max emails per hour (n/m (p%)) allowed.").
      "sender not yet given",
      "has exceeded the max emails per hour",
    ],
    example:
      "550-Verification failed for <szepe@pinerecords.com> 550-(result of earlier verification reused). 550 Sender verify failed",
    source: "linux-kernel mailing list, 2004-08-11 (an Exim reply quoted by Tomas Szepe)",
  },
  {
    id: "sendmail",
    name: "Sendmail",
    kind: "mta",
    any: [
      "Domain of sender address",
      "improper use of 8-bit data in message header",
      "IP name lookup failed",
      "Insufficient disk space; try again later",
      "Cannot send message for",
      // queue.c/deliver.c's "Deferred: <reason>" ("Deferred: Connection refused by …", "Deferred: Connection timed out with
      // …", "Deferred: Name server: example.co.jp.: host name lookup failure")
      "Deferred: Connection",
      "Deferred: Name server",
      // envelope.c's delay warnings and the loop check of a connecting host claiming the local name: "<host> config
      // error: mail loops back to me (MX problem?)" since V8.7, "… loops back to myself" in V8.6 (sendmail, 3rd ed., F=k).
      "could not send message for past",
      "config error: mail loops back to",
      // srvrsmtp.c's answer to a MAIL/RCPT without the colon form.
      "Syntax error in parameters scanning",
      "Too many hops",
      "Host unknown",
      // envelope.c's DSN text when the queue lifetime ran out, and srvrsmtp.c's refusal of an unqualified sender.
      "Message could not be delivered for",
      "Domain name required for sender address",
      // proto.m4's relay refusal to an unauthenticated client, and map.c's deferred MX lookup in mailq.
      "Relaying denied. Proper authentication required",
      "host map: lookup",
    ],
    // The `<address>... ` that sendmail puts before its reply texts (srvrsmtp.c, "550 5.1.1 <a@b>... User unknown"):
    // punctuation, invisible to the word phrases. In the labelled sets no other MTA quotes it except where its own
    // words already named it first (Postfix and Exim quoting a sendmail host keep their wrappers' phrases).
    raw: [">... "],
    example:
      "553 5.1.8 <httpd@host1.mx.example.jp>... Domain of sender address httpd@host1.mx.example.jp does not exist",
    source: "sisimai:lhost-sendmail-04.eml",
  },
  {
    id: "greenarrow",
    name: "GreenArrow Engine",
    kind: "mta",
    // Its own delivery texts; the qmail-remote texts it shares name qmail.
    any: ["All connection backlog slots", "delivery without MX records prohibited by local policy"],
    example: "All connection backlog slots used up for this domain.",
    source:
      "https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages",
  },
  {
    id: "qmail",
    name: "qmail",
    url: "https://cr.yp.to/qmail.html",
    kind: "mta",
    any: [
      "qmail",
      "no mailbox here by that name",
      "does not like recipient",
      "isn't in my list of allowed rcpthosts",
      "is in my badmailfrom list",
      "not in my validrcptto list",
      "I couldn't find any host named",
      "I couldn't find any host by that name",
      "I couldn't find a mail exchanger or IP address",
      "account is locked email bounced",
      "mailfolder is full",
      // qmail-local's over-quota text in the maildir-quota patch: "Recipient's mailbox is full, message returned to
      // sender. (#5.2.2)", also quoted without its code.
      "mailbox is full, message returned to sender",
      "this message has been in the queue too long",
      "I wasn't able to establish an SMTP connection",
      // qmail-smtpd's refusal of a message over its databytes limit; qmail-queue's "qq" failures, and the chkuser patch's
      // tag ("Unable to run qmail-local" is named by "qmail" above).
      "exceeds my databytes limit",
      "qq trouble",
      "qq temporary problem",
      "chkuser",
    ],
    // qmail ends its texts with the enhanced code in parentheses after a hash: "… (#5.5.1)".
    raw: ["(#5.", "(#4."],
    example: "Sorry, no mailbox here by that name. (#5.1.1)",
    source: "https://cr.yp.to/qmail/qmail-1.03/qmail-local.c",
  },
  {
    id: "courier",
    name: "Courier Mail Server",
    url: "https://www.courier-mta.org/",
    kind: "mta",
    any: ["Courier mail server", "courier-mta", "maildrop: maildir over quota"],
    example: "Permission denied. Command output: maildrop: maildir over quota.",
    source: "https://support.gmx.com/email/composing-and-sending/bounce-reject.html",
  },
  {
    id: "haraka",
    name: "Haraka",
    url: "https://haraka.github.io/",
    kind: "mta",
    any: ["haraka", "I cannot deliver mail for", "Tried all MXs", "Nowhere to deliver mail to"],
    example: "550 I cannot deliver mail for <k.e.-urban@arcor.de>",
    source: "https://github.com/haraka/Haraka/blob/master/connection.js",
  },

  {
    id: "dovecot",
    name: "Dovecot (LDA / LMTP)",
    kind: "mta",
    // Dovecot's default quota_exceeded_message. (LMTP's "User doesn't exist: <addr>" loses its colon to
    // normalisation and is then plain English that other servers write too.)
    // lib-storage's MAIL_ERRSTR_NO_QUOTA, "Not enough disk quota", which LMTP and the LDA answer for a full mailbox.
    any: ["Quota exceeded (mailbox for user is full)", "Not enough disk quota"],
    example: "552 5.2.2 <quotauser@otherdomain.tld> Quota exceeded (mailbox for user is full)",
    source: "https://github.com/docker-mailserver/docker-mailserver/issues/1508",
  },
  {
    id: "opensmtpd",
    name: "OpenSMTPD",
    kind: "mta",
    // bounce.c's notices open with "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail."
    // smtp_session.c's refusal of a malformed message: "550 5.7.1 Delivery not authorized, message refused: Message is
    // not RFC 2822 compliant".
    any: [
      "Network error on destination MXs",
      "Envelope expired",
      "MAILER-DAEMON, please DO NOT REPLY",
      "Message is not RFC 2822 compliant",
    ],
    example: "Network error on destination MXs",
    source: "sisimai:lhost-opensmtpd-04.eml",
  },
  {
    id: "hmailserver",
    name: "hMailServer",
    url: "https://www.hmailserver.com/",
    kind: "mta",
    // Texts only hMailServer's SMTP server writes (source/Server/SMTP/SMTPConnection.cpp).
    any: [
      "Delivery is not allowed to this address",
      "exceeds fixed maximum message size. Size:",
      "A SSL/TLS-connection is required for authentication",
      "Message containing bare LF's",
      "Excessive amounts of data sent to server",
      "EHLO Invalid domain address",
      "HELO Invalid domain address",
      "Issue a reset if you want to start over",
      "Use HELO/EHLO first",
      // its own delivery reports (ExternalDelivery.cpp)
      "No mail servers appear to exist*",
      "Unable to find the recipient's email server",
    ],
    example: "550 Delivery is not allowed to this address.",
    source:
      "https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp",
  },

  {
    id: "vpop3",
    name: "VPOP3",
    kind: "mta",
    // Paul Smith Computer Services' mail server names itself in some replies (its wiki, wiki.pscs.co.uk).
    any: ["VPOP3"],
    example: "421 4.3.2 VPOP3 Too many connections from your IP address - try later",
    source:
      "https://wiki.pscs.co.uk/how_to:421_4.3.2_vpop3_too_many_connections_from_your_ip_address_-_try_later",
  },
  {
    id: "kerio",
    name: "Kerio Connect",
    url: "https://manuals.gfi.com/en/kerio/connect/content/",
    kind: "mta",
    // Kerio Connect's own delivery reports ("Result: delayed, Status: 4.4.1 …").
    any: ["Kerio", "Result: delayed, Status"],
    example: "Result: delayed, Status: 4.4.1 Cannot connect to host",
    source:
      "https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article",
  },
  {
    id: "domino",
    name: "HCL (Lotus) Domino",
    kind: "mta",
    // Notes' Japanese "ディレクトリのリストにありません" (not in the directory list; go-sisimai lhost/via-notes.go)
    any: [
      "Domino Directory",
      "public Name & Address Book",
      "annuaire Domino",
      "Domino ディレクトリ*",
      "ディレクトリのリストにありません",
      // the router's "No route found to domain … Check Server, Connection and Domain documents in Name and Address book"
      "Connection and Domain documents",
    ],
    example: "User some.name (kijitora@example.jp) not listed in Domino Directory",
    source: "sisimai:lhost-domino-01.eml",
  },
  {
    // Oracle (Sun) Communications Messaging Server's own texts for an unknown or mail-less domain
    id: "messagingserver",
    name: "Oracle Communications Messaging Server",
    kind: "mta",
    any: ["Illegal host/domain name found", "host/domain does not accept mail"],
    example: "Illegal host/domain name found",
    source: "sisimai:lhost-messagingserver-05.eml",
  },
  {
    // SmarterMail's delivery-failure reasons write "recipients mail server" without an apostrophe ("Failed to connect to
    // the recipients mail server. No MX records were found for the '<d>' domain.", "Failed four Attempts to connect to
    // recipients mail server")
    id: "smartermail",
    name: "SmarterMail",
    kind: "mta",
    any: ["recipients mail server"],
    example: "Failed four Attempts to connect to recipients mail server",
    source: "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx",
  },
  {
    id: "interscanmss",
    name: "Trend Micro InterScan Messaging Security",
    kind: "mta",
    any: ["and other recipients in the same domain"],
    example:
      "Unable to deliver message to <kijitora@neko.example.jp> (and other recipients in the same domain). Please check if address is correct.",
    source: "sisimai:lhost-interscanmss-02.eml",
  },
  {
    id: "mxlogic",
    name: "McAfee MX Logic",
    kind: "provider",
    any: ["Could not load DRD for domain"],
    example: "451 Could not load DRD for domain (example.com) rcpt (kijitora@example.com)",
    source: "sisimai:lhost-postfix-40.eml",
  },
  {
    id: "cyrus",
    name: "Cyrus IMAP",
    kind: "mta",
    any: ["no mailbox associated with this"],
    example:
      "550-Mailbox unknown. Either there is no mailbox associated with this 550-name or you do not have authorization to see it. 550 5.1.1 User unknown",
    source: "https://pastebin.com/iRkZaAPP",
  },
];
