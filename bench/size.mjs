// Size of @bounced/core as a user's bundler ships it: esbuild bundles the built ESM entry, minified,
// for the browser; then gzip (level 9) as a web server would send it.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** How a user's bundler ships core: one ESM bundle for the browser, minified. */
const BUNDLE = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  write: false,
  logLevel: "silent",
};

async function bundle(options) {
  const result = await build({ ...BUNDLE, ...options });
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

/**
 * Where the bytes are: core built from `src/` (with its build plugin) and bundled as `measureSize` does,
 * then each module's incremental gzip cost in bundle order — gzip of the output up to the module's end
 * minus gzip up to its start — so a module pays only for what the modules before it do not already
 * say. The costs add up to the bundle's gzip size (less a few bytes of export glue). esbuild writes the
 * modules in the order its metafile lists them. `node bench/size.mjs --modules` prints the table.
 */
export async function measureModules(coreDir) {
  const { stripEvidence } = await import(new URL("packages/core/build/strip-evidence.mjs", coreDir).href);
  const result = await build({
    ...BUNDLE,
    entryPoints: [new URL("packages/core/src/index.ts", coreDir).pathname],
    metafile: true,
    plugins: [stripEvidence()],
  });
  const code = result.outputFiles[0].contents;
  const gzipTo = (end) => gzipSync(code.subarray(0, end), { level: 9 }).length;
  const modules = [];
  let at = 0;
  let before = 0;
  for (const [path, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    at += bytesInOutput;
    const upTo = gzipTo(at);
    modules.push({
      module: path.replace(/^.*packages\/core\/src\//, "").replace(/^bounced:bounced:/, "build: "),
      minBytes: bytesInOutput,
      gzipBytes: upTo - before,
    });
    before = upTo;
  }
  modules.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { minBytes: code.length, gzipBytes: gzipTo(code.length), modules };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--modules")) {
  const { minBytes, gzipBytes, modules } = await measureModules(new URL("..", import.meta.url));
  const rows = modules.map(
    (m) => `${String(m.gzipBytes).padStart(7)} ${String(m.minBytes).padStart(8)}  ${m.module}`,
  );
  process.stdout.write(
    `   gzip      min  module (incremental gzip cost in bundle order)\n${rows.join("\n")}\n${String(gzipBytes).padStart(7)} ${String(minBytes).padStart(8)}  whole bundle\n`,
  );
}
