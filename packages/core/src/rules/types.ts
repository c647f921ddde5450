import type { Action, Reason } from "../types.js";

/**
 * The rule language. Rules are data: the engine compiles every table once at load time.
 *
 * Text matching is literal, never a regular expression, so the rule pass is linear in the length of
 * the reply whatever the rules say. Before matching, the reply and every phrase are normalised the same
 * way: lower-cased, Latin letters folded to their base letters (`é` → `e`, `ł` → `l`, `ß` → `ss`,
 * `ä` → `a`: see `fold` in normalize.ts; other scripts are kept), and every run of characters that are
 * not letters or digits (any script) turned into one space. So the phrase `"mailbox is full"` matches
 * `Mailbox is FULL.` and `mailbox_is_full`, `"mx.google.com"` matches `mx.google.com` and
 * `mx-google com`, and `"boîte pleine"` and `"boite pleine"` are one phrase that matches both spellings
 * (the German 7-bit spelling `ae`/`oe`/`ue` is not folded: `"empfaenger"` needs a phrase of its own).
 *
 * A phrase matches at a word start and must end at a word end, unless it ends with `*`
 * (`"disabl*"` matches `disabled`, `disables`).
 */
export interface TextMatch {
  /** At least one of these phrases must occur. */
  any?: readonly string[];
  /** Every one of these phrases must occur. */
  all?: readonly string[];
  /** None of these phrases may occur. */
  not?: readonly string[];
}

/** A pattern for enhanced status codes: an exact code (`"5.7.26"`) or any class (`"x.7.26"`). */
export type EnhancedCodePattern = string;

export interface RuleMatch extends TextMatch {
  /** The reply code must be one of these (e.g. `[550, 554]`) … */
  replyCode?: readonly number[];
  /** … or of this class. */
  replyClass?: 4 | 5;
  /** The enhanced code must match one of these patterns. */
  enhancedCode?: readonly EnhancedCodePattern[];
  /** The reply answered one of these SMTP commands (`"RCPT TO"`, `"DATA"`, `"MAIL FROM"`, `"CONN"`, …). */
  command?: readonly string[];
}

/** What a rule decides. Only `reason` is required; the rest default from the reason and the codes. */
export interface RuleDecision {
  reason: Reason;
  /** Override the hard/soft default (e.g. a 4xx that says "retrying will NOT succeed" is hard). */
  type?: "hard" | "soft";
  /** Override whether the address should be suppressed. */
  suppress?: boolean;
  /** Override the reason's default action. */
  action?: Action;
  /** The provider's own meaning of this reply, in plain words (shown as `details.provider.meaning`). */
  meaning?: string;
  /** The provider's documentation for this reply. */
  url?: string;
}

export interface Rule {
  /** Stable id reported in `evidence.rules`, e.g. `gmail.dmarc-policy`, `text.mailbox-full`. */
  id: string;
  /**
   * The provider id this rule belongs to. A provider rule is only tried when that provider was recognised
   * (see `ProviderSignature`); provider rules are tried before generic rules.
   */
  provider?: string;
  /** Conditions: all given conditions must hold. A rule needs at least one text or code condition. */
  match: RuleMatch;
  decide: RuleDecision;
  /** The real server reply this rule was written for (verbatim, addresses may be anonymised). */
  example: string;
  /** Where the example comes from: a URL, `sisimai:<file>`, `reference/provider-patterns.csv`, … */
  source: string;
}

/** How to recognise a receiving provider or MTA from the reply text or the remote host name. */
export interface ProviderSignature {
  /** Stable id, e.g. `gmail`, `microsoft`, `yahoo`, `postfix`. */
  id: string;
  /** Display name, e.g. `Gmail / Google Workspace`. */
  name: string;
  /** The provider's page about its bounce replies, where there is one. */
  url?: string;
  /** `provider` for mailbox/filter providers, `mta` for MTA software, `blocklist` for DNSBLs. */
  kind: "provider" | "mta" | "blocklist";
  /** Phrases (same language as `TextMatch.any`) in the reply or the remote host name that identify it. */
  any: readonly string[];
  /** Phrases that rule it out even when `any` (or `raw`) matched. */
  not?: readonly string[];
  /**
   * Literal, case-sensitive pieces of the reply text as it came (not normalised, no wildcards) that
   * identify it by punctuation phrases cannot see: Sendmail's `>... ` after an address, qmail's `(#5.`.
   * Looked for (with `indexOf`: linear) only when no signature's phrases were found, in table order;
   * `not` phrases still rule the signature out.
   */
  raw?: readonly string[];
  example: string;
  source: string;
}

/**
 * The reason an enhanced status code means by itself, when no provider or text rule decided.
 * `strong` codes are specific enough to beat generic text rules (5.1.1 is an unknown user whatever the
 * text says); `weak` ones (5.0.0, 5.7.1, 4.7.0 …) only apply when no text rule matched.
 */
export interface EnhancedCodeDefault {
  /** `"x.1.1"` for any class, or an exact code such as `"5.7.26"` (exact entries win over `x.` ones). */
  code: string;
  reason: Reason;
  strength: "strong" | "weak";
  type?: "hard" | "soft";
  /** Why this code means this reason (registry title, RFC, or observed use). */
  note: string;
}

/** The reason a basic reply code means by itself, when nothing more specific decided. */
export interface ReplyCodeDefault {
  code: number;
  reason: Reason;
  type?: "hard" | "soft";
  note: string;
}

/**
 * The tables as the published bundle ships them: the evidence fields (`example`, `source`, and the code
 * defaults' `note`) live in the source tables and are checked by the tests, but are stripped from the
 * bundle to keep it small. Read them in the repository's `packages/core/src/rules/`. The rules' and
 * signatures' phrases ship in the engine's normal form (`"Mailbox is FULL."` as `"mailbox is full"`),
 * which matches the same replies: passing these tables to `compileTables` gives the same answers.
 */
export type ShippedRule = Omit<Rule, "example" | "source">;
export type ShippedProviderSignature = Omit<ProviderSignature, "example" | "source">;
export type ShippedEnhancedCodeDefault = Omit<EnhancedCodeDefault, "note">;
export type ShippedReplyCodeDefault = Omit<ReplyCodeDefault, "note">;
