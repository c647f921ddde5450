import type { Plugin } from "esbuild";

export declare function stripEvidence(options?: {
  /** false: each data module ships its own tables (the pre-pass); default true (one pool). */
  pool?: boolean;
  /** Receives each data module's exports as encoded, by path. */
  record?: Map<string, unknown>;
}): Plugin;
