import { defineConfig } from "tsup";
import { stripEvidence } from "./build/strip-evidence.mjs";

/**
 * Properties used only inside src/rules/engine.ts (and `packs`, a field of the tokenizer's Tokens that only the engine
 * reads): none is a field of the public types or of the tables.
 */
const ENGINE_PROPERTIES =
  /^(stamp|generation|edges|firstWords|edgeMask|wordChars|nodeEnds|hits|wordAt|waiting|rootPrefixes|nodePrefixes|hitCount|nodeFlags|child|byPhrase|prefixHits|insertEdge|found|edgeCount|childFor|always|slowSlot|slotOf|growEdges|addToTrie|anySet|notSet|replyCodes|exactCodes|anyClassCodes|anyOnly|textLayer|providerLayers|providerLayer|recognise|shared|firstMatch|holds|anyHit|packs)$/;

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
  // Minified — whitespace, syntax and local names — because a smaller file parses faster at import: local
  // names too cut dist/index.js 238 -> 211 kB and a cold start's instructions by 3.3 % (import + first explain(),
  // bench/instructions.mjs --cold, session 4). Exported names and the .d.ts are untouched; explain() does not
  // throw, so stack traces through these names are rare.
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
    options.minifyIdentifiers = true;
    // The rule engine's internal properties (class fields and methods, compiled conditions) get short
    // names: a user's minifier keeps property names, and these repeat throughout the engine. Only names
    // that are nowhere part of the public API or of the data.
    options.mangleProps = ENGINE_PROPERTIES;
    // Class fields as assignments in the constructor (\`this.x = v\`) rather than defined through a helper
    // (\`__publicField(this, "x", v)\`) when lowered for es2020: the same own, enumerable, writable
    // properties for these classes (every field has an initializer; no class extends another or has
    // accessors), in fewer bytes and without a helper call per field. The other compiler options esbuild
    // reads are the base config's (tsconfig.base.json).
    delete options.tsconfig;
    options.tsconfigRaw = {
      compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true, strict: true },
    };
  },
});
