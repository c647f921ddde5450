import type { ProviderSignature } from "./types.js";

// Placeholder — the provider-rules engineer replaces this file.
export const PROVIDER_SIGNATURES: readonly ProviderSignature[] = [];
