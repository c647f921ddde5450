// Size of @bounced/core as a user's bundler ships it: esbuild bundles the built ESM entry, minified,
// for the browser; then gzip (level 9) as a web server would send it.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

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

/** `entry`: the built ESM entry of @bounced/core. */
export async function measureSize(entry) {
  const raw = readFileSync(entry);
  // Everything core exports (what `import * as core` keeps).
  const whole = await bundle({ entryPoints: [entry] });
  // What an app that calls only explain() ships after tree-shaking.
  const explainOnly = await bundle({
    stdin: {
      contents: "import { explain } from './index.js'; globalThis.explain = explain;",
      resolveDir: dirname(entry),
    },
  });
  return {
    distBytes: raw.length,
    distGzipBytes: gzipSync(raw, { level: 9 }).length,
    bundle: whole,
    explainOnly,
  };
}
