/**
 * @bounced/core — explain why an email bounced and what to do about it.
 *
 * Public surface, by name:
 */
export { explain } from "./explain.js";
export { findBounceCodes, parseReply } from "./parse.js";
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
