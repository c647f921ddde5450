import type { Rule } from "../types.js";

const SENDER_GUIDELINES = "https://support.google.com/mail/answer/81126";
const SOURCE_PAGE = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";

/**
 * Gmail and Google Workspace. Gmail reuses registered enhanced codes with its own meanings (4.7.27 SPF,
 * 4.7.29 TLS, 4.7.30 DKIM, 4.7.32 alignment, 4.7.40 DMARC record) and sends most blocks as 5.7.1 / 4.7.0,
 * so the wording decides. Ordered from the most specific wording to the most general.
 */
export const GMAIL_RULES: readonly Rule[] = [
  // ── Recipient ────────────────────────────────────────────────────────────────────────────────────
  {
    id: "gmail.no-such-user",
    provider: "gmail",
    match: { any: ["email account that you tried to reach does not exist", "p=NoSuchUser"] },
    decide: {
      reason: "userunknown",
      meaning: "The Gmail address does not exist.",
      url: "https://support.google.com/mail/?p=NoSuchUser",
    },
    example:
      "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser e22-n7GpZmsf093195.222 - gsmtp",
    source: "sisimai:rhost-google-02.eml",
  },
  {
    id: "gmail.account-disabled",
    provider: "gmail",
    match: {
      any: [
        "email account that you tried to reach is inactive",
        "account that you tried to reach is disabled",
        "p=DisabledUser",
      ],
    },
    decide: {
      reason: "suspend",
      meaning: "The Google account exists but is disabled or inactive.",
      url: "https://support.google.com/mail/?p=DisabledUser",
    },
    example: "550 5.2.1 The email account that you tried to reach is disabled. g0000000000ggg.00",
    source: "sisimai:rhost-google-01.eml",
  },
  {
    id: "gmail.inbox-full-inactive",
    provider: "gmail",
    match: { any: ["out of storage space and inactive"] },
    decide: {
      reason: "mailboxfull",
      meaning: "The inbox is full and Google marks the account inactive.",
      url: "https://support.google.com/mail/?p=OverQuotaPerm",
    },
    example:
      "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please 552-5.2.2 direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm c2-202229zmZBNM3agi23.222 - gsmtp",
    source: "sisimai:rhost-google-05.eml",
  },
  {
    id: "gmail.inbox-full",
    provider: "gmail",
    match: {
      any: [
        "inbox is out of storage space",
        "p=OverQuotaTemp",
        "p=OverQuotaPerm",
        "is over quota",
        "email quota exceeded",
      ],
    },
    decide: {
      reason: "mailboxfull",
      meaning: "The recipient's inbox is out of storage space.",
    },
    example:
      "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to Manage files in your Google Drive storage.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.receiving-too-fast",
    provider: "gmail",
    match: {
      any: [
        "is receiving mail too quickly",
        "is receiving email too quickly",
        "receiving mail at a rate that prevents additional messages",
        "receiving email at a rate that prevents additional messages",
        "p=ReceivingRate",
        "p=ReceivingRatePerm",
      ],
    },
    decide: {
      reason: "ratelimited",
      meaning: "This mailbox is receiving mail faster than Gmail allows.",
    },
    example:
      "550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550-5.2.1 prevents additional messages from being delivered. For more 550-5.2.1 information, please visit 550 5.2.1 https://support.google.com/mail/?p=ReceivingRatePerm p131si8414989oif.118 - gsmtp",
    source: "sisimai:lhost-postfix-59.eml",
  },
  {
    id: "gmail.domain-not-found",
    provider: "gmail",
    match: { any: ["weren't able to find the recipient domain"] },
    decide: {
      reason: "hostunknown",
      meaning: "The recipient's domain does not exist.",
    },
    example:
      "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.",
    source: SOURCE_PAGE,
  },
  {
    // The German form of its notice for a domain that does not resolve ("Your message wasn't delivered to <a> because
    // the domain <d> couldn't be found"): "… zugestellt, da die Domain <d> nicht gefunden werden konnte".
    id: "gmail.domain-not-found-de",
    provider: "gmail",
    match: { all: ["da die Domain", "nicht gefunden werden konnte"] },
    decide: { reason: "hostunknown", meaning: "The recipient's domain does not exist." },
    example:
      "Ihre Nachricht wurde nicht an Jolg42@users.noreply.github.com zugestellt, da die Domain users.noreply.github.com nicht gefunden werden konnte. Prüfen Sie die Empfängeradresse auf Tippfehler und überflüssige Leerzeichen und versuchen Sie es noch einmal.",
    source: "https://github.com/Jolg42/awesome-typography/issues/12",
  },
  {
    // Google Groups' limits page: a group, and all groups of a Workspace account, may send to only so many external
    // recipients a day; the notice says the group (or the domain) "has exceeded its quota for … external recipients".
    id: "gmail.groups-external-recipients",
    provider: "gmail",
    match: { any: ["number of external recipients"] },
    decide: {
      reason: "ratelimited",
      meaning: "A Google Groups daily limit on external recipients was reached.",
      url: "https://support.google.com/a/answer/6099642",
    },
    example:
      "The group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.",
    source: "https://github.com/codeforamerica/brigade/issues/242",
  },
  {
    id: "gmail.null-mx",
    provider: "gmail",
    match: { any: ["doesn't receive email according to the administrator", "returned Null MX"] },
    decide: {
      reason: "notaccept",
      meaning: "The recipient's domain publishes a null MX (RFC 7505).",
      url: "https://www.rfc-editor.org/info/rfc7505",
    },
    example:
      "DNS Error: 24275403 DNS type 'mx' lookup of libsisimai.org responded with code NOERROR The domain libsisimai.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505",
    source: "sisimai:lhost-gsuite-10.eml",
  },
  {
    id: "gmail.remote-not-connecting",
    provider: "gmail",
    match: { any: ["recipient server did not accept our requests to connect"] },
    decide: {
      reason: "expired",
      type: "hard",
      meaning: "Gmail could not connect to the recipient's server.",
      url: "https://support.google.com/mail/answer/7720",
    },
    example:
      "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720  [nora.nyaan.jp 192.0.2.222: timed out]",
    source: "sisimai:lhost-gsuite-06.eml",
  },
  {
    id: "gmail.invalid-recipient-address",
    provider: "gmail",
    match: {
      any: ["is not a valid RFC 5321 address"],
      // 5.1.7 is the same wording about the sender's address.
      enhancedCode: ["x.1.2", "x.1.3"],
    },
    decide: {
      reason: "userunknown",
      meaning: "The recipient address is not a valid address.",
    },
    example: "smtp;553 5.1.2 The recipient address <.@gmail.com> is not a valid RFC-5321 address. - gsmtp",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json",
  },

  // ── Authentication (Gmail's own use of X.7.23–X.7.40) ─────────────────────────────────────────────
  {
    id: "gmail.dmarc-policy",
    provider: "gmail",
    match: { any: ["domain's DMARC policy", "DMARC initiative", "answer/2451690"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed DMARC and the From: domain's policy is reject.",
      url: "https://support.google.com/mail/answer/2451690",
    },
    example:
      "550-5.7.26 Unauthenticated email from libsisimai.org is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 libsisimai.org domain if this was a legitimate mail. Please visit 550-5.7.26 https://support.google.com/mail/answer/2451690 to learn about the 550 5.7.26 DMARC initiative. z2si1584129pfn.61 - gsmtp",
    source: "sisimai:lhost-postfix-70.eml",
  },
  {
    id: "gmail.unauthenticated",
    provider: "gmail",
    match: {
      any: [
        "sender is unauthenticated",
        "requires all senders to authenticate with either SPF or DKIM",
        "rate limited because it is unauthenticated",
        "does not have authentication information or fails to pass",
        "fails to pass authentication checks",
      ],
    },
    decide: {
      reason: "authfailure",
      meaning: "Neither SPF nor DKIM passed; Gmail requires at least one.",
      url: "https://support.google.com/mail/answer/81126#authentication",
    },
    example:
      "550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [relay3.example.com] with ip: [192.0.2.22] = did not pass",
    source: "sisimai:rhost-google-04.eml",
  },
  {
    id: "gmail.spf-hard-fail",
    provider: "gmail",
    match: { any: ["SPF record with a hard fail", "fails to pass SPF checks"] },
    decide: {
      reason: "authfailure",
      meaning: "The IP is not in the envelope domain's SPF record (-all).",
      url: SENDER_GUIDELINES,
    },
    example:
      "550-5.7.26 The MAIL FROM domain [mail4.example.com] has an SPF record with a 550-5.7.26 hard fail policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26 [192.0.2.24]. To best protect our users from spam and phishing, 550-5.7.26 the message has been blocked.",
    source: "sisimai:rhost-google-03.eml",
  },
  {
    id: "gmail.spf-suspicious",
    provider: "gmail",
    match: { any: ["SPF record of the sending domain has one or more suspicious entries"] },
    decide: {
      reason: "authfailure",
      meaning: "The sending domain's SPF record has suspicious entries.",
      url: SENDER_GUIDELINES,
    },
    example:
      "451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.spf-required",
    provider: "gmail",
    match: {
      any: [
        "SPF authentication didn't pass",
        "didn't pass SPF authentication",
        "authenticate their email with SPF",
        "senders to authenticate with SPF",
      ],
    },
    decide: {
      reason: "authfailure",
      meaning: "SPF did not pass (Gmail's use of X.7.27).",
      url: SENDER_GUIDELINES,
    },
    example:
      "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF domain-name with IP address: ip-address = Did not pass.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.dkim-required",
    provider: "gmail",
    match: {
      any: [
        "DKIM authentication didn't pass",
        "didn't pass DKIM authentication",
        "authenticate their email with DKIM",
        "senders to authenticate with DKIM",
      ],
    },
    decide: {
      reason: "authfailure",
      meaning: "DKIM did not pass (Gmail's use of X.7.30).",
      url: SENDER_GUIDELINES,
    },
    example:
      "421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication results: DKIM = Did not pass.",
    source: SOURCE_PAGE,
  },
  {
    // Google documents this one 421 reply as a block ("Your email was blocked"): its 5.7.32 says permanent.
    id: "gmail.dmarc-alignment-blocked",
    provider: "gmail",
    match: { any: ["aligned with either the authenticated SPF or DKIM"], enhancedCode: ["5.7.32"] },
    decide: {
      reason: "authfailure",
      type: "hard",
      meaning: "SPF or DKIM passed, but not aligned with the From: domain (X.7.32).",
      url: SENDER_GUIDELINES,
    },
    example:
      "421 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.dmarc-alignment",
    provider: "gmail",
    match: { any: ["aligned with either the authenticated SPF or DKIM"] },
    decide: {
      reason: "authfailure",
      meaning: "SPF or DKIM passed, but not aligned with the From: domain (X.7.32).",
      url: SENDER_GUIDELINES,
    },
    example:
      "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.dmarc-record-missing",
    provider: "gmail",
    match: {
      any: [
        "doesn't have a DMARC record",
        "DMARC record doesn't specify a DMARC policy",
        "add a DMARC record",
      ],
    },
    decide: {
      reason: "authfailure",
      meaning: "The domain has no DMARC policy; bulk senders need one.",
      url: "https://support.google.com/a/answer/2466580",
    },
    example:
      "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.tls-required",
    provider: "gmail",
    match: {
      any: [
        "use TLS/SSL for SMTP connections",
        "you're not using a TLS connection",
        "wasn't sent over a TLS connection",
        "TLS required for RCPT domain",
      ],
    },
    decide: {
      reason: "failedstarttls",
      meaning: "The message was not sent over TLS (Gmail's use of X.7.29).",
      url: SENDER_GUIDELINES,
    },
    example:
      "421 4.7.29 Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.ptr-record",
    provider: "gmail",
    match: {
      any: [
        "does not have a PTR record",
        "doesn't have a PTR record",
        "PTR record's forward DNS entry",
        "does not meet IPv6 sending guidelines regarding PTR records",
      ],
    },
    decide: {
      reason: "requireptr",
      meaning: "The sending IP has no PTR record, or it does not resolve back.",
      url: SENDER_GUIDELINES,
    },
    example:
      "421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
    source: SOURCE_PAGE,
  },

  // ── Reputation, rate and spam ────────────────────────────────────────────────────────────────────
  {
    id: "gmail.unsolicited-blocked",
    provider: "gmail",
    match: {
      any: ["unusual amount of unsolicited", "unusual rate of unsolicited", "unusual rate of email"],
      all: ["blocked"],
      not: ["rate limited"],
    },
    decide: {
      reason: "badreputation",
      meaning: "Gmail blocks this IP after too much unwanted mail.",
      url: "https://support.google.com/mail/?p=UnsolicitedRateLimitError",
    },
    example:
      "421 4.7.28 Gmail has detected an unusual amount of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been temporarily blocked. To review our bulk email senders guidelines, go to Email sender guidelines.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.unsolicited-rate",
    provider: "gmail",
    match: { any: ["unusual rate of unsolicited"] },
    decide: {
      reason: "badreputation",
      meaning: "Gmail throttles unsolicited mail from your IP or domains.",
      url: "https://support.google.com/mail/?p=UnsolicitedRateLimitError",
    },
    example:
      "421 4.7.28 [x.xx.xx.xx] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. - gsmtp",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  },
  {
    id: "gmail.unusual-rate",
    provider: "gmail",
    match: { any: ["unusual rate of mail", "unusual rate of email"] },
    decide: {
      reason: "ratelimited",
      meaning: "Gmail is throttling an unusual volume of mail from you.",
    },
    example:
      "421 4.7.28 Gmail has detected an unusual rate of email originating from your IP address ip-address. To protect our users from spam, email sent from your IP address has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.duplicate-message-id",
    provider: "gmail",
    match: { any: ["messages that have the same Message-ID", "sending messages with the same message-id"] },
    decide: {
      reason: "policyviolation",
      action: "fix_content",
      meaning: "Too many messages with the same Message-ID.",
    },
    example:
      "421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.low-reputation",
    provider: "gmail",
    match: { any: ["very low reputation of the sending"] },
    decide: {
      reason: "badreputation",
      meaning: "Gmail rates the IP's or domain's reputation low.",
      url: "https://support.google.com/mail/answer/188131",
    },
    example:
      "550-5.7.1 [192.0.2.22      18] Our system has detected that this message is 550-5.7.1 likely suspicious due to the very low reputation of the sending IP 550-5.7.1 address. To best protect our users from spam, the message has been 550-5.7.1 blocked. Please visit 550 5.7.1  https://support.google.com/mail/answer/188131 for more information. p22nn000202cat.22 - gsmtp",
    source: "sisimai:lhost-postfix-58.eml",
  },
  {
    id: "gmail.suspicious-content",
    provider: "gmail",
    match: {
      any: ["likely unsolicited mail", "likely unsolicited email", "nature of the content"],
    },
    decide: {
      reason: "spamdetected",
      meaning: "Gmail's filters judged this message to be spam.",
      url: "https://support.google.com/mail/answer/188131",
    },
    example:
      "smtp;421 4.7.0 [x.xx.xx.xx] Our system has detected that this message is suspicious due to the nature of the content and/or the links within. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  },
  {
    id: "gmail.group-spam",
    provider: "gmail",
    match: { any: ["rejected due to spam classification"] },
    decide: {
      reason: "spamdetected",
      type: "hard",
      meaning: "A Google Group refused the post as spam.",
      url: "https://groups.google.com/support/",
    },
    example:
      "Your email to group kijitora@example.com was rejected due to spam classification. To address this issue: * Contact the owner of the group, who can choose to enable message moderation instead of bouncing these emails. * Set up SPF records for your sending domain if you have not done so already.",
    source: "sisimai:lhost-gsuite-12.eml",
  },
  {
    id: "gmail.group-post-refused",
    provider: "gmail",
    match: { any: ["group you tried to contact", "groups.google.com/support"] },
    decide: {
      reason: "rejected",
      type: "hard",
      meaning: "No such Google group, or you may not post to it.",
      url: "https://groups.google.com/support/",
    },
    example:
      "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
    source: "sisimai:lhost-googlegroups-02.eml",
  },
  {
    id: "gmail.send-mail-as",
    provider: "gmail",
    match: { any: ["'Send mail as' feature", "p=CustomFromDenied"] },
    decide: {
      reason: "rejected",
      type: "hard",
      meaning: "A Gmail 'Send mail as' address has wrong settings.",
      url: "https://support.google.com/mail/?p=CustomFromDenied",
    },
    example:
      "** Message not delivered ** You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending. Learn more here: https://support.google.com/mail/?p=CustomFromDenied The response was:",
    source: "sisimai:lhost-googlegroups-15.eml",
  },
  {
    id: "gmail.dangerous-content",
    provider: "gmail",
    match: { any: ["its content presents a potential", "illegal attachment"] },
    decide: {
      reason: "policyviolation",
      action: "fix_content",
      meaning: "Gmail blocks content it considers a security risk.",
      url: "https://support.google.com/mail/answer/6590",
    },
    example:
      "552 5.7.0 This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to File types blocked in Gmail.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.not-rfc5322",
    provider: "gmail",
    match: {
      any: [
        "not RFC 5322 compliant",
        "missing a valid Message-ID",
        "missing a valid address in the From: header",
        "multiple addresses in the From: header",
        "multiple addresses in From: header",
        "unicode character in a disallowed header",
        "Encoded-word syntax is not permitted",
        "message is malformed",
      ],
    },
    decide: {
      reason: "notcompliantrfc",
      meaning: "The headers break RFC 5322 (From:, Message-ID:, duplicates).",
      url: SENDER_GUIDELINES,
    },
    example:
      "550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.message-too-large",
    provider: "gmail",
    match: {
      any: [
        "exceeded Google's message size limits",
        "exceeds Google's limit of",
        "exceeded Google's message header size limits",
        "exceeds Google's message header size limits",
        "exceeds Google's header name limit",
      ],
    },
    decide: {
      reason: "emailtoolarge",
      meaning: "The message or a header exceeds Gmail's size limits.",
      url: "https://support.google.com/a/answer/1366776",
    },
    example:
      "552 5.3.4 Your message exceeded Google's message size limits. To view our message size guidelines, go to Send attachments with your Gmail message.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.recipient-policy",
    provider: "gmail",
    match: { any: ["has a policy that prohibits", "has a policy that prohibited", "gcdp"] },
    decide: {
      reason: "policyviolation",
      meaning: "A Google Workspace admin rule refuses this message.",
    },
    example:
      "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent. Contact your domain administrator for assistance.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.ip-not-allowlisted",
    provider: "gmail",
    match: { any: ["IP not in whitelist for RCPT domain"] },
    decide: {
      reason: "blocked",
      action: "contact_admin",
      meaning: "The recipient takes mail only from allowlisted IPs.",
    },
    example:
      "421 4.7.0 IP not in whitelist for RCPT domain, closing connection. For more information, go to Allowlists, denylists, and approved senders.",
    source: SOURCE_PAGE,
  },

  // ── Sending through Gmail / Workspace (SMTP relay and submission) ───────────────────────────────
  {
    id: "gmail.sending-limit",
    provider: "gmail",
    match: {
      any: [
        "Peak SMTP relay limit exceeded",
        "Daily SMTP relay limit exceeded",
        "Daily SMTP relay sending limit exceeded",
        "Daily user sending limit exceeded",
        "daily sending quota exceeded",
      ],
    },
    decide: {
      reason: "ratelimited",
      meaning: "Your Google account or relay hit its daily sending limit.",
      url: "https://support.google.com/a/answer/166852",
    },
    example:
      "450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.relay-denied",
    provider: "gmail",
    match: {
      any: [
        "Invalid credentials for relay",
        "Mail relay denied",
        "Email relay denied",
        "not authorized to send email directly to our servers",
      ],
    },
    decide: {
      reason: "norelaying",
      meaning: "Google's SMTP relay does not know this sender.",
    },
    example:
      "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.login-failed",
    provider: "gmail",
    match: {
      any: [
        "Username and Password not accepted",
        "Application-specific password required",
        "log in through your web browser",
        "log in with your web browser",
        "p=BadCredentials",
        "p=InvalidSecondFactor",
      ],
    },
    decide: {
      reason: "securityerror",
      // Retrying the same credentials cannot succeed (the codeless form lost its 535).
      type: "hard",
      meaning: "Google refused the SMTP login.",
      url: "https://support.google.com/mail/?p=BadCredentials",
    },
    example:
      "535-5.7.8 Username and Password not accepted. Learn more at 535 5.7.8 https://support.google.com/mail/?p=BadCredentials k18-20020a05600c055200b003974a00697esm27282101wmc.38 - gsmtp",
    source: "https://pastebin.com/wEfmkD5S",
  },
  {
    id: "gmail.too-many-recipients",
    provider: "gmail",
    match: {
      any: [
        "Your message has too many recipients",
        "Domain policy size per transaction exceeded",
        "Too many recipients for this sender",
      ],
    },
    decide: {
      reason: "toomanyrecipients",
      meaning: "Too many recipients in one transaction.",
    },
    example:
      "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction. For more information, go to Message bounced due to a policy rule.",
    source: SOURCE_PAGE,
  },
  {
    id: "gmail.temporary-problem",
    provider: "gmail",
    match: {
      any: [
        "Temporary System Problem",
        "Email server has temporarily rejected this message",
        "Mail server temporarily rejected message",
        "Server busy, try again later",
      ],
    },
    decide: {
      reason: "systemerror",
      meaning: "A temporary problem on Google's side; retry later.",
      url: "https://support.google.com/a/answer/3221692",
    },
    example: "smtp;451 4.3.0 Mail server temporarily rejected message. - gsmtp",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json",
  },
  {
    id: "gmail.mail-loop",
    provider: "gmail",
    match: { any: ["Message exceeded 50 hops"] },
    decide: {
      reason: "networkerror",
      meaning: "Too many hops: a forwarding loop.",
    },
    example: "554 5.4.6 Message exceeded 50 hops, this may indicate an email loop.",
    source: SOURCE_PAGE,
  },
  {
    // Google's list files "555 5.5.2 Syntax error, cannot decode response" under RFC 5321 syntax: the client sent
    // a command (an AUTH exchange's base64 answer) Gmail could not decode, not a failed login.
    id: "gmail.cannot-decode-response",
    provider: "gmail",
    match: { any: ["Syntax error, cannot decode response"] },
    decide: {
      reason: "syntaxerror",
      meaning: "Gmail could not decode the client's command; fix the client.",
      url: "https://support.google.com/a/answer/3221692",
    },
    example:
      "555 5.5.2 Syntax error, cannot decode response. For more information, go to 5.5.2 https://support.google.com/a/answer/3221692 and review RFC 5321 5.5.2 specifications. 4fb4d7f45d1cf-64068f74a56sm1990428a12.15 - gsmtp",
    source: "https://github.com/go-gitea/gitea/issues/35794",
  },
];
