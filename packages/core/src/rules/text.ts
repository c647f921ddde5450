import type { Rule } from "./types.js";

// Placeholder — the text-rules engineer replaces this file.
export const TEXT_RULES: readonly Rule[] = [];
