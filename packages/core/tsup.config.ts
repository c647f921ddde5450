import { defineConfig } from "tsup";
import { stripEvidence } from "./build/strip-evidence.mjs";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // es2020 + browser platform: core must run unchanged in browsers and edge runtimes.
  target: "es2020",
  platform: "neutral",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: false,
  treeshake: true,
  // The rules' evidence (example replies, sources) stays in the source tables, out of users' bundles.
  esbuildPlugins: [stripEvidence()],
  // Whitespace and syntax only (names stay readable): a smaller file parses faster at import.
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
});
