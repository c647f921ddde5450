// The built package as its users get it (issue 6): Node's require() and import through the "exports" map,
// a browser bundle with no Node built-ins that runs where there is no `process` or `Buffer`, a size
// ceiling, and the build's re-encoded tables equal to the source tables.
// publint --strict and attw --pack run in `check:package`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build, type Plugin } from "esbuild";
import { beforeAll, describe, expect, test } from "vitest";
import * as source from "../src/index.js";
import { normalizeText } from "../src/rules/normalize.js";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const ESM_ENTRY = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const CJS_ENTRY = fileURLToPath(new URL("../dist/index.cjs", import.meta.url));

/**
 * The most core may weigh in a user's browser bundle: minified, gzip -9, 1 kB = 1000 B.
 * The target (issue 6) is 40 kB with every table; with ~450 provider and text rules (~2,600 phrases),
 * the complete IANA registry and the parser, core weighs ~64 kB (tables as positional rows). This ceiling stops growth while
 * the target is pursued: lower it as core shrinks, never raise it without saying why in the commit.
 * Raised once, 63,900 → 64,500 (2026-11-28, session 3): reading client libraries' error shapes (.NET's SmtpException,
 * MailKit, Java) cost ~350 B, and engineers had started to merge phrases into single words to pay for it, which trades
 * precision on unseen replies for bytes. Raised again to 65,000 the same session for a further round of rules
 * written from real replies: growth from knowledge is accepted here, unnoticed growth is not. 66,000 for the
 * rounds written from the fourth and fifth blind sets (each ~100–400 B of real provider and MTA wording); 67,000
 * for the round written from the sixth. 68,000 at the start of session 4 (the bundle was 66,922 B) for the round
 * written from the seventh, while a build-time size reduction is worked on in parallel to pay it back.
 * Lowered to 67,400 (session 4): the build ships every table's strings from one pool, by column, grouped by
 * kind (build/strip-evidence.mjs, point 5): 69,462 -> 67,057 B at 18ddc68. 66,500: reasons.ts ships from the
 * pool too and ids are written without their repeated provider prefix (67,057 -> 66,184 B at 18ddc68).
 * 66,300: class fields compile to assignments, not a helper call each (66,184 -> 66,027 B at 18ddc68).
 * 67,500 at the end of session 4 (67,134 B at b18a920): the rules and code that landed after those measurements —
 * reading whole bounce messages (parse/message.ts, ~1.8 kB), Chinese, Japanese and Korean wording (~0.7 kB, 3 bytes
 * a character), the provider-precision and text rounds written from fresh7 (~0.6 kB), explain()'s per-call speed
 * work (+0.15 kB) — against the pool's −3.6 kB. Over the session: 66,922 -> 67,134 B with all of it.
 */
const GZIP_CEILING_BYTES = 67_500;

const REPLIES = [
  "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
  "452 4.2.2 The email account that you tried to reach is over quota.",
  "550-5.7.26 This mail is unauthenticated.\r\n550 5.7.26 Please set up SPF and DKIM. - gsmtp",
  "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred",
  "5.7.1",
];

/** Run a script in a fresh Node process inside packages/core, where "@bounced/core" self-resolves. */
function node(args: string[]): unknown {
  const child = spawnSync(process.execPath, args, { cwd: PACKAGE_DIR, encoding: "utf8", timeout: 30_000 });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout);
}

const probe = (load: string) => `
  ${load}
  const out = { exports: Object.keys(core).sort(), results: ${JSON.stringify(REPLIES)}.map((r) => core.explain(r)) };
  process.stdout.write(JSON.stringify(out));`;

beforeAll(() => {
  for (const file of [ESM_ENTRY, CJS_ENTRY]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: build core first (pnpm --filter @bounced/core build)`);
  }
});

describe("Node loads the built package", () => {
  test("require() and import give the same exports and the same answers", () => {
    const cjs = node(["-e", probe('const core = require("@bounced/core");')]) as {
      exports: string[];
      results: unknown[];
    };
    const esm = node(["--input-type=module", "-e", probe('const core = await import("@bounced/core");')]) as {
      exports: string[];
      results: unknown[];
    };
    expect(cjs.exports).toContain("explain");
    expect(cjs.exports).toContain("findBounceCodes");
    expect(esm.exports).toEqual(cjs.exports);
    expect(esm.results).toEqual(cjs.results);
    expect(esm.results).toHaveLength(REPLIES.length);
  });

  test("require() resolves to the CommonJS build and import to the ES module build", () => {
    const paths = node([
      "--input-type=module",
      "-e",
      `import { createRequire } from "node:module";
       const require = createRequire(process.cwd() + "/");
       process.stdout.write(JSON.stringify({ cjs: require.resolve("@bounced/core"),
         esm: import.meta.resolve("@bounced/core") }));`,
    ]) as { cjs: string; esm: string };
    expect(paths.cjs).toBe(CJS_ENTRY);
    expect(fileURLToPath(paths.esm)).toBe(ESM_ENTRY);
  });
});

/** Records every import of a Node built-in (`fs`, `node:fs`, …) instead of letting the bundle fail. */
function nodeBuiltins(found: string[]): Plugin {
  const names = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  return {
    name: "find-node-builtins",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (names.has(args.path) || args.path.startsWith("node:")) {
          found.push(`${args.path} (from ${args.importer})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

/** A table as the build ships it: the same records, keys in the same order, without the named keys. */
function without(table: readonly object[], keys: readonly string[]): string {
  return JSON.stringify(
    table.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)))),
  );
}

/**
 * A phrase as the engine reads it (PhraseSet.add): its `normalizeText`, trimmed, `*` kept for a prefix
 * phrase. Written here from the engine's rules, not taken from the build, which must agree with it.
 */
function normalPhrase(raw: string): string {
  const trimmed = raw.trimEnd();
  const prefix = trimmed.endsWith("*");
  const norm = normalizeText(prefix ? trimmed.slice(0, -1) : raw).trim();
  return prefix ? `${norm}*` : norm;
}

/** Every phrase list of a table of rules (`match.any/all/not`) or signatures (`any`, `not`), in order. */
function phraseLists(table: readonly object[]): (readonly string[] | undefined)[] {
  return table.flatMap((r) => {
    const o = r as { match?: Record<string, readonly string[] | undefined> } & Record<string, unknown>;
    const at = (o.match ?? o) as Record<string, readonly string[] | undefined>;
    return o.match ? [at.any, at.all, at.not] : [at.any, at.not];
  });
}

/** A rule or signature table with its phrases replaced by `phrase(p)`, everything else as it is. */
function withPhrases(table: readonly object[], phrase: (p: string) => string): object[] {
  const lists = (o: Record<string, unknown>, keys: string[]) => {
    const out = { ...o };
    for (const k of keys) if (Array.isArray(o[k])) out[k] = (o[k] as string[]).map(phrase);
    return out;
  };
  return table.map((r) => {
    const o = r as Record<string, unknown>;
    return o.match
      ? { ...o, match: lists(o.match as Record<string, unknown>, ["any", "all", "not"]) }
      : lists(o, ["any", "not"]);
  });
}

describe("the build's data modules", () => {
  // build/strip-evidence.mjs strips the evidence and ships the tables as positional rows and columns that
  // are decoded at import. Built here from the current sources (dist/ may predate them).
  test("give the source tables without their evidence, record by record and key by key", async () => {
    const pluginPath = fileURLToPath(new URL("../build/strip-evidence.mjs", import.meta.url));
    const { stripEvidence } = (await import(pluginPath)) as { stripEvidence: () => Plugin };
    const out = await build({
      entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "neutral",
      write: false,
      logLevel: "silent",
      plugins: [stripEvidence()],
    });
    const dir = mkdtempSync(join(tmpdir(), "bounced-core-"));
    const file = join(dir, "index.mjs");
    writeFileSync(file, out.outputFiles[0]?.text ?? "");
    const built = (await import(pathToFileURL(file).href)) as typeof source;
    rmSync(dir, { recursive: true, force: true });
    const evidence = ["example", "source"];
    // The phrases ship in the engine's normal form (the engine interns them as they are): the same
    // phrases, as the engine reads both. Normalising a shipped phrase again changes nothing, so the
    // engine reads the shipped tables the same way whether it trusts them to be normal or not.
    const tables = [
      [built.TEXT_RULES, source.TEXT_RULES],
      [built.PROVIDER_RULES, source.PROVIDER_RULES],
      [built.PROVIDER_SIGNATURES, source.PROVIDER_SIGNATURES],
    ] as const;
    for (const [shipped, written] of tables) {
      expect(JSON.stringify(shipped)).toBe(without(withPhrases(written, normalPhrase), evidence));
      const phrases = phraseLists(shipped).flatMap((list) => list ?? []);
      expect(phrases.length).toBeGreaterThan(100);
      expect(phrases.filter((p) => normalPhrase(p) !== p)).toEqual([]);
    }
    // Many source phrases (of signatures and provider rules) are not written normalised: the
    // comparison above is not of identical tables.
    expect(
      tables
        .flatMap(([, written]) => phraseLists(written))
        .flatMap((list) => list ?? [])
        .filter((p) => normalPhrase(p) !== p).length,
    ).toBeGreaterThan(100);
    // And the built bundle, which compiles its tables as normal and trusted, explains every labelled reply
    // as the sources do (which normalise the phrases as written): the first reply read directly, the
    // others by the compiled engine.
    for (const name of ["replies", "fresh", "fresh2"]) {
      const file = new URL(`./fixtures/replies/${name}.jsonl`, import.meta.url);
      for (const line of readFileSync(file, "utf8").split("\n")) {
        if (!line.trim()) continue;
        const { reply } = JSON.parse(line) as { reply: string };
        expect(JSON.stringify(built.explain(reply))).toBe(JSON.stringify(source.explain(reply)));
      }
    }
    expect(JSON.stringify(built.ENHANCED_CODE_DEFAULTS)).toBe(
      without(source.ENHANCED_CODE_DEFAULTS, ["note"]),
    );
    expect(JSON.stringify(built.REPLY_CODE_DEFAULTS)).toBe(without(source.REPLY_CODE_DEFAULTS, ["note"]));
    expect(JSON.stringify(built.CLIENT_ERROR_DEFAULTS)).toBe(JSON.stringify(source.CLIENT_ERROR_DEFAULTS));
    expect(JSON.stringify(built.REASONS)).toBe(JSON.stringify(source.REASONS));
    const maps = (core: typeof source) =>
      JSON.stringify(
        [core.ENHANCED_CLASSES, core.ENHANCED_SUBJECTS, core.ENHANCED_CODES, core.REPLY_CODES].map((m) => [
          ...m,
        ]),
      );
    expect(maps(built)).toBe(maps(source));
  });
});

describe("browsers", () => {
  let bundle: Uint8Array; // ES module, as a user's bundler emits it (the size that counts)
  let script: Uint8Array; // the same as a classic script, to run in a bare context
  const builtins: string[] = [];

  beforeAll(async () => {
    const options: BuildOptions = {
      entryPoints: [ESM_ENTRY],
      bundle: true,
      minify: true,
      platform: "browser",
      target: "es2020",
      write: false,
      logLevel: "silent",
    };
    const esm = await build({ ...options, format: "esm", plugins: [nodeBuiltins(builtins)] });
    const iife = await build({ ...options, format: "iife", globalName: "bounced" });
    bundle = esm.outputFiles?.[0]?.contents ?? new Uint8Array();
    script = iife.outputFiles?.[0]?.contents ?? new Uint8Array();
  });

  test("the bundle imports no Node built-in", () => {
    expect(builtins).toEqual([]);
    expect(bundle.length).toBeGreaterThan(0);
  });

  test("the bundle runs with only browser globals (no process, Buffer, require) and explains", () => {
    const sandbox: Record<string, unknown> = { URL, TextEncoder, TextDecoder, console };
    runInNewContext(new TextDecoder().decode(script), sandbox, { timeout: 10_000 });
    const core = sandbox.bounced as { explain: (input: string) => { type: string; summary: string } };
    for (const reply of REPLIES) {
      const e = core.explain(reply);
      expect(["hard", "soft", "none", "unknown"]).toContain(e.type);
      expect(e.summary).not.toBe("");
    }
  });

  test(`min+gzip size stays within ${GZIP_CEILING_BYTES / 1000} kB`, () => {
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(1000); // a bundle this small would mean the build is empty or broken
    expect(gzipped).toBeLessThanOrEqual(GZIP_CEILING_BYTES);
  });
});
