// Robustness (issue 6): whatever arrives — random text, any number, any error-like object — explain()
// answers with a well-formed, JSON-serialisable, deterministic Explanation, and no input makes it slow.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ACTION_NAMES,
  BOUNCE_TYPES,
  explain,
  findBounceCodes,
  parseReply,
  REASON_NAMES,
} from "../src/index.js";
import type { EvidenceConflict, EvidenceRule, Explanation } from "../src/types.js";

const LAYERS: EvidenceRule["layer"][] = [
  "provider",
  "text",
  "enhanced-code",
  "reply-code",
  "client-error",
  "signature",
];
const CONFLICT_KINDS: EvidenceConflict["kind"][] = [
  "class-mismatch",
  "nonstandard-reply-code",
  "unregistered-enhanced-code",
  "provider-overrides-registry",
  "text-overrides-code",
  "multiple-codes",
];

/** The contract of types.ts, checked field by field; throws (fails the property) on the first breach. */
function expectWellFormed(e: Explanation): void {
  // A plain JSON value: no undefined fields, NaN, class instances, functions or cycles.
  expect(JSON.parse(JSON.stringify(e))).toStrictEqual(e);
  expect(BOUNCE_TYPES).toContain(e.type);
  expect(REASON_NAMES).toContain(e.reason);
  expect(ACTION_NAMES).toContain(e.action);
  expect(typeof e.suppress).toBe("boolean");
  if (e.replyCode !== null) expect(String(e.replyCode)).toMatch(/^[2-5]\d\d$/);
  if (e.enhancedCode !== null) expect(e.enhancedCode).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
  expect(e.provider === null || typeof e.provider === "string").toBe(true);
  expect(typeof e.summary).toBe("string");
  expect(e.summary.trim()).not.toBe("");
  expect(typeof e.advice).toBe("string");
  if (e.details.replyCode !== null) expect(e.details.replyCode.code).toBe(e.replyCode);
  if (e.details.enhancedCode !== null) expect(e.details.enhancedCode.code).toBe(e.enhancedCode);
  if (e.details.text !== null) expect(e.details.text.length).toBeLessThanOrEqual(2000);
  expect([...LAYERS, "none"]).toContain(e.evidence.decidedBy);
  for (const rule of e.evidence.rules) expect(LAYERS).toContain(rule.layer);
  for (const conflict of e.evidence.conflicts) expect(CONFLICT_KINDS).toContain(conflict.kind);
}

// Pieces of real replies, so random strings reach deep into the parser and not only its first check.
const fragment = fc.oneof(
  fc.constantFrom(
    "550",
    "550-",
    "550 ",
    "452",
    "421-4.7.0",
    "5.7.26",
    "5.1.1",
    "4.2.2",
    "5.7.999",
    "9.9.9",
    "5.",
    "...",
    " ",
    "  ",
    "\r\n",
    "\n",
    "\t",
    "<",
    ">",
    "[",
    "]",
    "(",
    ")",
    "#",
    ":",
    ";",
    "=",
    "<user@example.com>",
    "gsmtp",
    "gmail",
    "protection.outlook.com",
    "yahoo",
    "[TSS04]",
    "https://support.google.com/mail/?p=NoSuchUser",
    "status=bounced (host mx.example.org[198.51.100.7] said: ",
    "(in reply to RCPT TO command)",
    "Diagnostic-Code: smtp; ",
    "Status: 5.1.1",
    "Remote-MTA: dns; ",
    "User unknown",
    "mailbox full",
    "over quota",
    "DMARC",
    "SPF",
    "blocked",
    "spam",
    "try again later",
    "\u0000",
    "\ufeff",
    "é",
    "用户",
    "😀",
  ),
  fc.string({ maxLength: 12 }),
);
const replyLike = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));
const anyString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(..."0123456789.-  \r\n<>[]()") as fc.Arbitrary<string>, maxLength: 300 }),
  replyLike,
);
const anyNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: 0, max: 1000 }),
  fc.double(), // includes NaN, ±Infinity, -0
  fc.constantFrom(550, 5.7, 5.72, 1e21, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
);
const fieldValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  replyLike,
  anyNumber,
  fc.constant(null),
  fc.constant(undefined),
);
const errorLike = fc.record(
  {
    responseCode: fc.oneof(fieldValue, fc.integer({ min: 200, max: 599 })),
    response: fc.oneof(fieldValue, replyLike),
    code: fc.oneof(
      fieldValue,
      fc.constantFrom("EENVELOPE", "ECONNECTION", "ETIMEDOUT", "EDNS", "ETLS", "EAUTH", "EMESSAGE"),
    ),
    command: fc.oneof(
      fieldValue,
      fc.constantFrom("CONN", "EHLO", "MAIL FROM", "RCPT TO", "DATA", "AUTH PLAIN"),
    ),
    message: fc.oneof(fieldValue, replyLike),
  },
  { requiredKeys: [] },
);
// Errors as Nodemailer throws them: a real Error carrying the same fields.
const realError = errorLike.map((fields) => Object.assign(new Error(String(fields.message ?? "")), fields));

describe("explain() on arbitrary input", () => {
  test("strings: never throws, always well-formed", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        expectWellFormed(explain(input));
      }),
      { numRuns: 1000 },
    );
  });

  test("numbers: never throws, always well-formed", () => {
    fc.assert(
      fc.property(anyNumber, (input) => {
        expectWellFormed(explain(input));
      }),
      { numRuns: 500 },
    );
  });

  test("error-like objects and Errors: never throws, always well-formed", () => {
    fc.assert(
      fc.property(fc.oneof(errorLike, realError), (input) => {
        expectWellFormed(explain(input as Parameters<typeof explain>[0]));
      }),
      { numRuns: 500 },
    );
  });

  // A JavaScript caller can pass whatever it caught (`catch (e) { explain(e) }`). The documented contract:
  // strings, numbers, null/undefined and (non-array) objects get an explanation; any other type is a
  // TypeError saying what explain() expects — never an incidental crash from inside the pipeline.
  test("any JavaScript value: an explanation, or the documented TypeError for unsupported types", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withNullPrototype: true }),
        (input) => {
          const call = () => explain(input as Parameters<typeof explain>[0]);
          const accepted =
            typeof input === "string" ||
            typeof input === "number" ||
            input === null ||
            input === undefined ||
            (typeof input === "object" && !Array.isArray(input));
          if (accepted) expectWellFormed(call());
          else {
            expect(call).toThrow(TypeError);
            expect(call).toThrow(/^explain\(\) expects/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test.each<[string, unknown]>([
    [
      "an HTTP client's error (response is an object)",
      { response: { status: 500, data: "550 5.1.1" }, message: "failed" },
    ],
    [
      "a getter that throws",
      Object.defineProperty({ message: "550 5.1.1 unknown" }, "response", {
        get() {
          throw new Error("boom");
        },
      }),
    ],
    [
      "a Proxy that throws on every read",
      new Proxy(
        {},
        {
          get() {
            throw new Error("boom");
          },
        },
      ),
    ],
    [
      "an object with a null prototype",
      Object.assign(Object.create(null), { response: "452 4.2.2 over quota" }),
    ],
    ["a responseCode out of range", { responseCode: 9999, response: "hello" }],
  ])("%s: well-formed", (_name, input) => {
    expectWellFormed(explain(input as Parameters<typeof explain>[0]));
  });
});

describe("explain() is deterministic", () => {
  const anyInput = fc.oneof(anyString, anyNumber, errorLike);

  test("the same input gives a deep-equal result, whatever ran in between", () => {
    fc.assert(
      fc.property(anyInput, fc.array(anyInput, { maxLength: 5 }), (input, between) => {
        const first = explain(input as Parameters<typeof explain>[0]);
        for (const other of between) explain(other as Parameters<typeof explain>[0]);
        expect(explain(input as Parameters<typeof explain>[0])).toStrictEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  test("a caller changing a result does not change later results", () => {
    fc.assert(
      fc.property(replyLike, (input) => {
        const pristine = structuredClone(explain(input));
        const spoiled = explain(input);
        // Frozen results are fine too: then these writes throw and nothing can be spoiled.
        try {
          spoiled.summary = "spoiled";
          spoiled.evidence.rules.push({ id: "spoiled", layer: "text", note: "spoiled" });
          spoiled.evidence.conflicts.length = 0;
          if (spoiled.details.replyCode) spoiled.details.replyCode.meaning = "spoiled";
          if (spoiled.details.enhancedCode) spoiled.details.enhancedCode.basicCodes.push(999);
          if (spoiled.details.provider) spoiled.details.provider.meaning = "spoiled";
        } catch {
          // frozen
        }
        expect(explain(input)).toStrictEqual(pristine);
      }),
      { numRuns: 200 },
    );
  });
});

describe("findBounceCodes() and parseReply() on arbitrary text", () => {
  test("findBounceCodes: never throws; every find is where it says it is", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const found = findBounceCodes(text);
        expect(Array.isArray(found)).toBe(true);
        for (const f of found) {
          expect(Number.isInteger(f.index)).toBe(true);
          expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
          if (f.replyCode !== null) expect(String(f.replyCode)).toMatch(/^[2-5]\d\d$/);
          if (f.enhancedCode !== null) expect(f.enhancedCode).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
        }
        expect(JSON.parse(JSON.stringify(found))).toStrictEqual(found);
      }),
      { numRuns: 1000 },
    );
  });

  test("parseReply: never throws; a plain JSON result", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const parsed = parseReply(text);
        expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
        expect(Array.isArray(parsed.lines)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// Linear time. Each 1 MB reply runs in its own Node process against the built package, so a regex that
// backtracks catastrophically is killed by the timeout instead of hanging CI. The 10 s bound is ~1000× what
// a linear pass needs here (≤ 10 ms): only super-linear behaviour can break it — a quadratic pass over 1 MB is
// ~10¹² steps — while a machine shared by other jobs can stretch a linear pass 10–50× (a 2 s bound failed once
// at load 10 on 2 cores). (Speed itself: `pnpm bench`.)
describe("explain() takes linear time on adversarial 1 MB replies", () => {
  const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
  const MB = 1024 * 1024;
  const BOUND_MS = 10_000;
  const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const cases: [string, string][] = [
    ["digits", fill("5")],
    ["a reply code, then digits", `550 ${fill("5", MB - 4)}`],
    ["digits and dots", fill("5.")],
    ["enhanced-code lookalikes", fill("5.7.2 ")],
    ["dots only", fill(".")],
    [
      "thousands of 550- lines",
      `${fill("550-5.7.1 Message rejected as spam\r\n", MB - 20)}\r\n550 5.7.1 end`,
    ],
    ["bare 550- lines", fill("550-\n")],
    ["unclosed < brackets", `550 5.1.1 ${fill("<a@", MB - 10)}`],
    ["unclosed [ and ( brackets", `550 5.7.1 ${fill("[(", MB - 10)}`],
    [
      "provider keywords",
      `550 5.7.1 ${fill("gmail google protection.outlook.com yahoo gsmtp [TSS04] ", MB - 10)}`,
    ],
    ["urls", `550 5.7.26 ${fill("https://support.google.com/mail/?p=", MB - 11)}`],
    ["spaces, then a letter", `550 ${fill(" ", MB - 5)}x`],
    ["one long word", `550 5.1.1 ${fill("a", MB - 10)}`],
    ["newlines only", fill("\n")],
    ["log prefixes", fill("status=bounced (host mx.example.org[198.51.100.7] said: ")],
    ["DSN headers", fill("Diagnostic-Code: smtp; 550 5.1.1 ")],
    // Client and relay shapes: code-less continuation lines, banners, Python tuples, SES wraps, Zoho, dates.
    [
      "code-less continuation lines",
      `554 Transaction failed\n${fill("Reject due to policy restrictions.\n", MB - 30)}`,
    ],
    ["smtplib enhanced-code lines", fill("5.7.1 blocked\n")],
    ["220 banners", fill("220-laposte 421 ")],
    ["220 banner lines", fill("220 mx\n")],
    ["Python tuples", fill("(550, b'5.7.1 \\n")],
    ["an unclosed Python tuple of escaped quotes", `(550, b'${fill("\\')", MB - 10)}`],
    ["SES wraps", fill("5.1.0 - Unknown address error 550-'")],
    ["Zoho records", fill("[Status: Error, ResponseCode 421, , ")],
    ["date-like codes", fill("x 4.5.23 ")],
    ["codes before commas", fill("421, ")],
    // Whole bounce messages (parse/message.ts): header blocks, folded fields, boundaries, encoded bodies.
    ["a header block that never ends", `From: a@example.com\n${fill("Received: by mx\n", MB - 30)}`],
    ["one folded field", `From: a@example.com\nSubject: x\n${fill(" y\n", MB - 40)}`],
    [
      "empty MIME parts",
      `From: a@example.com\nContent-Type: multipart/report; boundary="b"\n\n${fill("--b\n", MB - 80)}`,
    ],
    [
      "parts without a boundary parameter",
      `From: a@example.com\nContent-Type: multipart/mixed\n\n${fill("--x\nContent-Type: text/plain\n\n550 ", MB - 60)}`,
    ],
    [
      "a base64 notice",
      `From: a@example.com\nContent-Transfer-Encoding: base64\n\n${fill("NTUwIDUuMS4xIHVzZXIgdW5rbm93bg==\n", MB - 60)}`,
    ],
    [
      "quoted-printable escapes",
      `From: a@example.com\nContent-Transfer-Encoding: quoted-printable\n\n${fill("=E9=\n", MB - 60)}`,
    ],
  ];

  test.each(cases)("%s: explain() and findBounceCodes() each finish in < 10 s", (_name, input) => {
    if (!existsSync(DIST)) throw new Error("packages/core/dist is missing: build core first");
    const script = `
      const { explain, findBounceCodes } = await import(${JSON.stringify(DIST)});
      explain("550 5.1.1 warm-up");
      const input = await new Promise((resolve) => { let s = ""; process.stdin.setEncoding("utf8");
        process.stdin.on("data", (c) => { s += c; }); process.stdin.on("end", () => resolve(s)); });
      let t = performance.now();
      const e = explain(input);
      const explainMs = performance.now() - t;
      t = performance.now();
      findBounceCodes(input);
      const findMs = performance.now() - t;
      process.stdout.write(JSON.stringify({ explainMs, findMs, type: e.type }));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      input,
      encoding: "utf8",
      timeout: 60_000,
      maxBuffer: 1024 * 1024,
    });
    if (child.signal) throw new Error(`killed after 60 s (${child.signal}): super-linear behaviour`);
    expect(child.stderr).toBe("");
    const result = JSON.parse(child.stdout) as { explainMs: number; findMs: number; type: string };
    expect(BOUNCE_TYPES).toContain(result.type);
    expect(result.explainMs).toBeLessThan(BOUND_MS);
    expect(result.findMs).toBeLessThan(BOUND_MS);
  });
});
