/**
 * Low-level readers for SMTP codes. Everything here works on a position in a string and looks at a
 * bounded number of characters, so callers can scan any input in linear time.
 */

/** Largest prefix of the input that `parseReply` and `findBounceCodes` read (64 KiB). */
export const MAX_INPUT_CHARS = 65_536;
/** Largest prefix of the input that `findBounceCodes` scans (1 MiB: a log excerpt; the scan is linear). */
export const MAX_FIND_CHARS = 1_048_576;
/** Longest `text` that `parseReply` returns, and longest `FoundBounce.text` (4 KiB). */
export const MAX_TEXT_CHARS = 4_096;
/** Most reply lines `parseReply` collects from one reply. */
export const MAX_REPLY_LINES = 200;
/** Most distinct findings `findBounceCodes` returns. */
export const MAX_FINDINGS = 100;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAlnum(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

/** Space, tab, CR or LF. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Reads a basic reply code at `i`: first digit 2–5, then two digits. RFC 5321 §4.2 limits the second digit
 * to 0–5, but servers send 571, 561 and the like, so any second digit is read (explain() flags them).
 * The three digits must not be followed by another digit; the caller checks what precedes.
 */
export function readReplyCode(s: string, i: number): number | null {
  if (i < 0 || i + 3 > s.length) return null;
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  const c = s.charCodeAt(i + 2) - 48;
  if (a < 2 || a > 5 || b < 0 || b > 9 || c < 0 || c > 9) return null;
  if (i + 3 < s.length && isDigit(s.charCodeAt(i + 3))) return null;
  return a * 100 + b * 10 + c;
}

export interface EnhancedMatch {
  /** Normalised code: leading zeros stripped (`5.7.026` → `5.7.26`). */
  code: string;
  /** Index just after the code. */
  end: number;
}

/**
 * Reads an enhanced status code (RFC 3463: class 2, 4 or 5; subject and detail of 1–3 digits) at `i`.
 * It must not continue as a longer dotted number (`5.1.1.1`), a word (`5.1.1a`) or a hyphenated
 * token (`5.1.1-rc1`). The caller checks what precedes.
 */
export function readEnhancedCode(s: string, i: number): EnhancedMatch | null {
  const n = s.length;
  if (i < 0 || i + 5 > n) return null;
  const cls = s.charCodeAt(i);
  if (cls !== 50 && cls !== 52 && cls !== 53) return null;
  if (s.charCodeAt(i + 1) !== 46) return null;
  let j = i + 2;
  const subjectStart = j;
  while (j < n && j - subjectStart < 4 && isDigit(s.charCodeAt(j))) j++;
  const subjectLen = j - subjectStart;
  if (subjectLen < 1 || subjectLen > 3 || j >= n || s.charCodeAt(j) !== 46) return null;
  j++;
  const detailStart = j;
  while (j < n && j - detailStart < 4 && isDigit(s.charCodeAt(j))) j++;
  const detailLen = j - detailStart;
  if (detailLen < 1 || detailLen > 3) return null;
  if (j < n) {
    const next = s.charCodeAt(j);
    if (isAlnum(next) || next === 95 /* _ */) return null;
    if (next === 46 /* . */ || next === 45 /* - */ || next === 44 /* , */) {
      const after = j + 1 < n ? s.charCodeAt(j + 1) : 0;
      if (isAlnum(after)) return null;
    }
  }
  // Written without leading zeros (nearly always): the code is the text itself.
  const plain =
    (subjectLen === 1 || s.charCodeAt(subjectStart) !== 48) &&
    (detailLen === 1 || s.charCodeAt(detailStart) !== 48);
  const code = plain
    ? s.slice(i, j)
    : `${s[i]}.${Number(s.slice(subjectStart, detailStart - 1))}.${Number(s.slice(detailStart, j))}`;
  return { code, end: j };
}

/**
 * Normalises an enhanced status code given on its own (`"5.7.026"` → `"5.7.26"`, `" 4.2.2 "` → `"4.2.2"`);
 * null when the string is not exactly one enhanced code.
 */
export function normaliseEnhancedCode(value: string): string | null {
  const t = value.trim();
  const m = readEnhancedCode(t, 0);
  return m && m.end === t.length ? m.code : null;
}

/** The SMTP command names `parseReply` reports. */
const COMMANDS: ReadonlyArray<readonly [prefix: string, name: string]> = [
  ["RCPT", "RCPT TO"],
  ["MAIL", "MAIL FROM"],
  ["END OF DATA", "DATA"],
  ["DATA", "DATA"],
  ["BDAT", "BDAT"],
  ["EHLO", "EHLO"],
  ["LHLO", "EHLO"],
  ["HELO", "HELO"],
  ["STARTTLS", "STARTTLS"],
  ["AUTH", "AUTH"],
  ["QUIT", "QUIT"],
  ["RSET", "RSET"],
  ["VRFY", "VRFY"],
  ["INITIAL GREETING", "CONN"],
  ["INITIAL CONNECTION", "CONN"],
  ["GREETING", "CONN"],
  ["CONNECT", "CONN"],
  ["CONN", "CONN"],
  ["BANNER", "CONN"],
];

/**
 * Normalises a command as MTAs and clients name it (`RCPT To:<a@b>`, `end of DATA`, `initial greeting`,
 * `AUTH PLAIN`, `pipelined RCPT TO`) to one of `CONN`, `EHLO`, `HELO`, `STARTTLS`, `AUTH`, `MAIL FROM`,
 * `RCPT TO`, `DATA`, `BDAT`, `QUIT`, `RSET`, `VRFY`; null for anything else.
 */
export function normaliseCommand(value: string): string | null {
  let t = value.slice(0, 200).trim().toUpperCase();
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, " ");
  if (t.startsWith("PIPELINED ")) t = t.slice(10);
  for (const [prefix, name] of COMMANDS) {
    if (!t.startsWith(prefix)) continue;
    const next = t.charCodeAt(prefix.length);
    // A whole word only: "DATA" but not "DATABASE"; "RCPT TO:<a@b>" and "MAIL From:" are fine.
    if (Number.isNaN(next) || !isLetter(next)) return name;
  }
  return null;
}
