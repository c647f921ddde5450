import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm", "cjs"],
  target: "node20",
  platform: "node",
  dts: { entry: "src/index.ts", compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
});
