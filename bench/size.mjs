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

/**
 * Where the bytes of the data pool are (build/strip-evidence.mjs ships every table's strings from one
 * pool, by column, grouped by kind): each pooled string's incremental gzip cost in pool order, as
 * measureModules does for modules, by column (`TEXT_RULES.match.any`) and by kind. Strings only: the
 * pool's other bytes (table keys, runs, raw columns) are in the module figure.
 */
export async function measurePool(coreDir) {
  const { poolColumns } = await import(new URL("packages/core/build/strip-evidence.mjs", coreDir).href);
  const columns = await poolColumns([new URL("packages/core/src/index.ts", coreDir).pathname]);
  let text = "";
  let before = 0;
  const out = [];
  for (const c of columns) {
    text += `${JSON.stringify(c.text)},`;
    const upTo = gzipSync(text, { level: 9 }).length;
    out.push({ kind: c.kind, column: c.column, chars: c.text.length, gzipBytes: upTo - before });
    before = upTo;
  }
  const kinds = new Map();
  for (const c of out) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + c.gzipBytes);
  return { columns: out, kinds: Object.fromEntries(kinds), gzipBytes: before };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes("--modules")) {
  const { minBytes, gzipBytes, modules } = await measureModules(new URL("..", import.meta.url));
  const rows = modules.map(
    (m) => `${String(m.gzipBytes).padStart(7)} ${String(m.minBytes).padStart(8)}  ${m.module}`,
  );
  process.stdout.write(
    `   gzip      min  module (incremental gzip cost in bundle order)\n${rows.join("\n")}\n${String(gzipBytes).padStart(7)} ${String(minBytes).padStart(8)}  whole bundle\n`,
  );
  const pool = await measurePool(new URL("..", import.meta.url));
  const top = [...pool.columns].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 15);
  process.stdout.write(
    `\n   gzip    chars  pooled string (incremental gzip cost in pool order; the 15 largest)\n${top
      .map((c) => `${String(c.gzipBytes).padStart(7)} ${String(c.chars).padStart(8)}  ${c.kind}: ${c.column}`)
      .join("\n")}\n${String(pool.gzipBytes).padStart(7)}           all pooled strings (${Object.entries(
      pool.kinds,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")})\n`,
  );
}
