// An esbuild plugin for the published bundle, applied to the data modules (the rule tables in src/rules/,
// the generated standards tables in src/data/generated/ and the reasons' vocabulary in src/reasons.ts):
//
// 1. It removes the `example` and `source` properties from the rule tables (and the `note` of the code
//    defaults). They are the evidence each rule was written for — kept in the source tables, checked by
//    the tests (every rule must match its own example) — but users' bundles need only the matching data,
//    and the evidence would more than double core's size.
// 2. It evaluates each data module whose exports are plain data and ships the values as data: JavaScript
//    engines parse a JSON string (or a few long strings, point 5) several times faster than the same
//    object literal, which is most of core's import time. Unpooled (the pre-pass of point 5, or should
//    the pool not be made), each module is `JSON.parse("…")` calls.
// 3. It ships each table of records (an array of plain objects, e.g. the rules) as positional rows: the
//    keys are written once per table (`id,match.any,decide.reason,…`, nested keys by path), each record
//    as an array of its values in that order (0 for an absent field, trailing ones dropped); a provider
//    rule's `provider` is not written when it is the prefix of its id (`gmail.no-such-user`); and a run
//    of records that differ only by a code counting up by one (Microsoft's 4.7.500…4.7.699) is one
//    number. A small decoder (`bounced:rows`) rebuilds the very same objects, keys in the same order,
//    at import. Rows and the tuples of the generated standards tables ship by column (point 5). Each table is decoded at build time and compared with the source's value; a
//    table the codecs cannot reproduce exactly is shipped as plain JSON instead. The provider rules'
//    index, which only joins the per-provider tables, is evaluated with them and ships as one table.
//    Cost and gain (Nov 2026, ~800 records): −3.0 kB of the user's min+gzip bundle; decoding takes ~1 ms
//    of CPU at import, ~0.5 ms of wall time in import + first explain() (JSON.parse of keyed records
//    builds objects faster than JavaScript does, but has more text to read).
// 4. It ships the rules' and signatures' phrases in the engine's normal form (`normalizeText` of
//    src/rules/normalize.ts, trimmed, `*` kept at the end of a prefix phrase: `"Mailbox is FULL."` ships
//    as `"mailbox is full"`), and src/rules/normal-form.ts as `true`, so that the engine interns the
//    built-in tables' phrases as they are instead of normalising ~900 of them at the first explain().
//    A phrase the engine could not use (it would throw) is left as written.
// 5. It ships every data module's tables from one module, `bounced:pool`, with their strings by column
//    and the columns grouped by kind across all tables: the phrases of the text rules, provider rules and
//    signatures side by side, then the prose (meanings, names, registry titles and descriptions), the
//    URLs, the ids (each after the first of a run without its repeated prefix, `gmail.`), other
//    strings, and columns of few distinct values (reasons, types) as a vocabulary and a digit per record.
//    An object of records (REASONS) or of strings (ACTIONS) is its names and its values. gzip finds
//    repeats only within 32 kB and codes like text next to like text best: −3.6 kB min+gzip (Nov 2026,
//    ~1,000 records; 70,551 -> 66,975 B). Which data modules a build loads is known only once its graph
//    is walked, so the plugin first walks it (a pre-pass build with unpooled modules, which ship JSON),
//    then makes the pool. The columns are split at import (native String.prototype.split) and each
//    table's records are filled column by column, absent values skipped; import + first explain() takes
//    ~1–2 % more instructions than positional JSON rows did (bench/instructions.mjs --cold) and no more
//    wall time (bench/cold-compare.mjs). Each pooled table is decoded at build time and compared with
//    its source value; one that does not come back exactly ships as JSON (test/build-pool.test.ts
//    checks that none of core's does). `node bench/size.mjs --modules` shows the pool's bytes by column.
//    Tried and dropped: the commonest words of the phrase columns as capital letters (−10 kB raw but
//    +280 B gzip, +5–10 % instructions); the phrase lists as JSON text (+830 B); ordering the kinds or
//    the largest columns otherwise (±30 B); URLs written after the prefix they share with the one
//    before (−60 B).
import { readFile } from "node:fs/promises";
import { build as esbuild, transformSync } from "esbuild";
import ts from "typescript";

const STRIPPED = new Set(["example", "source"]);
// The notes of the code defaults repeat the registry titles that explain() reports anyway.
const STRIPPED_IN_CODES = new Set(["example", "source", "note"]);
const DATA_MODULE = /[\\/]src[\\/]((rules|data[\\/]generated)[\\/].*|reasons)\.ts$/;
const ROWS_MODULE = "bounced:rows";
const POOL_MODULE = "bounced:pool";
const NORMAL_FORM_MODULE = /[\\/]src[\\/]rules[\\/]normal-form\.ts$/;
const NORMALIZE_MODULE = new URL("../src/rules/normalize.ts", import.meta.url);

export function stripEvidence(options = {}) {
  // `pool: false` (the pre-pass): every data module ships its own tables. `record`: a Map that receives
  // each data module's exports as encoded (path → exports).
  const pooled = options.pool !== false;
  return {
    name: "bounced-data-modules",
    setup(build) {
      let pre = null;
      build.onStart(() => {
        pre = null;
      });
      // The pool of every data module the build loads, made once per build by a pre-pass over the same
      // entry points (which data modules a build loads is known only once its graph is walked).
      const pool = () => {
        pre ??= prepass(build.initialOptions);
        return pre;
      };
      build.onResolve({ filter: /^bounced:(rows|pool)$/ }, (args) => ({
        path: args.path,
        namespace: "bounced",
      }));
      build.onLoad({ filter: /.*/, namespace: "bounced" }, async (args) => ({
        contents: args.path === POOL_MODULE ? (await pool()).code : ROWS_DECODER,
        loader: "js",
      }));
      build.onLoad({ filter: DATA_MODULE }, async (args) => {
        if (NORMAL_FORM_MODULE.test(args.path)) {
          return { contents: "export const PHRASES_IN_NORMAL_FORM = true;", loader: "ts" };
        }
        if (pooled) {
          const names = (await pool()).names.get(args.path);
          if (names !== undefined) {
            const list = names.map(([name, at]) => `${at} as ${name}`).join(", ");
            return { contents: `export { ${list} } from "${POOL_MODULE}";`, loader: "js" };
          }
        }
        const text = await readFile(args.path, "utf8");
        const stripped = /[\\/]src[\\/]rules[\\/]/.test(args.path) ? strip(args.path, text) : text;
        // A module that imports values is only worth evaluating when it has no code of its own (the
        // provider rules' index); the engine and the look-ups are left to esbuild.
        const imports = /^\s*import\s+(?!type\b)/m.test(stripped);
        const code = !imports
          ? stripped
          : /=>|\bfunction\b|\bclass\b/.test(transformSync(stripped, { loader: "ts" }).code)
            ? null
            : await bundled(args.path);
        const normalizeText = await phraseNormalizer();
        const exports = code === null ? null : dataExports(code, normalizeText);
        if (exports === null) return { contents: stripped, loader: "ts" };
        options.record?.set(args.path, exports);
        return { contents: moduleOf(exports), loader: "ts" };
      });
    },
  };
}

function strip(path, text) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // Collect the ranges of `example: …` / `source: …` properties in object literals, then cut them.
  const cuts = [];
  const names = /[\\/]codes\.ts$/.test(path) ? STRIPPED_IN_CODES : STRIPPED;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const prop of node.properties) {
        if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name) && names.has(prop.name.text)) {
          let end = prop.getEnd();
          if (text[end] === ",") end++;
          cuts.push([prop.getStart(source), end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = "";
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * A module that imports no values and exports only plain data (arrays, objects, strings, numbers,
 * booleans, null), evaluated here: its exports as `[name, encoding]`, each encoding one of
 * `{ rows }` (a table of records as positional rows), `{ tuples }` (a table of tuples by column) or
 * `{ json }` (any other plain value). Anything else (a function, a value import, a class) gives null.
 */
function dataExports(tsSource, normalizeText) {
  if (/^\s*(import|require)\b(?!\s+type\b)/m.test(tsSource)) return null;
  const { code } = transformSync(tsSource, { loader: "ts", format: "cjs" });
  const module = { exports: {} };
  try {
    new Function("module", "exports", "require", code)(module, module.exports, () => {
      throw new Error("no requires in data modules");
    });
  } catch {
    return null;
  }
  const out = [];
  for (const [name, data] of Object.entries(module.exports)) {
    if (!isPlainData(data)) return null;
    const value = withNormalPhrases(data, normalizeText);
    const rows = encodeRows(value);
    const tuples = rows === null ? encodeTuples(value) : null;
    if (rows !== null) out.push([name, { rows, value }]);
    else if (tuples !== null) out.push([name, { tuples, value }]);
    else out.push([name, { json: value }]);
  }
  return out;
}

/**
 * A data module of its own exports as JSON (`export const NAME = JSON.parse("…")`): the pre-pass's form,
 * and the fallback should the pool not be made.
 */
function moduleOf(exports) {
  // Type declarations need not be kept: esbuild erases type-only imports (verbatimModuleSyntax), and the
  // .d.ts files are built from the sources, not through this plugin.
  return exports
    .map(([name, e]) => {
      const value = "json" in e ? e.json : e.value;
      return `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    })
    .join("\n");
}

/**
 * A data module that imports other data modules (the provider rules' index, which joins one table per
 * provider) as one module with its imports inlined and their evidence stripped, so that it can become
 * one table; null when it imports anything outside src/rules/ and src/data/.
 */
async function bundled(path) {
  let outside = false;
  const result = await esbuild({
    entryPoints: [path],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
    plugins: [
      {
        name: "bounced-strip-only",
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            if (!DATA_MODULE.test(args.path)) outside = true;
            const text = await readFile(args.path, "utf8");
            return {
              contents: /[\\/]src[\\/]rules[\\/]/.test(args.path) ? strip(args.path, text) : text,
              loader: "ts",
            };
          });
        },
      },
    ],
  }).catch(() => null);
  return result === null || outside ? null : result.outputFiles[0].text;
}

let normalizer = null;
/** `normalizeText` of src/rules/normalize.ts (the engine's own), compiled once per build. */
async function phraseNormalizer() {
  if (normalizer === null) {
    const { code } = transformSync(await readFile(NORMALIZE_MODULE, "utf8"), { loader: "ts", format: "cjs" });
    const module = { exports: {} };
    new Function("module", "exports", code)(module, module.exports);
    normalizer = module.exports.normalizeText;
  }
  return normalizer;
}

/**
 * A phrase in the engine's normal form (as PhraseSet.add reads it): its normalised text, trimmed, with
 * `*` after it when it is a prefix phrase; the phrase as written when it has no words or is a one-word
 * prefix phrase of fewer than 4 letters (the engine rejects those, and must still see them to say so).
 */
function normalPhrase(raw, normalizeText) {
  const trimmed = raw.trimEnd();
  const prefix = trimmed.endsWith("*");
  const norm = normalizeText(prefix ? trimmed.slice(0, -1) : raw).trim();
  if (norm === "" || (prefix && !norm.includes(" ") && norm.length < 4)) return raw;
  return prefix ? `${norm}*` : norm;
}

/**
 * A table with its rules' (`match.any`, `match.all`, `match.not`) and signatures' (`any`, `not`)
 * phrases in normal form; any other value as it is. Only the phrases change: keys and order stay.
 */
function withNormalPhrases(value, normalizeText) {
  if (!Array.isArray(value)) return value;
  const lists = (o, keys) => {
    const out = { ...o };
    for (const key of keys)
      if (Array.isArray(o[key]))
        out[key] = o[key].map((p) => (typeof p === "string" ? normalPhrase(p, normalizeText) : p));
    return out;
  };
  return value.map((r) => {
    if (r === null || typeof r !== "object" || Array.isArray(r)) return r;
    if (r.match !== null && typeof r.match === "object" && !Array.isArray(r.match))
      return { ...r, match: lists(r.match, ["any", "all", "not"]) };
    if (typeof r.id === "string" && Array.isArray(r.any)) return lists(r, ["any", "not"]);
    return r;
  });
}

function isPlainData(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every((v) => v !== undefined && isPlainData(v));
  }
  return false;
}

// ── Positional rows ───────────────────────────────────────────────────────────────────────────────
// `keys`: comma-separated key paths (`match.any`); a path starting with `^.` is not in the rows: its value
// is the first field's text before its first dot. `data`, one entry per record or run: 0, the next record
// of the columns (one column per written key path; a first field of 1 is the previous record's first
// field plus one); a number n: n more records like the previous one, the number after its first field's
// last dot counting up by one each time; or an object: a record that lists its keys in another order
// than the table's, as it is.
// A column is an array of values or a string: its type, its separator(s), then its values —
// \`s\`/\`n\`: strings, an empty one is absent (0) / null; \`p\`: as \`s\`, each string without a dot
// after the prefix (up to its first dot) of the one before it; \`l\`: lists of strings (separator, then the
// list separator), an empty one is absent and the list separator alone is an empty list; \`e\`/\`f\`: a
// vocabulary of strings, then one digit (DIGITS) per value, 0 for an absent (0) / null one. Columns are
// split here; the lists of a record are split only when the record is made.
const ROWS_DECODER = `export function column(c) {
  if (typeof c !== "string") return c;
  const items = c.slice(c[0] === "l" ? 3 : 2).split(c[1]);
  if (c[0] === "p") {
    // Ids: one without a dot has the previous one's prefix (\`gmail.\`) left out.
    let prefix = "";
    for (let i = 0; i < items.length; i++) {
      const dot = items[i].indexOf(".");
      if (dot >= 0) prefix = items[i].slice(0, dot + 1);
      else if (items[i] !== "") items[i] = prefix + items[i];
    }
  }
  if (c[0] !== "e" && c[0] !== "f") return items;
  const digits = items.pop();
  items.unshift("");
  const out = [];
  for (let i = 0; i < digits.length; i++) {
    // A digit of DIGITS: 0-9, A-Z, a-z.
    const d = digits.charCodeAt(i);
    out.push(items[d < 65 ? d - 48 : d < 97 ? d - 55 : d - 61]);
  }
  return out;
}
// An object of \`names\` (a column) to \`values\` (an array, one per name, in order).
export function keyed(names, values) {
  const o = {};
  for (let i = 0; i < names.length; i++) o[names[i]] = values[i];
  return o;
}
export function tuples(columns) {
  const cols = columns.map(column);
  const nulls = columns.map((c) => typeof c === "string" && (c[0] === "n" || c[0] === "f"));
  return cols[0].map((_, i) => cols.map((c, k) => (nulls[k] && c[i] === "" ? null : c[i])));
}
export function rows(keys, data, columns) {
  // Each key path as its key, its nested key (undefined when none) and whether it is derived (\`^.\`).
  const outer = [];
  const inner = [];
  const derived = [];
  for (const path of keys.split(",")) {
    const parts = path.split(".");
    const d = +(parts[0] === "^");
    derived.push(d);
    outer.push(parts[d]);
    inner.push(parts[d + 1]);
  }
  const cols = [];
  const lists = [];
  if (columns !== undefined)
    for (let c = 0; c < columns.length; c++) {
      cols.push(column(columns[c]));
      lists.push(typeof columns[c] === "string" && columns[c][0] === "l" ? columns[c][2] : undefined);
    }
  const out = [];
  // The records of the columns: made empty in place first, then filled column by column, each loop
  // reading one column and skipping its absent values (keys are created in the same order either way).
  const at = [];
  let last;
  // Indexed loops and no spreads: this runs once per record at import, mostly in the interpreter, where
  // they cost several times what plain loads do.
  for (let r = 0; r < data.length; r++) {
    let row = data[r];
    if (row === 0) {
      if (cols[0][at.length] === 1) cols[0][at.length] = next(last, cols);
      last = at.length;
      at.push(out.length);
      out.push({});
    } else if (typeof row === "number") {
      if (typeof last === "number") last = rowAt(cols, lists, last);
      while (row--) {
        const first = next(last, cols);
        last = last.slice();
        last[0] = first;
        out.push(record(outer, inner, derived, last));
      }
    } else out.push(row);
  }
  for (let p = 0, i = 0; at.length > 0 && p < outer.length; p++) {
    const name = outer[p];
    const key = inner[p];
    const values = cols[derived[p] ? 0 : i];
    const list = derived[p] ? undefined : lists[i++];
    for (let j = 0; j < at.length; j++) {
      let value = values[j];
      if (value === 0 || value === "") continue;
      if (derived[p]) value = value.slice(0, value.indexOf("."));
      else if (list !== undefined) value = value === list ? [] : value.split(list);
      const o = out[at[j]];
      if (key === undefined) o[name] = value;
      else (o[name] ??= {})[key] = value;
    }
  }
  return out;
}
// The previous record's first field (of its row, or of the columns at its index) with the number after
// its last dot one higher.
function next(last, cols) {
  const first = typeof last === "number" ? cols[0][last] : last[0];
  const cut = first.lastIndexOf(".") + 1;
  return first.slice(0, cut) + (+first.slice(cut) + 1);
}
// Parallel arrays read by index, no path walking per field.
function record(outer, inner, derived, row) {
  const o = {};
  for (let p = 0, i = 0; p < outer.length; p++) {
    const value = derived[p] ? row[0].slice(0, row[0].indexOf(".")) : row[i++];
    if (value === 0 || value === undefined) continue;
    const key = inner[p];
    if (key === undefined) o[outer[p]] = value;
    else (o[outer[p]] ??= {})[key] = value;
  }
  return o;
}
// The record at index \`at\` of the columns as a row.
function rowAt(cols, lists, at) {
  return cols.map((c, k) =>
    c[at] === "" ? 0 : lists[k] === undefined ? c[at] : c[at] === lists[k] ? [] : c[at].split(lists[k]),
  );
}`;

const [decodeRows, decodeTuples, decodeColumn, decodeKeyed] = new Function(
  `${ROWS_DECODER.replace(/export /g, "")}; return [rows, tuples, column, keyed];`,
)();

/** A table of records as `{ keys, rows }`, or null when the records are not all plain objects or the rows would not decode to exactly the same value. */
function encodeRows(value) {
  if (!Array.isArray(value) || value.length === 0) return null;
  if (!value.every((r) => r !== null && typeof r === "object" && !Array.isArray(r))) return null;
  // Key paths in an order the records agree with (their key orders merged: each key after every key
  // that precedes it in some record, first seen first among the rest), the keys of a nested object
  // together, so that the decoder creates each record's keys in their order. Where records disagree
  // (`match: { any, all }` here, `{ all, any }` there), the first seen order wins and the records in
  // another order are shipped as they are.
  const node = () => ({ keys: [], before: new Map(), children: new Map() });
  const tree = node();
  const collect = (record, at) => {
    let previous = null;
    for (const [key, v] of Object.entries(record)) {
      if (/[.,^]/.test(key)) return false;
      if (!at.before.has(key)) {
        at.keys.push(key);
        at.before.set(key, new Set());
      }
      if (previous !== null) at.before.get(key).add(previous);
      previous = key;
      if (v !== null && typeof v === "object" && !Array.isArray(v)) {
        if (!at.children.has(key)) at.children.set(key, node());
        if (!collect(v, at.children.get(key))) return false;
      }
    }
    return true;
  };
  for (const record of value) if (!collect(record, tree)) return null;
  const ordered = (at) => {
    const done = [];
    while (done.length < at.keys.length) {
      const next = at.keys.find(
        (k) => !done.includes(k) && [...at.before.get(k)].every((b) => done.includes(b)),
      );
      done.push(next ?? at.keys.find((k) => !done.includes(k)));
    }
    return done;
  };
  const flatten = (at, prefix) =>
    ordered(at).flatMap((key) => {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      return at.children.has(key) ? flatten(at.children.get(key), path) : [path];
    });
  const paths = flatten(tree, "");
  const rank = new Map(paths.map((p, i) => [p, i]));
  const inOrder = (record, prefix) => {
    let at = -1;
    for (const [key, v] of Object.entries(record)) {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      const nested = v !== null && typeof v === "object" && !Array.isArray(v);
      const first = nested ? paths.findIndex((p) => p.startsWith(`${path}.`)) : rank.get(path);
      if (first < at) return false;
      if (nested && !inOrder(v, path)) return false;
      at = nested ? paths.findLastIndex((p) => p.startsWith(`${path}.`)) : first;
    }
    return true;
  };
  const records = value.filter((r) => inOrder(r, ""));
  const get = (record, path) =>
    path.split(".").reduce((o, k) => (o === undefined ? undefined : o[k]), record);
  const id = paths[0];
  // A field that is always its record's first field's prefix (a provider rule's provider) is not written.
  const derived = new Set(
    paths.filter(
      (path, i) =>
        i > 0 &&
        records.every((r) => {
          const first = get(r, id);
          return (
            typeof first === "string" &&
            first.includes(".") &&
            get(r, path) === first.slice(0, first.indexOf("."))
          );
        }),
    ),
  );
  const written = paths.filter((p) => !derived.has(p));
  const rows = [];
  let previous = null;
  let run = 0;
  for (const record of value) {
    if (!records.includes(record)) {
      if (run > 0) rows.push(run);
      run = 0;
      rows.push(record);
      previous = null;
      continue;
    }
    const row = written.map((path) => {
      const v = get(record, path);
      return v === undefined ? 0 : v;
    });
    while (row.length > 0 && row[row.length - 1] === 0) row.pop();
    const next = previous !== null && follows(previous[0], row[0]);
    if (next && JSON.stringify(previous.slice(1)) === JSON.stringify(row.slice(1))) {
      run++;
    } else {
      if (run > 0) rows.push(run);
      run = 0;
      rows.push(next ? [1, ...row.slice(1)] : row);
    }
    previous = row;
  }
  if (run > 0) rows.push(run);
  const keys = paths.map((p) => (derived.has(p) ? `^.${p}` : p)).join(",");
  const { data, columns } = byColumn({ keys, rows });
  if (JSON.stringify(decodeRows(keys, clone(data), clone(columns))) !== JSON.stringify(value)) return null;
  return { keys, rows };
}

/**
 * Positional rows as the decoder reads them: `data` with each array row replaced by 0 (the next record of
 * the columns), and `columns`, one array of values per written key path (0 for an absent value).
 */
function byColumn({ keys, rows }) {
  const written = keys.split(",").filter((p) => !p.startsWith("^."));
  const arrays = rows.filter((r) => Array.isArray(r));
  const width = Math.max(0, ...arrays.map((r) => r.length));
  return {
    data: rows.map((r) => (Array.isArray(r) ? 0 : r)),
    columns: written.slice(0, width).map((_, c) => arrays.map((r) => (r[c] === undefined ? 0 : r[c]))),
    written,
  };
}

/** Whether `first` is `previous` with the number after its last dot one higher (`x.7.25`, `x.7.26`). */
function follows(previous, first) {
  if (typeof previous !== "string" || typeof first !== "string") return false;
  const m = /^(.*\.)([1-9]\d*|0)$/.exec(previous);
  return m !== null && first === `${m[1]}${Number(m[2]) + 1}`;
}

/**
 * A table of tuples of one length (`[[2, "Success", "…", "RFC 3463"], …]`) by column, a column of strings
 * (or nulls) as one string (see `column`); null when the value is not such a table or would not decode to
 * exactly the same value.
 */
function encodeTuples(value) {
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((r) => Array.isArray(r) && r.length === value[0].length)
  )
    return null;
  const out = value[0].map((_, i) => {
    const c = value.map((r) => r[i]);
    return encodeColumn(c, null) ?? c;
  });
  if (JSON.stringify(decodeTuples(JSON.parse(JSON.stringify(out)))) !== JSON.stringify(value)) return null;
  return out;
}

// ── Columns ───────────────────────────────────────────────────────────────────────────────────────
const SEPARATORS = ["|", "~", "^", "#", "@", "_", "=", ";", "<", ">", "{", "}", "[", "]", "+", "&", "%", "$"];
const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const separator = (strings, taken = "") =>
  SEPARATORS.find((s) => !taken.includes(s) && !strings.some((v) => v.includes(s)));

/**
 * A column of values as one string (the `column` decoder's format), or null when it is not one of
 * strings or lists of strings (with `empty`, 0 or null, for an absent value). A column of few distinct
 * strings (reasons, types) is a vocabulary and a digit per value.
 */
function encodeColumn(values, empty) {
  const isEmpty = (v) => v === empty || (empty === 0 && v === undefined);
  const present = values.filter((v) => !isEmpty(v));
  if (present.every((v) => typeof v === "string" && v !== "")) {
    const distinct = [...new Set(present)];
    if (distinct.length < DIGITS.length && values.length >= 3 * distinct.length) {
      const sep = separator(distinct, DIGITS);
      if (sep === undefined) return null;
      const digits = values.map((v) => DIGITS[isEmpty(v) ? 0 : distinct.indexOf(v) + 1]).join("");
      return `${empty === null ? "f" : "e"}${sep}${[...distinct, digits].join(sep)}`;
    }
    const sep = separator(present);
    if (sep === undefined) return null;
    const plain = `${empty === null ? "n" : "s"}${sep}${values.map((v) => (isEmpty(v) ? "" : v)).join(sep)}`;
    if (empty !== 0 || !present.every((v) => v.includes("."))) return plain;
    // Ids that repeat their prefix (`gmail.`): written after the first without it.
    let prefix = "";
    const short = values.map((v) => {
      if (isEmpty(v)) return "";
      const p = v.slice(0, v.indexOf(".") + 1);
      const rest = v.slice(p.length);
      const same = p === prefix && rest !== "" && !rest.includes(".");
      prefix = p;
      return same ? rest : v;
    });
    const prefixed = `p${sep}${short.join(sep)}`;
    return prefixed.length < plain.length * 0.9 ? prefixed : plain;
  }
  if (
    empty === 0 &&
    present.every((v) => Array.isArray(v) && v.every((p) => typeof p === "string" && p !== ""))
  ) {
    const strings = present.flat();
    const sep = separator(strings);
    const list = sep === undefined ? undefined : separator(strings, sep);
    if (list === undefined) return null;
    // An empty list is its list separator alone.
    const item = (v) => (isEmpty(v) ? "" : v.length === 0 ? list : v.join(list));
    return `l${sep}${list}${values.map(item).join(sep)}`;
  }
  return null;
}

/** What a column's strings are, for grouping like with like in the pool. */
function kindOf(path, encoded) {
  if (encoded[0] === "e" || encoded[0] === "f") return "enum";
  const key = String(path).split(".").pop();
  if (key === "any" || key === "all" || key === "not") return "phrase";
  if (key === "url") return "url";
  if (key === "id" || key === "code") return "id";
  if (/^(meaning|name|note|title|description|definition|phrase|advice)$/.test(key)) return "prose";
  // A tuple column (no key): prose when its strings read as sentences.
  const words = encoded.split(" ").length;
  return words > encoded.length / 12 ? "prose" : "misc";
}
const KINDS = ["phrase", "prose", "url", "id", "misc", "enum"];

// ── The pool ──────────────────────────────────────────────────────────────────────────────────────
// Every data module the build loads ships its exports from one module, `bounced:pool`, whose strings are
// grouped by kind across all tables — the phrases of the text rules, provider rules and signatures side by
// side, then the prose (meanings, registry descriptions), the URLs, the ids — because gzip finds repeats
// only within 32 kB of each other, and like text next to like compresses best. Each table is decoded by
// the same decoders as an unpooled one, reading its columns from the pool's strings.

/** The data modules a build with these options loads, each with its exports as encoded. */
async function prepass(options) {
  const record = new Map();
  const result = await esbuild({
    entryPoints: options.entryPoints,
    stdin: options.stdin,
    absWorkingDir: options.absWorkingDir,
    tsconfig: options.tsconfig,
    alias: options.alias,
    conditions: options.conditions,
    mainFields: options.mainFields,
    resolveExtensions: options.resolveExtensions,
    external: options.external,
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
    plugins: [stripEvidence({ pool: false, record })],
  }).catch(() => null);
  return poolOf(result === null ? new Map() : record);
}

/**
 * The pool module's code and, per data module path, its exports' names in it (`[[NAME, "t3"], …]`).
 * A table whose pooled form would not decode to exactly its value ships as JSON in the pool.
 */
function poolOf(record) {
  const strings = []; // [kind, string]
  const parts = []; // per export: (index of each pooled string) => code
  const names = new Map();
  for (const path of [...record.keys()].sort()) {
    const list = [];
    for (const [name, e] of record.get(path)) {
      const at = `t${parts.length}`;
      list.push([name, at]);
      const start = strings.length;
      const put = (key, values, empty) => {
        const encoded = encodeColumn(values, empty);
        if (encoded === null) return values;
        strings.push([
          kindOf(key, encoded),
          encoded,
          `${name}${typeof key === "number" ? `[${key}]` : `.${key}`}`,
        ]);
        return strings.length - 1;
      };
      const text = (c) => (typeof c === "number" ? strings[c][1] : c);
      // A table of records as rows() of its columns: [code (slot of a pooled string => index), its value].
      const rowsOf = (enc) => {
        const { data, columns, written } = byColumn(enc);
        const cols = columns.map((values, c) => put(written[c], values, 0));
        return [
          (s) =>
            `rows(${JSON.stringify(enc.keys)}, ${json(data)}, [${cols.map((c) => (typeof c === "number" ? `S[${s(c)}]` : JSON.stringify(c))).join(",")}])`,
          decodeRows(enc.keys, clone(data), clone(cols.map(text))),
        ];
      };
      const columnOf = (key, values) => {
        const c = put(key, values, 0);
        return [
          (s) => (typeof c === "number" ? `column(S[${s(c)}])` : JSON.stringify(c)),
          decodeColumn(text(c)),
        ];
      };
      let made = null; // [code, decoded]
      const v = "json" in e ? e.json : e.value;
      const records = (o) => o !== null && typeof o === "object" && !Array.isArray(o);
      if (e.rows !== undefined) made = rowsOf(e.rows);
      else if (e.tuples !== undefined) {
        const cols = e.tuples.map((c, i) =>
          typeof c === "string"
            ? put(
                i,
                e.value.map((r) => r[i]),
                null,
              )
            : c,
        );
        made = [
          (s) =>
            `tuples([${cols.map((c) => (typeof c === "number" ? `S[${s(c)}]` : JSON.stringify(c))).join(",")}])`,
          decodeTuples(clone(cols.map(text))),
        ];
      } else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string")) {
        made = columnOf("id", v);
      } else if (records(v) && Object.keys(v).length > 0) {
        // An object of records (reasons) or of strings (actions): its names, then its values.
        const values = Object.values(v);
        const enc = values.every(records) ? encodeRows(values) : null;
        const inner =
          enc !== null
            ? rowsOf(enc)
            : values.every((x) => typeof x === "string")
              ? columnOf("advice", values)
              : null;
        if (inner !== null) {
          const names = columnOf("id", Object.keys(v));
          made = [(s) => `keyed(${names[0](s)}, ${inner[0](s)})`, decodeKeyed(names[1], inner[1])];
        }
      }
      let part = made === null ? null : made[0];
      if (made !== null && JSON.stringify(made[1]) !== JSON.stringify(v)) part = null;
      if (part === null) {
        strings.length = start;
        const value = "json" in e ? e.json : e.value;
        part = () => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      }
      parts.push(part);
    }
    names.set(path, list);
  }
  // The strings by kind, in table order within a kind.
  const order = strings
    .map(([kind], i) => [KINDS.indexOf(kind), i])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, i]) => i);
  const slot = new Map(order.map((i, k) => [i, k]));
  const s = (i) => slot.get(i);
  const code = [
    `import { column, keyed, rows, tuples } from "${ROWS_MODULE}";`,
    `const S = ${JSON.stringify(order.map((i) => strings[i][1]))};`,
    ...parts.map((part, i) => `export const t${i} = /* @__PURE__ */ ${part(s)};`),
  ].join("\n");
  const columns = order.map((i) => ({ kind: strings[i][0], column: strings[i][2], text: strings[i][1] }));
  return { code, names, columns };
}

/**
 * The pool a build of `entryPoints` would make, string by string in its order: each one's kind, the
 * export and key it is a column of (`TEXT_RULES.match.any`) and its text. For bench/size.mjs.
 */
export async function poolColumns(entryPoints) {
  return (await prepass({ entryPoints })).columns;
}

const clone = (v) => JSON.parse(JSON.stringify(v));
const json = (v) => `JSON.parse(${JSON.stringify(JSON.stringify(v))})`;
