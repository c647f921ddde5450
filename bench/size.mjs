// Size of @bounced/core as a user's bundler ships it: esbuild bundles the built ESM entry, minified,
// for the browser; then gzip (level 9) as a web server would send it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ENTRY = fileURLToPath(new URL("../packages/core/dist/index.js", import.meta.url));

async function bundle(options) {
  const result = await build({
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
    ...options,
  });
  const code = result.outputFiles[0].contents;
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

export async function measureSize() {
  const raw = readFileSync(ENTRY);
  // Everything core exports (what `import * as core` keeps).
  const whole = await bundle({ entryPoints: [ENTRY] });
  // What an app that calls only explain() ships after tree-shaking.
  const explainOnly = await bundle({
    stdin: {
      contents: "import { explain } from './index.js'; globalThis.explain = explain;",
      resolveDir: fileURLToPath(new URL("../packages/core/dist/", import.meta.url)),
    },
  });
  return {
    distBytes: raw.length,
    distGzipBytes: gzipSync(raw, { level: 9 }).length,
    bundle: whole,
    explainOnly,
  };
}
