import type { Rule } from "../types.js";

/**
 * Sending services (ESPs) answering their own clients: the account, not the recipient, is the problem.
 * Their host names alone are no evidence (they appear as senders' return paths in other servers' replies),
 * so their signatures rely on their own wording and documentation links.
 */
export const ESP_RULES: readonly Rule[] = [
  {
    id: "amazonses.send-quota",
    provider: "amazonses",
    match: { any: ["Maximum sending rate exceeded", "Daily message quota exceeded"] },
    decide: {
      reason: "ratelimited",
      meaning: "The SES account exceeded its sending rate or daily quota.",
      url: "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html",
    },
    example: "454 Throttling failure: Maximum sending rate exceeded.",
    source: "https://github.com/hackclub/hackathons-backend/issues/543",
  },
  {
    id: "sendgrid.sender-identity",
    provider: "sendgrid",
    match: { any: ["verified Sender Identity"] },
    decide: {
      reason: "rejected",
      meaning: "The From address is not a verified SendGrid Sender Identity.",
    },
    example:
      "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements",
    source: "https://github.com/chatwoot/chatwoot/issues/2541",
  },
  {
    // Mailgun answers 421 (the source's smtplib tuple): sending works once the account is activated.
    id: "mailgun.not-activated",
    provider: "mailgun",
    match: { any: ["activate your Mailgun account"] },
    decide: { reason: "rejected", type: "soft", meaning: "The Mailgun account is not activated yet." },
    example:
      "Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
    source: "https://github.com/Monstarrrr/rebutify/issues/162",
  },
  {
    id: "mailgun.sandbox-recipient",
    provider: "mailgun",
    match: { any: ["Sandbox subdomains are for test purposes only"] },
    decide: {
      reason: "norelaying",
      meaning: "A sandbox domain sends only to authorised recipients.",
    },
    example:
      "554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.",
    // Mailgun's quickstart: a sandbox domain delivers only to verified authorised recipients.
    source: "https://github.com/swapmyvote/swapmyvote/issues/332",
  },
  {
    id: "sparkpost.unconfigured-sending-domain",
    provider: "sparkpost",
    match: { any: ["Unconfigured Sending Domain"] },
    decide: {
      reason: "rejected",
      meaning: "The From: domain is not set up in the SparkPost account.",
    },
    // Meaning from SparkPost's SMTP error page (support.sparkpost.com/docs/faq/error-messages-smtp).
    example: "550 5.7.1 Unconfigured Sending Domain <mapzen.com>",
    source: "https://github.com/transitland/transitland-datastore/issues/1231",
  },
];

/** Hosted filters in front of other mailboxes. */
export const FILTER_RULES: readonly Rule[] = [
  {
    // Postini had taken the message but lost its own session to the customer's server (usually a timeout) before
    // that server accepted it: a deferral to retry, not a verdict on the message.
    id: "postini.remote-data",
    provider: "postini",
    match: { any: ["Failed in remote data"] },
    decide: {
      reason: "networkerror",
      meaning: "Postini lost its session to the receiving server; retry.",
    },
    example: "451 Failed in remote data - psmtp",
    source: "https://www.hostdepot.com/index.php/knowledgebase/77/451-Failed-in-remote-data---psmtp.html",
  },
  {
    // The same listing answered with a deferral ("Mail from <ip> deferred using Trend Micro Email Reputation
    // database"): the code-less text is soft, as the word says.
    id: "trendmicro.ers-deferred",
    provider: "trendmicro",
    match: { any: ["deferred using Trend Micro"] },
    decide: {
      reason: "blocked",
      type: "soft",
      meaning: "The sending IP is on Trend Micro's Email Reputation (RBL+) list.",
    },
    example:
      "Mail from [ip address] deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?[ip address]",
    source: "https://hardwaresecrets.com/understanding-email-bounce-messages/4/",
  },
  {
    // Trend Micro's FAQ on Email Reputation Services: these notices mean the sending IP is on its RBL+/ERS list.
    id: "trendmicro.ers-listed",
    provider: "trendmicro",
    match: { any: ["mail-abuse.com", "mail-abuse.org", "Email Reputation"] },
    decide: {
      reason: "blocked",
      meaning: "The sending IP is on Trend Micro's Email Reputation (RBL+) list.",
    },
    example:
      "550 Mail from <IP adress> refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation",
    source:
      "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
  },
  {
    // Trend Micro KA-0004824: IMSS refuses a recipient whose domain is not in its Relay Domains list.
    id: "trendmicro.relay-domains",
    provider: "trendmicro",
    match: { any: ["domain of forward path is not allowed"] },
    decide: {
      reason: "norelaying",
      meaning: "IMSS does not relay to this domain (not in its Relay Domains).",
    },
    example: "550 domain of forward path is not allowed",
    source:
      "https://github.com/open-falcon/mail-provider/issues/27 (meaning: success.trendmicro.com KA-0004824)",
  },
  {
    id: "mailchannels.content",
    provider: "mailchannels",
    match: { any: ["CS Message blocked"] },
    decide: { reason: "spamdetected", meaning: "MailChannels' content scan judged the message spam." },
    example: "550 5.7.1 [CS] Message blocked",
    source: "https://github.com/jeremydumais/CPP-SMTPClient-library/issues/46",
  },
  {
    id: "hornetsecurity.reputation",
    provider: "hornetsecurity",
    match: { any: ["has a bad reputation"] },
    decide: {
      reason: "badreputation",
      meaning: "Hornetsecurity rates the sending IP poorly.",
    },
    example:
      "554 5.5.4 Your IP 162.210.70.57 address has a bad reputation. To unblock visit http://cloud-security.net/unblock?a=2906&b=carmen.altamirano@hamburgsud.com&c=srapalo@aamtg.hn&d=6&e=162.210.70.57-mx-gate24-hz3",
    source: "https://pastebin.com/YvH8wVdW",
  },
];
