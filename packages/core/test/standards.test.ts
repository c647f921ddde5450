import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, test } from "vitest";
import {
  ENHANCED_CLASSES,
  ENHANCED_CODES,
  ENHANCED_SUBJECTS,
  lookupEnhancedCode,
  lookupReplyCode,
  normalizeEnhancedCode,
  REPLY_CODES,
} from "../src/standards.js";

// The expectations come from the committed source CSVs, read here with a parser of the test's own,
// so a row dropped or changed anywhere between CSV, generator and look-up fails a test.
const dataFile = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));

function readCsv<H extends string>(name: string, columns: readonly H[]): Record<H, string>[] {
  const text = readFileSync(dataFile(name), "utf8");
  const rows: string[][] = [[]];
  let field = "";
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const row = rows[rows.length - 1] as string[];
    if (inQuotes) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field.replace(/\r$/, ""));
      field = "";
      rows.push([]);
    } else field += ch;
  }
  if (field !== "") (rows[rows.length - 1] as string[]).push(field);
  const [header, ...body] = rows.filter((r) => r.length > 0);
  expect(header).toEqual(columns);
  return body.map((cells) => {
    expect(cells).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((h, j) => [h, (cells[j] ?? "").trim()])) as Record<H, string>;
  });
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
const expectedReference = (raw: string) =>
  (raw.match(/\[[^\]]+\]/g) ?? []).map((r) => r.slice(1, -1).replace(/^RFC(\d+)$/, "RFC $1")).join(", ");
const expectedBasicCodes = (raw: string) => [...new Set((raw.match(/\b[2-5]\d\d\b/g) ?? []).map(Number))];

const ianaRows = readCsv("iana-enhanced-status-codes.csv", [
  "code",
  "subject",
  "title",
  "basic_codes",
  "description",
  "reference",
] as const);
const classRows = ianaRows.filter((r) => r.subject === "(class)");
const subjectRows = ianaRows.filter((r) => r.subject === "(subject)");
const detailRows = ianaRows
  .filter((r) => /^X\.\d+\.\d+$/.test(r.code))
  .map((r) => {
    const [, subject, detail] = r.code.split(".").map(Number);
    return { ...r, subjectNo: subject as number, detailNo: detail as number };
  });
const replyRows = readCsv("basic-reply-codes.csv", [
  "code",
  "class",
  "meaning",
  "reference",
  "notes",
] as const).map((r) => ({
  ...r,
  codeNo: Number(r.code),
  standard: !r.class.includes("NON-STANDARD"),
}));

const classTitle = (cls: number) => classRows.find((r) => r.code === `${cls}.XXX.YYY`)?.title;
const subjectTitle = (subject: number) => subjectRows.find((r) => r.code === `X.${subject}.YYY`)?.title;

describe("source CSVs", () => {
  it("hold the whole IANA registry: 3 classes, 8 subjects, 81 detail codes, nothing else", () => {
    expect(classRows.map((r) => r.code)).toEqual(["2.XXX.YYY", "4.XXX.YYY", "5.XXX.YYY"]);
    expect(subjectRows.map((r) => r.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((s) => `X.${s}.YYY`));
    expect(detailRows).toHaveLength(81);
    expect(classRows.length + subjectRows.length + detailRows.length).toBe(ianaRows.length);
    expect(detailRows.at(-1)?.code).toBe("X.7.30");
  });

  it("hold 47 basic reply codes, each once", () => {
    expect(replyRows).toHaveLength(47);
    expect(new Set(replyRows.map((r) => r.codeNo)).size).toBe(47);
  });

  it("have committed generated tables that match the generator's output", () => {
    const script = fileURLToPath(new URL("../scripts/generate-data.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});

describe("ENHANCED_CLASSES / ENHANCED_SUBJECTS / ENHANCED_CODES", () => {
  test.each(classRows)("class $code", (row) => {
    const cls = Number(row.code.charAt(0)) as 2 | 4 | 5;
    expect(ENHANCED_CLASSES.get(cls)).toEqual({
      class: cls,
      title: row.title,
      description: collapse(row.description),
      reference: expectedReference(row.reference),
    });
  });

  test.each(subjectRows)("subject $code", (row) => {
    const subject = Number(row.code.split(".")[1]);
    expect(ENHANCED_SUBJECTS.get(subject)).toEqual({
      subject,
      title: row.title,
      description: collapse(row.description),
      reference: expectedReference(row.reference),
    });
  });

  it("have exactly the CSV's entries", () => {
    expect([...ENHANCED_CLASSES.keys()]).toEqual([2, 4, 5]);
    expect([...ENHANCED_SUBJECTS.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...ENHANCED_CODES.keys()]).toEqual(detailRows.map((r) => r.code));
  });

  test.each(detailRows)("detail $code", (row) => {
    expect(ENHANCED_CODES.get(row.code)).toMatchObject({
      code: row.code,
      subject: row.subjectNo,
      detail: row.detailNo,
      description: collapse(row.description),
      reference: expectedReference(row.reference),
      basicCodes: expectedBasicCodes(row.basic_codes),
    });
  });
});

describe("lookupEnhancedCode: every registry code in every class", () => {
  const cases = detailRows.flatMap((row) =>
    [2, 4, 5].map((cls) => ({ ...row, cls, name: `${cls}.${row.subjectNo}.${row.detailNo}` })),
  );
  test.each(cases)("$name", (row) => {
    const code = row.name;
    const title =
      row.title === "" ? expect.stringMatching(/^Deprecated duplicate of X\.\d+\.\d+$/) : row.title;
    expect(lookupEnhancedCode(code)).toEqual({
      code,
      class: row.cls,
      classTitle: classTitle(row.cls),
      subject: row.subjectNo,
      subjectTitle: subjectTitle(row.subjectNo),
      title,
      description: collapse(row.description),
      reference: expectedReference(row.reference),
      basicCodes: expectedBasicCodes(row.basic_codes),
      registered: true,
    });
  });

  it("spot-checks against the RFCs", () => {
    expect(lookupEnhancedCode("5.7.26")).toMatchObject({
      title: "Multiple authentication checks failed",
      reference: "RFC 7372",
      basicCodes: [550],
    });
    expect(lookupEnhancedCode("5.1.10")).toMatchObject({
      reference: "RFC 7505, RFC 7504",
      basicCodes: [556],
    });
    expect(lookupEnhancedCode("4.7.28")?.reference).toBe("draft-levine-mailbomb-header");
    expect(lookupEnhancedCode("5.7.30")?.title).toBe("REQUIRETLS support required");
    expect(lookupEnhancedCode("5.6.10")?.title).toBe("Deprecated duplicate of X.6.8");
    expect(lookupEnhancedCode("2.3.6")?.basicCodes).toEqual([250, 251]); // "250 or 251"
    expect(lookupEnhancedCode("5.7.15")?.basicCodes).toEqual([450, 550]); // "450, 550 (other 4XX or 5XX…)"
    expect(lookupEnhancedCode("5.7.17")?.basicCodes).toEqual([]); // "5XX"
  });

  it("returns the same frozen object each time", () => {
    const a = lookupEnhancedCode("5.1.1");
    expect(a).toBe(lookupEnhancedCode(" 5.01.001 "));
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a?.basicCodes)).toBe(true);
  });
});

describe("lookupEnhancedCode: well-formed but unregistered codes", () => {
  // The first detail number past the end of each subject, taken from the CSV.
  const pastEnd = subjectRows.map((r) => {
    const subject = Number(r.code.split(".")[1]);
    const last = Math.max(...detailRows.filter((d) => d.subjectNo === subject).map((d) => d.detailNo));
    return { subject, detail: last + 1 };
  });
  const cases = pastEnd.flatMap((p) =>
    [2, 4, 5].map((cls) => ({ ...p, cls, name: `${cls}.${p.subject}.${p.detail}` })),
  );

  test.each(cases)("$name", ({ cls, subject, name: code }) => {
    const info = lookupEnhancedCode(code);
    expect(info).toMatchObject({
      code,
      class: cls,
      classTitle: classTitle(cls),
      subject,
      subjectTitle: subjectTitle(subject),
      title: null,
      reference: null,
      basicCodes: [],
      registered: false,
    });
    expect(info?.description).toContain("not in the IANA registry");
  });

  test.each([
    ["5.7.650", "5.7.650"],
    ["5.7.606", "5.7.606"],
    [" 4.7.650 ", "4.7.650"],
    ["5.007.999", "5.7.999"],
  ])("%j is explained as %s", (input, code) => {
    expect(lookupEnhancedCode(input)).toMatchObject({
      code,
      classTitle: classTitle(Number(code.charAt(0))),
      subject: 7,
      subjectTitle: subjectTitle(7),
      registered: false,
    });
  });

  test.each(["5.8.1", "4.9.0", "2.999.999", "5.10.1"])(
    "%s (unregistered subject) keeps its class",
    (code) => {
      const info = lookupEnhancedCode(code);
      expect(info).toMatchObject({ code, class: Number(code.charAt(0)), title: null, registered: false });
      expect(info?.classTitle).toBe(classTitle(Number(code.charAt(0))));
      expect(info?.subjectTitle).toMatch(/unregistered subject/i);
    },
  );
});

describe("lookupEnhancedCode / normalizeEnhancedCode: malformed input", () => {
  const malformed: unknown[] = [
    "9.9.9",
    "5.7",
    "",
    "   ",
    "5.7.26.1",
    "3.1.1",
    "1.0.0",
    "6.0.0",
    "0.0.0",
    "05.7.26",
    "5.7.1000",
    "5.1000.1",
    "5..26",
    ".5.7.26",
    "5.7.",
    "5.7.-1",
    "5.-7.1",
    "5.7.26x",
    "x5.7.26",
    "X.7.26",
    "5 .7.26",
    "5.7 .26",
    "5,7,26",
    "5-7-26",
    "５.7.26",
    "5.7.2 6",
    "550 5.7.26",
    "5.7.26 policy",
    "5.7.1e1",
    "5.0x7.1",
    null,
    undefined,
    5.7,
    527,
    Number.NaN,
    {},
    [],
    ["5.7.26"],
    { code: "5.7.26" },
    { toString: () => "5.7.26" },
  ];
  test.each(malformed.map((input) => [input]))("%j → null", (input) => {
    expect(lookupEnhancedCode(input as string)).toBeNull();
    expect(normalizeEnhancedCode(input as string)).toBeNull();
  });
});

describe("normalizeEnhancedCode", () => {
  test.each([
    ["5.7.26", "5.7.26"],
    [" 5.7.26 ", "5.7.26"],
    ["\t5.1.1\r\n", "5.1.1"],
    ["5.07.026", "5.7.26"],
    ["4.000.000", "4.0.0"],
    ["2.01.5", "2.1.5"],
    ["5.7.650", "5.7.650"],
    ["5.999.999", "5.999.999"],
  ])("%j → %s", (input, out) => {
    expect(normalizeEnhancedCode(input)).toBe(out);
  });

  test.each(detailRows.map((r) => [r.code]))("%s: every class normalises to itself and looks up", (x) => {
    for (const cls of ["2", "4", "5"]) {
      const code = x.replace("X", cls);
      expect(normalizeEnhancedCode(code)).toBe(code);
      const padded = ` ${cls}.${code.split(".")[1]?.padStart(3, "0")}.${code.split(".")[2]?.padStart(3, "0")} `;
      expect(normalizeEnhancedCode(padded)).toBe(code);
      expect(lookupEnhancedCode(padded)?.code).toBe(code);
    }
  });
});

describe("REPLY_CODES / lookupReplyCode: every basic code in the CSV", () => {
  it("REPLY_CODES has exactly the CSV's codes", () => {
    expect([...REPLY_CODES.keys()].sort()).toEqual(replyRows.map((r) => r.codeNo).sort());
  });

  test.each(replyRows.filter((r) => r.standard))("$code (standard)", (row) => {
    const expected = {
      code: row.codeNo,
      class: Math.floor(row.codeNo / 100),
      meaning: collapse(row.meaning),
      reference: row.reference,
      standard: true,
    };
    expect(Number(row.class.charAt(0))).toBe(expected.class);
    expect(REPLY_CODES.get(row.codeNo)).toEqual(expected);
    expect(lookupReplyCode(row.codeNo)).toEqual(expected);
    expect(lookupReplyCode(String(row.codeNo))).toBe(lookupReplyCode(row.codeNo));
  });

  test.each(replyRows.filter((r) => !r.standard))("$code (non-standard in the CSV)", (row) => {
    const info = lookupReplyCode(row.codeNo);
    expect(info).toMatchObject({ code: row.codeNo, class: Math.floor(row.codeNo / 100), reference: null });
    expect(info?.standard).toBe(false);
    expect(info?.meaning).toContain("non-standard");
    expect(info?.meaning).toContain(collapse(row.meaning));
    expect(REPLY_CODES.get(row.codeNo)).toBe(info);
  });

  it("has every basic code the IANA registry associates with a detail code, as standard", () => {
    const named = new Set(detailRows.flatMap((r) => expectedBasicCodes(r.basic_codes)));
    expect(named.size).toBeGreaterThan(30);
    for (const code of named) expect(REPLY_CODES.get(code)?.standard, String(code)).toBe(true);
  });

  it("has every reply of RFC 5321 §4.2.3 and the extension codes", () => {
    const rfc5321 = [211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455];
    const rfc5321Permanent = [500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555];
    const extensions = [235, 334, 432, 454, 458, 459, 521, 523, 524, 525, 530, 534, 535, 538, 556];
    for (const code of [...rfc5321, ...rfc5321Permanent, ...extensions]) {
      expect(lookupReplyCode(code), String(code)).toMatchObject({ code, standard: true });
      expect(lookupReplyCode(code)?.reference, String(code)).toMatch(/RFC \d+|IANA/);
    }
  });
});

describe("lookupReplyCode: codes no standard defines", () => {
  const standardCodes = new Set(replyRows.filter((r) => r.standard).map((r) => r.codeNo));

  test.each([561, 571, 573, 575, 576, 540, 580, 599])("%i → permanent failure, non-standard", (code) => {
    const info = lookupReplyCode(code);
    expect(info).toMatchObject({ code, class: 5, reference: null, standard: false });
    expect(info?.meaning).toContain("non-standard");
    expect(info?.meaning).toContain("treat as permanent failure (5yz)");
  });

  test.each([
    [471, 4, "treat as temporary failure (4yz)"],
    [499, 4, "treat as temporary failure (4yz)"],
    [299, 2, "treat as success (2yz)"],
    [200, 2, "treat as success (2yz)"],
    [399, 3, "treat as intermediate reply (3yz)"],
  ])("%i → class %i, %s", (code, cls, advice) => {
    expect(lookupReplyCode(code)).toMatchObject({ code, class: cls, reference: null, standard: false });
    expect(lookupReplyCode(code)?.meaning).toContain(advice);
  });

  it("explains the second digit when RFC 5321 gives it a meaning", () => {
    expect(lookupReplyCode(559)?.meaning).toContain("second digit, 5, refers to the mail system");
    expect(lookupReplyCode(520)?.meaning).toContain("second digit, 2, refers to the connection");
    expect(lookupReplyCode(571)?.meaning).toContain("second digit, 7, has no meaning");
    expect(lookupReplyCode(571)?.meaning).toContain("571 Delivery not authorized");
  });

  it("answers every integer from 200 to 599, standard exactly for the CSV's standard codes", () => {
    for (let code = 200; code <= 599; code++) {
      const info = lookupReplyCode(code);
      expect(info?.code).toBe(code);
      expect(info?.class).toBe(Math.floor(code / 100));
      expect(info?.standard, String(code)).toBe(standardCodes.has(code));
      expect(info?.reference === null).toBe(!standardCodes.has(code));
      expect(Object.isFrozen(info)).toBe(true);
      expect(lookupReplyCode(code)).toBe(info);
    }
  });

  test.each([
    [199],
    [600],
    [100],
    [0],
    [-550],
    [1000],
    [550.5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ["55"],
    ["5500"],
    ["0550"],
    ["+550"],
    ["550.0"],
    ["5 50"],
    ["abc"],
    [""],
    ["5.5.0"],
    ["0x226"],
    ["199"],
    ["600"],
    [null],
    [undefined],
    [{}],
    [[]],
    [[550]],
    [{ code: 550 }],
    [true],
  ])("%j → null", (input) => {
    expect(lookupReplyCode(input as number)).toBeNull();
  });

  test.each([
    ["550", 550],
    [" 550 ", 550],
    ["421\r\n", 421],
    ["571", 571],
  ])("string %j → %i", (input, code) => {
    expect(lookupReplyCode(input)?.code).toBe(code);
  });
});
