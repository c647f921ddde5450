import type { EnhancedCodeDefault, ReplyCodeDefault } from "./types.js";

/**
 * What an enhanced status code means by itself.
 *
 * Every detail code of the IANA registry (RFC 3463 and successors, X.0.0 … X.7.30) has an `x.` entry, so
 * both classes are covered; exact entries refine one class where servers use the two classes differently
 * (4.1.1 is also sent by address verification that merely timed out). A few unregistered codes that large
 * receivers send often (Microsoft's 4.7.5xx–6xx throttling and 5.7.606–649 banned-IP range, Gmail's 4.7.32)
 * are listed after the registry.
 *
 * Strength decides whether a code beats the generic text rules:
 * - `strong`: the registry title is specific and servers use it for that one thing (5.1.2, 5.2.2, 5.7.26,
 *   5.7.25, 5.4.7, 5.5.3).
 * - `weak`: the code is a catch-all or is used for many things in practice (x.0.0, x.7.1 — sent for
 *   blocklists, spam, policy and DMARC alike; x.2.1 — sent for unknown users as often as for disabled
 *   mailboxes; x.5.0, x.3.0 …), so a text rule that recognises the wording decides first. Some specific
 *   codes are weak too because real servers send them for something else: 5.1.1 with "over quota"
 *   (qmail, Orange, Comcast) or "too many recipients this hour" (GoDaddy); 5.1.10 for Microsoft's
 *   "recipient not found"; Gmail's 4.7.23 (PTR), 4.7.27 (SPF), 4.7.29 (TLS), 4.7.30 (DKIM).
 *
 * Reasons follow the registry title; where the title leaves room, the labels Sisimai, KumoMTA and
 * @postalsys/bounce-classifier give the code (reference/peer-code-mappings.csv) decided.
 */
export const ENHANCED_CODE_DEFAULTS: readonly EnhancedCodeDefault[] = [
  // X.0 — Other or undefined status
  {
    code: "x.0.0",
    reason: "onhold",
    strength: "weak",
    note: "Other undefined status (RFC 3463): only the class is known; the text or reply code must say why.",
  },

  // X.1 — Addressing status
  {
    code: "x.1.0",
    reason: "userunknown",
    strength: "weak",
    note: "Other address status (RFC 3463); Sisimai reads 5.1.0 as an unknown user. Servers also send it for sender and SPF problems, which text rules recognise first.",
  },
  {
    code: "x.1.1",
    reason: "userunknown",
    strength: "weak",
    note: "Bad destination mailbox address (RFC 3463): the local part does not exist. Weak: some servers send 5.1.1 for a full mailbox or a rate limit, so the text decides first.",
  },
  {
    code: "4.1.1",
    reason: "userunknown",
    strength: "weak",
    note: "Bad destination mailbox address, sent as a temporary failure: also used when recipient verification could not complete, so the text decides first.",
  },
  {
    code: "x.1.2",
    reason: "hostunknown",
    strength: "weak",
    note: "Bad destination system address (RFC 3463): the domain does not exist or cannot take mail. Weak: Stalwart sends 5.1.2 for a mailbox that does not exist and for a refused relay (“550 5.1.2 Mailbox does not exist.”, “550 5.1.2 Relay not allowed.”, crates/smtp/src/inbound/rcpt.rs), so the text decides first.",
  },
  {
    code: "4.1.2",
    reason: "hostunknown",
    strength: "weak",
    note: "Bad destination system address as a temporary failure: often a DNS look-up that failed for now.",
  },
  {
    code: "x.1.3",
    reason: "userunknown",
    strength: "weak",
    note: "Bad destination mailbox address syntax (RFC 3463): the recipient address is invalid (Sisimai: userunknown).",
  },
  {
    code: "x.1.4",
    reason: "filtered",
    strength: "weak",
    note: "Destination mailbox address ambiguous (RFC 3463); Sisimai: filtered.",
  },
  {
    code: "x.1.5",
    reason: "onhold",
    strength: "weak",
    note: "Destination address valid (RFC 3463) is a success detail; in a failure it says nothing about the cause.",
  },
  {
    code: "x.1.6",
    reason: "hasmoved",
    strength: "strong",
    note: "Destination mailbox has moved, no forwarding address (RFC 3463).",
  },
  {
    code: "x.1.7",
    reason: "rejected",
    strength: "strong",
    note: "Bad sender's mailbox address syntax (RFC 3463): the envelope sender was refused.",
  },
  {
    code: "x.1.8",
    reason: "rejected",
    strength: "strong",
    note: "Bad sender's system address (RFC 3463): the sender's domain does not exist or cannot take replies.",
  },
  {
    code: "x.1.9",
    reason: "systemerror",
    strength: "weak",
    note: "Message relayed to non-compliant mailer (RFC 3886); Sisimai: systemerror.",
  },
  {
    code: "x.1.10",
    reason: "notaccept",
    strength: "weak",
    note: "Recipient address has null MX (RFC 7505, RFC 7504). Weak: Microsoft sends 550 5.1.10 for recipients not found, so the text decides first.",
  },

  // X.2 — Mailbox status
  {
    code: "x.2.0",
    reason: "filtered",
    strength: "weak",
    note: "Other or undefined mailbox status (RFC 3463): the mailbox exists but refused this message (Sisimai: filtered).",
  },
  {
    code: "4.2.0",
    reason: "onhold",
    strength: "weak",
    note: "Other mailbox status, temporary: sent for greylisting, busy mailboxes and service refusals alike.",
  },
  {
    code: "x.2.1",
    reason: "suspend",
    strength: "weak",
    note: "Mailbox disabled, not accepting messages (RFC 3463). Weak: many servers send 5.2.1 with “User unknown”.",
  },
  {
    code: "4.2.1",
    reason: "ratelimited",
    strength: "weak",
    note: "Mailbox not accepting messages for now: large receivers send 4.2.1 when a recipient receives mail too fast.",
  },
  {
    code: "x.2.2",
    reason: "mailboxfull",
    strength: "weak",
    type: "soft",
    note: "Mailbox full (RFC 3463: a persistent transient failure, whatever the class). Weak: Stalwart greylists with “452 4.2.2 Greylisted, please try again in a few moments.” (crates/smtp/src/inbound/rcpt.rs), so the text decides first; a full mailbox in words is the first text rules' anyway.",
  },
  {
    code: "x.2.3",
    reason: "emailtoolarge",
    strength: "strong",
    note: "Message length exceeds administrative limit (RFC 3463).",
  },
  {
    code: "x.2.4",
    reason: "filtered",
    strength: "weak",
    note: "Mailing list expansion problem (RFC 3463); Sisimai: filtered.",
  },

  // X.3 — Mail system status
  {
    code: "x.3.0",
    reason: "systemerror",
    strength: "weak",
    note: "Other or undefined mail system status (RFC 3463).",
  },
  {
    code: "x.3.1",
    reason: "systemfull",
    strength: "weak",
    note: "Mail system full (RFC 3463). Weak: receivers also send it for their limits (Naver's '421 4.3.1 You send too many messages.', quoted on puffinknight.tistory.com/102; relays' '452 4.3.1 Too many messages for this session', '452 4.3.1 too many recipients'), so the text decides when a rule knows it.",
  },
  {
    code: "x.3.2",
    reason: "notaccept",
    strength: "weak",
    note: "System not accepting network messages (RFC 3463, RFC 7504 521).",
  },
  {
    code: "4.3.2",
    reason: "systemerror",
    strength: "weak",
    note: "System not accepting network messages for now (shutdown, load or maintenance; RFC 3463).",
  },
  {
    code: "x.3.3",
    reason: "systemerror",
    strength: "weak",
    note: "System not capable of selected features (RFC 3463).",
  },
  {
    code: "x.3.4",
    reason: "emailtoolarge",
    strength: "strong",
    note: "Message too big for system (RFC 3463).",
  },
  {
    code: "x.3.5",
    reason: "systemerror",
    strength: "weak",
    note: "System incorrectly configured (RFC 3463).",
  },
  {
    code: "x.3.6",
    reason: "onhold",
    strength: "weak",
    note: "Requested priority was changed (RFC 6710) is a success detail; in a failure it says nothing about the cause.",
  },

  // X.4 — Network and routing status
  {
    code: "x.4.0",
    reason: "networkerror",
    strength: "weak",
    note: "Other or undefined network or routing status (RFC 3463).",
  },
  {
    code: "x.4.1",
    reason: "networkerror",
    strength: "weak",
    note: "No answer from host (RFC 3463). Microsoft also sends 5.4.1 for recipients its directory rejects.",
  },
  {
    code: "4.4.1",
    reason: "expired",
    strength: "weak",
    note: "No answer from host (RFC 3463): reported when the retry period ran out without an answer (Sisimai: expired).",
  },
  {
    code: "x.4.2",
    reason: "networkerror",
    strength: "weak",
    note: "Bad connection (RFC 3463).",
  },
  {
    code: "x.4.3",
    reason: "systemerror",
    strength: "weak",
    note: "Directory server failure (RFC 3463), e.g. DNS unavailable; Sisimai: systemerror.",
  },
  {
    code: "x.4.4",
    reason: "networkerror",
    strength: "weak",
    note: "Unable to route (RFC 3463).",
  },
  {
    code: "5.4.4",
    reason: "hostunknown",
    strength: "weak",
    note: "Unable to route, permanently (RFC 3463: e.g. only an SOA for the domain); Sisimai: hostunknown.",
  },
  {
    code: "x.4.5",
    reason: "systemfull",
    strength: "weak",
    note: "Mail system congestion (RFC 3463); Sisimai: systemfull.",
  },
  {
    code: "x.4.6",
    reason: "networkerror",
    strength: "strong",
    note: "Routing loop detected (RFC 3463).",
  },
  {
    code: "x.4.7",
    reason: "expired",
    strength: "strong",
    note: "Delivery time expired (RFC 3463).",
  },

  // X.5 — Mail delivery protocol status
  {
    code: "x.5.0",
    reason: "syntaxerror",
    strength: "weak",
    note: "Other or undefined protocol status (RFC 3463); also sent for unrelated refusals, so text decides first.",
  },
  {
    code: "x.5.1",
    reason: "syntaxerror",
    strength: "weak",
    note: "Invalid command (RFC 3463).",
  },
  {
    code: "x.5.2",
    reason: "syntaxerror",
    strength: "weak",
    note: "Syntax error (RFC 3463).",
  },
  {
    code: "x.5.3",
    reason: "toomanyrecipients",
    strength: "strong",
    type: "soft",
    note: "Too many recipients (RFC 3463); RFC 5321 §4.5.3.1.10: treat as temporary and send the rest later.",
  },
  {
    code: "x.5.4",
    reason: "syntaxerror",
    strength: "weak",
    note: "Invalid command arguments (RFC 3463).",
  },
  {
    code: "x.5.5",
    reason: "syntaxerror",
    strength: "weak",
    note: "Wrong protocol version (RFC 3463).",
  },
  {
    code: "x.5.6",
    reason: "syntaxerror",
    strength: "weak",
    note: "Authentication exchange line is too long (RFC 4954).",
  },

  // X.6 — Message content or media status
  {
    code: "x.6.0",
    reason: "contenterror",
    strength: "weak",
    note: "Other or undefined media error (RFC 3463); spam filters use it too, so text decides first.",
  },
  {
    code: "x.6.1",
    reason: "contenterror",
    strength: "weak",
    note: "Media not supported (RFC 3463).",
  },
  {
    code: "x.6.2",
    reason: "contenterror",
    strength: "weak",
    note: "Conversion required and prohibited (RFC 3463).",
  },
  {
    code: "x.6.3",
    reason: "contenterror",
    strength: "weak",
    note: "Conversion required but not supported (RFC 3463).",
  },
  {
    code: "x.6.4",
    reason: "contenterror",
    strength: "weak",
    note: "Conversion with loss performed (RFC 3463).",
  },
  {
    code: "x.6.5",
    reason: "contenterror",
    strength: "weak",
    note: "Conversion failed (RFC 3463).",
  },
  {
    code: "x.6.6",
    reason: "contenterror",
    strength: "weak",
    note: "Message content not available (RFC 4468).",
  },
  {
    code: "x.6.7",
    reason: "contenterror",
    strength: "strong",
    note: "Non-ASCII addresses not permitted for that sender/recipient (RFC 6531).",
  },
  {
    code: "x.6.8",
    reason: "contenterror",
    strength: "strong",
    note: "UTF-8 string reply is required, but not permitted by the SMTP client (RFC 6531).",
  },
  {
    code: "x.6.9",
    reason: "contenterror",
    strength: "strong",
    note: "UTF-8 header message cannot be transferred to one or more recipients (RFC 6531).",
  },
  {
    code: "x.6.10",
    reason: "contenterror",
    strength: "weak",
    note: "Registered without a title: a deprecated duplicate of X.6.8 (RFC 6531 errata).",
  },

  // X.7 — Security or policy status
  {
    code: "x.7.0",
    reason: "securityerror",
    strength: "weak",
    note: "Other or undefined security status (RFC 3463); used for anything from TLS to spam, so text decides first.",
  },
  {
    code: "x.7.1",
    reason: "policyviolation",
    strength: "weak",
    note: "Delivery not authorized, message refused (RFC 3463): the catch-all for blocklists, spam, relay and policy refusals.",
  },
  {
    code: "x.7.2",
    reason: "policyviolation",
    strength: "weak",
    note: "Mailing list expansion prohibited (RFC 3463); providers reuse it for other refusals.",
  },
  {
    code: "x.7.3",
    reason: "securityerror",
    strength: "weak",
    note: "Security conversion required but not possible (RFC 3463).",
  },
  {
    code: "x.7.4",
    reason: "securityerror",
    strength: "weak",
    note: "Security features not supported (RFC 3463).",
  },
  {
    code: "x.7.5",
    reason: "securityerror",
    strength: "weak",
    note: "Cryptographic failure (RFC 3463).",
  },
  {
    code: "x.7.6",
    reason: "securityerror",
    strength: "weak",
    note: "Cryptographic algorithm not supported (RFC 3463).",
  },
  {
    code: "x.7.7",
    reason: "securityerror",
    strength: "weak",
    note: "Message integrity failure (RFC 3463).",
  },
  {
    code: "x.7.8",
    reason: "securityerror",
    strength: "strong",
    note: "Authentication credentials invalid (RFC 4954): SMTP AUTH failed.",
  },
  {
    code: "x.7.9",
    reason: "securityerror",
    strength: "weak",
    note: "Authentication mechanism is too weak (RFC 4954). Weak: Yahoo sends 554 5.7.9 for policy refusals.",
  },
  {
    code: "x.7.10",
    reason: "failedstarttls",
    strength: "weak",
    note: "Encryption needed (RFC 5248): an encrypted channel is required first.",
  },
  {
    code: "x.7.11",
    reason: "failedstarttls",
    strength: "weak",
    note: "Encryption required for requested authentication mechanism (RFC 4954).",
  },
  {
    code: "x.7.12",
    reason: "securityerror",
    strength: "weak",
    note: "A password transition is needed (RFC 4954).",
  },
  {
    code: "x.7.13",
    reason: "suspend",
    strength: "strong",
    note: "User account disabled (RFC 5248).",
  },
  {
    code: "x.7.14",
    reason: "securityerror",
    strength: "weak",
    note: "Trust relationship required (RFC 5248).",
  },
  {
    code: "x.7.15",
    reason: "securityerror",
    strength: "weak",
    note: "Priority level is too low (RFC 6710).",
  },
  {
    code: "x.7.16",
    reason: "emailtoolarge",
    strength: "strong",
    note: "Message is too big for the specified priority (RFC 6710).",
  },
  {
    code: "x.7.17",
    reason: "hasmoved",
    strength: "strong",
    note: "Mailbox owner has changed (RFC 7293, RRVS).",
  },
  {
    code: "x.7.18",
    reason: "hasmoved",
    strength: "strong",
    note: "Domain owner has changed (RFC 7293, RRVS).",
  },
  {
    code: "x.7.19",
    reason: "securityerror",
    strength: "weak",
    note: "RRVS test cannot be completed (RFC 7293).",
  },
  {
    code: "x.7.20",
    reason: "authfailure",
    strength: "strong",
    note: "No passing DKIM signature found (RFC 7372).",
  },
  {
    code: "x.7.21",
    reason: "authfailure",
    strength: "strong",
    note: "No acceptable DKIM signature found (RFC 7372).",
  },
  {
    code: "x.7.22",
    reason: "authfailure",
    strength: "strong",
    note: "No valid author-matched DKIM signature found (RFC 7372).",
  },
  {
    code: "x.7.23",
    reason: "authfailure",
    strength: "weak",
    note: "SPF validation failed (RFC 7372). Weak: Gmail sends 4.7.23 for a missing PTR record, so the text decides first.",
  },
  {
    code: "x.7.24",
    reason: "authfailure",
    strength: "strong",
    note: "SPF validation error (RFC 7372).",
  },
  {
    code: "x.7.25",
    reason: "requireptr",
    strength: "strong",
    note: "Reverse DNS validation failed (RFC 7372).",
  },
  {
    code: "x.7.26",
    reason: "authfailure",
    strength: "strong",
    note: "Multiple authentication checks failed (RFC 7372); Gmail's code for unauthenticated mail and DMARC.",
  },
  {
    code: "x.7.27",
    reason: "rejected",
    strength: "weak",
    note: "Sender address has null MX (RFC 7505). Weak: Gmail sends 4.7.27/5.7.27 for SPF failures, so the text decides first.",
  },
  {
    code: "x.7.28",
    reason: "ratelimited",
    strength: "weak",
    note: "Mail flood detected (draft-levine-mailbomb-header); Gmail's 4.7.28 rate-limits unsolicited volume.",
  },
  {
    code: "5.7.28",
    reason: "spamdetected",
    strength: "weak",
    note: "Mail flood detected, refused permanently: the message is part of a flood of similar abusive mail (Sisimai: spamdetected).",
  },
  {
    code: "x.7.29",
    reason: "authfailure",
    strength: "weak",
    note: "ARC validation failure (RFC 8617). Weak: Gmail sends 4.7.29/5.7.29 when TLS was not used, so the text decides first.",
  },
  {
    code: "x.7.30",
    reason: "failedstarttls",
    strength: "weak",
    note: "REQUIRETLS support required (RFC 8689). Weak: Gmail sends 4.7.30/5.7.30 for DKIM failures, so the text decides first.",
  },

  // Unregistered codes that large receivers send often.
  {
    code: "4.7.32",
    reason: "authfailure",
    strength: "strong",
    note: "Unregistered; Gmail: the From domain is not aligned with the SPF or DKIM domain (DMARC alignment).",
  },
  {
    code: "5.7.32",
    reason: "authfailure",
    strength: "strong",
    note: "Unregistered; Gmail: the From domain is not aligned with the SPF or DKIM domain (DMARC alignment).",
  },
  {
    code: "5.7.509",
    reason: "authfailure",
    strength: "strong",
    note: "Unregistered; Microsoft: the sending domain does not pass DMARC and its policy is reject.",
  },
  {
    code: "5.7.515",
    reason: "authfailure",
    strength: "strong",
    note: "Unregistered; Microsoft: the sending domain does not meet the required authentication level (high-volume senders).",
  },
  {
    code: "5.7.512",
    reason: "notcompliantrfc",
    strength: "strong",
    note: "Unregistered; Microsoft: the message must be RFC 5322 compliant (From header missing or malformed).",
  },
  {
    code: "5.7.64",
    reason: "norelaying",
    strength: "strong",
    note: "Unregistered; Microsoft: relay access denied (TenantAttribution).",
  },
  {
    code: "5.7.57",
    reason: "securityerror",
    strength: "strong",
    note: "Unregistered; Microsoft: client was not authenticated to send anonymous mail during MAIL FROM.",
  },
  {
    code: "5.7.501",
    reason: "blocked",
    strength: "strong",
    note: "Unregistered; Microsoft: access denied, spam abuse detected — the sending account or IP is banned.",
  },
  {
    code: "5.7.502",
    reason: "blocked",
    strength: "strong",
    note: "Unregistered; Microsoft: access denied, spam abuse detected — the sending account or IP is banned.",
  },
  {
    code: "5.7.503",
    reason: "blocked",
    strength: "strong",
    note: "Unregistered; Microsoft: access denied, spam abuse detected — the sending account or IP is banned.",
  },
  {
    code: "5.7.511",
    reason: "blocked",
    strength: "strong",
    note: "Unregistered; Microsoft: access denied, banned sender (delist at delist@messaging.microsoft.com).",
  },
  {
    code: "5.7.705",
    reason: "blocked",
    strength: "strong",
    note: "Unregistered; Microsoft: the sending tenant sent too much spam or bulk mail and its outbound mail is blocked.",
  },
  {
    code: "5.7.708",
    reason: "badreputation",
    strength: "strong",
    note: "Unregistered; Microsoft: traffic not accepted from this IP (a known low-reputation address).",
  },
  {
    code: "5.7.750",
    reason: "rejected",
    strength: "strong",
    note: "Unregistered; Microsoft: sending from a domain the tenant has not registered (unprovisioned sender domain).",
  },
  {
    code: "4.7.650",
    reason: "badreputation",
    strength: "strong",
    note: "Unregistered; Microsoft: the sending IP is rate limited because of its reputation.",
  },
  {
    code: "4.7.651",
    reason: "badreputation",
    strength: "strong",
    note: "Unregistered; Microsoft: the sending IP is rate limited because of its reputation.",
  },
  {
    code: "4.7.652",
    reason: "ratelimited",
    strength: "strong",
    note: "Unregistered; Microsoft: the sending IP exceeded the maximum number of connections.",
  },
  {
    code: "5.4.300",
    reason: "expired",
    strength: "strong",
    note: "Unregistered; Microsoft: the message expired in the queue.",
  },
  {
    code: "4.4.316",
    reason: "networkerror",
    strength: "strong",
    note: "Unregistered; Microsoft: the destination refused the connection.",
  },
  {
    code: "5.4.316",
    reason: "expired",
    strength: "strong",
    note: "Unregistered; Microsoft: the message expired after the destination kept refusing connections.",
  },
  {
    code: "4.4.312",
    reason: "networkerror",
    strength: "strong",
    note: "Unregistered; Microsoft: the DNS query for the destination failed.",
  },
  {
    code: "5.4.312",
    reason: "networkerror",
    strength: "strong",
    note: "Unregistered; Microsoft: the message expired after the DNS query for the destination kept failing.",
  },
  {
    code: "5.4.14",
    reason: "networkerror",
    strength: "strong",
    note: "Unregistered; Microsoft: hop count exceeded, a routing loop.",
  },
  {
    code: "5.2.121",
    reason: "ratelimited",
    strength: "strong",
    note: "Unregistered; Microsoft: the recipient exceeded the number of messages it may receive per hour from this sender.",
  },
  {
    code: "5.2.122",
    reason: "ratelimited",
    strength: "strong",
    note: "Unregistered; Microsoft: the recipient exceeded the number of messages it may receive per hour.",
  },
  {
    code: "5.6.11",
    reason: "contenterror",
    strength: "strong",
    note: "Unregistered; Microsoft: invalid characters in the message (bare line feeds).",
  },
  ...microsoftRange("4.7.", 500, 699, {
    reason: "ratelimited",
    strength: "weak",
    note: "Unregistered; Microsoft 4.7.500–699: access denied for now while the sending IP is evaluated; slow down and retry.",
  }),
  ...microsoftRange("5.7.", 606, 649, {
    reason: "blocked",
    strength: "strong",
    note: "Unregistered; Microsoft 5.7.606–649: access denied, banned sending IP (delist at sender.office.com).",
  }),
];

/** Microsoft documents whole ranges of unregistered codes with one meaning. */
function microsoftRange(
  prefix: string,
  from: number,
  to: number,
  meaning: Omit<EnhancedCodeDefault, "code">,
): EnhancedCodeDefault[] {
  const out: EnhancedCodeDefault[] = [];
  for (let n = from; n <= to; n++) {
    // 4.7.650–652 have their own entries above (reputation, connections).
    if (prefix === "4.7." && n >= 650 && n <= 652) continue;
    out.push({ code: `${prefix}${n}`, ...meaning });
  }
  return out;
}

/**
 * What a basic reply code means by itself, when no enhanced code, provider or text rule decided.
 * Standard codes follow RFC 5321 §4.2 and its extensions; the non-standard ones are listed with the use
 * they are seen with.
 */
export const REPLY_CODE_DEFAULTS: readonly ReplyCodeDefault[] = [
  {
    code: 421,
    reason: "systemerror",
    note: "Service not available, closing transmission channel (RFC 5321).",
  },
  {
    code: 422,
    reason: "securityerror",
    note: "Associated with X.7.12, a password transition is needed (RFC 4954).",
  },
  { code: 430, reason: "syntaxerror", note: "Associated with X.5.1, invalid command (IANA registry)." },
  { code: 432, reason: "securityerror", note: "A password transition is needed (RFC 4954)." },
  {
    code: 450,
    reason: "onhold",
    note: "Mailbox unavailable for now, e.g. busy or temporarily blocked for policy reasons (RFC 5321): the text must say why.",
  },
  {
    code: 451,
    reason: "systemerror",
    note: "Requested action aborted: local error in processing (RFC 5321).",
  },
  {
    code: 452,
    reason: "systemfull",
    note: "Insufficient system storage (RFC 5321); the text tells too-many-recipients and quota replies apart.",
  },
  { code: 453, reason: "systemerror", note: "You have no mail (RFC 2645, ODMR); associated with X.3.2." },
  {
    code: 454,
    reason: "securityerror",
    note: "Temporary authentication failure, or TLS not available for a temporary reason (RFC 4954, RFC 3207).",
  },
  { code: 455, reason: "syntaxerror", note: "Server unable to accommodate parameters (RFC 5321)." },
  { code: 458, reason: "systemerror", note: "Unable to queue messages for node (RFC 1985, ETRN)." },
  { code: 459, reason: "systemerror", note: "Node not allowed (RFC 1985, ETRN)." },
  { code: 500, reason: "syntaxerror", note: "Syntax error, command unrecognized (RFC 5321)." },
  { code: 501, reason: "syntaxerror", note: "Syntax error in parameters or arguments (RFC 5321)." },
  { code: 502, reason: "syntaxerror", note: "Command not implemented (RFC 5321)." },
  { code: 503, reason: "syntaxerror", note: "Bad sequence of commands (RFC 5321)." },
  { code: 504, reason: "syntaxerror", note: "Command parameter not implemented (RFC 5321)." },
  { code: 521, reason: "notaccept", note: "Host does not accept mail (RFC 7504)." },
  { code: 523, reason: "failedstarttls", note: "Encryption needed (RFC 5248, with X.7.10)." },
  {
    code: 524,
    reason: "failedstarttls",
    note: "Encryption required for requested authentication mechanism (RFC 5248, with X.7.11).",
  },
  { code: 525, reason: "suspend", note: "User account disabled (RFC 5248, with X.7.13)." },
  {
    code: 530,
    reason: "securityerror",
    note: "Authentication required (RFC 4954); also “must issue STARTTLS first”.",
  },
  {
    code: 533,
    reason: "policyviolation",
    note: "Associated with X.7.1, delivery not authorized (IANA registry).",
  },
  { code: 534, reason: "securityerror", note: "Authentication mechanism is too weak (RFC 4954)." },
  { code: 535, reason: "securityerror", note: "Authentication credentials invalid (RFC 4954)." },
  {
    code: 538,
    reason: "failedstarttls",
    note: "Encryption required for requested authentication mechanism (RFC 4954).",
  },
  {
    code: 540,
    reason: "suspend",
    note: "Non-standard; seen for inactive or deactivated recipient accounts (e.g. Rambler “recipient address rejected: Inactive”).",
  },
  {
    code: 550,
    reason: "onhold",
    note: "Mailbox unavailable (RFC 5321): used for unknown users, policy, spam and authentication refusals alike, so alone it says nothing certain.",
  },
  {
    code: 551,
    reason: "hasmoved",
    note: "User not local; please try <forward-path> (RFC 5321): the mailbox is not (or no longer) here.",
  },
  {
    code: 552,
    reason: "mailboxfull",
    note: "Requested mail action aborted: exceeded storage allocation (RFC 5321).",
  },
  {
    code: 553,
    reason: "userunknown",
    note: "Requested action not taken: mailbox name not allowed, e.g. mailbox syntax incorrect (RFC 5321).",
  },
  {
    code: 554,
    reason: "systemerror",
    note: "Transaction failed, or no SMTP service here (RFC 5321); the text usually says why.",
  },
  {
    code: 555,
    reason: "syntaxerror",
    note: "MAIL FROM/RCPT TO parameters not recognized or not implemented (RFC 5321).",
  },
  { code: 556, reason: "notaccept", note: "Domain does not accept mail (RFC 7504; null MX)." },
  {
    code: 561,
    reason: "onhold",
    note: "Non-standard: no RFC defines 561; the text must say why.",
  },
  {
    code: 571,
    reason: "policyviolation",
    note: "Non-standard; legacy Exchange and spam filters: “571 Delivery not authorized, message refused” (the 5.7.1 meaning).",
  },
  {
    code: 573,
    reason: "onhold",
    note: "Non-standard: no RFC defines 573; the text must say why.",
  },
  {
    code: 575,
    reason: "onhold",
    note: "Non-standard: no RFC defines 575; the text must say why.",
  },
  {
    code: 576,
    reason: "onhold",
    note: "Non-standard: no RFC defines 576; the text must say why.",
  },
];
