import type { EnhancedCodeDefault, ReplyCodeDefault } from "./types.js";

// Placeholder — the text-rules engineer replaces this file.
export const ENHANCED_CODE_DEFAULTS: readonly EnhancedCodeDefault[] = [];
export const REPLY_CODE_DEFAULTS: readonly ReplyCodeDefault[] = [];
