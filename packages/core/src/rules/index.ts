import { CLIENT_ERROR_DEFAULTS, type ClientErrorDefault } from "./client-errors.js";
import { ENHANCED_CODE_DEFAULTS, REPLY_CODE_DEFAULTS } from "./codes.js";
import { type CompiledTables, compileBuiltIn } from "./engine.js";
import { PHRASES_IN_NORMAL_FORM } from "./normal-form.js";
import { PROVIDER_RULES } from "./providers/index.js";
import { PROVIDER_SIGNATURES } from "./signatures.js";
import { TEXT_RULES } from "./text.js";
import type { EnhancedCodeDefault, ProviderSignature, ReplyCodeDefault } from "./types.js";

let compiled: CompiledTables | null = null;

/**
 * The built-in tables, compiled at first use (so importing core costs nothing until it is used), as
 * trusted tables: the tests validate them.
 */
export function builtInTables(): CompiledTables {
  if (compiled === null)
    compiled = compileBuiltIn(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES, PHRASES_IN_NORMAL_FORM);
  return compiled;
}

/** Exact entries by code (`5.7.26`) and class-free ones by their `x.` form (`x.1.1`), each in one map. */
let enhancedByCode: Map<string, EnhancedCodeDefault> | null = null;
let replyDefaults: Map<number, ReplyCodeDefault> | null = null;
let clientDefaults: Map<string, ClientErrorDefault> | null = null;
let providers: Map<string, ProviderSignature> | null = null;

// Each map is built at its first use: a cold process that meets no client error or provider never
// builds those.

/** The default meaning of an enhanced code (exact entries before class-free `x.` ones). */
export function enhancedCodeDefault(code: string): EnhancedCodeDefault | null {
  if (enhancedByCode === null) {
    enhancedByCode = new Map();
    for (const d of ENHANCED_CODE_DEFAULTS) {
      const lower = d.code.toLowerCase();
      enhancedByCode.set(lower.startsWith("x.") ? lower : d.code, d);
    }
  }
  const exact = enhancedByCode.get(code);
  if (exact !== undefined) return exact;
  const cls = code[0];
  const anyClass =
    cls === "2" || cls === "4" || cls === "5" ? enhancedByCode.get(`x${code.slice(1)}`) : undefined;
  return anyClass ?? null;
}

export function replyCodeDefault(code: number): ReplyCodeDefault | null {
  replyDefaults ??= new Map(REPLY_CODE_DEFAULTS.map((d) => [d.code, d]));
  return replyDefaults.get(code) ?? null;
}

export function clientErrorDefault(code: string): ClientErrorDefault | null {
  clientDefaults ??= new Map(CLIENT_ERROR_DEFAULTS.map((d) => [d.code, d]));
  return clientDefaults.get(code.toUpperCase()) ?? null;
}

/** The signature (name, documentation page) of a provider id. */
export function providerSignature(id: string): ProviderSignature | null {
  providers ??= new Map(PROVIDER_SIGNATURES.map((s) => [s.id, s]));
  return providers.get(id) ?? null;
}

export {
  CLIENT_ERROR_DEFAULTS,
  ENHANCED_CODE_DEFAULTS,
  PROVIDER_RULES,
  PROVIDER_SIGNATURES,
  REPLY_CODE_DEFAULTS,
  TEXT_RULES,
};
