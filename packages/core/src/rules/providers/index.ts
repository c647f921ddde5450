import type { Rule } from "../types.js";

// Placeholder — the provider-rules engineer replaces this file.
export const PROVIDER_RULES: readonly Rule[] = [];
