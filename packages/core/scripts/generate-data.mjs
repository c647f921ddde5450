#!/usr/bin/env node
// Generates src/data/generated/*.ts from the source CSVs in data/ (see data/README.md).
//
//   node scripts/generate-data.mjs           write the generated files
//   node scripts/generate-data.mjs --check   exit 1 if they are missing or out of date
//
// The CSVs are validated first (row counts, code syntax, class digits, contiguous detail numbers,
// every basic code the IANA registry names has a reply-code row); any problem stops generation.
// Output is compact tuples: core ships with a size budget and these tables are most of it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "data");
const outDir = join(root, "src", "data", "generated");

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. Returns rows of strings. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new Error("CSV ends inside a quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** Reads a CSV with a header row into objects keyed by the header names. */
function readCsv(file, expectedHeader) {
  const [header, ...rows] = parseCsv(readFileSync(join(dataDir, file), "utf8"));
  if (header?.join(",") !== expectedHeader.join(",")) {
    throw new Error(`${file}: header must be ${expectedHeader.join(",")}, got ${header?.join(",")}`);
  }
  return rows.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Error(`${file} row ${i + 2}: ${cells.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j].trim()]));
  });
}

const tidy = (s) => s.replace(/\s+/g, " ").trim();

/** "[RFC7372] (Standards Track); [RFC6376] (Standards Track)" -> "RFC 7372, RFC 6376". */
function normalizeReference(s) {
  const refs = [...s.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1].replace(/^RFC\s*(\d+)$/i, "RFC $1"));
  return refs.length > 0 ? refs.join(", ") : tidy(s) || null;
}

/** "450, 550 (other 4XX or 5XX codes are allowed)" -> [450, 550]; "Not given" / "Any" / "5XX" -> []. */
function parseBasicCodes(s) {
  return [...new Set([...s.matchAll(/\b[2-5]\d\d\b/g)].map((m) => Number(m[0])))];
}

function fail(message) {
  throw new Error(`data check failed: ${message}`);
}

function buildEnhanced() {
  const rows = readCsv("iana-enhanced-status-codes.csv", [
    "code",
    "subject",
    "title",
    "basic_codes",
    "description",
    "reference",
  ]);
  const classes = [];
  const subjects = [];
  const details = [];
  for (const r of rows) {
    const classMatch = /^([245])\.XXX\.YYY$/.exec(r.code);
    const subjectMatch = /^X\.(\d{1,3})\.YYY$/.exec(r.code);
    const detailMatch = /^X\.(\d{1,3})\.(\d{1,3})$/.exec(r.code);
    if (classMatch) {
      if (r.subject !== "(class)") fail(`${r.code}: subject column must be (class)`);
      classes.push([
        Number(classMatch[1]),
        tidy(r.title),
        tidy(r.description),
        normalizeReference(r.reference),
      ]);
    } else if (subjectMatch) {
      if (r.subject !== "(subject)") fail(`${r.code}: subject column must be (subject)`);
      subjects.push([
        Number(subjectMatch[1]),
        tidy(r.title),
        tidy(r.description),
        normalizeReference(r.reference),
      ]);
    } else if (detailMatch) {
      const subject = Number(detailMatch[1]);
      const detail = Number(detailMatch[2]);
      if (!r.subject.startsWith(`X.${subject} `)) fail(`${r.code}: subject column "${r.subject}"`);
      const description = tidy(r.description);
      let title = tidy(r.title);
      if (title === "") {
        // X.6.10 has no sample text in the registry; its description says what it is.
        const dup = /duplicate of (X\.\d+\.\d+)/.exec(description);
        if (!dup) fail(`${r.code}: empty title`);
        title = `Deprecated duplicate of ${dup[1]}`;
      }
      if (description === "") fail(`${r.code}: empty description`);
      details.push([
        subject,
        detail,
        title,
        description,
        normalizeReference(r.reference),
        parseBasicCodes(r.basic_codes),
      ]);
    } else fail(`unrecognised code "${r.code}"`);
  }
  if (classes.map((c) => c[0]).join() !== "2,4,5") fail("classes must be 2, 4, 5 in order");
  if (subjects.map((s) => s[0]).join() !== "0,1,2,3,4,5,6,7") fail("subjects must be 0–7 in order");
  // Detail numbers of each subject run 0, 1, 2, … with no gap or duplicate.
  const next = new Map();
  for (const [subject, detail] of details) {
    if (!subjects.some((s) => s[0] === subject)) fail(`X.${subject}.${detail}: no such subject`);
    const want = next.get(subject) ?? 0;
    if (detail !== want) fail(`X.${subject}.${detail}: expected X.${subject}.${want}`);
    next.set(subject, want + 1);
  }
  if (details.length !== 81) fail(`expected 81 detail codes, got ${details.length}`);
  return { classes, subjects, details };
}

function buildReplyCodes() {
  const rows = readCsv("basic-reply-codes.csv", ["code", "class", "meaning", "reference", "notes"]);
  const seen = new Set();
  const codes = [];
  for (const r of rows) {
    if (!/^[2-5]\d\d$/.test(r.code)) fail(`reply code "${r.code}" is not 200–599`);
    const code = Number(r.code);
    if (seen.has(code)) fail(`reply code ${code} listed twice`);
    seen.add(code);
    if (!r.class.startsWith(`${r.code[0]}yz `)) fail(`${code}: class "${r.class}" does not match`);
    const standard = !/NON-STANDARD/i.test(r.class);
    const meaning = tidy(r.meaning);
    if (standard && (meaning === "" || r.reference === "")) fail(`${code}: meaning and reference required`);
    // Standard: [code, meaning, reference]. Non-standard: [code, observation (may be ""), null].
    codes.push([code, meaning, standard ? tidy(r.reference) : null]);
  }
  codes.sort((a, b) => a[0] - b[0]);
  return codes;
}

const { classes, subjects, details } = buildEnhanced();
const replyCodes = buildReplyCodes();
for (const [subject, detail, , , , basic] of details) {
  for (const code of basic) {
    if (!replyCodes.some((r) => r[0] === code && r[2] !== null)) {
      fail(`X.${subject}.${detail} names basic code ${code}, which basic-reply-codes.csv lacks`);
    }
  }
}

const banner = (source) =>
  `// GENERATED by scripts/generate-data.mjs from data/${source} — do not edit; edit the CSV and run\n` +
  "// `pnpm --filter @bounced/core generate`. Provenance and corrections: data/README.md.\n";
const rowsLiteral = (rows) => `[\n${rows.map((r) => `  ${JSON.stringify(r)},`).join("\n")}\n]`;

const files = {
  "enhanced-status-codes.ts": `${banner("iana-enhanced-status-codes.csv")}
/** Class sub-codes: [class, title, description, reference]. */
export type EnhancedClassRow = readonly [2 | 4 | 5, string, string, string | null];
/** Subject sub-codes: [subject, title, description, reference]. */
export type EnhancedSubjectRow = readonly [number, string, string, string | null];
/** Detail codes (class-independent, X.subject.detail): [subject, detail, title, description, reference, basic codes]. */
export type EnhancedDetailRow = readonly [number, number, string, string, string | null, readonly number[]];

export const ENHANCED_CLASS_ROWS: readonly EnhancedClassRow[] = ${rowsLiteral(classes)};

export const ENHANCED_SUBJECT_ROWS: readonly EnhancedSubjectRow[] = ${rowsLiteral(subjects)};

export const ENHANCED_DETAIL_ROWS: readonly EnhancedDetailRow[] = ${rowsLiteral(details)};
`,
  "reply-codes.ts": `${banner("basic-reply-codes.csv")}
/**
 * Basic reply codes: [code, meaning, reference]. A null reference marks a non-standard code seen in
 * real replies; its "meaning" is then only the observation (possibly empty), and the look-up builds the
 * explanation from the code's class.
 */
export type ReplyCodeRow = readonly [number, string, string | null];

export const REPLY_CODE_ROWS: readonly ReplyCodeRow[] = ${rowsLiteral(replyCodes)};
`,
};

const check = process.argv.includes("--check");
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  const path = join(outDir, name);
  if (check) {
    let current = null;
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current !== content) {
      console.error(`stale: src/data/generated/${name} (run pnpm --filter @bounced/core generate)`);
      stale++;
    }
  } else {
    writeFileSync(path, content);
    console.log(`wrote src/data/generated/${name}`);
  }
}
console.log(
  `${classes.length} classes, ${subjects.length} subjects, ${details.length} detail codes, ${replyCodes.length} reply codes`,
);
if (stale > 0) process.exit(1);
