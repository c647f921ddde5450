/**
 * @bounced/core — explain why an email bounced and what to do about it.
 *
 * The public surface, by name. Everything else in src/ is internal and may change in any release.
 */

// The pipeline.
export { explain } from "./explain.js";
export { findBounceCodes, parseReply } from "./parse.js";
export type { ReasonInfo, ReasonNature } from "./reasons.js";

// The vocabularies.
export { ACTION_NAMES, ACTIONS, BOUNCE_TYPES, REASON_NAMES, REASONS } from "./reasons.js";
export type { ClientErrorDefault } from "./rules/client-errors.js";
export type { CompiledTables, MatchInput, MatchResult } from "./rules/engine.js";
export { compileTables } from "./rules/engine.js";
// The knowledge tables, as data (read-only), and the engine that compiles them.
export {
  CLIENT_ERROR_DEFAULTS,
  ENHANCED_CODE_DEFAULTS,
  PROVIDER_RULES,
  PROVIDER_SIGNATURES,
  REPLY_CODE_DEFAULTS,
  TEXT_RULES,
} from "./rules/index.js";
export type {
  EnhancedCodeDefault,
  ProviderSignature,
  ReplyCodeDefault,
  Rule,
  RuleDecision,
  RuleMatch,
  TextMatch,
} from "./rules/types.js";
// The standards: RFC 5321 reply codes and the IANA enhanced status code registry.
export {
  ENHANCED_CLASSES,
  ENHANCED_CODES,
  ENHANCED_SUBJECTS,
  lookupEnhancedCode,
  lookupReplyCode,
  normalizeEnhancedCode,
  REPLY_CODES,
} from "./standards.js";
export type { EnhancedClassInfo, EnhancedDetailInfo, EnhancedSubjectInfo } from "./standards.js";

// The data model.
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
