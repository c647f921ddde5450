import type { Rule } from "./types.js";

/**
 * Generic text rules: the wording any server may use, whatever its software or provider.
 *
 * First match wins, so the table runs from specific to broad:
 * 1. wording that overrides everything else in the same reply (greylisting, "retrying will NOT succeed",
 *    a full mailbox — "mailbox full: retry timeout exceeded" is about the mailbox, not the timeout);
 * 2. the envelope sender and the sending host (sender refused, null MX, SPF/DKIM/DMARC, reverse DNS, TLS,
 *    relay, blocklists, reputation, rate) — these replies often also say "recipient address rejected" or
 *    "blocked", so they must come before the recipient rules and the broad "blocked" rule;
 * 3. the message (virus, spam, format, size, recipients);
 * 4. the recipient (disabled, moved, domain, user unknown), then policy and filters;
 * 5. a bare "blocked" (every more specific block had its chance), then the system and the network
 *    (storage, time-outs, loops, connections, internal errors, protocol errors);
 * 6. broad phrases that only mean "this recipient was refused" ("address rejected",
 *    "mailbox unavailable", RFC 5321's own 550 text), after every more specific meaning had its chance;
 * 7. last, single-concept fallbacks for wording no rule above knows: a concept word paired with a
 *    refusal or limit word (`all` + `any`), e.g. "sender" + "rejected", "tls" + "required", "length" +
 *    "maximum", guarded with `not` where a word is ambiguous.
 *
 * Breadth per meaning: concepts are listed in their common word orders and synonyms ("mailbox" /
 * "mail box" / "inbox", "quota" / "storage" / "space", "frequen*" / "per minute" / "concurren*"), and a
 * phrase that another phrase of the same rule already matches is left out (`"spam"` covers
 * `"spam score"`), which keeps the shipped table small.
 *
 * Each rule quotes the real reply it was written for (`example`) and where it was seen (`source`):
 * `sisimai:<file>` is an email of Sisimai's public test set (BSD-2-Clause), read for facts only.
 * Phrases are normalised like the reply (lower case, punctuation to spaces, Latin accents folded), so `doesn't` is
 * `doesn t` and `refusé` is `refuse`: a phrase is listed once, without its accents, and matches both spellings; German
 * umlauts fold to the bare vowel, so the 7-bit `ae`/`oe`/`ue` spelling is a phrase of its own. Where one
 * word carries the meaning in a language ("pleine", "voll", "inconnu*", "unbekannt*", "nicht gefunden"), that word is
 * listed rather than every sentence around it, with the sender's and the domain's uses ruled out by `not` or taken by
 * an earlier rule.
 *
 * Precision matters most on the rules that suppress an address (unknown user or host, disabled account): their `not`
 * lists keep out the sender (in several languages), AUTH refusals, the From header and the receiver's own faults.
 */
export const TEXT_RULES: readonly Rule[] = [
  // ── 1. Wording that decides whatever else the reply says ─────────────────────────────────────────
  {
    // A complaint (ARF, RFC 5965): the machine-readable part of a feedback report, which explain() reads in
    // a whole message (parse/message.ts). Only the complaint types: a `not-spam` report is the opposite, and
    // an `auth-failure` report (RFC 6591) says nothing about the recipient's wishes.
    id: "text.feedback-report",
    match: { any: ["feedback type abuse", "feedback type fraud"] },
    decide: { reason: "feedback" },
    example: "Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1",
    source: "https://www.rfc-editor.org/rfc/rfc5965#appendix-B.1",
  },
  {
    // The other feedback reports: not a complaint, so the address is not dropped on their account.
    id: "text.feedback-report-other",
    match: {
      any: [
        "feedback type not spam",
        "feedback type auth failure",
        "feedback type virus",
        "feedback type other",
      ],
    },
    decide: { reason: "feedback", suppress: false, action: "investigate" },
    example: "Feedback-Type: auth-failure\nUser-Agent: SomeGenerator/1.0\nVersion: 1\nAuth-Failure: dkim",
    source: "https://www.rfc-editor.org/rfc/rfc6591#appendix-B.1",
  },
  {
    id: "text.greylisted",
    match: {
      any: [
        "greylist*",
        "graylist*",
        "grey list*",
        "gray list*",
        "liste grise",
        // greylistd's and ddgrey's Exim defer text: "<ip> is not yet authorized to deliver mail from <…> to <…>. Please try later."
        "not yet authorized to deliver",
        // jgreylist's (qmail) refusal of a new triplet: "421 temporary envelope failure (#4.3.0)" (major.io, 2007-12-04:
        // Plesk and qmail greylisting)
        "temporary envelope failure",
      ],
    },
    decide: { reason: "greylisted" },
    example: "451 4.7.1 <email@example.com>: Recipient address rejected: Greylisted for 5 minutes",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json",
  },
  {
    id: "text.permanently-deferred",
    match: {
      any: ["permanently deferred", "retrying will not succeed", "retrying will not help"],
    },
    decide: { reason: "blocked", type: "hard" },
    example:
      "421 4.7.1 [TS03] All messages from 119.73.222.35 will be permanently deferred; Retrying will NOT succeed. See http://postmaster.yahoo.com/421-ts03.html",
    source:
      "reference/provider-patterns.csv (“will be permanently deferred”); reply quoted from a Postfix log",
  },
  {
    id: "text.mailbox-full",
    match: {
      any: [
        "mailbox full",
        "mailbox is full",
        "mailbox was full",
        "mailbox has exceeded",
        "mailbox exceeded",
        "mailbox exceeds",
        "inbox is full",
        "inbox is out of storage",
        "overquota",
        // The concept word itself: a quota a reply names is the mailbox's unless it says sending, relay,
        // submission, queue or a time unit (those are rate limits, see `not`).
        "quota",
        // Sisimai's MailboxFull list (Sisimai/Reason/MailboxFull.pm: disc quota, mailbox would exceed maximum allowed storage, disk space limit), and the same concepts worded with "mail box" and "inbox"
        // (every wording that contains "quota" — over quota, disk quota, quota dépassé, … — is matched by "quota" above)
        "mail box full",
        "mail box is full",
        "mailbox capacity",
        "mailbox size",
        "mailbox limit",
        "mailbox space",
        "mailbox storage",
        "mailbox would exceed",
        "mailbox has reached",
        "mailbox reached",
        "inbox full",
        "inbox is over",
        "mailbox is over",
        "storage is full",
        "mail storage",
        "inbox has exceeded",
        "storage space",
        "disk space limit",
        "mailfolder is full",
        "recipient storage full",
        "folder full",
        "folder is full",
        "exceeded storage allocation",
        "exceeded their storage",
        "full mailbox",
        "userdisk*",
        "domaindisk*",
        "too much mail data",
        // Postfix local(8) past mailbox_size_limit: "delivery failed to mailbox … error writing message: File too
        // large" (pentan.info/server/linux/postfix_size_limit.html) — the mailbox, not the message, is too big
        "error writing message file too large",
        // SmarterMail: "The domain size limit has been exceeded" (the recipient domain's storage, not the message)
        "domain size limit has been exceeded",
        // CiviCRM's bounce patterns (civicrm/civicrm-core, xml/templates/civicrm_data.tpl, type Quota): "exceeds
        // allowed message count", "not able to receive more mail", "doesn't have enough disk space left", "no space
        // left for this user"; Exchange 5.5's "The recipient was unavailable to take delivery of the message" is a
        // mailbox over its receive limit (Microsoft KB Q182557)
        "allowed message count",
        "receive more mail",
        "have enough disk space",
        "space left for this user",
        "unavailable to take delivery",
        // SendStudio/Interspire Email Marketer's bounce_rules.php (type overquota): "not able to receive any more mail",
        // "account is full", "The user's space has used up.", "The user has not enough diskspace available", "does not
        // have enough space", "over the maximum allowed number of messages", "too many messages on this mailbox",
        // "message is larger than the space available"
        "receive any more mail",
        "account is full",
        "space has used up",
        "enough diskspace",
        "have enough space",
        "allowed number of messages",
        "messages on this mailbox",
        "messages in this mailbox",
        "than the space available",
        "not enough space",
        // Alibaba Mail (aliyun): "mail box space not enough"
        "space not enough",
        "space has been used up",
        "allowed storage",
        "mail file size",
        "storage limit",
        "messages on the server",
        "too many messages in mailbox",
        // French
        // "pleine" (full) is the mailbox's in a French reply: Orange's "Boite du destinataire pleine", "boîte aux lettres
        // pleine", "boîte de réception pleine", "messagerie pleine"
        "pleine",
        // Spanish: "correo lleno" (buzón/casilla de correo lleno), from the phrase list a Spanish bounce handler keeps
        // (alexborras.com/errores-y-warnings-habituales-en-retorno-de-email)
        "correo lleno",
        // German
        // "voll" (full) is the mailbox's in a German reply: "Postfach voll", "Postfach des Empfängers ist voll", "Mailbox ist voll"
        "voll",
        "postfach uberfullt",
        "postfach ueberfuellt",
        "speicherkontingent",
        "speichervolumen",
        // bouncefetch's rules (2called-chaos/bouncefetch, config/rules.rb): "da die kapazität des empfänger e-mail
        // postfaches erschöpft ist"
        "postfaches erschopft",
        "postfaches erschoepft",
        "speicherplatz ueberschritten",
        "speicherplatz uberschritten",
        "zuviele mails auf dem server",
        "zu viele mails auf dem server",
        // Korean: "가득 찼" / "가득 차" (is full, filled up), as "voll" and "pleine" above: Dooray!'s "받는 사람의 메일함 용량이
        // 가득 찼습니다." (specinfra/specref#873)
        "가득 찼*",
        "가득 차*",
        // Chinese and Japanese (each Han or kana character a word, explain()'s second pass): "空间不足" (space is short: QQ
        // Mail's "收件人空间不足", qqmailbox.com/transceivers/169.html; traditional 空間不足), "容量不足" (capacity is short: Gmail's Japanese
        // "宛先の受信トレイの空き容量不足") and "いっぱい" (full: its "宛先の受信トレイがいっぱいか…"; urashita.com/?p=36286)
        "空 间 不 足",
        "空 間 不 足",
        "容 量 不 足",
        "い っ ぱ い",
      ],
      not: [
        "sending quota",
        "send quota",
        // Gmail: "421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same
        // Message-ID" — a quota of the sender, not of a mailbox
        "quota for sending",
        "relay quota",
        "queue quota",
        "submission quota",
        "daily quota",
        "hourly quota",
        "message quota",
        "recipient quota",
        "rate quota",
        // policyd's sender quotas: "450 4.7.1 : Recipient address rejected: Policy Rejection- Quota Exceeded"
        // (portal.imprezahost.com's SMTP error list) is the sender's rate, not the mailbox (text.rate-limited)
        "rejection quota",
        "outbound quota",
        "api quota",
        "per hour",
        "per day",
        // the mail system's own storage is text.system-full's: "452 4.3.1 Mail system storage is full."
        // (moongray.com/20170322, a Japanese admin's list of replies); a disk's space in Chinese, Japanese and Korean (磁盘,
        // ディスク, 디스크)
        "system storage",
        "磁 盘",
        "デ ィ ス ク",
        "디스크",
        "디스크가",
      ],
    },
    decide: { reason: "mailboxfull" },
    example: "550 5.2.2 <kijitora@example.jp>... Mailbox Full",
    source: "sisimai:lhost-outlook-01.eml",
  },

  {
    // An ESP's own refusal to send: the address is on its suppression list (SendGrid's drop reasons).
    id: "text.suppressed",
    match: {
      // Mailgun's drops (605–607: "Not delivering to previously bounced address", "… to unsubscribed address", "… to a
      // user who marked your messages as spam", symfony/mailer's Mailgun bridge); Amazon SES's "Amazon SES has suppressed
      // sending to this address because it has a recent history of bouncing" (pypi/warehouse#18501)
      any: [
        "bounced address",
        "spam reporting address",
        "unsubscribed address",
        "suppression list",
        "suppressed sending",
        "not delivering to",
        // an address the ESP or the sender's own system saw bounce before: "550 previously hard-bounced"
        // (yegor256/netbout#736), Mailgun's "Not delivering to previously bounced address"
        "hard bounced",
        "previously bounced",
        // Postmark's inactive recipients (an earlier hard bounce or spam complaint): "You tried to send to a recipient that
        // has been marked as inactive. Found inactive addresses: …" (fjordllc/bootcamp#9438, edenlabllc/ehealth.api#2073)
        "marked as inactive",
      ],
    },
    decide: { reason: "suppressed" },
    example: "Bounced Address",
    source:
      "https://github.com/anymail/django-anymail/actions/runs/9523484510 (SendGrid dropped event, reason 'Bounced Address')",
  },

  // ── 2. The sender, the sending host and the connection ──────────────────────────────────────────
  {
    id: "text.sender-null-mx",
    match: { all: ["sender"], any: ["null mx", "nullmx"] },
    decide: { reason: "rejected" },
    example: "550 5.7.27 Sender address has null MX",
    source: "https://www.rfc-editor.org/rfc/rfc7505#section-4.2",
  },
  {
    id: "text.null-mx",
    match: {
      any: [
        "null mx",
        "nullmx",
        "does not accept mail",
        "doesn t accept mail",
        "does not accept email",
        "doesn t accept email",
        "does not receive email",
        "doesn t receive email",
        "does not receive mail",
        "doesn t receive mail",
        "accepts no mail",
        "not accepting mail",
        "not accepting email",
        // Sisimai's Exim and Domino tables: 'an MX or SRV record indicated no SMTP service', 'Destination seem to reject all mails'
        "indicated no smtp service",
        "reject all mail*",
        "not accept any mail",
        "no smtp service here",
        "never accepts mail",
        "no mx",
        "system not accepting network messages",
      ],
      not: ["from", "sender", "over", "mail with", "email with", "messages with", "ipv6", "ipv4", "ip"],
    },
    decide: { reason: "notaccept" },
    example:
      "DNS Error: 24275403 DNS type 'mx' lookup of libsisimai.org responded with code NOERROR The domain libsisimai.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505",
    source: "sisimai:lhost-gsuite-10.eml",
  },
  {
    id: "text.sender-rejected",
    match: {
      any: [
        "sender address rejected",
        "sender rejected",
        // the envelope sender's domain that does not resolve: "501 Domain must resolve" (support.toast.net's list of
        // non-deliverable messages); a From: that is not the logged-in user: "the from address and the authenticated
        // user must be the same email. #ERR_AUTH_FAIL" (Tivix/django-cron#148)
        "domain must resolve",
        "and the authenticated user",
        "from address rejected",
        "from address not allowed",
        "from address is not allowed",
        "sender is rejected",
        "sender is unvalidated",
        "fake sender",
        "mail from invalid",
        "local user only",
        "same as authorization user",
        "not in my domain",
        "denies the sender",
        "sender address is invalid",
        "sender address invalid",
        "invalid sender",
        "bad sender",
        // "550 illegal sender." (help.url.com.tw, a Taiwanese ISP's list of common bounces)
        "illegal sender",
        "sender unknown",
        "unknown sender",
        // Exim's own sender-verify texts (src/acl.c: "Sender verify failed", and for a DEFER "Could not complete
        // sender verify [callout]") and the "sender verification …" wording, as concept words
        "sender verify",
        "sender verification",
        "could not verify sender",
        "unverified sender",
        "verified sender identity",
        "not a verified sender",
        "sender domain not verified",
        "not associated with your account",
        "domain of sender address",
        "sender domain does not exist",
        "sender domain not found",
        "sender domain must exist",
        "no a aaaa or mx",
        // Courier's check of the envelope sender's domain (courier/submit.C, checkdns()) ends every refusal with "517 Invalid
        // domain, see <URL:ftp://ftp.isi.edu/in-notes/rfc1035.txt>", after "517-Domain does not exist: <domain>.", "517-MX
        // records for <domain> violate section 3.3.9 of RFC 1035." or "517-RFC 1035 violation: recursive CNAME records for
        // <domain>.": the sender's domain, which `text.host-unknown`'s "invalid domain" would read as the recipient's
        "in notes rfc1035",
        "sender domain is invalid",
        "unroutable sender",
        "unrouteable sender",
        "sender address syntax",
        "sender s mailbox address syntax",
        "sender s system address",
        "sender denied",
        "outbound sender",
        "sending denied",
        "blocked sender*",
        "sender blocked",
        "sender is blocked",
        "envelope blocked",
        "envelope rejected",
        "sender blacklisted",
        "sender address has been blacklisted",
        "sender is in my black list",
        "sender is in my blacklist",
        "batv",
        "bogus mail from",
        "empty envelope sender*",
        "null sender",
        "sender domain is empty",
        "not owned by user",
        "permissions to send as",
        "sendasdenied*",
        "sender email address rejected",
        // GMX, WEB.DE and 1&1 check the envelope sender's domain: "550-Requested action not taken: mailbox unavailable
        // 550 invalid DNS MX or A/AAAA resource record" (LukeSmithxyz/emailwiz#82, nodemailer/nodemailer#510)
        "invalid dns mx",
        // Yahoo's submission server refusing the sender or From address: "550 Request failed; Mailbox unavailable"
        // (mattermost/mattermost#13652, PHPMailer/PHPMailer#2685)
        "request failed mailbox",
        // SmarterMail's refusal of a sender its spam filter distrusts: "554 Sending address not accepted due to spam filter"
        // (rjbs/Mail-DeliveryStatus-BounceParser, spam-rejection20.msg)
        "sending address not accepted",
        // Haraka's access plugin (plugins/access.js) refusing a sender on its block lists: "<sender> That sender cannot send
        // mail here" (MAIL FROM) and "Email from that domain is not accepted here." (the From header's domain)
        "sender cannot send mail",
        "from that domain is not accepted",
        // a receiver's DNS check of the sending domain: QQ Mail's "550 Domain may not exist or DNS check failed" to a
        // message whose envelope sender's domain fails it (Macr0phag3/email_hack#8: a forged sender domain)
        "dns check failed",
        "sender is spammer",
        "senderfilterconfig",
        "from domain is invalid",
        "fully qualified email address required",
        // an envelope sender without a domain: sendmail's "553 5.5.4 <x>... Domain name required for sender address x"
        // (metomi/rose#946), Exim's "501 <x>: sender address must contain a domain" (YelpArchive/elastalert#1448,
        // dropbox/trapperkeeper#10)
        "domain name required for sender",
        "sender address must contain a domain",
        "not a registered gateway user",
        "sender was rejected",
        "empty email address",
        "email address has been blacklisted",
        "address that has been blacklisted",
        "backscatter protection",
        "banned sender",
        "sender was not authenticated",
        "sender not authenticated for",
        "sendernotauthenticated*",
        "unresolvable rfc 5321",
        "unresolvable rfc 5322",
        "sender not pre approved",
        "list of senders",
        "third party dsn*",
        "returned mail not accepted",
        // Tech Journey's list of sender-verification refusals: "550 The destination mail system rejected your return address"
        "return address",
        "does not accept mail from",
        "not allowed to post",
        // Google Groups: "… the group you tried to contact (libsisimai) may not exist, or you may not have permission to
        // post messages to the group"
        "permission to post",
        "members only",
        "closed mailing list",
        "not subscribed to this group",
        "refused mailfrom",
        "refused mail from",
        "return mx",
        "not a member of this mailing list",
        "you are not a member",
        // Mailman 3's rejection ("Your message to the Linux-nfc mailing-list was rejected for the following reasons: The
        // message is not from a list member", linux-kernel list) and Citadel's "551 <x> - The message is not from a list
        // member"; Majordomo's and Petidomo's "BOUNCE <list>: Non-member submission from [x]"
        "not from a list member",
        "non member submission",
        "block send er",
        "mail from rejected",
        "return path rejected",
        "expediteur refuse",
        "adresse de l expediteur",
        "absender abgelehnt",
        "absender unbekannt",
        "absenderadresse",
        "emetteur invalide",
        "expediteur inconnu",
      ],
      not: ["dmarc", "spf", "dkim", "sender ip"],
    },
    decide: { reason: "rejected" },
    example:
      "553 5.1.8 <httpd@host1.mx.example.jp>... Domain of sender address httpd@host1.mx.example.jp does not exist",
    source: "sisimai:lhost-sendmail-04.eml",
  },
  {
    id: "text.spam-explicit",
    match: {
      any: [
        "rejected due to spam",
        "spam classification",
        "classified as spam",
        "identified as spam",
        "scored as spam",
        "marked as spam",
        "detected as spam",
        "spam pattern",
        // a verdict of anti-spam checks, even when the reply then lists SPF among the things to check: "Your message failed
        // several antispam checks (SCORING) … (spf , HELO, PTR)" (rjbs/Mail-DeliveryStatus-BounceParser, spam-rejection14.msg;
        // PHP-Bounce-Handler's bounce_responses.php lists "failed several antispam checks" too)
        "antispam check*",
        "anti spam check*",
        // MailChannels' content-scan verdict ("550 5.7.1 [CS] Message blocked …").
        "cs message blocked",
        "spam contents",
        "blacklisted url",
        "blocklisted url",
        "url in message",
        "spam url",
        "uribl",
        "surbl",
      ],
    },
    decide: { reason: "spamdetected" },
    example: "554 5.6.0 This message has been scored as spam with a probability of more than 90%",
    source: "sisimai:lhost-postfix-39.eml",
  },
  {
    id: "text.unsolicited-rate",
    match: {
      any: [
        "unusual amount of unsolicited",
        "rate of unsolicited",
        "user complaints",
        "spam complaints",
        "complaint rate",
      ],
    },
    decide: { reason: "badreputation" },
    example:
      "421 4.7.28 [x.xx.xx.xx] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. - gsmtp",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  },
  {
    id: "text.authentication-spf-dkim-dmarc",
    match: {
      any: [
        "dmarc",
        "dmarcrejection",
        "spf",
        "dkim",
        "domainkeys",
        "sender policy framework",
        // Microsoft's Sender ID, as SendStudio's bounce_rules.php quotes it: "sender id (pra) not permitted"
        "sender id",
        "unauthenticated email",
        "unauthenticated mail",
        "sender is unauthenticated",
        "message is not authenticated",
        "authentication checks",
        "authentication check failed",
        "required authentication level",
        "authentication requirements",
        "arc validation",
        "arc signature",
        // smf-spf's default reject text names no SPF word but its site: "Rejected, look at
        // http://www.openspf.org/why.html?sender=…" (jcbf/smf-spf, smf-spf.conf RejectReason); openspf.net likewise
        "openspf*",
        // Exim's SPF ACL as its manual writes it and servers keep it, "<ip> is not allowed to send mail from <domain>", also
        // without the SPF tag ("550 550 65.49.42.68 is not allowed to send mail from email.example.com" behind JunkEmailFilter's
        // wrapper; "[SPF] 1.2.3.4 is not allowed to send mail from …", faq.c4.cz)
        "is not allowed to send mail from",
      ],
      not: ["duplicate header"],
    },
    decide: { reason: "authfailure" },
    example: "550 5.7.1 Email rejected per DMARC policy for libsisimai.org",
    source: "sisimai:lhost-postfix-73.eml",
  },
  {
    id: "text.relay-denied",
    match: {
      any: [
        "relay access denied",
        // Haraka's default when no rcpt plugin takes the recipient: "550 I cannot deliver mail for <k.e.-urban@arcor.de>",
        // a domain it does not handle from a client not allowed to relay (haraka/Haraka#2884, #2824, #3437; keycloak#27456)
        // — Haraka rarely names itself, so the provider rule alone seldom sees it; the address may be good
        "i cannot deliver mail for",
        "relaying denied",
        "relay denied",
        "relaying disallowed",
        "relaying not allowed",
        "relay not allowed",
        "relaying not permitted",
        "relay not permitted",
        "relaying prohibited",
        "denies relay",
        "relay prohibited",
        "unable to relay",
        "cannot relay",
        "can t relay",
        "not permitted to relay",
        "no relaying",
        "open relay is not allowed",
        "as a relay",
        "relaying mail to",
        "relay check",
        // qmail's rcpthosts control, in English and translated ("553 este domínio não consta na minha lista de
        // rcpthosts autorizados (#5.7.1)", Microsoft's Outlook help, office.microsoft.com/pt-br …HA010080002)
        "rcpthost*",
        "send email directly to our servers",
        "not allowed to relay",
        "isn t allowed to relay",
        "relay disabled",
        "relaying disabled",
        // qmail's "isn't in my list of allowed rcpthosts" and "553 Sorry, this domain is not in my list of allowed
        // hosts (#5.7.1)" (Outlook's help, as quoted at viws.ru/en/pochemu-ne-otpravlyayutsya-pisma-na-yandeks-pochte-…)
        "in my list of allowed",
        "not configured to relay",
        "relay through",
        "not an open relay",
        "not a gateway",
        "not local host",
        "specified domain is not allowed",
        "don t handle mail for",
        "do not handle mail for",
        "non local e mail address",
        "insecure mail relay",
        "identities failed the check",
        // hMailServer's answer when its IP range does not allow the relay (source/Server/SMTP/SMTPConnection.cpp)
        "delivery is not allowed to this address",
        "relais refuse",
        "relaying verweigert",
        "relaying nicht erlaubt",
        "relay nicht erlaubt",
        "relay verweigert",
        // Portuguese: "550 nome@exemplo.com... Retransmissão Negada" (office.microsoft.com/pt-br …HA010080002)
        "retransmissao negada",
      ],
    },
    decide: { reason: "norelaying" },
    example: "554 5.7.1 <kijitora@example.org>: Relay access denied",
    source: "sisimai:lhost-sendmail-07.eml",
  },
  {
    // The relay concept in any word order: "Relaying is denied" (Kerio), "relay is not permitted",
    // "cannot be relayed" (MDaemon), "relaying mail is prohibited". Its own host named as an open relay
    // is a block of that host, and a relay quota is a rate.
    id: "text.relay-word-pair",
    match: {
      all: ["relay*"],
      any: [
        "denied",
        "not allowed",
        "not permitted",
        "prohibited",
        "refused",
        "not authori*",
        "unauthori*",
        "disallowed",
        "forbidden",
        "rejected",
        "unable",
        "cannot",
        "can t",
        "not possible",
        "authenticat*",
        // "we do not relay", "this server does not relay"
        "not relay",
        // "550 bosauthsmtp07: Host <ip>: No unauthenticated relaying permitted" (libgit2/libgit2#4569)
        "unauthenticat*",
      ],
      not: [
        "open relay",
        // Postfix's "Recipient address rejected: User unknown in relay recipient table" is an unknown user
        "relay recipient",
        "relay quota",
        "relay limit",
        "relay host",
        "error relaying",
        "relay sending limit",
        "next hop",
        "mta failure",
        // a blocklist whose host name says "relays" (relays.mail-abuse.org) is a block
        "listed",
        "blacklist*",
        "blocklist*",
        "dnsbl",
        "rbl",
      ],
    },
    decide: { reason: "norelaying" },
    example: "550 5.7.1 Relaying is denied",
    source:
      "https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article",
  },
  {
    id: "text.reverse-dns",
    match: {
      any: [
        "reverse dns",
        // "reverse lookups": SendStudio's bounce_rules.php "Mail only accepted from IPs with valid reverse lookups"
        "reverse lookup*",
        // misspelt: a German filter's "5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name"
        // (spam-mail-blocker.de/greylisted.html)
        "reverse look",
        "reverse hostname",
        "reverse name",
        "rdns",
        "ptr record*",
        "ptr resource record*",
        "no ptr",
        "ptr lookup",
        "dns ptr",
        "cannot find your hostname",
        "can t find your hostname",
        "ip name lookup failed",
        // CiviCRM's bounce patterns (type Relay): "sender ip must resolve"
        "ip must resolve",
        "name lookup failed for",
        "hostname lookup failed",
        "your hostname does not resolve",
        "does not resolve to your ip",
        "fcrdns",
        "unverifyable sending ip*",
        "unverifiable sending ip*",
        "cannot resolve your address",
        "forward dns",
        "unresolvable relay host name",
        "mismatches client ip",
        "forward confirmed",
        // French "DNS inverse", "résolution inverse" (reverse DNS)
        "inverse",
      ],
    },
    decide: { reason: "requireptr" },
    example: "450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]",
    source: "sisimai:lhost-sendmail-08.eml",
  },
  {
    id: "text.tls-required",
    match: {
      any: [
        "starttls",
        "tls required",
        "tls is required",
        "requires tls",
        "require tls",
        "requiretls",
        "use tls",
        "tls not available",
        "tls currently unavailable",
        "does not support tls",
        "doesn t support tls",
        "tls negotiation failed",
        "tls handshake",
        "tls version",
        // a TLS version named ("421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support
        // TLS 1.2. Visit https://aka.ms/smtp_auth_tls", Microsoft 365) is about TLS, whatever the link says
        "tls 1",
        "requires encryption",
        "secure connection is required",
        "secure connection required",
        "encryption required",
        "encryption is required",
        "encryption needed",
        // the same filter's "5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption"
        "with an encryption",
        "must be encrypted",
        "unencrypted connection",
        "mta sts",
        // any certificate a reply names is TLS's: "certificate expired", "certificate host mismatch", "remote certificate",
        // Postfix's "Server certificate not verified" (kernel-error.de, 2015-02-02), and the client's own TLS stack as
        // Nodemailer reports it: "self signed certificate in certificate chain", "unable to get local issuer certificate",
        // "Hostname/IP doesn't match certificate's altnames" (nodemailer/nodemailer issues 1040, 1210, 342)
        "certificate",
        "dane",
        "dnssec",
        "cipher*",
        // OpenSSL's "SSL routines:ssl3_get_record:wrong version number" (nodemailer/nodemailer#1461); Postfix's "… untrusted
        // issuer …"
        "issuer",
        "ssl routines",
      ],
      not: ["auth required", "authentication required", "protocol violation", "pipeline"],
    },
    decide: { reason: "failedstarttls" },
    example: "530 5.7.0 Must issue a STARTTLS command first",
    source: "https://www.rfc-editor.org/rfc/rfc3207#section-4",
  },

  {
    id: "text.dns-blocklist",
    match: {
      any: [
        "blocked using",
        "listed in",
        "listed on",
        "listed at",
        "listed by",
        "is listed",
        "are listed",
        "blacklist*",
        "blocklist*",
        "block list*",
        "black list*",
        "denylist*",
        "deny list*",
        // "dnsbl", and the plural: Comcast's "<ip> found on one or more DNSBLs" (postmaster.comcast.net, BL000010)
        "dnsbl*",
        "rbl",
        "realtime blackhole",
        "spamhaus",
        "spamcop",
        "sorbs",
        "barracudacentral",
        "barracuda reputation",
        "abuseat",
        "cbl",
        "uceprotect",
        "psbl",
        "xrbl",
        "dsbl",
        "mailspike",
        "invaluement",
        "spfbl",
        "manitu",
        "hostkarma",
        "junkemailfilter",
        "senderscore",
        "cloudmark",
        "liste noire",
        "sperrliste",
        // "550 Denied due to spam list" (a Postfix DSN in rjbs/Mail-DeliveryStatus-BounceParser, spam-rejection12.msg)
        "spam list",
      ],
      not: ["not listed", "isn t listed", "is not listed", "may be blacklisted", "user in blacklist"],
    },
    decide: { reason: "blocked" },
    example:
      "521-5.7.1 Service unavailable; client [203.0.113.225] blocked using dnsbl.sorbs.net 521 5.7.1 Please see http://support.mailhostbox.com/email-administrators-guide-error-codes/ for explanation of the problem.",
    source: "sisimai:lhost-amazonses-16.eml",
  },
  {
    id: "text.bad-reputation",
    match: {
      // French "mauvaise réputation" is matched by "reputation" (phrases are folded: é → e)
      any: ["reputation", "sender score", "sending history"],
    },
    decide: { reason: "badreputation" },
    example:
      "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113)",
    source: "sisimai:rhost-microsoft-05.eml",
  },
  {
    id: "text.rate-limited",
    match: {
      any: [
        // a recipient that receives too fast ("450 User is receiving mail too quickly", the SMTP Field Manual's 450.json;
        // Gmail's "receiving mail at a rate that prevents additional messages", "at a rate" in any wording); Google's help anchor in the reply
        // (p=ReceivingRate, p=ReceivingRatePerm), one token once normalised — KumoMTA's community bounces.toml files
        // "550.+ReceivingRatePerm" under its rate failures
        "at a rate",
        "receivingrate*",
        // "… this hour" is an hourly limit whatever it counts: SendGrid's "452 Too many recipients received this hour
        // (throttled)" (docs.sendgrid.com, deferrals), GoDaddy's "too many recipients this hour"
        "this hour",
        // Postfix's smtpd_client_recipient_rate_limit (anvil, per time unit): "450 4.7.1 Error: too many recipients
        // from <ip>" (smtpd.c; quoted on lists.freedesktop.org as "4.7.1 Error: too many recipients from 49.7.199.65")
        "too many recipients from",
        "sent to too many recipients",
        "rate limit*",
        "ratelimit*",
        "rate exceeded",
        "rate control",
        "rate too high",
        "sending rate",
        "too fast",
        "too quickly",
        "try again slower",
        "too many errors from your ip",
        "connection count",
        "slow down",
        // "too many connections", and Sina's "550 Too many connect" (a Chinese bulk sender's list of provider replies)
        "too many connect*",
        "open connections",
        "excessive connection*",
        // Momentum's 'concurrency limit reached'; Postfix anvil's 'too many new TLS sessions from <client>'
        "concurren*",
        "sessions from",
        "maximum number of connections",
        "connection limit",
        "connections limit",
        "too many sessions",
        "smtp sessions",
        // KumoMTA's and zone-mta's rate categories and Sisimai's TooManyConn list, as concept words (frequency, connections, per time unit)
        "frequen*",
        "connection rate",
        "max connections",
        "maximum connections",
        "simultaneous connections",
        "parallel connections",
        "connections per",
        "messages per",
        "mails per",
        "emails per",
        "per minute",
        "too much mail",
        "too much email",
        "too much traffic",
        "too many messages",
        "too many requests",
        "allowed outgoing messages",
        "messages sent per",
        "limit for processing requests",
        "too many mails",
        "too many emails",
        // the same with the common misspelling: a German filter's "4.2.1 Sender ip address rejected: You sent to many
        // mails from different domains in the last 10 minutes" (spam-mail-blocker.de/greylisted.html)
        "to many mails",
        "to many messages",
        // an account's sending limits: "471 4.7.1 <a@b>: The limits for your account are exceeded. Please try again
        // later." (eclipse-ee4j/angus-mail#160)
        "limits for your account",
        "limit for your account",
        // "e-mail" with its hyphen normalises to two words: Korean portals' "Since you sent too many e-mails, you are
        // not allowed to send more e-mails within 24 hours" (quoted on puffinknight.tistory.com/102)
        "too many e mails",
        "max message per connection",
        "message limit exceeded",
        "throttl*",
        "excessive volume",
        "unexpected volume",
        "unusual rate",
        "high volume",
        "sending limit",
        "quota for sending",
        // EmailArray: "462 Daily send limit reached. Please try again tomorrow" (wikidev.emailarray.com); a count per
        // hour or day is a rate, whatever it counts: cPanel's "… has exceeded the max defers and failures per hour (5/5
        // (100%)) allowed" (my.ultrawebhosting.com KB 392)
        "send limit",
        "per hour",
        "per day",
        // a daily or hourly limit or quota in any wording
        "daily",
        "hourly",
        "sending quota",
        "relay limit",
        "threshold exceeded",
        "exceeded threshold",
        "thread limit",
        "exceeded permitted limits",
        "receive limit",
        "exceeded their limit",
        // a mailbox that received too much, Microsoft's 5.2.121/5.2.122 in other words: "Account disabled temporarly for
        // exceeding receiving limits" (Sisimai's MailboxFull list) is not a disabled mailbox (text.mailbox-disabled)
        "exceeding receiving limit*",
        "submission quota",
        "submissionquotaexceeded*",
        // Exchange's receive connector past its MessageRateLimit (messages per minute from one source): "421 4.4.2 Message
        // submission rate for this client has exceeded the configured limit" (serverfault.com/questions/833887, ans.co.uk's
        // Exchange error codes, support.mailprotector.com's Common Email Bouncebacks)
        "submission rate",
        "relay quota",
        "queue quota",
        "trop de connexions",
        "rejection quota",
        // Postfix policy daemons' per-day recipient limits: "5.7.1 <DATA>: Data command rejected: limit of 400 rcpts
        // per 24 hours for client … reached" (deltachat/deltachat-core-rust issue, the reply quoted in the thread)
        "per 24 hours",
        "trop de messages",
        "zu viele verbindungen",
        "zu viele nachrichten",
      ],
      // SendGrid annotates receivers' storage deferrals "(throttled)": "452 4.3.1 Insufficient system storage (throttled)"
      not: ["insufficient system storage"],
    },
    decide: { reason: "ratelimited" },
    example: "452 4.3.2 Connection rate limit exceeded.",
    source: "sisimai:lhost-postfix-09.eml",
  },
  {
    id: "text.helo-rejected",
    match: {
      any: [
        "helo command rejected",
        "ehlo command rejected",
        "helo rejected",
        "ehlo rejected",
        "helo argument",
        "ehlo argument",
        "invalid helo",
        "bad helo",
        "forged helo",
        "helo name",
        "helo hostname",
        "helo host",
        "helo domain",
        "helo not allowed",
        "helo is invalid",
        // hMailServer: "501 EHLO Invalid domain address."
        "helo invalid",
        "ehlo invalid",
        "need fully qualified hostname",
      ],
    },
    decide: { reason: "blocked" },
    example: "501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection.",
    source: "https://support.google.com/a/answer/3726730",
  },
  {
    // RFC 5321 §4.1.1.1 wants a fully qualified name or an address literal in HELO; servers that check it say so
    // in their own words ("HELO should be a FQDN", Postfix's "need fully-qualified hostname")
    id: "text.helo-fqdn",
    match: { all: ["helo"], any: ["fqdn", "fully qualified", "address literal"] },
    decide: { reason: "blocked" },
    example:
      "503-All RCPT commands were rejected with this error: 503-R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1) 503 Valid RCPT command must precede DATA",
    source:
      "https://github.com/kimai/www.kimai.org/blob/master/_documentation/emails.md (the same '550 R1:' text on netbit.com.br's help page)",
  },
  {
    // sendmail's srvrsmtp.c answers a HELO/EHLO name it cannot accept (too long or with bad characters) with "501 Invalid
    // domain name" ("501 5.0.0 …" with enhanced codes): the sending host's name, not the recipient's domain
    id: "text.helo-invalid-domain",
    match: { all: ["invalid domain name"], replyCode: [501] },
    decide: { reason: "blocked" },
    example: "501 5.0.0 Invalid domain name",
    source:
      "https://github.com/hrs-allbsd/sendmail/blob/19036c0d9fafa600b0748fc7ada98a939a56b0c8/sendmail/srvrsmtp.c",
  },
  {
    id: "text.ip-blocked",
    match: {
      all: ["ip"],
      // "550 ip in prison" (a receiver's reply quoted by Sailthru, ActiveCampaign/smtp-field-manual#11)
      // Italian: "Indirizzo IP bloccato temporaneamente per sospetto abuso" (Aruba PEC's help page, guide.pec.it); ICGLink's
      // answer to MAIL FROM from a known spam source: "550 Sorry, no access for this ip" (icglink.net helpdesk kb 73)
      any: [
        "blocked",
        "banned",
        "blacklisted",
        "in prison",
        "bloquee",
        "gesperrt",
        "blockiert",
        "bloccat*",
        "no access",
      ],
      not: ["not blocked"],
    },
    decide: { reason: "blocked" },
    example: "550 IP 74.220.202.212 is blocked by EarthLink. Go to earthlink.net/block for details.",
    source: "https://pastebin.com/mt8MbFRM",
  },
  {
    id: "text.client-host-blocked",
    match: {
      any: [
        "client host rejected",
        "host blocked",
        // PHP-Bounce-Handler's bounce_responses.php: "Connection refused due to abuse", "not allowed access from your location"
        "refused due to abuse",
        "access from your location",
        // an intrusion prevention (IPS) or detection system refusing the connecting host: "421 4.7.1 Intrusion prevention
        // active for [ip]" (zytzagoo/smtp-validate-email#9, after 100+ verification connections)
        "intrusion*",
        "ip blocked",
        "ip address blocked",
        "ip is blocked",
        "ip address is blocked",
        "ip has been blocked",
        "blocked ip",
        "bad ip",
        "black ip",
        "invalid ip",
        "ip is rejected",
        "helohost",
        "banned sending ip",
        "no access from mail server",
        "is an open relay",
        "openrelay",
        "connection denied",
        "too many invalid recipients",
        "excessive unknown recipients",
        "confirm this mail server",
        "your server requires confirmation",
        "host network not allowed",
        "is not allowed to send mail from",
        "refused see http",
        "has not passed validation",
        "you are sending spam",
        "currently sending spam",
        // a host named as a spam source is a block of the host, not a spam verdict on the message (zone-mta: 'Your IP identified as spammer')
        "spam ip*",
        "spam source*",
        "source of spam",
        // "known spammer", "identified as spammer", an access list's "550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom"
        // (help-atosmartdocs.theaccessgroup.com); a sender named a spammer was the sender rule's
        "spammer*",
        "spamtrap*",
        "spam trap*",
        "spam sender*",
        "email over ipv6",
        "mail over ipv6",
        "your ip",
        "your host",
        "dynamic ip*",
        "sender ip",
        "open proxy",
        "looks suspiciously like",
        "not accepting connections",
        "listed as abusive",
        "ip profile",
        "unwanted messages",
        "dynamic address",
        "dynamic addresses",
        "dynamic host",
        "dial up",
        "dialup",
        "residential",
        "use the smtp server of your isp",
        "use your isp",
        "your internet service provider",
        "not allowed to connect",
        "connection refused from",
        "not in whitelist",
        "not whitelisted",
        "not in allowlist",
        "not on the allow list",
        "adresse ip source bloquee",
        "ip bloquee",
        "ip adresse gesperrt",
        "ip adresse blockiert",
      ],
      // Postfix's reject_unauth_pipelining: "503 5.5.0 <unknown[192.168.0.1]>: Client host rejected: Improper use of
      // SMTP command pipelining" (a sample line in mhalenza/LogReporter's Postfix.pm) is a protocol error of the
      // client, taken by `text.smtp-protocol-violation`
      // Postfix's "451 4.3.5 <…>: Client host rejected: Server configuration error" (or "… problem") is the receiver's own
      // fault, and so is sendmail's "553 <host> config error: mail loops back to myself" even when its host is named
      // "dialup…" (abanet.org's bounce guide)
      // a recipient's own reject list that names the sender a spammer is the recipient's filter ("550 You are registered as
      // spammer (by user's reject list)", puffinknight.tistory.com/102)
      not: ["pipelining", "configuration error", "configuration problem", "config error", "reject list"],
    },
    decide: { reason: "blocked" },
    example:
      "450 4.7.1 <c135.kyoto.example.ne.jp[192.0.2.56]>: Client host rejected: may not be mail exchanger",
    source: "sisimai:lhost-sendmail-10.eml",
  },

  {
    // A refusal in reply to MAIL FROM is about the envelope sender, whatever the generic words (sendmail's
    // access map answers "Access denied" to a refused sender); blocklists, rDNS, TLS and auth had their turn.
    id: "text.refused-at-mail-from",
    match: {
      command: ["MAIL FROM"],
      any: ["denied", "rejected", "refused", "not allowed", "unknown", "does not exist", "invalid"],
    },
    decide: { reason: "rejected" },
    example: "5.7.1 Access denied (in reply to MAIL FROM command)",
    source:
      "https://github.com/sisimai/go-sisimai/blob/e62efbb2804b8f9b6ffde5ea0ee1eda5bdc3638b/smtp/command/00-command_test.go (labelled rejected in Sisimai's Rejected list)",
  },

  // ── 3. The message ──────────────────────────────────────────────────────────────────────────────
  {
    id: "text.content-format",
    match: {
      any: [
        "8 bit data",
        "8bit data",
        "8 bit characters",
        "8bit characters",
        "non ascii",
        "smtputf8",
        "mime",
        "content type not allowed",
        "invalid character*",
        "bare lf",
        "bare lfs",
        "bare linefeed*",
        "bare line feed*",
        "bare newline*",
        // line endings, whatever else the reply cites: SparkPost's "550 5.6.0 Lone CR or LF in headers (see RFC2822 section
        // 2.2)" (splitbrain/dokuwiki-plugin-smtp#7); qmail-smtpd's bare-LF refusal, which only names djb's page about it:
        // "451 See http://pobox.com/~djb/docs/smtplf.html." (gen-smtp/gen_smtp#253). Microsoft's 5.6.11 for bare LFs is
        // contenterror in the taxonomy too; a reply that states RFC non-compliance otherwise is the rule below's.
        "lone",
        "smtplf",
        "conversion fail*",
        "conversion required",
        "encoding not supported",
        "unsupported encoding",
        "improperly formatted",
        "unnecessary base64",
      ],
    },
    decide: { reason: "contenterror" },
    example: "550 5.6.9 improper use of 8-bit data in message header",
    source: "sisimai:lhost-sendmail-06.eml",
  },
  {
    id: "text.not-rfc-compliant",
    match: {
      any: [
        "rfc 5322",
        "rfc5322",
        "rfc 2822",
        "rfc2822",
        "rfc 822",
        "rfc822 compliant",
        "rfc compliant",
        "multiple addresses in from",
        // MDaemon's "554 Message does not conform to standards" (oshibaetsya.ru's explanation of error 554)
        "conform to standard*",
        "more than one from",
        // the taxonomy lists duplicate headers here; Sisimai labels "554 Transaction failed: Duplicate header
        // 'DKIM-Signature'." (lhost-postfix-78) contenterror, and the main set keeps its label: a known disagreement
        "duplicate header",
        "missing message id",
        "missing a valid message id",
        "no message id",
        "message id header",
        "missing date header",
        "missing from header",
        "valid address in the from header",
        "bad header",
        "missing required header",
        "occurs more than once",
        "rfcmessagenoncompliant",
        "multiple subject headers",
        "multiple date headers",
        "multiple message id headers",
        "encoded word syntax",
        "no from header",
        "malformed header",
        "disallowed header",
        "header is malformed",
        "invalid header",
        "illegal header",
        "message is malformed",
        "not exactly one",
        "message line is too long",
        "lines too long",
        "line length",
        "content type headers",
        // CommuniGate Pro: "Failed to deliver to '<agrisa@apollo.lv>' Messages without To: fields are not accepted here"
        // (ronbeltran/bounce_email tests/bounces/tt_bounce_03.txt); "… without To: field" in the singular
        "without to field*",
      ],
    },
    decide: { reason: "notcompliantrfc" },
    example:
      "550-5.7.1 [192.0.2.222      13] Messages with multiple addresses in From: header are not accepted.",
    source: "sisimai:lhost-sendmail-43.eml",
  },
  {
    id: "text.virus",
    match: {
      any: [
        "virus",
        "viruses",
        "malware",
        "infected",
        "trojan",
        "worm",
        "phishing url",
        "malicious",
        "illegal attachment",
        "banned attachment",
        "prohibited attachment",
        "forbidden attachment",
        "blocked attachment",
        "dangerous attachment",
        "attachment type",
        "attachment extension",
        "vba macro*",
        "executable*",
        // Università Roma Tre's guide to bounce messages: 'Disallowed Attach Type'
        "disallowed attach*",
        "file type not allowed",
        // SendStudio's bounce_rules.php (type blockedcontent): "Message Denied: Restricted attachment", "Message contains
        // unacceptable attachment", "Message rejected due to the attachment filtering policy"
        "restricted attachment",
        "unacceptable attachment",
        "attachment filter*",
      ],
      // a client host blocked because it "may be infected" is a block of the host, not a virus in the message:
      // "554 5.7.1 Service unavailable; Client host [x] blocked you may be infected" (docs.gandi.net's 554 5.7.1 page)
      not: ["spam or virus", "spam virus", "may be infected"],
    },
    decide: { reason: "virusdetected" },
    example: "550 Virus Detected; Content Rejected",
    source: "sisimai:lhost-postfix-62.eml",
  },
  {
    id: "text.content-media",
    match: {
      enhancedCode: [
        "x.6.0",
        "x.6.1",
        "x.6.2",
        "x.6.3",
        "x.6.4",
        "x.6.5",
        "x.6.6",
        "x.6.7",
        "x.6.8",
        "x.6.9",
        "x.6.10",
      ],
      any: ["content rejected", "media error", "media not supported"],
      not: ["spam", "ube", "unsolicited", "virus"],
    },
    decide: { reason: "contenterror" },
    example: "500 5.6.1 Message content rejected",
    source: "sisimai:lhost-receivingses-06.eml",
  },
  {
    id: "text.spam",
    match: {
      any: [
        "spam",
        "mail score",
        "spamscore",
        "spams",
        // a content filter's verdict by score: "554 5.7.1 spamdefang score exceeds maximum" (alaskacommunications.com's
        // explanation of error 554)
        "score exceeds",
        "ube",
        "uce",
        "unsolicited",
        "junk mail",
        // "bulk mail", "bulk email", "bulkmail", "classified as bulk"
        "bulk*",
        // "CONTENT REJECT:…:dspam check:…" (a Postfix DSN in rjbs/Mail-DeliveryStatus-BounceParser, spam-rejection25.msg)
        "content reject*",
        "dspam",
        "content denied",
        "content filter",
        "false positive",
        "due to the nature of the content",
        "suspicious content",
        "spammy",
        "spamming",
        "spamassassin",
        "spamprofiler",
        "blocked by our filter",
        "antispam",
        "mass mailer",
        "unacceptable content",
        // CiviCRM's bounce patterns (type Spam): "hostile content", "questionable content", "message looks suspicious"
        "hostile content",
        "questionable content",
        "looks suspicious",
        "inappropriate words",
        "recurrent pattern",
        "pourriel",
        "courrier indesirable",
        "spamverdacht",
        // Polish: "Wiadomosc zostala odrzucona przez system antyspamowy" (PHP-Bounce-Handler's bounce_responses.php)
        "antyspam*",
        // STRATO's list of its refusals (strato.nl/faq/mail): "Suspected phishing attempt" — the content judged a
        // phish; a phishing URL caught by an antivirus signature was taken by `text.virus` above
        "phish*",
        // SendStudio's bounce_rules.php: "5.7.1 bulkmail", "message classified as bulk", "rejected as bulk", "has been
        // quarantined"
        "quarantined",
        // KumoMTA's community bounces.toml (SpamContent): "550.+REJECTED - spamtext"
        "spamtext",
      ],
      // EveryCloud's reason codes: "552 5.5.2 message size (content filter)" is a size limit, whatever filter set it
      not: ["message size"],
    },
    decide: { reason: "spamdetected" },
    example: "550 5.7.1 Message content rejected, UBE, id=00000-22-225",
    source: "sisimai:lhost-barracuda-01.eml",
  },

  {
    id: "text.too-many-recipients",
    match: {
      any: [
        "too many recipients",
        "too many rcpt",
        "too many envelope recipients",
        "recipient limit",
        "recipients limit",
        "max recipients",
        "maximum recipients",
        "number of recipients",
        // Alibaba Mail: "556 The number of RCPTs is over size"
        "number of rcpt*",
        "recipients per message",
        // Coremail: "451 out of allow RCPT numbers."
        "rcpt numbers",
        "trop de destinataires",
        "zu viele empfanger",
        "zu viele empfaenger",
      ],
    },
    decide: { reason: "toomanyrecipients" },
    example: "552 Too many recipients",
    source: "sisimai:lhost-postfix-48.eml",
  },
  {
    id: "text.message-too-large",
    match: {
      any: [
        // the word in any wording ("message size exceeds …", "size limit", "maximum size", "header size"); a mailbox's or a
        // domain's size was the mailbox rule's
        "size",
        // Sisimai's MesgTooBig/ExceedLimit lists, zone-mta's 5.3.4 'Message Is Too Large', Postfix/Exim/Exchange size texts, as concept words
        "maxsize",
        "oversize*",
        "mailsize*",
        "message too long",
        "larger than",
        "bigger than",
        "attachment is too long",
        "attachment too long",
        "message is too long",
        "mail is too long",
        "too large",
        "too big",
        "line limit exceeded",
        "message length",
        "message exceeds",
        "taille du message",
        "taille limite",
        "trop volumineux",
        "zu gross",
        "groessenbeschraenkung",
        "grossenbeschrankung",
      ],
    },
    decide: { reason: "emailtoolarge" },
    example: "552 5.2.3 Message size exceeds fixed maximum message size (10485760)",
    source: "sisimai:lhost-sendmail-05.eml",
  },

  // ── 4. The recipient ────────────────────────────────────────────────────────────────────────────
  // SMTP AUTH and local delivery agents first: "basic authentication is disabled" is not a disabled
  // mailbox, and "procmail: … No such user" is the delivery program failing.
  {
    id: "text.smtp-auth",
    match: {
      any: [
        // the word in any wording ("authentication required", "… failed", "… unsuccessful", "incorrect authentication data",
        // CiviCRM's "server requires authentication", NetEase's "451 Requested mail action not taken: too much fail
        // authentication"); SPF, DKIM and DMARC authentication were taken above
        "authentication",
        "auth required",
        "smtp auth",
        "must authenticate",
        "please authenticate",
        "not authenticated",
        "auth error",
        "auth failures",
        "auth mode unsupported",
        "user has no permission",
        "invalid credentials",
        "cannot decode response",
        "not subscribed to ses",
        "bad credentials",
        "username and password not accepted",
        "invalid login",
        "login failed",
        "unauthenticated senders not allowed",
        "authrequired",
        "too many login attempts",
        "application specific password",
        "failed to authenticate",
        "please log in",
        "authentification requise",
        "code d authentification invalide",
        "authentifizierung erforderlich",
      ],
      // authentication that needs TLS first is the TLS rules' ("530 A SSL/TLS-connection is required for authentication.")
      not: ["tls"],
    },
    decide: { reason: "securityerror" },
    example: "550 Unauthenticated senders not allowed",
    source: "sisimai:lhost-postfix-65.eml",
  },
  {
    // Postfix pipe(8)/local(8) prefix the delivery command's output with its own verdict: "temporary failure. Command
    // output: lda(root): Error: …" (LukeSmithxyz/emailwiz#155) is a deferral, whatever class a code-less text would get.
    // Exim's pipe transport defers on EX_TEMPFAIL: "Child process of virtual_delivery transport returned 75 (could mean
    // temporary error) from command: /usr/lib/dovecot/deliver" (os.c's strexit() wording); Postfix's pipe_command.c defers
    // a command killed by a signal: "Command died with signal 6: "/usr/bin/procmail"".
    id: "text.mailer-error-temporary",
    match: {
      any: [
        "temporary failure command output",
        "temporary failure command died",
        "could mean temporary error",
        "died with signal",
      ],
    },
    decide: { reason: "mailererror", type: "soft" },
    example:
      "temporary failure. Command output: lda(root): Error: net_connect_unix(/var/run/dovecot/stats-writer) failed: Permission denied",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/155",
  },
  {
    id: "text.mailer-error",
    match: {
      any: [
        "mailer error",
        "delivery program",
        "local delivery failed",
        "procmail",
        "maildrop",
        "pipe to",
        "command died",
        "exit status",
        "exit code",
        "x unix",
        // Postfix local(8)/pipe(8) when the delivery command overruns command_time_limit: "Diagnostic-Code:
        // X-Postfix; Command time limit exceeded: "/kolab/bin/php"" (lists.kolab.org devel 2006-May/005526)
        "command time limit",
        // SendStudio's bounce_rules.php: "Unable to create a dot-lock", "maildir delivery failed", "error on maildir delivery"
        "dot lock",
        "maildir delivery",
        // Postfix local(8)/pipe(8) quoting what the delivery command printed: "temporary failure. Command output: lda(root):
        // Error: …" (LukeSmithxyz/emailwiz#155); a full mailbox the command reports was taken by `text.mailbox-full`
        "command output",
        // Exim's pipe transport (src/src/transports/pipe.c): "Child process of address_pipe transport returned 127 (could
        // mean unable to exec or command does not exist) from command: …" — before the user rule's "does not exist"
        "child process of",
      ],
    },
    decide: { reason: "mailererror" },
    example: "554 5.3.0 unknown mailer error 255",
    source: "sisimai:lhost-sendmail-18.eml",
  },
  {
    id: "text.mailbox-locked-temporarily",
    match: {
      all: ["locked"],
      any: ["temporary", "temporarily", "try again later", "please try again"],
    },
    decide: { reason: "suspend" },
    example:
      "550 5.7.1 <kijitora@example.com>: Recipient address rejected: User kijitora@example.com temporary locked. Please try again later!",
    source: "sisimai:lhost-amazonses-19.eml",
  },
  {
    // An account the owner or the provider deleted, in whatever word order ("Account deleted by user", "the
    // account … has been deleted"): the address no longer exists. A deleted message or attachment is not one.
    id: "text.account-deleted",
    match: {
      all: ["deleted"],
      any: ["account", "mailbox", "user", "recipient"],
      not: ["message was", "message has", "message deleted", "attachment"],
    },
    decide: { reason: "userunknown" },
    example: ": Recipient address rejected: Account deleted by user (in reply to RCPT TO command)",
    source:
      "https://github.com/denispan1993/vitaliy/blob/master/apps/delivery/tasks.py (reason550, rambler.ru: the Postfix bounce line after 'said')",
  },
  {
    // An account or mailbox closed, locked, frozen, terminated or expired, in whatever word order (concept pairs, as
    // twisted1919/bounce-handler's "(account|mailbox|user|…).*locked" and ".*(suspend|expire)" rules: "550 <x>: User
    // status is locked.", "550 account expired"; Comcast's "Account Closed, Please Remove" in KumoMTA's community
    // bounces.toml; i.ua's and bigmir.net's "550 Mailbox is frozen."). The sender's own account is not one.
    id: "text.account-closed",
    match: {
      all: ["account"],
      any: ["closed", "locked", "frozen", "terminat*", "expired"],
      not: ["ip", "sending", "your account", "sender", "relay", "auth*", "login", "password", "certificate"],
    },
    decide: { reason: "suspend" },
    example:
      "550 <xxxxx@yourdomain.com>: Recipient address rejected: Account closed due to inactivity. No forwarding information is available.",
    source: "https://github.com/twisted1919/bounce-handler/blob/master/BounceHandler/rules.php",
  },
  {
    id: "text.mailbox-closed",
    match: {
      all: ["mailbox"],
      any: ["closed", "locked", "frozen", "terminat*"],
      not: ["ip", "sending", "sender", "relay", "auth*", "login", "connection closed"],
    },
    decide: { reason: "suspend" },
    example: "550 Mailbox is frozen.",
    source:
      "https://github.com/denispan1993/vitaliy/blob/master/apps/delivery/tasks.py (reason550: i.ua and bigmir.net 'said: 550 Mailbox is frozen.')",
  },
  {
    id: "text.mailbox-disabled",
    match: {
      any: [
        "account disabled",
        "account has been disabled",
        "account is suspended",
        "account suspended",
        "account is not active",
        "account not active",
        "account not activated",
        "mailbox not active",
        "mailbox is not active",
        "mailbox disabled",
        "mailbox has been disabled",
        "mailbox suspended",
        "mailbox is suspended",
        "disabled recipient",
        "recipient disabled",
        "user disabled",
        "user is locked",
        "status is locked",
        "user locked",
        "user suspended",
        // Korean portals' return-mail lists: "550 5.1.1 Suspended user" (puffinknight.tistory.com/102)
        "suspended user",
        "suspended account",
        "user is suspended",
        "is disabled",
        // inactive, inactivity, and Spanish "inactivo" ("El usuario esta en estado: inactivo", PHP-Bounce-Handler)
        "inactiv*",
        "deactivated",
        "discontinued",
        "is frozen",
        // Italian and Polish (PHP-Bounce-Handler's bounce_responses.php): "Questo indirizzo e' bloccato per
        // inutilizzo", "Podane konto jest zablokowane administracyjnie lub nieaktywne"; Italian "disattivato/a"
        "inutilizzo",
        "disattivat*",
        "zablokowane administracyjnie",
        "nieaktywn*",
        // Slovenian (CiviCRM's bounce patterns): "Elektronski naslov je ukinjen" (the address was discontinued)
        "je ukinjen",
        // SendStudio's bounce_rules.php (type inactive): "recipient never logged onto"
        "never logged",
        "has been suspended",
        "currently suspended",
        "recipient suspend*",
        "archived recipient",
        "user is terminated",
        // Google's help anchor (p=DisabledUser) quoted alone; KumoMTA's community bounces.toml (InactiveMailbox):
        // "550.+DisabledUser"
        "disableduser",
        "account has been temporarily suspended",
        "unavailable or access denied",
        // French
        "compte du destinataire est bloque",
        "compte bloque",
        "compte desactive",
        "compte inactif",
        "compte suspendu",
        // bouncefetch's rules: "mail receiving disabled, rejecting", "this useraccount is locked", "mailaddress is
        // administratively disabled", "account administratively disabled"
        "receiving disabled",
        // node-bounce-handler's list (5.2.1): "mail is not currently being accepted for this mailbox"
        "not currently being accepted",
        "useraccount is locked",
        "administratively disabled",
        "boite du destinataire archivee",
        "boite aux lettres desactivee",
        // Spanish (Argentina's "casilla"): "Esta casilla ha expirado por falta de uso" (same phrase list)
        "casilla ha expirado",
        // German
        "deaktiviert",
        "gesperrt",
        "inaktiv",
        "stillgelegt",
      ],
      // Postfix: "502 5.5.1 VRFY command is disabled", "501 5.7.1 DSN support is disabled" are not mailboxes.
      not: [
        "ip",
        "sending",
        "your account",
        "sender",
        "mail from",
        "relay",
        "authentication",
        "auth",
        "login",
        "command",
        "dsn support",
        // a session idle too long ("421 Timeout - closing connection due to inactivity") is not an inactive mailbox
        "timeout",
        "timed out",
        "connection",
      ],
    },
    decide: { reason: "suspend" },
    example:
      "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1  https://support.google.com/mail/?p=DisabledUser 000000000000eee.000 - gsmtp",
    source: "sisimai:lhost-amazonses-20.eml",
  },
  {
    id: "text.mailbox-moved",
    match: {
      any: [
        "no longer on server",
        "no longer on this server",
        "recipient no longer",
        "no longer accepts mail",
        "no longer accepting mail",
        "no forwarding address",
        "has moved",
        "address has changed",
        "mailbox owner has changed",
        "domain owner has changed",
        "user not local",
        "not our user",
        // Exchange's French 5.1.6 NDR: "l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a
        // été envoyé n'accepte plus de messages. Aucune adresse de transfert n'a été configurée." (uitranslation.com's index
        // of Exchange's UI strings, term 04a5485eb88d)
        "aucune adresse de transfert",
      ],
    },
    decide: { reason: "hasmoved" },
    example: "550 5.1.6 recipient no longer on server: kijitora@example.go.jp",
    source: "sisimai:lhost-postfix-16.eml",
  },
  {
    // Postfix's text for a DNS answer it could not parse (dns_lookup.c: "Malformed or unexpected name server reply", after
    // its "Host or domain name not found. Name service error for name=… type=…:" prefix): a DNS server fault, not a domain
    // that does not exist (so before `text.host-unknown`, never suppressed), but one smtp(8) bounces: smtp_addr.c gives
    // DNS_INVAL 5.4.4 unless soft_bounce is set. Also SmarterMail's final report after its retries: "Failed four Attempts
    // to connect to recipients mail server" (its help page lists the reasons its bounces give). Lotus Domino's router NDR
    // when it has no path to the domain: "No route found to domain <LOTUSDOMAIN> from server <SERVERNAME/LOTUSDOMAIN>. Check
    // Server, Connection and Domain documents in Name and Address book." (Microsoft KB article on Notes-to-Exchange mail)
    id: "text.network-error-final",
    match: { any: ["unexpected name server reply", "failed four attempts", "no route found to domain"] },
    decide: { reason: "networkerror", type: "hard" },
    example: "Name service error for name=example.org type=MX: Malformed or unexpected name server reply",
    source: "sisimai:lhost-postfix-17.eml",
  },
  {
    id: "text.dns-temporary",
    match: {
      any: [
        "host not found try again",
        "temporary failure in name resolution",
        "temporary dns",
        "dns temporary",
        "servfail",
        "dns timeout",
        "lookup timed out",
        "failure in mx lookup",
        // Postfix's smtpd_check.c when the domain's DNS answer is broken: "450 4.1.2 <x>: Recipient address rejected:
        // Malformed DNS server reply" (the same for the sender)
        "malformed dns",
        // Exim's router deferral when DNS gave no answer in time: "R=dnslookup defer (-1): host lookup did not
        // complete" (an exim4 log line quoted on a Debian users' forum)
        "host lookup did not complete",
      ],
    },
    decide: { reason: "networkerror" },
    example: "Name service error for domain example.com: Host not found, try again",
    source: "sisimai:lhost-postfix-34.eml",
  },
  {
    id: "text.host-unknown",
    match: {
      any: [
        "host unknown",
        "unknown host",
        "host not found",
        "domain not found",
        "domain name not found",
        "domain does not exist",
        "domain doesn t exist",
        "domain not exist",
        "domain is not found",
        "domain unknown",
        "unknown domain",
        "no such domain",
        "nonexistent domain",
        "account or domain may not exist",
        "domain mentioned in email address is unknown",
        "non existent domain",
        "find the recipient domain",
        "domain must exist",
        "domain is not reachable",
        "nxdomain",
        // Exim's "Unrouteable address", "unrouteable mail domain", in either spelling (the sender's was taken above)
        "unrouteable",
        "unroutable",
        // CiviCRM's bounce patterns (type Host): "couldn't find any host named"
        "any host named",
        // SendStudio's bounce_rules.php: "The host does not have any mail exchanger"
        "any mail exchanger",
        // Haraka's outbound bounce when the domain has no MX (outbound/hmail.js, DSN 5.1.2): "Nowhere to deliver mail to
        // for domain: <d>"
        "nowhere to deliver",
        // hMailServer's ExternalDelivery.cpp when the domain has no MX or address: "Error Description: No mail servers appear
        // to exists for the recipient's address."
        "no mail servers appear",
        "illegal host",
        "illegal domain",
        "mx lookup failed",
        "name or service not known",
        "invalid domain",
        "domain is invalid",
        "domain not valid",
        "domain is not valid",
        // Sisimai's Exim table ('all host address lookups failed permanently') and apostrophe-less 'doesnt'
        "domain doesnt exist",
        "host address lookups failed",
        // Libero/Virgilio (aiuto.libero.it): the recipient's domain does not exist
        "routing server failure",
        "bad destination system address",
        // a recipient domain RFC 2606 reserves for examples and tests (example.com, .test, .invalid), which takes no mail:
        // "5.1.5 Recipient address reserved by RFC 2606" (frappe/frappe#8514, a 501 to RCPT TO)
        "reserved by rfc 2606",
        "reserved by rfc2606",
        "domaine inconnu",
        "domaine introuvable",
        "domaine inexistant",
        "domaine n existe pas",
        "domain existiert nicht",
        "domain unbekannt",
        "domain nicht gefunden",
        "host nicht gefunden",
        "unbekannter host",
        "domane existiert nicht",
        "unbekannte domain",
      ],
      not: ["sender*", "from domain", "from header", "mail from", "absender*", "expediteur"],
    },
    decide: { reason: "hostunknown" },
    example: "Host or domain name not found. Name service error for name=example.jp type=A: Host not found",
    source: "sisimai:lhost-aol-01.eml",
  },
  {
    // "DNS domain <d> does not exist": Exchange Online's 5.4.310 text, quoted without its host or tags in delivery logs and
    // NDR summaries ("550 5.4.310 DNS domain natautocoverage.com does not exist"). The words name the DNS domain, so the
    // recipient's domain, before `text.user-unknown` reads "does not exist" as the mailbox's; a user, mailbox or address
    // that does not exist stays there.
    id: "text.dns-domain-nonexistent",
    match: {
      all: ["dns domain"],
      any: ["not exist", "doesn t exist", "nonexistent"],
      not: ["sender*", "from domain", "mail from"],
    },
    decide: { reason: "hostunknown" },
    example:
      "550 5.4.310 DNS domain yaloc.moc does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=yaloc.moc] [BM3PCA10RH0014.eop-APC01.prod.protection.outlook.com 2023-01-01T00:00:00.000Z 80EPF029F0GK28P8]",
    source:
      "https://github.com/crisp-oss/email-bounce-parser/blob/d1bb6e130c49d3b25b043fea12592264125f41da/test/fixtures/550_5_4_310_server_unknown.txt",
  },
  {
    // Only under 5.4.1, Exchange Online's directory-based edge blocking (the address is not in the tenant). Postfix's own
    // check_recipient_access REJECT answers "554 5.7.1 <x>: Recipient address rejected: Access denied" for a relay
    // refusing valid outside addresses (takeyamajp/docker-postfix#6, Turgon37/docker-smtp-relay#25): not an unknown user.
    id: "text.recipient-access-denied",
    match: { all: ["recipient address rejected", "access denied"], enhancedCode: ["x.4.1"] },
    decide: { reason: "userunknown" },
    example:
      "550 5.4.1 [kijitora@example.org]: Recipient address rejected: Access denied [NEKOCHAN.cat-neko22.prod.protection.outlook.com]",
    source: "sisimai:rhost-microsoft-02.eml",
  },
  {
    // The same words under any other code are an access map's REJECT for this recipient: a local policy, the address
    // may well exist (the relay above refused gmail.com and protonmail.com addresses)
    id: "text.recipient-access-policy",
    match: { all: ["recipient address rejected", "access denied"] },
    decide: { reason: "policyviolation" },
    example: "554 5.7.1 <henning.haecker@protonmail.com>: Recipient address rejected: Access denied",
    source: "https://github.com/takeyamajp/docker-postfix/issues/6",
  },

  {
    // Exchange Online's German NDR names the recipient and the domain around its verb: "<user> wurde nicht in <domain>
    // gefunden." (the English "<user> wasn't found at <domain>", a phrase of text.user-unknown)
    id: "text.user-unknown-at-domain-de",
    match: { all: ["wurde nicht in", "gefunden"], not: ["absender*"] },
    decide: { reason: "userunknown" },
    example:
      "Ihre Nachricht an equel@swipnet.se konnte nicht zugestellt werden.\n--\nequel wurde nicht in swipnet.se gefunden.",
    source: "https://github.com/fschulze/jumpnbump/issues/3",
  },
  {
    id: "text.user-unknown",
    match: {
      any: [
        "user unknown",
        "unknown user",
        "unknown recipient",
        "recipient unknown",
        // MS Mail and old Exchange gateways: "The name was not found at the remote site. Check that the name has been
        // entered correctly." (Perl/perl5#3771)
        "not found at the remote site",
        // a name that fits several directory entries is no deliverable address: Domino's "Recipient user name info
        // (info@rimibaltic.com) not unique. Several matches found in Domino Directory." (whatcould/bounce-email)
        "several matches found",
        "unknown address",
        "address unknown",
        "user is unknown",
        "recipient is unknown",
        "address is unknown",
        "recipient unrecognized",
        "recipient unrecognised",
        "recipient not recognized",
        "recipient not recognised",
        "address not recognized",
        "address not recognised",
        "email address is not known",
        "not known here",
        "unknown email address",
        "invalid email address",
        "user invalid",
        "address was not found",
        "account is unavailable",
        "handle mail for that user",
        "does not have an account",
        "no longer exists",
        "addressee unknown",
        "unknown local part",
        "unknown or illegal user",
        "unknown mailbox",
        "mailbox unknown",
        "no such user",
        "no such recipient",
        "no such mailbox",
        "no such account",
        "no such address",
        "no such person",
        // "no mailbox" in any wording: qmail's "Sorry, no mailbox here by that name. (#5.1.1)", "no mailbox by that name",
        // "no mailbox found", "<x> has no mailbox"
        "no mailbox",
        "no account by that name",
        "user not found",
        "recipient not found",
        "mailbox not found",
        "address not found",
        "account not found",
        "recipnotfound",
        "exrecipnotfound",
        "address couldn t be found",
        // Microsoft 365's non-delivery report: "Your message to request@o365admin.center couldn't be delivered. request
        // wasn't found at o365admin.center." (bwya77/O365-Admin-Center#12)
        "wasn t found at",
        // Exchange's 5.1.1 NDR: "The email address you entered couldn't be found. Please check the recipient's email
        // address and try to resend the message." (quoted on the linux-kernel list, August 2024)
        "entered couldn t be found",
        "address could not be found",
        "unknown alias",
        "illegal alias",
        "recipientnotfound",
        // "does not exist", "user not exist", "recipient not exist" (263 enterprise mail: "user not exist"), "mailbox not exist"
        "not exist",
        "doesn t exist",
        "doesn t have a",
        // "does not have a …" in the same sense: phquery's "Does not have a final email delivery point, please contact this
        // person by alternate means." (a university's directory-lookup mailer); and the same directory's "… did not exactly
        // match an LLNL email address." (LLNL's FAILED MAIL response), Ipswitch IMail's "Invalid final delivery userid: <x>"
        // (Sisimai's IMailServer module: userunknown) — jaredmauch/mailman2-python3 tests/bounces simple_37, llnl_01, simple_12
        "does not have a",
        "did not exactly match",
        "invalid final delivery",
        "not a valid mailbox",
        "not a valid email address",
        "not a valid recipient",
        "not a known user",
        "invalid recipient",
        "recipient invalid",
        "invalid mailbox",
        "mailbox invalid",
        "invalid user",
        "bad recipient",
        "bad destination mailbox",
        // "address is invalid" also covers "recipient address is invalid"; with "invalid account", "recipients are
        // invalid", "incorrectly addressed" and "recipient cannot be verified": node-bounce-handler's hard-bounce tags
        // (lib/responses.js, from PHP-Bounce-Handler's list: "We are sorry but the address is invalid") and
        // twisted1919/bounce-handler's '550-"The recipient cannot be verified.'
        "address is invalid",
        "invalid account",
        "recipients are invalid",
        "incorrectly addressed",
        "recipient cannot be verified",
        "marked as invalid",
        "undeliverable address",
        "recipient name is not recognized",
        "not listed in domino directory",
        "not listed in public name",
        "no valid recipients",
        "bad address",
        "address invalid",
        "not present in directory",
        "can t accept user",
        "addresses were unknown",
        "not an active address",
        "mailbox is unavailable",
        "mailbox not present",
        "no mail box available",
        // "nonexistent user", "non-existent user", and the same word before mailbox, address or recipient (a nonexistent
        // domain was the host rule's)
        "nonexistent",
        "non existent",
        "not a local address",
        // Alibaba Mail: "503 Rcptto account isn't a local account", "559 Invalid rcptto", "554 RCPT (account) dosn't exist"
        "not a local account",
        "isn t a local account",
        "invalid rcptto",
        "dosn t exist",
        "not a valid user",
        "recipient is not local",
        "badrcptto",
        "badrecipientto",
        "validrcptto",
        "envelope recipient has been denied",
        "no one at this address",
        "no longer valid",
        "user not known",
        // Dation's list of the replies its customers meet (help.dation.nl): "5.7.1. - recipient not known"
        "recipient not known",
        "missing home directory",
        "unknown virtual user",
        "no existe",
        "nessun utente",
        "not in recipient list",
        "recipient rejected",
        "mailbox unavailable",
        "mailbox not available",
        "destination server rejected recipients",
        "account unavailable",
        "recipient is not accepted",
        "recipient not ok",
        "in name directory",
        "unknown e mail address",
        // "nicht gefunden" (not found): "Adresse nicht gefunden", Exchange's "… im E-Mail-System des Empfängers nicht
        // gefunden", "Empfänger nicht gefunden", "Postfach nicht gefunden" (an unknown domain or host was the host rule's)
        "nicht gefunden",
        "is not available here",
        // Sisimai's Domino table (French: "non répertorié dans l'annuaire") and apostrophe-less "doesnt"
        "doesnt exist",
        "non repertorie",
        // The same Domino and Notes texts in Spanish and Japanese (go-sisimai lhost/via-domino.go: "no se encuentra
        // en el Directorio de Domino", "Domino ディレクトリには見つかりません"; lhost/via-notes.go: "ディレクトリのリストにありません").
        // Japanese has no spaces: each phrase is the whole token the server sends.
        "no se encuentra en",
        "ディレクトリには見つかりません",
        "ディレクトリのリストにありません",
        // Spanish: "Usuario inexistente", Domino's "no se encuentra en la Libreta [de direcciones]" and "[dirección de]
        // destino errónea" (alexborras.com/errores-y-warnings-habituales-en-retorno-de-email)
        "usuario inexistente",
        "destino erronea",
        // Exchange's and Office 365's Spanish NDR texts: "No se pudo encontrar la dirección de correo electrónico que
        // escribiste." (pastebin.com/JHaPQHk7), "… la dirección de correo electrónico donde envió el mensaje no se
        // encontraba en el dominio de destino" (pastebin.com/qSHqkmLq)
        "no se pudo encontrar",
        "no se encontraba en el dominio de destino",
        // … and its Russian one, "Не удалось найти введенный электронный адрес. Проверьте адрес получателя …" (an Exchange
        // 2016 NDR of February 2026 over "550 5.1.10 … Recipient not found by SMTP address lookup", zoonru/PHP-Bounce-Handler
        // eml/fixture_bounce_008.eml)
        "найти введенный",
        // Italian and Polish replies collected by PHP-Bounce-Handler (cfortune/PHP-Bounce-Handler, bounce_responses.php):
        // "destin. Sconosciuto", "Destinatario errato", "Destinatario sconosciuto o mailbox disatttivata",
        // "Indirizzo inesistente", "nie istnieje", "Nie ma takiego konta"; and its English "No such mail drop defined",
        // "was not found in LDAP server", "Unable to find alias user", "no longer an employee"
        "destin sconosciuto",
        "destinatario sconosciuto",
        "destinatario errato",
        "indirizzo inesistente",
        "nie istnieje",
        "nie ma takiego konta",
        "no such mail drop",
        // PHPMailer-BMH's samples (twisted1919/bounce-handler, BounceHandler/rules.php): "450 user path no exist",
        // "550 User not a member of domain: <…>", "540-'Error: Wrong recipients'"
        "user path no exist",
        // replies Coremail's support site explains (icoremail.vip support, bounce category): "unavailable mail user",
        // "local server don't exists that user", "not user of this server"
        "unavailable mail user",
        "don t exists",
        "not user of this server",
        "not a member of domain",
        "wrong recipient*",
        // CiviCRM's bounce patterns (type Invalid): "unrecognized recipient", "unregistered address", "no e-mail address
        // registered", "… not known at this site", "user's email name is not found" (AOL), Lotus Domino's "Recipient's
        // Domino Directory entry does not specify a valid Notes mail file"; Slovenian "Elektronski naslov ne obstaja",
        // "ni bilo mogoče najti prejemnikovega e-poštnega naslova", Italian "Non sono riuscito a trovare l'indirizzo"
        "unrecognized recipient",
        "unregistered address",
        "no e mail address registered",
        "no email address registered",
        "known at this site",
        "email name is not found",
        "valid notes mail file",
        "ne obstaja",
        "najti prejemnik*",
        "trovare l indirizzo",
        // Gmail's Korean NDR: "주소를 찾을 수 없음 … 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지
        // 않았습니다." (the address cannot be found; openspeech-team/openspeech#69)
        "주소를 찾을 수 없*",
        // Chinese and Japanese, read with each Han or kana character a word (explain()'s second pass): "不存在" (does not
        // exist: "收件方服务器反馈收件人地址不存在的信息给我们服务器", OpenXiangShan/XiangShan#1531; QQ Mail's "该用户不存在"),
        // QQ Mail's "该用户未开通QQ邮箱" (has not opened a mailbox; both on its bounce help page, qqmailbox.com/transceivers/169.html),
        // Gmail's Japanese "送信先のメール アカウントは存在しません" (support.google.com/mail/answer/6596?hl=ja); a Chinese phrase is
        // also listed in traditional characters where they differ (未開通)
        "不 存 在",
        "未 开 通",
        "未 開 通",
        "存 在 し ま せ ん",
        // OpenEMM's bounce rules (agnitas: backend bounce-rules, BAV hard rules): "Receiver not found:", "Invalid
        // receiver address:", "User name is unknown", "No such local user", German "Es gibt keine Person mit diesem
        // Namen unter dieser Adresse", "Diese Adresse ist nicht mehr verfuegbar."
        "receiver not found",
        "invalid receiver",
        "user name is unknown",
        "such local user",
        "keine person mit diesem namen",
        "nicht mehr verfuegbar",
        "nicht mehr verfugbar",
        "not found in ldap",
        "unable to find alias",
        "no longer an employee",
        // RFC 5321's 553 text ('mailbox name not allowed') and 'not valid' in the other word order
        "recipient not valid",
        "recipient is not valid",
        "user not valid",
        "mailbox name not allowed",
        // French
        "destinataire invalide",
        "adresse invalide",
        "n existe pas",
        "compte inexistant",
        "boite aux lettres inexistante",
        "introuvable",
        "inconnu*",
        // German
        "benutzer nicht bekannt",
        // bouncefetch's rules: "die eingegebene e-mail-adresse konnte nicht gefunden werden", "niemand unter dieser
        // adresse bekannt", and Exchange's German 5.1.1 text "Die E-Mail-Adresse des Empfängers wurde im
        // E-Mail-System des Empfängers nicht gefunden"
        "niemand unter dieser adresse",
        "existiert nicht",
        "kein postfach",
        // "unbekannt", "unbekannter Benutzer", "unbekannter Empfänger", "unbekannte Adresse" (an unknown domain was the host
        // rule's, an unknown sender is in `not`)
        "unbekannt*",
        "ungultige empfangeradresse",
        "ungueltige empfaengeradresse",
        "ungultiger empfanger",
        "ungueltiger empfaenger",
        // the address itself malformed ("501 5.1.3 Invalid address [outlook.com]", the SMTP Field Manual's 501.json)
        "recipient address syntax",
        // "501 Recipient syntax error" (Ruby's Net::SMTPSyntaxError in evercam/evercam-dashboard#1270 and mikel/mail#1126,
        // where the maintainer reads it as a malformed recipient address)
        "recipient syntax error",
        "destination mailbox address syntax",
        "address syntax error",
        "not a valid rfc 5321 address",
        "not a valid rfc5321 address",
        "malformed address",
        "invalid address",
        "illegal address",
      ],
      not: [
        "sender*",
        "mail from",
        "from domain",
        "absender*",
        "expediteur",
        "emetteur",
        "policy",
        "spam",
        "blocked",
        "try again later",
        "quota",
        "unknown address error",
        // Italian certified mail (PEC) refusing ordinary mail: "… Indirizzo destinatario sconosciuto o non abilitato alla
        // ricezione di posta non certificata" names an unknown address only as one of two causes (text.recipient-filter)
        "non certificata",
        // Dovecot's "451 4.3.0 <x> Invalid user settings. Refer to server log for more information." is its own fault
        "user settings",
        // Postfix's "Recipient address rejected: undeliverable address: mail for <domain> loops back to myself" is a loop
        "loops back",
        // an AUTH refusal ("535 Invalid user name or password", "Unknown user or password"), the From header's domain,
        // and the sender in Spanish, Italian, Portuguese and Polish (remitente, mittente, remetente, nadawca) are not
        // the recipient
        "password",
        // Amazon SES's own configuration error: "ConfigurationSetDoesNotExist: Configuration set <x> does not exist."
        // (Notifuse/notifuse#162)
        "configuration set",
        "from header",
        "remitente",
        "mittente",
        "remetente",
        "nadawc*",
        // the sending side in Chinese (simplified and traditional) and Japanese: 发件 / 發件 (发件人 sender, 发件方), 发信 / 發信
        // (发信人, 发信域名 the sending domain), 差出人, 送信者, 送信元 (sender, sending source)
        "发 件",
        "發 件",
        "发 信",
        "發 信",
        "差 出 人",
        "送 信 者",
        "送 信 元",
        // a mailbox "unavailable (not enough free space)" is the server's storage (text.system-full)
        "free space",
        // Gmail's notice under its "Address not found" title names the cause: "… because the domain <d> couldn't be found"
        // (text.domain-not-found-words; phw198/OutlookGoogleCalendarSync#2147)
        "because the domain",
      ],
    },
    decide: { reason: "userunknown" },
    example:
      "450 4.1.1 <kijitora@example.org>: Recipient address rejected: User unknown in virtual alias table",
    source: "sisimai:lhost-postfix-05.eml",
  },

  // ── Policy and the recipient's own filters ──────────────────────────────────────────────────────
  {
    // Exchange Online's NDR sentence for a recipient that accepts mail only from some senders (DSN 5.7.129): its report is
    // permanent even where no code is quoted
    id: "text.recipient-restricted-ndr",
    match: { any: ["permission to send to it"] },
    decide: { reason: "filtered", type: "hard" },
    example:
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it. Ask the recipient's email admin to add you to the accept list for the recipient.",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-129-in-exchange-online",
  },
  {
    id: "text.recipient-filter",
    match: {
      any: [
        "filtered",
        "recipient preferences",
        "user rules",
        "blocked by the recipient",
        "blocked by recipient",
        "user in blacklist",
        "blocked by user",
        "rejected by the recipient",
        "rejected by recipient",
        "recipient has blocked",
        "doesn t want your mail",
        // CiviCRM's bounce patterns (type Spam): "blocked by a user configured filter"
        "user configured filter",
        // SendStudio's bounce_rules.php: "is not accepting mail from this sender"
        "accepting mail from this sender",
        "does not want your mail",
        "user has blocked",
        "allowed senders",
        "not authorized to send to",
        "not allowed to send to",
        // Exchange's restricted recipients: "Your message can't be delivered because delivery to this address is
        // restricted." (nprapps/lookatthis#406); "you don't have permission to send to the group" (Microsoft's 5.7.1 page)
        "address is restricted",
        "permission to send to",
        "restricted to members",
        "only accepts mail from",
        "only accepting mail from",
        "refuse to receive",
        "refuses to receive",
        "refused to receive",
        "is not accepting any mail",
        "account is protected by",
        "user reject",
        // German: "[es werden] nur emails von bestimmten email-adressen akzeptiert" (bouncefetch's rules)
        "nur emails von bestimmten",
        "block rcpt",
        // the recipient's own reject list (Korean portals: "550 You are registered as spammer (by user's reject list)",
        // quoted on puffinknight.tistory.com/102)
        "user s reject list",
        // a refusal the reply puts on "this user", as MagicMail words the system's own ("550-Your message
        // was rejected by this system and was not delivered."): "Your message was rejected by this user"
        "rejected by this user",
        // Dooray!'s English notice: "Your mail was denied from the receiver." (ctgk/PRML#46), the Korean "수신차단" below
        "denied from the receiver",
        "denied by the receiver",
        // a certified-mail (PEC) mailbox not enabled to receive ordinary mail: "554 <x>: Messaggio rifiutato dal sistema.
        // Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata" (Aruba PEC's help page,
        // guide.pec.it: the mailbox exists; its owner has not enabled mail from non-PEC senders)
        "posta non certificata",
        // Korean: the recipient blocks or restricts what reaches the mailbox, "수신차단" / "수신 거부" (reception blocked /
        // refused) and "수신을 제한" (restricts reception): Dooray!'s "받는 사람이 회원님의 메일을 수신차단 하였습니다."
        // (sparcs-kaist/taxi-front#80) and "받는 사람이 현재 메일 수신을 제한하고 있습니다." (aishwaryanr/awesome-generative-ai-guide#91)
        "수신차단*",
        "수신 차단*",
        "수신거부*",
        "수신 거부*",
        "수신을 거부*",
        "수신을 제한*",
      ],
    },
    decide: { reason: "filtered" },
    example: "550 5.2.0 Message Filtered",
    source: "sisimai:lhost-receivingses-07.eml",
  },
  {
    id: "text.smtp-protocol-violation",
    match: {
      any: [
        "smtp protocol violation",
        "too many unauthenticated commands",
        "no commands allowed to pipeline",
        "pipelining not allowed",
        "improper use of smtp command pipelining",
        // Exim's smtp_in.c: "554 SMTP synchronization error" (input sent before the server's greeting or reply)
        "synchronization error",
      ],
    },
    decide: { reason: "syntaxerror" },
    example:
      "451 4.5.0 SMTP protocol violation. For more information, go to About SMTP error messages and review RFC 5321 specifications.",
    source: "https://support.google.com/a/answer/3726730",
  },
  {
    id: "text.policy",
    match: {
      any: [
        // Gmail: "552 5.7.0 This message was blocked because its content presents a potential security issue"
        "potential security issue",
        "security risk",
        "dangerous content",
        "policy",
        "policies",
        "banned content",
        "header error",
        "content restrictions",
        "delivery not authorized",
        "organizational settings",
        "organisational settings",
        "not accepting mail with",
        "do not accept messages containing",
        "message refused",
        "prohibited by administrator",
        "protocol violation",
        "denied by",
        "not allowed by",
        "refused by local",
        "local rules",
        "spoofed",
        "spoofing",
        // CiviCRM's bounce patterns (type Spam): "automatically-generated messages are not accepted"; Slovenian "ni bilo
        // mogoče dostaviti zaradi varnostnega pravilnika" (refused by the security policy)
        "automatically generated messages",
        "varnostnega pravilnika",
        "impersonation",
        "geographic",
        "country",
        "politique",
        "richtlinie*",
      ],
    },
    decide: { reason: "policyviolation" },
    example: "554 Mail from nekonyaan@example.net rejected for policy reasons.",
    source: "sisimai:rfc3464-03.eml",
  },

  // ── 5. A bare "blocked", then the receiving system and the network ───────────────────────────────
  {
    id: "text.blocked",
    match: {
      any: [
        "blocked",
        "block",
        // zone-mta's bounces.txt ('Your access to submit messages to this e-mail system has been rejected', 'Your access to this mail system has been rejected'); Sisimai's Blocked list ('go away', 'refused to talk to me')
        "denylist*",
        "deny list*",
        "go away",
        "not welcome",
        // "554 Unwelcome connection rejected (2)" (jotop.com's help on refused mail)
        "unwelcome",
        "refused to talk",
        "your access",
        // Exim's text for an ACL `deny` that gives no message of its own: "550 Administrative prohibition". Such ACLs refuse
        // the connecting host or its envelope (a DNSBL, a dynamic IP, a listed domain: cyon.ch/support/a/smtp-error-550), not
        // the message's content, so a block rather than a policy verdict (Sisimai files it under rejected)
        "administrative prohibition",
        // a filter's ban of the sending host or sender, and its harvest detection: Baruwa's "The sender x.x.x.x is
        // banned", "Dictionary attack detected" (bastion.umanix.net/info); Amavis's "BANNED:" verdict on an attachment is
        // not a ban of the sender and has none of these words
        "is banned",
        "been banned",
        "banned ip",
        "ip banned",
        "banned sender",
        "dictionary attack",
        "bloque",
        "bloquee",
        "blockiert",
        "gesperrt",
        "zablokowan*",
        "bloccat*",
      ],
      not: ["not blocked", "unblock*"],
    },
    decide: { reason: "blocked" },
    example: "550 Blocked",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  },
  {
    id: "text.system-full",
    match: {
      any: [
        "insufficient system resources",
        // the server's disk in any wording ("disk full", "insufficient disk space", "out of disk space"); a user's disk
        // quota or space was the mailbox rule's
        "disk",
        "insufficient storage",
        "mail system full",
        "no space left",
        "file system full",
        "filesystem full",
        "system storage",
        "server is full",
        "queue is full",
        "system congestion",
        // the server's free space in any wording: "552 Requested action not taken: mailbox unavailable (not enough free
        // space)" (Sisimai's qmail table files it under systemfull), "insufficient free space"; `text.user-unknown` leaves
        // these to this rule ("mailbox unavailable" is not the point)
        "free space",
      ],
    },
    decide: { reason: "systemfull" },
    example: "452 4.4.5 Insufficient disk space; try again later",
    source: "sisimai:lhost-sendmail-39.eml",
  },
  {
    id: "text.expired-final",
    match: {
      any: [
        "giving up",
        "gave up",
        "not going to try again",
        "will not try again",
        "no more retries",
        "retry timeout exceeded",
        "retry time exceeded",
        // Exim's final words (transports/smtp.c: "retry time not reached for any host after a long failure period";
        // deliver.c in a "This is a permanent error" bounce: "all hosts for 'natisbad.org' have been failing for a long
        // time (and retry time not reached)", linux-kernel list, February 2025); its bare "retry time not reached for any
        // host" is a deferral. sendmail's envelope.c when the queue lifetime ends: "Cannot send message for 5 days"
        // (RFC 3464 §10.1's DSN subject), "Message will be deleted from queue".
        "long failure period",
        "and retry time not reached",
        "cannot send message for",
        "deleted from queue",
        // Exchange Online's NDR when its retries ran out: "Your message wasn't delivered. Despite repeated attempts to deliver
        // your message, a connection to the remote server couldn't be made." (and "… querying the Domain Name System (DNS)
        // for the recipient's domain location information failed.")
        "despite repeated attempts",
        "envelope expired",
        "message expired",
        "queue expired",
        "expired in queue",
        "too long in queue",
        "in the queue too long",
        "could not deliver for the last",
        "was not delivered within",
        // "delivery time expired", and X.400's "Diagnostic 5 (Maximum-Time-Expired)" (jaredmauch/mailman2-python3
        // tests/bounces/dsn_02.txt: a gateway's report of a message it gave up on)
        "time expired",
        "could not find a gateway for",
      ],
      not: ["license", "licence", "password", "certificate"],
    },
    decide: { reason: "expired", type: "hard" },
    example: "Could not deliver for the last 432000 seconds. Giving up.",
    source: "sisimai:lhost-dragonfly-29.eml",
  },
  {
    // sendmail writes "Message could not be delivered for <interval>" only when it returns a message whose queue lifetime
    // ran out, followed by "Message will be deleted from queue" (envelope.c, dropenvelope(); its delay warnings say
    // "Warning: message still undelivered after …"): a final expiry with the interval named, e.g. "Message could not be
    // delivered for 5 days" in a DSN quoted in nodemailer/mailparser#288. "… could not be delivered for the following
    // reason" is not an interval.
    id: "text.undelivered-for-interval",
    match: {
      all: ["could not be delivered for"],
      any: ["day", "days", "hour", "hours"],
      not: ["following", "reason*"],
    },
    decide: { reason: "expired", type: "hard" },
    example: "Message could not be delivered for 5 days",
    source: "https://github.com/nodemailer/mailparser/issues/288",
  },
  {
    // A queue that counts its failed attempts, the number between the words: Ipswitch IMail's "Delivery failed 20 attempts:
    // <rcpt>" (Sisimai's IMailServer module reads it as expired), Postal's "Maximum number of delivery attempts (18) has
    // been reached." (postalserver/postal#399). The retries ran out: a final expiry (a cause
    // the report quotes matched a rule above).
    id: "text.attempts-failed",
    match: {
      all: ["attempts"],
      any: ["delivery failed", "delivery has failed", "number of delivery attempts"],
    },
    decide: { reason: "expired", type: "hard" },
    example: "Delivery failed 20 attempts: userx@example.ph",
    source:
      "https://github.com/jaredmauch/mailman2-python3/blob/40eccb3a4a11bbbe302c38f6026751aae97e827d/tests/bounces/smtp32_01.txt",
  },
  {
    // A server's own idle timer closing the session is the network's, not a queue's lifetime (text.expired, next):
    // Postfix smtpd's "421 4.4.2 <host> Error: timeout exceeded" (crisp-oss/email-bounce-parser fixture
    // 421_4_4_2_timeout), Exim's "SMTP command timeout", GMX's "421 gmx.net Service closing transmission channel -
    // command timeout" (chatmail/filtermail#143), a Go server's "i/o timeout", "421 Timeout waiting for data from
    // client." (OpenACalendar/OpenACalendar-Web-Core#767), a Chinese host's "rcpt handle timeout" (emailhost.com.cn).
    // So is a sending MTA's own connection or session to the next host timing out, which it reports in its own words and
    // codes 4.4.1/4.4.2 (RFC 3463's network and routing subject, not 4.4.7's expired delivery time): Postfix's "connect to
    // <host>[ip]:25: Connection timed out" (also "Operation timed out", bsd's errno text) and "conversation with <host>[ip]
    // timed out while sending message body" (spamhero.com's help on its delivery logs), sendmail's "Deferred: Connection
    // timed out with <host>". Sisimai labels the first expired when its DSN came after the queue lifetime; the final
    // expiry's own words ("giving up", "message expired", "in the queue too long") are text.expired-final's, above.
    id: "text.session-timeout",
    match: {
      any: [
        "error timeout",
        "command timeout",
        "io timeout",
        "i o timeout",
        "timeout waiting",
        "handle timeout",
        "connection timed out",
        "operation timed out",
        "timed out while",
      ],
    },
    decide: { reason: "networkerror" },
    example: "421 4.4.2 mx.dashone.net Error: timeout exceeded",
    source:
      "https://github.com/crisp-oss/email-bounce-parser/blob/f15839f112bcc2b5eb81aa54bd15bfecc1e58722/test/fixtures/421_4_4_2_timeout.txt",
  },
  {
    id: "text.expired",
    match: {
      any: [
        "could not be delivered for",
        "not delivered within",
        "failing for a long time",
        "did not accept our requests to connect",
        "been delayed",
        "queue period",
        "did not respond",
        "multiple retries",
        "delivery attempts will continue",
        // Exim's deferral when every host is waiting out its retry time (transports/smtp.c): "retry time not reached for any host"
        "retry time not reached",
        "delivery delayed",
        "delivery is delayed",
        "timed out",
        "timeout",
        "time out",
        "expired",
        "zeituberschreitung",
        "zeitueberschreitung",
        "delai depasse",
        // Spanish: "tiempo de entrega vencido" (the same Spanish phrase list)
        "tiempo de entrega vencido",
        "delai d attente",
      ],
      // sendmail's DNS timeout "451 Name server timeout" (mediarium.hatenadiary.org/entry/20070906) is the network's
      not: [
        "license",
        "licence",
        "password",
        "certificate",
        "account",
        "name server",
        // a server's own idle timer closing the session is the network's (text.network-error), not a queue's lifetime
      ],
    },
    decide: { reason: "expired" },
    example: "Delivery to the following recipients has been delayed.",
    source: "sisimai:lhost-outlook-06.eml",
  },
  {
    id: "text.mail-loop",
    match: {
      any: [
        // the word in any wording: "routing loop", "mail loop", "forwarding loop", "loop detected", EveryCloud's "554 5.5.6
        // loop detection", SendStudio's "loop count exceeded"
        "loop",
        // Postfix's "mail for <d> loops back to myself", sendmail's usersmtp.c "553 5.3.5 <host>. config error: mail loops
        // back to me (MX problem?)"
        "loops back",
        "looping",
        "hops",
        "hop count",
        "too many received",
        // CiviCRM's bounce patterns (type Loop): "excessive recursion", "too many recursive forwards", "message was
        // forwarded more than the maximum allowed times"
        "excessive recursion",
        "recursive forward*",
        "forwarded more than",
        // SendStudio's bounce_rules.php: "your "received:" header counts"
        "received header count*",
      ],
    },
    decide: { reason: "networkerror", type: "hard" },
    example: "554 5.4.6 Too many hops",
    source: "sisimai:lhost-sendmail-20.eml",
  },
  {
    // the same refusal in a 4xx: "451 4.7.0 connection was refused, Connection closed." (moongray.com/20170322),
    // "421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is busy(RT)" (oliveit.tistory.com/39): a temporary block
    id: "text.refused-in-reply-temporary",
    match: { replyClass: 4, any: ["connection refused", "connection was refused"] },
    decide: { reason: "blocked" },
    example: "451 4.7.0 connection was refused, Connection closed.",
    source: "https://moongray.com/20170322",
  },
  {
    // "Connection refused" as the text of a server's own 5xx reply: the server answered, so nothing failed on the network;
    // it refuses this client ("550 5.7.1 Connection refused": an Australian vendor's table of delivery errors, the recipient
    // server blocking the sender). An MTA's "connect to <host>: Connection refused", with no reply, stays the network's.
    id: "text.refused-in-reply",
    match: { replyClass: 5, any: ["connection refused"] },
    decide: { reason: "blocked" },
    example: "550 5.7.1 Connection refused",
    source:
      "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-emails-not-being-delivered",
  },
  {
    id: "text.network-error",
    match: {
      any: [
        "network error",
        // DNS lookups of the destination that failed or were deferred: qmail-remote's "CNAME lookup failed temporarily.
        // (#4.4.3)" (support.comvation.com), sendmail's "host map: lookup (example.com): deferred" (support.linogate.com)
        "cname lookup",
        "mx lookup",
        "host map",
        "connection refused",
        "connection reset",
        "connection closed",
        // Exim's transport (src/transports/smtp.c): "Remote host closed connection in response to %s"
        "closed connection",
        "lost connection",
        "connection lost",
        "connection dropped",
        "no route to host",
        // the verb as a word: "unable to connect", "could not connect", "can't connect", "failed to connect", Postfix's
        // "connect to <host>[ip]:25: …", and Node's socket errors as an MTA quotes them, "connect EADDRNOTAVAIL <ip>:<port>"
        // (forwardemail/forwardemail.net#185), "connect ECONNREFUSED …", "connect ETIMEDOUT …"
        "connect",
        // 1&1's delay notice: "connection to mail exchanger failed" (jaredmauch/mailman2-python3 tests/bounces/simple_40.txt)
        "connection to",
        "socket error",
        // "DNS query failed", hMailServer's ExternalDelivery.cpp: "Unable to find the recipient's email server. The DNS
        // query has failed.", a Chinese host's "DNS query error" (emailhost.com.cn service page, bounce category)
        "dns query",
        "dns lookup failed",
        "dns error",
        // "451 4.4.0 DNS resolving error" (a Korean return-mail list), "DNS resolution failed"
        "dns resolv*",
        "had no relevant answers",
        "dns failure",
        "host name lookup failure",
        "dns records",
        "resolve route",
        "name service error",
        "name server",
        "unable to route",
        "could not route",
        "no answer from host",
        "tried all mxs",
        "not reachable",
        "unreachable",
        // Sisimai's Exim/Exchange tables: 'No valid route to destination', 'Address family mismatch on destination MXs'
        "no valid route",
        "address family mismatch",
        // Yahoo Taiwan's outbound log texts (wanglu.net/thread/t12-245059-0.html): "RETRY.17 Temporary failure of
        // hostname lookup", "RETRY.23 Read/Write error over network connection"
        "hostname lookup",
        "network connection",
      ],
    },
    decide: { reason: "networkerror" },
    example: "lost connection with mx2.qq.com[184.105.206.86] while performing the HELO handshake",
    source: "sisimai:lhost-postfix-56.eml",
  },
  {
    // A bare "try again later" under 4.7.1 (a temporary refusal of delivery, with no other reason given) is how
    // greylisting filters word their first refusal: rspamd's milter "4.7.1 Try again later" (vstakhov/rmilter#88), ASSP's
    // "451 4.7.1 Please try again later" (its Delaying filter). Any word of a system, service or connection problem leaves
    // it to the rules below.
    id: "text.greylist-try-later",
    match: {
      enhancedCode: ["4.7.1"],
      any: ["try again later"],
      not: ["system", "server", "service", "error", "busy", "unavailable", "cannot", "closing"],
    },
    decide: { reason: "greylisted" },
    example: "4.7.1 Try again later",
    source: "https://github.com/vstakhov/rmilter/issues/88",
  },
  {
    id: "text.system-error",
    match: {
      any: [
        "internal error",
        // the receiver's queue failing to take the message: "451 4.5.1 spool faile, please try again." (moongray.com/20170322)
        "spool",
        // the receiver's directory failing, in any wording: qmail-ldap's "Unable to contact LDAP server. (#4.4.3)",
        // "Illegal value in LDAP attribute (#5.3.5)", "LDAP attribute is not given but mandatory (#5.3.5)" (Sisimai's
        // qmail table: systemerror); an address not found in LDAP was `text.user-unknown`'s
        "ldap",
        // Postfix's answer when one of its own lookup tables (MySQL, LDAP, lmdb maps) fails: "451 4.3.0 <x>: Temporary lookup
        // failure" (mailcow/mailcow-dockerized#4113, grommunio/gromox-container#22: missing relay.lmdb; hardware/mailserver#30:
        // MySQL host unknown) — the receiver's system, not the network; a host name lookup failure stays text.network-error's
        "temporary lookup failure",
        // SendStudio's bounce_rules.php: "internal software error", Lotus Domino's "cannot store document"
        "internal software error",
        "cannot store document",
        "failed to be replicated",
        "can t create user output file",
        "system error",
        "server error",
        "temporary system problem",
        "temporary error",
        "temporarily rejected",
        "temporarily not available",
        "ended early",
        "busy",
        "temporary failure",
        "temporary problem",
        "local error",
        "error in processing",
        "unable to process",
        "could not process",
        "service unavailable",
        "service not available",
        "service currently unavailable",
        "temporarily unavailable",
        "try again later",
        "try later",
        "transaction failed",
        "configuration error",
        // Postfix's smtpd when a lookup table or policy service it was told to query fails: "451 4.3.5 <rcpt>: Recipient
        // address rejected: Server configuration problem" (modoboa/modoboa-installer#352, modoboa/modoboa#2516), "4.3.5
        // <DATA>: Data command rejected: Server configuration problem." (root-io/vmail#79) — the receiver's own fault
        "configuration problem",
        "misconfigured",
        "unknown error",
        "local problem",
        // Postfix's queue manager when a delivery agent fails: "status=deferred (unknown mail transport error)",
        // "mail transport unavailable" (a Postfix deferral quoted on the Ubuntu forums)
        "mail transport",
        "write error",
        "out of memory",
        "queue unavailable",
        "config error",
        "while being processed",
        // Sisimai's Exim table: "delivery to pipe forbidden", "LMTP error after …"
        "delivery to file forbidden",
        "delivery to pipe forbidden",
        "lmtp error",
        "license expired",
        "licence expired",
        "erreur interne",
        "erreur systeme",
        "service refuse",
        "essayer plus tard",
        "reessayer plus tard",
        "interner fehler",
        "systemfehler",
        "spater erneut",
        "spaeter erneut",
        "vorubergehend",
        "voruebergehend",
      ],
    },
    decide: { reason: "systemerror" },
    example: "554 Service currently unavailable",
    source: "sisimai:lhost-surfcontrol-03.eml",
  },
  {
    id: "text.syntax-error",
    match: {
      any: [
        "syntax",
        "command unrecognized",
        "command not recognized",
        "unrecognized command",
        "unrecognised command",
        "unknown command",
        "invalid command",
        "not implemented",
        "sequence of commands",
        "out of sequence",
        "send hello first",
        "mail first",
        "rcpt first",
        "need mail",
        "need rcpt",
        "unimplemented",
        "argument not permitted",
        "bdat",
        "helo first",
        "ehlo first",
        "line too long",
        "too many bad command*",
        // commands out of order or missing, in Momentum's and IceWarp's words: "RFC2821 HELO/EHLO needed", "DATA without
        // RCPT TO" (SparkPost's responses-by-message table), "HELO/EHLO requires domain address" (IceWarp's 5xx list)
        "ehlo needed",
        "helo needed",
        "ehlo requires",
        "helo requires",
        "without rcpt",
        "without mail from",
        "too many unrecognized commands",
        "too many errors",
        "stray newline",
        // SendStudio's bounce_rules.php: qmail's "a stray CR character"
        "stray cr",
        "line parse error",
        "pipelining",
        "erreur de syntaxe",
        "syntaxfehler",
      ],
    },
    decide: { reason: "syntaxerror" },
    example: "503 Improper sequence of commands",
    source: "sisimai:rfc3464-29.eml",
  },

  {
    // sendmail's access map answers a REJECT entry with "550 5.7.1 … Access denied"; the entry is most often
    // the envelope sender, its domain or its relay (Sisimai labels these rejected).
    id: "text.access-map-denied",
    match: { all: ["access denied"], enhancedCode: ["x.7.1"] },
    decide: { reason: "rejected" },
    example: "550 5.7.1 <root@nijo.example.jp>... Access denied",
    source: "sisimai:lhost-qmail-03.eml",
  },

  // ── 6. Broad: only "this recipient was refused" ─────────────────────────────────────────────────
  {
    id: "text.recipient-address-rejected",
    match: {
      any: [
        "address rejected",
        "rcpt rejected",
        // qmail-remote's wrapper: "<host> does not like recipient."
        "does not like recipient",
        "adresse refusee",
        "destinataire refuse",
        "empfangeradresse abgelehnt",
        "empfaengeradresse abgelehnt",
        "empfanger abgelehnt",
        "empfaenger abgelehnt",
      ],
      not: ["sender*", "mail from", "absender*", "expediteur", "policy", "spam", "blocked"],
    },
    decide: { reason: "userunknown" },
    example: "550 <neko-nyaan@ne.auone-net.jp>: Recipient address rejected.",
    source: "sisimai:lhost-postfix-46.eml",
  },
  // ── 7. Single-concept fallbacks: a concept word with a refusal or limit word, in whatever wording,
  // after every more specific meaning had its chance (the sender refused, TLS required, a length limit).
  {
    id: "text.sender-refused-words",
    match: {
      all: ["sender"],
      any: [
        "reject*",
        "refus*",
        "denied",
        "not allowed",
        "not permitted",
        "not authori*",
        "unauthori*",
        "not accepted",
        "invalid",
        "not valid",
        "not trusted",
        "badmailfrom",
        // Tech Journey: "550 Sender must exist"; BellSouth: "550 [permfail] bellsouth.net requires valid sender domain"
        "must exist",
        "not exist",
        "requires valid",
      ],
      not: ["ip", "host", "dmarc", "spf", "dkim", "reputation", "spam", "returning message to sender"],
    },
    decide: { reason: "rejected" },
    example: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
    source: "https://cr.yp.to/qmail/qmail-1.03/qmail-smtpd.c",
  },
  {
    // Gmail's own report when the recipient's domain has no DNS ("Address not found"; the issue's report wraps the line):
    // the domain is named between the words; an address that couldn't be found was the user rule's.
    id: "text.domain-not-found-words",
    match: { all: ["domain"], any: ["couldn t be found"], not: ["sender", "sending", "from"] },
    decide: { reason: "hostunknown" },
    example:
      "Your message wasn't delivered to contact@mail.zenao.io because the domain mail.zenao.io couldn't be found. Check for typos or unnecessary spaces and try again.",
    source: "https://github.com/samouraiworld/zenao/issues/646",
  },
  {
    // "unknown" beside the recipient in words no exact phrase knows (STRATO: "550 recipient e-mail adress unknown";
    // "… user … is unknown", "mailbox … unknown"), once the sender, the domain and every other meaning had their turn.
    id: "text.recipient-unknown-words",
    match: {
      all: ["unknown"],
      any: ["recipient", "user", "mailbox", "adress", "address", "account"],
      not: ["sender", "domain", "host", "error", "password"],
    },
    decide: { reason: "userunknown" },
    example: "550 recipient e-mail adress unknown",
    source: "https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/",
  },
  {
    // "mailbox … unavailable" with the address between the words (a Chinese host's "550 mailbox carol@gnail.com unavailable",
    // crisp-oss/email-bounce-parser): RFC 5321's "mailbox unavailable" that `text.user-unknown` knows when the words touch.
    // A mailbox that is only temporarily unavailable says so.
    id: "text.mailbox-words-unavailable",
    match: { all: ["mailbox"], any: ["unavailable"], not: ["temporar*", "sender"] },
    decide: { reason: "userunknown" },
    example: "550 mailbox carol@gnail.com unavailable (???䲻�???)",
    source:
      "https://github.com/crisp-oss/email-bounce-parser/blob/8f91ea289e21397412d3a8fe1732d8f4750e7575/test/fixtures/550_no_such_recipient_variant_7.txt",
  },
  {
    // The sending account or domain may not send at all (an ESP's own refusal): a refusal of the sender.
    id: "text.not-allowed-to-send",
    match: {
      any: [
        "not allowed to send",
        "isn t allowed to send",
        "not permitted to send",
        "not authorized to send from",
      ],
      not: ["ip", "host", "spf"],
    },
    decide: { reason: "rejected" },
    example:
      "Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
    source: "https://github.com/Monstarrrr/rebutify/issues/162",
  },
  {
    // TLS in any wording that says it failed or is required, once nothing more specific matched.
    id: "text.tls-words",
    match: {
      all: ["tls"],
      any: [
        "fail*",
        "required",
        "require",
        "must",
        "unavailable",
        "not available",
        "not supported",
        "mandatory",
      ],
      not: ["too many", "sessions from"],
    },
    decide: { reason: "failedstarttls" },
    example: "530 A SSL/TLS-connection is required for authentication.",
    source:
      "https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP/SMTPConnection.cpp (ProtocolAUTH_)",
  },
  {
    // The message's length named against a maximum (Alibaba Mail: "The length of DATA content is achieved
    // the maximum threshold"): the message is too large. Line-length limits were taken earlier (format).
    id: "text.length-limit",
    match: { all: ["length"], any: ["maximum", "threshold", "exceed*", "limit*", "too long"], not: ["line"] },
    decide: { reason: "emailtoolarge" },
    example: "557 The length of DATA content is achieved the maximum threshold",
    source:
      "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions",
  },
  {
    // The From header's domain refused in other words (Selectel: "501 from domain not trusted").
    id: "text.from-domain-words",
    match: {
      all: ["from domain"],
      any: [
        // ICGLink's answer to MAIL FROM: "451 From:domain must resolve" (icglink.net helpdesk kb 73)
        "must resolve",
        "not resolve",
        "unresolv*",
        "not trusted",
        "untrusted",
        "not allowed",
        "not permitted",
        "denied",
        "rejected",
        "invalid",
        "not exist",
      ],
    },
    decide: { reason: "rejected" },
    example: "501 from domain not trusted",
    source: "https://docs.selectel.ru/en/email-service/smtp-errors/",
  },
  {
    // The envelope sender's domain without a usable MX, in words no exact phrase knows: "450 No valid MX for your FROM
    // address" (mjl-/mox#408, a DMARC report receiver), "Ensure the mailfrom domain … has a valid MX or A record"
    // (GoDaddy, strapi/strapi#8125). A recipient domain's missing MX says recipient or names no sender.
    id: "text.sender-domain-mx",
    match: {
      all: ["mx"],
      any: [
        "from address",
        "mailfrom",
        "mail from",
        "your from",
        "sender address",
        "sender domain",
        "sender s domain",
      ],
      not: ["recipient", "rcpt"],
    },
    decide: { reason: "rejected" },
    example: "450 No valid MX for your FROM address",
    source: "https://github.com/mjl-/mox/issues/408",
  },
  {
    // "mailbox … is full" with the address (or a queue id) between the words: Hermes' "551 bounce as<the destination
    // mailbox <x@y> is full> queue as …"; the exact phrases of `text.mailbox-full` need the words together.
    id: "text.mailbox-words-full",
    match: { all: ["mailbox"], any: ["is full"] },
    decide: { reason: "mailboxfull" },
    example:
      "551 bounce as<the destination mailbox <xxxxx@yourdomain.com> is full> queue as 100.1.ZmxEL.720k.1140313037.xxxxx@yourdomain.com",
    source: "https://github.com/twisted1919/bounce-handler/blob/master/BounceHandler/rules.php",
  },
  {
    // An attachment refused in other words, once size limits and spam had their turn (EveryCloud's reason codes:
    // "554 5.5.7 email rejected due to content of attachment"): the attachment filtering that `text.virus` names.
    id: "text.attachment-refused",
    match: {
      all: ["attachment*"],
      any: ["reject*", "refus*", "block*", "denied", "not allowed", "not permitted"],
      not: ["size", "too long", "too large", "spam"],
    },
    decide: { reason: "virusdetected" },
    example: "554 5.5.7 email rejected due to content of attachment",
    source: "https://support.everycloud.com/support/solutions/articles/4000039509-workspace-reason-codes",
  },
  {
    // A bare "Access denied", every more specific one (a recipient's, a sender's, a client host's, sendmail's access
    // map) having had its chance above: the server refuses this sender or host (Sisimai labels Exim's "550 Access
    // denied…" blocked; "550 Access denied" on stolenvotes.uk's list of refusals).
    id: "text.access-denied-bare",
    match: { any: ["access denied"] },
    decide: { reason: "blocked" },
    example: "550 Access denied...7d39d5299584f4be161127e61f5f5400...",
    source: "sisimai:lhost-exim-35.eml",
  },
  {
    // A delivery report's own lead-in that says the failure is permanent but not why (the reason, when the report has
    // it, matched a rule above): Exchange's "Did not reach the following recipient(s)" and "Delivery has failed to these
    // recipients or groups", Exim's "This is a permanent error. The following address(es) failed", qmail's "This is a
    // permanent error; I've given up". A permanent failure whose cause is not given: on hold, hard.
    id: "text.permanent-failure-unexplained",
    match: {
      any: [
        "permanent error",
        "given up",
        "did not reach the following recipient",
        "delivery has failed to these recipients",
        // Exchange's and Office 365's NDR lead-ins that give no cause: "Your message wasn't delivered because the
        // recipient's email provider rejected it." (Office 365 NDRs quoted in public threads and test fixtures), Exchange 2007's "The e-mail system was
        // unable to deliver the message, but did not report a specific reason." (a 2007 forum post quoting one)
        "provider rejected it",
        "did not report a specific reason",
        // Exchange Online's lead-in for any 5.7.1 refusal (a moderator, a sender restriction, a DNSBL — pastebin.com/MFXQe2wV
        // quotes one over "Access denied … by dnsbl.spam.fail DNSBL"): "Your message wasn't delivered due to a permission
        // or security issue."
        "permission or security issue",
        // Exchange's classic NDR and hMailServer's SEND_FAILED_NOTIFICATION ("Your message did not reach some or all of the
        // intended recipients. … The following recipient(s) could not be reached:"); Postfix's failure template
        // (bounce_templates.c: "I'm sorry to have to inform you that your message could not be delivered to one or more
        // recipients.")
        "did not reach some or all",
        "sorry to have to inform you",
        // OpenSMTPD's bounce.c: "An error has occurred while attempting to deliver a message for the following list of
        // recipients:"
        "error has occurred while attempting to deliver",
        // au (KDDI) ezweb's report: "Each of the following recipients was rejected by a remote mail server."; Courier's
        // "UNDELIVERABLE MAIL Your message to the following recipients cannot be delivered:" (a Courier 0.65.2 report
        // quoted in Sisimai's Courier module)
        "rejected by a remote mail server",
        "recipients cannot be delivered",
        // CommuniGate Pro's "Failed to deliver to '<agrisa@apollo.lv>'" over its own reason or over the remote reply
        // ("SMTP module(domain …) reports: host … says: 550 …"); the Russian lead-ins of Exchange ("Не удалось выполнить
        // доставку следующим получателям или группам:", its "Delivery has failed to these recipients or groups") and of
        // Mail.ru's Exim ("К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:")
        // (ronbeltran/bounce_email tests/bounces/tt_bounce_03.txt, tt_bounce_05.txt; zoonru/PHP-Bounce-Handler
        // eml/fixture_bounce_007.eml, fixture_bounce_008.eml)
        "failed to deliver to",
        "выполнить доставку",
        "не может быть доставлено",
        // Gmail's report: "Delivery to the following recipient failed permanently: … Technical details of permanent
        // failure:" (netneutrality/savetheinternet.in#121); Cisco Secure Email's "The following message to
        // <nonexistant@host.org> was undeliverable." (RIPE-NCC/whois#1411, test mail from ces.cisco.com); iCloud's "Your
        // message cannot be delivered to the following recipients:" (netneutrality/savetheinternet.in#166); "Could not
        // deliver message to the following recipient(s):" (rgl/MailBounceDetector#10)
        "failed permanently",
        "permanent failure",
        "was undeliverable",
        "cannot be delivered to the following",
        "could not deliver message to the following",
        // … and Gmail's sentence under it: "Google tried to deliver your message, but it was rejected by the server for
        // the recipient domain sansad.nic.in by mailgw.nic.in." (netneutrality/savetheinternet.in#121)
        "rejected by the server",
        // Windows SMTP service's DSN (Hotmail 2006, an Exchange 2003 server in 2009): "This is an automatically generated
        // Delivery Status Notification. Delivery to the following recipients failed." and sendmail's "----- The following
        // addresses had permanent fatal errors -----" (cfortune/PHP-Bounce-Handler eml/10.eml, exchange1.eml,
        // sendmail-nohost.eml)
        "following recipients failed",
        "permanent fatal",
      ],
      // a report that quotes the remote reply ("Remote host said: …", "host … says: …", "Remote Server returned '…'", "SMTP
      // error from remote mail server …") leaves the reason to that reply's code when no rule knew its words
      not: ["said", "says", "returned", "smtp error"],
    },
    decide: { reason: "onhold", type: "hard" },
    example:
      "Your Message To: <kijitora@nyaan.example.net> Subject: Nyaan Date: Thu, 29 Apr 2007 23:34:45 +0000 Did not reach the following recipient: kijitora@nyaan.example.net",
    source: "sisimai:rfc3464-39.eml",
  },
  {
    // A delay notice's own words, when no cause it quotes matched a rule above: sendmail's envelope.c and savemail.c
    // ("Warning: could not send message for past 4 hours", "Warning: message still undelivered after 4 hours", "Will keep
    // trying until message is 5 days old", "The following addresses had transient non-fatal errors"), sendmail's and
    // Postfix's "YOU DO NOT NEED TO RESEND YOUR MESSAGE", Exim's deliver.c ("A message that you sent has not yet been
    // delivered to one or more of its recipients after more than 24 hours on the queue"), Exchange's ("This message
    // hasn't been delivered yet. Delivery will continue to be attempted. The server will keep trying to deliver this
    // message for the next 1 days, 19 hours and 56 minutes."). Still being retried: expired, soft.
    id: "text.delay-unexplained",
    match: {
      any: [
        "could not send message for",
        "still undelivered",
        "keep trying",
        "not yet been delivered",
        "continue to be attempted",
        "do not need to resend",
        "transient non fatal",
      ],
    },
    decide: { reason: "expired" },
    // the example is envelope.c's format string "Warning: could not send message for past %s" as sendmail prints it with
    // its default 4-hour warning (the subject of its delay notices)
    example: "Warning: could not send message for past 4 hours",
    source:
      "https://github.com/hrs-allbsd/sendmail/blob/1f0585d072a3c8f4f8b236bcb6abcdcbccc68e9e/sendmail/envelope.c",
  },
  {
    // A wait the reply names and nothing else: "422 try again in 15 seconds." (a relay after 25 messages in a row,
    // gophish/gophish#521) — a rate the sender must slow to. Greylisting that says so, a server or system fault in words
    // ("Server error, please try again in a moment") and every other cause had their turn above.
    id: "text.wait-named",
    match: { any: ["try again in"] },
    decide: { reason: "ratelimited" },
    example: "422 try again in 15 seconds.",
    source: "https://github.com/gophish/gophish/issues/521",
  },
  {
    // A header the receiver's rules do not allow: a local policy on the message, once the RFC format rules
    // (duplicate, malformed, missing headers) had their turn.
    id: "text.header-not-allowed",
    match: { all: ["header"], any: ["not allowed", "forbidden", "prohibited"] },
    decide: { reason: "policyviolation" },
    example: "550 Header value not allowed",
    source: "https://github.com/mysociety/writetothem/issues/364",
  },
];
