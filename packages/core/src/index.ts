/**
 * @bounced/core — explain why an email bounced and what to do about it.
 *
 * The public surface, by name. Everything else in src/ is internal and may change in any release.
 * - the pipeline: `explain`, `parseReply`, `findBounceCodes`;
 * - the standards: `lookupReplyCode`, `lookupEnhancedCode`, `normalizeEnhancedCode`, `REPLY_CODES`,
 *   `ENHANCED_CODES`, `ENHANCED_CLASSES`, `ENHANCED_SUBJECTS`;
 * - the vocabularies: `REASONS`, `REASON_NAMES`, `ACTIONS`, `ACTION_NAMES`, `BOUNCE_TYPES`;
 * - the knowledge tables (without their evidence fields, see `ShippedRule`): `PROVIDER_SIGNATURES`,
 *   `PROVIDER_RULES`, `TEXT_RULES`, `ENHANCED_CODE_DEFAULTS`, `REPLY_CODE_DEFAULTS`, `CLIENT_ERROR_DEFAULTS`
 *   (their phrases ship in the engine's normal form — lower case, accents folded, punctuation as spaces:
 *   `"mailbox is full"` for the source's `"Mailbox is FULL."` — and match exactly what the source phrases match);
 * - the rule engine, for your own tables: `compileTables`;
 * - the data model types (`Explanation` and what it holds) and the rule language types.
 */

import {
  ENHANCED_CODE_DEFAULTS as ENHANCED_CODE_DEFAULTS_,
  PROVIDER_RULES as PROVIDER_RULES_,
  PROVIDER_SIGNATURES as PROVIDER_SIGNATURES_,
  REPLY_CODE_DEFAULTS as REPLY_CODE_DEFAULTS_,
  TEXT_RULES as TEXT_RULES_,
} from "./rules/index.js";
import type {
  ShippedEnhancedCodeDefault,
  ShippedProviderSignature,
  ShippedReplyCodeDefault,
  ShippedRule,
} from "./rules/types.js";

export { explain } from "./explain.js";
export { findBounceCodes, parseReply } from "./parse.js";
export type { ReasonInfo, ReasonNature } from "./reasons.js";
export { ACTION_NAMES, ACTIONS, BOUNCE_TYPES, REASON_NAMES, REASONS } from "./reasons.js";
export type { ClientErrorDefault } from "./rules/client-errors.js";
export type { CompiledTables, CompileOptions, MatchInput, MatchResult } from "./rules/engine.js";
export { compileTables } from "./rules/engine.js";
export { CLIENT_ERROR_DEFAULTS } from "./rules/index.js";
export type {
  EnhancedCodeDefault,
  ProviderSignature,
  ReplyCodeDefault,
  Rule,
  RuleDecision,
  RuleMatch,
  ShippedEnhancedCodeDefault,
  ShippedProviderSignature,
  ShippedReplyCodeDefault,
  ShippedRule,
  TextMatch,
} from "./rules/types.js";
export type { EnhancedClassInfo, EnhancedDetailInfo, EnhancedSubjectInfo } from "./standards.js";
export {
  ENHANCED_CLASSES,
  ENHANCED_CODES,
  ENHANCED_SUBJECTS,
  lookupEnhancedCode,
  lookupReplyCode,
  normalizeEnhancedCode,
  REPLY_CODES,
} from "./standards.js";
export type {
  Action,
  BounceInput,
  BounceType,
  EnhancedCodeInfo,
  Evidence,
  EvidenceConflict,
  EvidenceRule,
  Explanation,
  FoundBounce,
  ParsedReply,
  ProviderMeaning,
  Reason,
  ReplyCodeInfo,
  SmtpErrorLike,
} from "./types.js";

/** How to recognise each receiving provider or MTA. */
export const PROVIDER_SIGNATURES: readonly ShippedProviderSignature[] = PROVIDER_SIGNATURES_;
/** Provider-specific rules, tried first for the recognised provider, in table order. */
export const PROVIDER_RULES: readonly ShippedRule[] = PROVIDER_RULES_;
/** Generic text rules (English, French, German wording), first match in table order. */
export const TEXT_RULES: readonly ShippedRule[] = TEXT_RULES_;
/** What each enhanced status code means by itself, `strong` or `weak`. */
export const ENHANCED_CODE_DEFAULTS: readonly ShippedEnhancedCodeDefault[] = ENHANCED_CODE_DEFAULTS_;
/** What each basic reply code means by itself. */
export const REPLY_CODE_DEFAULTS: readonly ShippedReplyCodeDefault[] = REPLY_CODE_DEFAULTS_;
