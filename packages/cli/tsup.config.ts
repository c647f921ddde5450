import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    target: "node20",
    platform: "node",
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: ["!bin.js"], // the bin config below builds in parallel; leave its output alone
  },
  {
    // The executable is ESM only (package.json says "type": "module"); no one require()s a bin.
    entry: ["src/bin.ts"],
    format: ["esm"],
    target: "node20",
    platform: "node",
  },
]);
