import type { Plugin } from "esbuild";

export declare function stripEvidence(): Plugin;
