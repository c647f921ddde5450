/**
 * The public data model of @bounced/core. Field names here are a contract: the Nodemailer wrapper,
 * the Slack plugin, the CLI's `--json` output and users' own code all rely on them.
 */

/**
 * Whether the failure is permanent.
 * - `hard`: permanent — the same message to the same address will fail again.
 * - `soft`: temporary — a later retry may succeed.
 * - `none`: not a failure (2xx/3xx replies).
 * - `unknown`: the input carries no usable signal.
 */
export type BounceType = "hard" | "soft" | "none" | "unknown";

/**
 * Why the message bounced. Sisimai's current reason names (v5, Dec 2025) plus `greylisted` and
 * `toomanyrecipients`. See `REASONS` for each one's definition.
 */
export type Reason =
  | "userunknown"
  | "hostunknown"
  | "notaccept"
  | "hasmoved"
  | "suspend"
  | "mailboxfull"
  | "emailtoolarge"
  | "ratelimited"
  | "greylisted"
  | "toomanyrecipients"
  | "blocked"
  | "badreputation"
  | "spamdetected"
  | "virusdetected"
  | "policyviolation"
  | "authfailure"
  | "requireptr"
  | "failedstarttls"
  | "securityerror"
  | "norelaying"
  | "rejected"
  | "filtered"
  | "contenterror"
  | "notcompliantrfc"
  | "syntaxerror"
  | "systemerror"
  | "systemfull"
  | "networkerror"
  | "expired"
  | "mailererror"
  | "suppressed"
  | "onhold"
  | "undefined"
  | "delivered"
  | "vacation"
  | "feedback";

/**
 * What the sender should do next.
 * - `suppress`: stop sending to this address (it does not exist or no longer accepts mail).
 * - `retry_later`: nothing is wrong on your side; retry with back-off.
 * - `slow_down`: you are sending too fast; reduce rate / connections and retry later.
 * - `fix_authentication`: fix SPF, DKIM or DMARC alignment (or SMTP AUTH credentials).
 * - `fix_reputation`: your IP or domain is blocklisted or has poor reputation; delist, warm up, clean lists.
 * - `fix_configuration`: fix the sending setup (reverse DNS, TLS, HELO, relay/route, envelope sender, client bug).
 * - `fix_content`: change the message (size, spam-like content, attachments, format).
 * - `contact_admin`: the recipient's side refused by local policy; ask the recipient or their admin.
 * - `investigate`: no usable signal; look at the full bounce.
 * - `none`: nothing to do (not a failure).
 */
export type Action =
  | "suppress"
  | "retry_later"
  | "slow_down"
  | "fix_authentication"
  | "fix_reputation"
  | "fix_configuration"
  | "fix_content"
  | "contact_admin"
  | "investigate"
  | "none";

/** What `explain()` accepts. */
export type BounceInput = string | number | SmtpErrorLike;

/**
 * An error-like object, as thrown by Nodemailer and most SMTP clients. Every field is optional.
 */
export interface SmtpErrorLike {
  /** 3-digit SMTP reply code of the first reply line (Nodemailer: `err.responseCode`). */
  responseCode?: number | string | null;
  /** The raw server reply, possibly multi-line (Nodemailer: `err.response`). */
  response?: string | null;
  /** A client error code such as `EENVELOPE`, `ECONNECTION`, `ETIMEDOUT`, `EDNS`, `ETLS`, `EAUTH`. */
  code?: string | null;
  /** The SMTP command that failed: `CONN`, `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, `AUTH PLAIN`… */
  command?: string | null;
  /** The error message; used when there is no `response`. */
  message?: string | null;
}

/** The structural parse of a reply: codes and text out, no judgement. */
export interface ParsedReply {
  /** 3-digit reply code (first one found in reply position), or null. */
  replyCode: number | null;
  /** Normalised enhanced status code (`"5.7.26"`), or null. */
  enhancedCode: string | null;
  /** The human text of the reply with codes, line prefixes and wrappers removed, lines joined by a space. */
  text: string;
  /** Each reply line as sent (after unwrapping log/DSN prefixes). */
  lines: string[];
  /** The SMTP command the reply answered, when the input says so (`RCPT TO`, `DATA`, …). */
  command: string | null;
  /** The remote host named in the input (`mx.example.com`), when a log or DSN line names it. */
  remoteHost: string | null;
  /** Other distinct enhanced codes seen in the reply, in order (the first one is `enhancedCode`). */
  otherEnhancedCodes: string[];
  /** Structural observations: e.g. a multi-line reply whose lines carry different codes. */
  notes: string[];
}

/** A basic SMTP reply code (RFC 5321 and extensions) from the built-in table. */
export interface ReplyCodeInfo {
  code: number;
  /** `2`, `3`, `4` or `5`. */
  class: 2 | 3 | 4 | 5;
  meaning: string;
  /** Where it is defined, e.g. `RFC 5321 §4.2.3`; `null` for codes no standard defines. */
  reference: string | null;
  /** `false` for codes in common use that no RFC defines (571, 561, …). */
  standard: boolean;
}

/** An SMTP enhanced status code from the IANA registry (RFC 3463 and successors). */
export interface EnhancedCodeInfo {
  /** Normalised code, e.g. `"5.7.26"`. */
  code: string;
  class: 2 | 4 | 5;
  /** Class title, e.g. `Permanent Failure`. */
  classTitle: string;
  /** Subject number and title, e.g. `7` / `Security or Policy Status`. */
  subject: number;
  subjectTitle: string;
  /** Detail title from the registry, e.g. `Multiple authentication checks failed`; null when unregistered. */
  title: string | null;
  description: string | null;
  /** Registry reference, e.g. `RFC 7372`. */
  reference: string | null;
  /** Basic reply codes the registry associates with this code. */
  basicCodes: number[];
  /** `false` when the detail code is not in the registry (class and subject are still explained). */
  registered: boolean;
}

/** What a provider means by a reply, when it says something the registry does not. */
export interface ProviderMeaning {
  /** Stable provider id, e.g. `gmail`, `microsoft`, `yahoo`. */
  provider: string;
  /** Provider display name. */
  name: string;
  /** The provider's meaning of this reply, in plain words. */
  meaning: string;
  /** The provider's documentation for this reply, where there is one. */
  url: string | null;
}

/** One rule that contributed to the decision. */
export interface EvidenceRule {
  /** Rule id, e.g. `gmail.dmarc-policy`, `text.mailbox-full`, `enhanced.5.1.1`, `reply.550`. */
  id: string;
  /** Which layer the rule belongs to. */
  layer: "provider" | "text" | "enhanced-code" | "reply-code" | "client-error" | "signature";
  /** What the rule decided or observed, in plain words. */
  note: string;
}

/** A disagreement noticed while explaining. */
export interface EvidenceConflict {
  kind:
    | "class-mismatch"
    | "nonstandard-reply-code"
    | "unregistered-enhanced-code"
    | "provider-overrides-registry"
    | "text-overrides-code"
    | "multiple-codes";
  message: string;
}

export interface Evidence {
  /** The layer that decided `reason` (the first rule in `rules` with that layer). */
  decidedBy: EvidenceRule["layer"] | "none";
  /** Rules that fired, in the order they were applied. */
  rules: EvidenceRule[];
  conflicts: EvidenceConflict[];
}

/** The explanation of one bounce. A plain, JSON-serialisable object. */
export interface Explanation {
  /** 3-digit SMTP reply code, or null when the input has none. */
  replyCode: number | null;
  /** Normalised enhanced status code (`"5.7.26"`), or null. */
  enhancedCode: string | null;
  type: BounceType;
  /** Stop sending to this address: true only when the address itself is bad. */
  suppress: boolean;
  reason: Reason;
  action: Action;
  /** Stable id of the recognised receiving provider or MTA (`gmail`, `microsoft`, `postfix`…), or null. */
  provider: string | null;
  /** One plain sentence a person understands. */
  summary: string;
  /** What to do, in a sentence or two. */
  advice: string;
  details: {
    /** Meaning of the reply code. */
    replyCode: ReplyCodeInfo | null;
    /** Registry entry of the enhanced code. */
    enhancedCode: EnhancedCodeInfo | null;
    /** The provider's own meaning, when a provider rule matched. */
    provider: ProviderMeaning | null;
    /** The reply text without codes (truncated to 2,000 characters). */
    text: string | null;
    /** SMTP command the reply answered, when known. */
    command: string | null;
    /** Client error code (Nodemailer `err.code`), when the input was an error object. */
    errorCode: string | null;
  };
  evidence: Evidence;
}

/** A bounce code or reply found inside free text (a chat message, a log line, a pasted bounce email). */
export interface FoundBounce {
  /** The reply as found: the code(s) and, when present, the reply text on the same line. */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  replyCode: number | null;
  enhancedCode: string | null;
}
