// build/strip-evidence.mjs ships every data module's exports from one pool module, their strings by
// column (build/strip-evidence.mjs, point 5). These tests build small data modules whose values hit the
// codecs' edge cases, and core itself, and check that what the bundle exports is exactly what the sources
// export (same values, same key order), and that the data did go through the pool.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";
import { afterAll, describe, expect, test } from "vitest";
import * as source from "../src/index.js";

const PLUGIN = fileURLToPath(new URL("../build/strip-evidence.mjs", import.meta.url));
const { stripEvidence } = (await import(PLUGIN)) as { stripEvidence: () => Plugin };

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * The exports the pool ships as plain JSON: a table whose encoded form did not decode to exactly its value
 * falls back to JSON (the build checks each one), so a broken codec would still give right answers.
 */
function shippedAsJson(code: string): string[] {
  const json = new Set(
    [...code.matchAll(/var (t\d+) = (?:\/\* @__PURE__ \*\/ )?JSON\.parse\(/g)].map((m) => m[1]),
  );
  return [...code.matchAll(/\b(t\d+) as (\w+)/g)]
    .filter((m) => json.has(m[1] as string))
    .map((m) => m[2] as string)
    .sort();
}

/** Bundles `entry` with the plugin, writes the bundle to `file` (default: next to it) and imports it. */
async function built(
  entry: string,
  file = join(entry, "..", `bundle-${Date.now()}.mjs`),
): Promise<{ module: Record<string, unknown>; metafile: Metafile; code: string }> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [stripEvidence()],
  });
  writeFileSync(file, out.outputFiles[0]?.text ?? "");
  return {
    module: (await import(pathToFileURL(file).href)) as Record<string, unknown>,
    metafile: out.metafile,
    code: out.outputFiles[0]?.text ?? "",
  };
}

/** Bytes each input (by the end of its path) has in the output. */
function bytesOf(metafile: Metafile, end: string): number | undefined {
  const inputs = Object.values(metafile.outputs)[0]?.inputs ?? {};
  const key = Object.keys(inputs).find((k) => k.endsWith(end));
  return key === undefined ? undefined : inputs[key]?.bytesInOutput;
}

// Edge cases of the codecs, as a data module of src/rules/ (the plugin's data modules) would export them.
// None of these keys is a rule's phrase list (`match.any`, a signature's `any`): those ship normalised.
const EDGE_MODULE = `
export const RECORDS = [
  { id: "alpha.one", when: { words: ["a b", "c"] }, decide: { reason: "x" } },
  { id: "alpha.two", when: { words: [] }, decide: { reason: "x", url: "https://e.org/?a=1|2" } },
  { id: "beta.one", when: { also: ["d~e", "f^g|h"] }, decide: { reason: "y", meaning: "Line one.\\nLine two." } },
  { id: "beta.two.three", decide: { reason: "x" } },
  { id: "beta.four", decide: { reason: "x", strong: false } },
  { id: "gamma", decide: { reason: "z" }, flag: true },
  { id: "code.7.500", decide: { reason: "r" } },
  { id: "code.7.501", decide: { reason: "r" } },
  { id: "code.7.502", decide: { reason: "r" } },
  { id: "code.7.504", decide: { reason: "r" } },
  { decide: { reason: "x" }, id: "delta.out-of-order" },
  { id: "delta.null", decide: { reason: null } },
  { id: "delta.unicode", decide: { reason: "x", meaning: "Éé … 日本語 \\u2028" } },
];
export const IDS = ["provider.one", "provider.two", "provider.three", "other.four", "other.five.six", "other.seven"];
export const IDS_AND_NAMES = ["one.a", "one.b", "two.c", "three", "one.d.e", "one.f"];
// A record with a value of 0 cannot be a positional row (0 is an absent value there): the table ships as JSON.
export const WITH_ZERO = [{ id: "a.b", weight: 0 }, { id: "a.c", weight: 1 }];
export const TUPLES = [
  [1, "Title one", "A description, with punctuation | and ~ signs.", null],
  [2, "Title two", "", "RFC 1"],
  [3, "Title three", "Another description.", "RFC 1"],
];
export const KEYED = {
  first: { text: "The first.", kind: "a", on: true },
  second: { text: "The second.", kind: "b", on: false },
  third: { text: "The third.", kind: "a", on: true },
};
export const KEYED_STRINGS = { one: "The one.", two: "The two.", three: "" };
export const STRINGS = ["x", "y", "x", "y", "x", "y", "z"];
export const WITH_EMPTY = ["x", "", "y"];
export const NUMBER = 42;
export const EMPTY = [];
`;

describe("the build's pool", () => {
  test("gives back every edge-case export exactly, through the pool", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bounced-pool-"));
    dirs.push(dir);
    mkdirSync(join(dir, "src", "rules"), { recursive: true });
    writeFileSync(join(dir, "src", "rules", "edge.ts"), EDGE_MODULE);
    writeFileSync(join(dir, "src", "index.ts"), 'export * from "./rules/edge.ts";\n');
    const { module, metafile, code } = await built(join(dir, "src", "index.ts"));
    const expected = (await import(pathToFileURL(join(dir, "src", "rules", "edge.ts")).href)) as Record<
      string,
      unknown
    >;
    expect(Object.keys(module).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) {
      expect([name, JSON.stringify(module[name])]).toEqual([name, JSON.stringify(value)]);
    }
    // The module itself is only re-exports of the pool, and every table went through the codecs except
    // those they cannot carry (a record with a 0, an empty list, a lone number).
    expect(bytesOf(metafile, "src/rules/edge.ts")).toBe(0);
    expect(bytesOf(metafile, "bounced:pool")).toBeGreaterThan(500);
    expect(shippedAsJson(code)).toEqual(["EMPTY", "NUMBER", "WITH_ZERO"]);
  });

  test("core's bundle exports the sources' data exactly (those the build does not transform)", async () => {
    const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), "bounced-pool-core-"));
    dirs.push(dir);
    const { module: core, metafile, code } = await built(entry, join(dir, "index.mjs"));
    // The rule tables lose their evidence and ship normalised phrases: package.test.ts checks them.
    const transformed = new Set([
      "TEXT_RULES",
      "PROVIDER_RULES",
      "PROVIDER_SIGNATURES",
      "ENHANCED_CODE_DEFAULTS",
      "REPLY_CODE_DEFAULTS",
    ]);
    const data = Object.entries(source).filter(
      ([name, v]) => typeof v !== "function" && !transformed.has(name),
    );
    expect(data.map(([name]) => name)).toEqual(
      expect.arrayContaining(["REASONS", "ACTIONS", "REASON_NAMES", "ACTION_NAMES", "BOUNCE_TYPES"]),
    );
    for (const [name, value] of data) {
      const plain = (v: unknown) => JSON.stringify(v instanceof Map ? [...v] : v);
      expect([name, plain(core[name])]).toEqual([name, plain(value)]);
    }
    // Every table module went into the pool, and every table through the codecs.
    expect(shippedAsJson(code)).toEqual([]);
    for (const end of [
      "src/rules/text.ts",
      "src/rules/signatures.ts",
      "src/rules/providers/index.ts",
      "src/rules/codes.ts",
      "src/reasons.ts",
      "src/data/generated/enhanced-status-codes.ts",
    ]) {
      expect([end, bytesOf(metafile, end)]).toEqual([end, 0]);
    }
  });
});
