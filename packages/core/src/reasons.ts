import type { Action, Reason } from "./types.js";

/** How a reason sets hard/soft when no rule overrides it. */
export type ReasonNature =
  /** Temporary by nature, whatever the reply class says (a 5xx "mailbox full" is still soft). */
  | "soft"
  /** Follows the reply's class (5 → hard, 4 → soft); with no code at all, hard. */
  | "class-else-hard"
  /** Follows the reply's class; with no code at all, soft. */
  | "class-else-soft"
  /** Not a failure. */
  | "none";

export interface ReasonInfo {
  /** Definition of the reason. */
  definition: string;
  /** The reason as the end of a sentence: "the recipient address does not exist". */
  phrase: string;
  nature: ReasonNature;
  /** Whether a hard bounce for this reason means the address itself is bad (stop sending to it). */
  suppressWhenHard: boolean;
  /** What the sender should do, by default. */
  action: Action;
  /** Advice, in a sentence or two. */
  advice: string;
}

/**
 * The reason vocabulary: Sisimai's current reason names (v5, Dec 2025) plus `greylisted` and
 * `toomanyrecipients`. Definitions follow the taxonomy compiled from Sisimai, KumoMTA,
 * @postalsys/bounce-classifier and SparkPost (`data/reason-taxonomy.csv`, with its provenance in `data/README.md`).
 */
export const REASONS: { readonly [R in Reason]: ReasonInfo } = {
  userunknown: {
    definition: "The recipient mailbox (local part) does not exist.",
    phrase: "the recipient address does not exist",
    nature: "class-else-hard",
    suppressWhenHard: true,
    action: "suppress",
    advice: "Remove this address from your list; mail to it will keep failing.",
  },
  hostunknown: {
    definition: "The recipient domain does not exist or cannot be resolved.",
    phrase: "the recipient domain does not exist",
    nature: "class-else-hard",
    suppressWhenHard: true,
    action: "suppress",
    advice: "Remove this address (check it for a typo in the domain first).",
  },
  notaccept: {
    definition: "The destination host or domain does not accept mail at all (null MX, 521/556).",
    phrase: "the recipient domain does not accept email",
    nature: "class-else-hard",
    suppressWhenHard: true,
    action: "suppress",
    advice: "Remove this address: its domain publishes that it receives no mail.",
  },
  hasmoved: {
    definition: "The mailbox has moved and mail is not forwarded, or its owner has changed.",
    phrase: "the recipient has moved and the address is no longer valid",
    nature: "class-else-hard",
    suppressWhenHard: true,
    action: "suppress",
    advice: "Remove this address; ask the recipient for their new one.",
  },
  suspend: {
    definition: "The mailbox exists but is disabled, suspended or inactive.",
    phrase: "the recipient mailbox is disabled or inactive",
    nature: "class-else-hard",
    suppressWhenHard: true,
    action: "suppress",
    advice: "Stop sending to this address; disabled mailboxes rarely come back.",
  },
  mailboxfull: {
    definition: "The recipient mailbox is over its quota.",
    phrase: "the recipient mailbox is full",
    nature: "soft",
    suppressWhenHard: false,
    action: "retry_later",
    advice: "Retry later; if the mailbox stays full for days, stop sending to it.",
  },
  emailtoolarge: {
    definition: "The message exceeds a size limit of the system or the mailbox.",
    phrase: "the message is too large",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_content",
    advice: "Make the message smaller: link to large files instead of attaching them.",
  },
  ratelimited: {
    definition: "Sending too fast or with too many connections; the receiver is throttling.",
    phrase: "you are sending too fast and the receiver is throttling you",
    nature: "soft",
    suppressWhenHard: false,
    action: "slow_down",
    advice: "Reduce your sending rate and connections to this provider and retry with back-off.",
  },
  greylisted: {
    definition: "A temporary greylisting deferral: the first attempt from an unknown sender is refused.",
    phrase: "the receiver greylisted the message",
    nature: "soft",
    suppressWhenHard: false,
    action: "retry_later",
    advice: "Nothing to fix: retry after a few minutes from the same IP, as any standard MTA does.",
  },
  toomanyrecipients: {
    definition: "The per-message recipient limit was reached (RFC 5321 §4.5.3.1.10: temporary).",
    phrase: "the message has too many recipients",
    nature: "soft",
    suppressWhenHard: false,
    action: "retry_later",
    advice: "Send the remaining recipients in another transaction; use fewer recipients per message.",
  },
  // blocked, syntaxerror, securityerror, notcompliantrfc and filtered follow the class, else hard: a block, a protocol
  // or format error, a refused login and a recipient's filter do not clear themselves on a retry, and the code-less
  // ones in the labelled sets (a report's quote of the refusal) are hard 28 times out of 31.
  blocked: {
    definition: "Refused because of the sending IP, host name or HELO, or a DNS blocklist listing.",
    phrase: "the sending IP or host is blocked",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_reputation",
    advice: "Check your sending IP against the blocklist named in the reply and request delisting.",
  },
  badreputation: {
    definition: "Refused because of the low reputation of the sending IP or domain.",
    phrase: "the sender's reputation is too low",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "fix_reputation",
    advice: "Slow down, send only to engaged recipients, and check the provider's postmaster tools.",
  },
  spamdetected: {
    definition: "The message content was judged to be spam.",
    phrase: "the message was judged to be spam",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_content",
    advice: "Review the content, links and sending domain reputation before sending again.",
  },
  virusdetected: {
    definition: "A virus, malware or banned attachment type was detected.",
    phrase: "the message contains a virus or a forbidden attachment",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_content",
    advice: "Remove the attachment or the infected content and send again.",
  },
  policyviolation: {
    definition: "Refused by a local policy of the recipient's side (content, header or organisation rule).",
    phrase: "the message was refused by the recipient's policy",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "contact_admin",
    advice: "Ask the recipient or their mail administrator which policy refused the message.",
  },
  authfailure: {
    definition:
      "SPF, DKIM, DMARC or ARC authentication of the sender's domain failed (an SMTP login refused is securityerror).",
    phrase: "the message failed sender authentication (SPF, DKIM or DMARC)",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_authentication",
    advice: "Fix SPF and DKIM for your sending domain and align them with the From domain for DMARC.",
  },
  requireptr: {
    definition: "The sending IP has no valid reverse DNS (PTR) or forward-confirmed reverse DNS.",
    phrase: "the sending IP has no valid reverse DNS",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "fix_configuration",
    advice: "Give the sending IP a PTR record whose name resolves back to the same IP.",
  },
  failedstarttls: {
    definition: "TLS was required but could not be negotiated (STARTTLS, MTA-STS, DANE, REQUIRETLS).",
    phrase: "the connection was not encrypted as required",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "fix_configuration",
    advice: "Enable STARTTLS with a valid certificate and a current TLS version on the sending side.",
  },
  securityerror: {
    definition:
      "A login or other security check failed: SMTP AUTH credentials or mechanism (535 5.7.8, 534 5.7.9), submission without login.",
    phrase: "a security check failed (for example SMTP authentication)",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_authentication",
    advice: "Check the SMTP credentials and authentication method your client uses.",
  },
  norelaying: {
    definition: "Relaying was denied: the server is not the destination and you are not authorised.",
    phrase: "the server refused to relay the message",
    // A relay refusal is the receiving server's configuration: retrying the same route cannot succeed, so a
    // code-less one ("MTA '…' gives error message 5.7.1 Unable to relay", an X.400 gateway's report) is hard.
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_configuration",
    advice: "Send through a server you are authorised on (SMTP AUTH), or check the recipient domain's MX.",
  },
  rejected: {
    definition:
      "The envelope sender (MAIL FROM) was refused: bad sender address or domain, or blocked sender.",
    phrase: "the sender address was refused",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_configuration",
    advice: "Use a valid envelope sender on a domain that resolves and accepts mail.",
  },
  filtered: {
    definition: "Refused by a recipient-specific filter or setting; the mailbox exists.",
    phrase: "the recipient's filter refused the message",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "contact_admin",
    advice: "The recipient (or their admin) blocks this mail; ask them to allow your sender.",
  },
  contenterror: {
    definition: "The message format, encoding or media is not acceptable (MIME, 8-bit headers, SMTPUTF8).",
    phrase: "the message format or encoding was not accepted",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_content",
    advice: "Fix the message encoding (MIME structure, 8-bit headers, SMTPUTF8 support).",
  },
  notcompliantrfc: {
    definition: "The message is not RFC 5322/5321 compliant (duplicate headers, missing Message-ID, …).",
    phrase: "the message does not follow the email standards",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_content",
    advice: "Fix the message headers (one From, a Message-ID, a Date, no duplicates).",
  },
  syntaxerror: {
    definition: "An SMTP command syntax or sequence error from the sending client.",
    phrase: "the sending client made an SMTP protocol error",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "fix_configuration",
    advice: "This is a client bug or misconfiguration: check the SMTP commands your software sends.",
  },
  systemerror: {
    definition: "An error inside the receiving system.",
    phrase: "the receiving system had an internal error",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "retry_later",
    advice: "Retry later; if it persists, contact the recipient's mail administrator.",
  },
  systemfull: {
    definition: "The receiving mail system is out of storage or congested.",
    phrase: "the receiving system is out of storage",
    nature: "soft",
    suppressWhenHard: false,
    action: "retry_later",
    advice: "Retry later.",
  },
  networkerror: {
    definition: "A DNS, network or routing failure on the way to the destination.",
    phrase: "the destination could not be reached",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "retry_later",
    advice: "Retry later; if it persists, check DNS and connectivity to the recipient's MX.",
  },
  expired: {
    definition: "Delivery time expired: the queue lifetime was exceeded or the attempt timed out.",
    phrase: "delivery timed out",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "retry_later",
    advice: "Retry later; if delivery keeps timing out, check the destination's MX hosts.",
  },
  mailererror: {
    definition: "The recipient side's local delivery program failed.",
    phrase: "the recipient's delivery program failed",
    nature: "class-else-hard",
    suppressWhenHard: false,
    action: "contact_admin",
    advice: "Tell the recipient's mail administrator; their delivery agent is failing.",
  },
  suppressed: {
    definition: "Not sent: the address is on a suppression list of the MTA or ESP.",
    phrase: "the address is on a suppression list",
    nature: "class-else-hard",
    suppressWhenHard: true,
    action: "suppress",
    advice: "Keep the address suppressed; it bounced or complained before.",
  },
  onhold: {
    definition: "Recognised as a bounce, but the reason cannot be determined from the data.",
    phrase: "the message was refused for a reason the reply does not say",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "investigate",
    advice: "Read the full reply or bounce email for the reason.",
  },
  undefined: {
    definition: "No reason detected.",
    phrase: "no reason could be recognised",
    nature: "class-else-soft",
    suppressWhenHard: false,
    action: "investigate",
    advice: "Read the full reply or bounce email for the reason.",
  },
  delivered: {
    definition: "Not a failure: the message was accepted or delivered.",
    phrase: "the message was accepted",
    nature: "none",
    suppressWhenHard: false,
    action: "none",
    advice: "Nothing to do.",
  },
  vacation: {
    definition: "An automatic reply (out of office), not a bounce.",
    phrase: "this is an automatic reply, not a bounce",
    nature: "none",
    suppressWhenHard: false,
    action: "none",
    advice: "Nothing to do.",
  },
  feedback: {
    definition: "A feedback report (ARF): the recipient complained about the message.",
    phrase: "the recipient reported the message as spam",
    nature: "none",
    suppressWhenHard: false,
    action: "suppress",
    advice: "Stop sending to this address: the recipient marked your mail as spam.",
  },
};

/** Every reason, in vocabulary order. */
export const REASON_NAMES = Object.keys(REASONS) as readonly Reason[];

/** What each action asks of the sender. */
export const ACTIONS: { readonly [A in Action]: string } = {
  suppress: "Stop sending to this address.",
  retry_later: "Retry later with back-off; nothing to fix on your side.",
  slow_down: "Reduce your sending rate and connections, then retry.",
  fix_authentication: "Fix sender authentication (SPF, DKIM, DMARC alignment, or SMTP AUTH credentials).",
  fix_reputation: "Fix the reputation of your sending IP or domain (blocklists, volume, engagement).",
  fix_configuration: "Fix your sending configuration (reverse DNS, TLS, HELO, routing, envelope sender).",
  fix_content: "Change the message (size, content, attachments, format).",
  contact_admin: "Ask the recipient or their mail administrator.",
  investigate: "Look at the full reply or bounce: it carries no recognisable signal.",
  none: "Nothing to do.",
};

/** Every action, in documentation order. */
export const ACTION_NAMES = Object.keys(ACTIONS) as readonly Action[];

/** Every bounce type. */
export const BOUNCE_TYPES = ["hard", "soft", "none", "unknown"] as const;
