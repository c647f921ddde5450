/**
 * The standards tables and their look-ups: basic SMTP reply codes (RFC 5321 and its extensions) and the
 * IANA "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248 and successors).
 *
 * The tables are generated from `data/*.csv` (see `data/README.md` for provenance) and indexed once at
 * module load; every look-up is a bounds check and a Map or array read. Returned objects are shared
 * and frozen: copy one before changing it.
 */
import {
  ENHANCED_CLASS_ROWS,
  ENHANCED_DETAIL_ROWS,
  ENHANCED_SUBJECT_ROWS,
} from "./data/generated/enhanced-status-codes.js";
import { REPLY_CODE_ROWS } from "./data/generated/reply-codes.js";
import type { EnhancedCodeInfo, ReplyCodeInfo } from "./types.js";

/**
 * A class sub-code of the IANA registry (`2.XXX.YYY`, `4.XXX.YYY`, `5.XXX.YYY`).
 *
 * @example
 * ENHANCED_CLASSES.get(4); // { class: 4, title: "Persistent Transient Failure", description: "…", reference: "RFC 3463" }
 */
export interface EnhancedClassInfo {
  readonly class: 2 | 4 | 5;
  readonly title: string;
  readonly description: string;
  readonly reference: string | null;
}

/**
 * A subject sub-code of the IANA registry (`X.0.YYY` … `X.7.YYY`).
 *
 * @example
 * ENHANCED_SUBJECTS.get(7)?.title; // "Security or Policy Status"
 */
export interface EnhancedSubjectInfo {
  readonly subject: number;
  readonly title: string;
  readonly description: string;
  readonly reference: string | null;
}

/**
 * A registered detail code, independent of class, as the registry lists it (`X.7.26`).
 *
 * @example
 * ENHANCED_CODES.get("X.7.26"); // { code: "X.7.26", subject: 7, detail: 26, title: "Multiple authentication checks failed", … }
 */
export interface EnhancedDetailInfo {
  /** Registry form, e.g. `X.7.26`. */
  readonly code: string;
  readonly subject: number;
  readonly detail: number;
  /** The registry's sample text. */
  readonly title: string;
  readonly description: string;
  /** e.g. `RFC 7372`, `RFC 7372, RFC 6376`, `draft-levine-mailbomb-header`. */
  readonly reference: string | null;
  /** Basic reply codes the registry associates with the code (`[]` for "Not given", "Any", "5XX"). */
  readonly basicCodes: readonly number[];
}

const EMPTY_CODES: readonly number[] = Object.freeze([]);

/**
 * The enhanced-status classes 2, 4 and 5, keyed by class digit.
 *
 * @example
 * ENHANCED_CLASSES.get(5)?.title; // "Permanent Failure"
 */
export const ENHANCED_CLASSES: ReadonlyMap<2 | 4 | 5, EnhancedClassInfo> = new Map(
  ENHANCED_CLASS_ROWS.map(([cls, title, description, reference]) => [
    cls,
    Object.freeze({ class: cls, title, description, reference }),
  ]),
);

/**
 * The enhanced-status subjects 0–7, keyed by subject number.
 *
 * @example
 * ENHANCED_SUBJECTS.get(1)?.title; // "Addressing Status"
 */
export const ENHANCED_SUBJECTS: ReadonlyMap<number, EnhancedSubjectInfo> = new Map(
  ENHANCED_SUBJECT_ROWS.map(([subject, title, description, reference]) => [
    subject,
    Object.freeze({ subject, title, description, reference }),
  ]),
);

/**
 * Every registered detail code (81: `X.0.0` … `X.7.30`), keyed by its registry form `X.<subject>.<detail>`.
 *
 * @example
 * ENHANCED_CODES.get("X.1.1")?.title; // "Bad destination mailbox address"
 * ENHANCED_CODES.size; // 81
 */
export const ENHANCED_CODES: ReadonlyMap<string, EnhancedDetailInfo> = new Map(
  ENHANCED_DETAIL_ROWS.map(([subject, detail, title, description, reference, basicCodes]) => {
    const code = `X.${subject}.${detail}`;
    const basic = basicCodes.length > 0 ? Object.freeze([...basicCodes]) : EMPTY_CODES;
    return [code, Object.freeze({ code, subject, detail, title, description, reference, basicCodes: basic })];
  }),
);

// Per-class entries of registered codes ("2.7.26", "4.7.26", "5.7.26"), made at their first look-up and
// kept (at most 3 × 81): shared and frozen. The registry lists codes class-independently, so each one can
// be looked up with any valid class. Nothing is built at import: a cold process pays only for the codes
// it meets.
const ENHANCED_BY_CODE = new Map<string, EnhancedCodeInfo>();

function registeredEnhanced(
  code: string,
  cls: 2 | 4 | 5,
  subject: number,
  detail: number,
): EnhancedCodeInfo | null {
  const known = ENHANCED_BY_CODE.get(code);
  if (known !== undefined) return known;
  const info = ENHANCED_CLASSES.get(cls);
  const d = ENHANCED_CODES.get(`X.${subject}.${detail}`);
  if (info === undefined || d === undefined) return null;
  const entry: EnhancedCodeInfo = Object.freeze({
    code,
    class: info.class,
    classTitle: info.title,
    subject: d.subject,
    subjectTitle: ENHANCED_SUBJECTS.get(d.subject)?.title ?? `Subject ${d.subject}`,
    title: d.title,
    description: d.description,
    reference: d.reference,
    // Shared and frozen; typed mutable only because the public interface says number[].
    basicCodes: d.basicCodes as number[],
    registered: true,
  });
  ENHANCED_BY_CODE.set(code, entry);
  return entry;
}

// RFC 3463 §2: class "." subject "." detail; class is 2, 4 or 5; subject and detail are 1–3 digits.
const ENHANCED_SYNTAX = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Normalises an enhanced status code: trims surrounding whitespace and drops leading zeros. Returns
 * null unless the input has RFC 3463 syntax (class 2, 4 or 5; subject and detail of 1–3 digits).
 * Whether the code is registered does not matter.
 *
 * @example
 * normalizeEnhancedCode(" 5.07.026 "); // "5.7.26"
 * normalizeEnhancedCode("4.7.650"); // "4.7.650"
 * normalizeEnhancedCode("9.9.9"); // null
 */
export function normalizeEnhancedCode(s: string): string | null {
  if (typeof s !== "string") return null;
  if (ENHANCED_BY_CODE.has(s)) return s;
  const m = ENHANCED_SYNTAX.exec(s.trim());
  if (m === null) return null;
  return `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
}

/**
 * Looks up an enhanced status code in the IANA registry. Accepts surrounding whitespace and leading
 * zeros. A well-formed code the registry does not list (`5.7.650`, `4.8.1`) still gets an answer with
 * `registered: false`, its class and subject explained and `title: null`. Malformed input returns null.
 *
 * @example
 * lookupEnhancedCode("5.7.26");
 * // { code: "5.7.26", class: 5, classTitle: "Permanent Failure", subject: 7,
 * //   subjectTitle: "Security or Policy Status", title: "Multiple authentication checks failed",
 * //   description: "…", reference: "RFC 7372", basicCodes: [550], registered: true }
 * lookupEnhancedCode("5.7.650")?.registered; // false
 * lookupEnhancedCode("5.7"); // null
 */
export function lookupEnhancedCode(code: string): EnhancedCodeInfo | null {
  if (typeof code !== "string") return null;
  const hit = ENHANCED_BY_CODE.get(code);
  if (hit !== undefined) return hit;
  const m = ENHANCED_SYNTAX.exec(code.trim());
  if (m === null) return null;
  const cls = Number(m[1]) as 2 | 4 | 5;
  const subject = Number(m[2]);
  const detail = Number(m[3]);
  const normalized = `${cls}.${subject}.${detail}`;
  return (
    registeredEnhanced(normalized, cls, subject, detail) ?? unregisteredEnhanced(normalized, cls, subject)
  );
}

// Unregistered codes seen so far (Microsoft's 5.7.606–5.7.649 and the like recur): frozen, so they can be
// shared like registered entries. Bounded: past the limit each one is built afresh.
const UNREGISTERED = new Map<string, EnhancedCodeInfo>();
const MAX_UNREGISTERED = 512;

function unregisteredEnhanced(code: string, cls: 2 | 4 | 5, subject: number): EnhancedCodeInfo {
  let info = UNREGISTERED.get(code);
  if (info === undefined) {
    info = buildUnregistered(code, cls, subject);
    if (UNREGISTERED.size < MAX_UNREGISTERED) UNREGISTERED.set(code, info);
  }
  return info;
}

function buildUnregistered(code: string, cls: 2 | 4 | 5, subject: number): EnhancedCodeInfo {
  const classTitle = ENHANCED_CLASSES.get(cls)?.title ?? `Class ${cls}`;
  const subjectInfo = ENHANCED_SUBJECTS.get(subject);
  const description =
    subjectInfo === undefined
      ? `${code} is not in the IANA registry, nor is its subject ${subject}: only its class (${classTitle}) is standard.`
      : `${code} is not in the IANA registry: only its class (${classTitle}) and subject (${subjectInfo.title}) are standard. Servers use such codes with meanings of their own; the reply text says more.`;
  return Object.freeze({
    code,
    class: cls,
    classTitle,
    subject,
    subjectTitle: subjectInfo?.title ?? `Unregistered subject ${subject}`,
    title: null,
    description,
    reference: null,
    basicCodes: EMPTY_CODES as number[],
    registered: false,
  });
}

// RFC 5321 §4.2.1: what the first digit says the client should do.
const CLASS_ADVICE: Record<2 | 3 | 4 | 5, string> = {
  2: "treat as success (2yz): the command was accepted",
  3: "treat as intermediate reply (3yz): the server accepted the command and waits for more input",
  4: "treat as temporary failure (4yz): a later retry may succeed",
  5: "treat as permanent failure (5yz): retrying the same message is not expected to succeed",
};

// RFC 5321 §4.2.1: the second digit's categories (3 and 4 are unspecified).
const SECOND_DIGIT: readonly (string | undefined)[] = [
  "refers to syntax",
  "refers to information",
  "refers to the connection",
  undefined,
  undefined,
  "refers to the mail system",
];

function nonStandardMeaning(code: number, observation: string): string {
  const cls = Math.floor(code / 100) as 2 | 3 | 4 | 5;
  const second = Math.floor(code / 10) % 10;
  const category = SECOND_DIGIT[second];
  const secondNote =
    category !== undefined
      ? ` Its second digit, ${second}, ${category} (RFC 5321 §4.2.1).`
      : second > 5
        ? ` Its second digit, ${second}, has no meaning in RFC 5321.`
        : "";
  const seen = observation === "" ? "" : ` ${observation.replace(/\.?$/, ".")}`;
  return `${code} is a non-standard reply code (no RFC defines it); ${CLASS_ADVICE[cls]}. Read the enhanced status code and the reply text for the reason.${secondNote}${seen}`;
}

function replyInfo(code: number, meaning: string, reference: string | null): ReplyCodeInfo {
  const cls = Math.floor(code / 100) as 2 | 3 | 4 | 5;
  return Object.freeze({
    code,
    class: cls,
    meaning: reference === null ? nonStandardMeaning(code, meaning) : meaning,
    reference,
    standard: reference !== null,
  });
}

/**
 * Every basic reply code in the built-in table (RFC 5321 §4.2.3 and extensions, plus the non-standard
 * 540 and 571 seen in real replies), keyed by code. `lookupReplyCode` also answers for codes not listed.
 *
 * @example
 * REPLY_CODES.get(550)?.reference; // "RFC 5321 §4.2.3"
 * REPLY_CODES.get(571)?.standard; // false
 */
export const REPLY_CODES: ReadonlyMap<number, ReplyCodeInfo> = new Map(
  REPLY_CODE_ROWS.map(([code, meaning, reference]) => [code, replyInfo(code, meaning, reference)]),
);

// Index 0 is code 200. Codes outside the table are filled on first use (at most 400 entries).
const REPLY_BY_INDEX: (ReplyCodeInfo | undefined)[] = new Array(400);
for (const info of REPLY_CODES.values()) REPLY_BY_INDEX[info.code - 200] = info;

const THREE_DIGITS = /^\d{3}$/;

/**
 * Looks up a basic SMTP reply code. Every integer from 200 to 599 gets an answer: the table's entry
 * when there is one, otherwise a non-standard explanation built from the code's class (`standard:
 * false`, `reference: null`). Strings of three digits (surrounding whitespace allowed) are accepted;
 * anything else returns null.
 *
 * @example
 * lookupReplyCode(550)?.meaning; // "Requested action not taken: mailbox unavailable (…)"
 * lookupReplyCode("421")?.class; // 4
 * lookupReplyCode(576);
 * // { code: 576, class: 5, meaning: "576 is a non-standard reply code (no RFC defines it); treat as
 * //   permanent failure (5yz): …", reference: null, standard: false }
 * lookupReplyCode(199); // null
 */
export function lookupReplyCode(code: number | string): ReplyCodeInfo | null {
  let n: number;
  if (typeof code === "number") n = code;
  else if (typeof code === "string") {
    const s = code.length === 3 ? code : code.trim();
    if (!THREE_DIGITS.test(s)) return null;
    n = Number(s);
  } else return null;
  if (!Number.isInteger(n) || n < 200 || n > 599) return null;
  const index = n - 200;
  let info = REPLY_BY_INDEX[index];
  if (info === undefined) {
    info = replyInfo(n, "", null);
    REPLY_BY_INDEX[index] = info;
  }
  return info;
}
