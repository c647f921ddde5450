/**
 * `parseReply`: find where the reply starts in whatever was pasted (a bare code, a reply, a DSN part, an
 * MTA's bounce text or log line), collect its lines, and read codes, text, command and remote host.
 *
 * Where the reply starts, best first (the earliest line wins within a rank):
 * 0. a DSN `Diagnostic-Code:` field (with its folded lines); `Status:` supplies a missing enhanced code;
 * 1. after `said:` (Postfix `host … said:`, qmail `Remote host said:`);
 * 2. after `<<<` (Sendmail transcripts);
 * 3. after `Remote Server returned '`, `Reported error:`, `responded with failure:`, `failed with:`
 *    (Exchange, qmail, mail gateways);
 * 4. Exim: after `SMTP error from remote mail server after …:` (on that line or the next ones) or after
 *    `host H [IP]:`;
 * 5. after `smtp;` (Exchange `#< #5.1.1 smtp;550 …>`, unlabelled Diagnostic-Code values);
 * 6. inside a Postfix log line's `status=bounced (…)`;
 * 7. a reply code at the start of a line (after optional `#`, `>` or quotes); on such a line, markers
 *    further on (`554 5.7.1 <host #5.7.1 smtp;550 5.7.1 …>`) belong to the reply's text. A success reply
 *    (2xx/3xx: a `220` banner, `250 OK`) yields to a failure reply at the start of a later line (an SMTP
 *    transcript), with a note;
 * 8. a reply code followed by an enhanced code anywhere (`customer got 550 5.7.26 from gmail`), then a
 *    reply code after `: ` (Nodemailer's `Message failed: 554 Transaction failed`), after Zoho's
 *    `ResponseCode ` (`[Status: Error, …, ResponseCode 421, , Host not reachable.]`) or at the start of a
 *    line before `,` (`421, , Host not reachable.`);
 * 9. an enhanced code at the start of a line (`5.1.1 user unknown`), or qmail's `(#5.1.1)`.
 * A marker of rank 1–6 with no code after it (`Received: … with SMTP; 29 Apr 2011`) ranks below 9.
 * Otherwise the whole input is the text and both codes are null.
 * Then, on the start's line:
 * - a 220 greeting banner gives way to a failure reply after it on its line: `220-laposte 421 4.2.1
 *   Service refusé` (a 4xx/5xx code right after the banner's first word, or anywhere on the line with an
 *   enhanced code after it); a note says so;
 * - Amazon SES's `5.1.0 - Unknown address error 550-'5.7.1 <a@b>... Access denied' (delivery attempts: 0)`:
 *   the quoted remote reply is the reply; SES's own code goes to `otherEnhancedCodes` and its summary to
 *   `notes`.
 * Python's smtplib tuple `(550, b'5.7.1 …
5.7.1 …')` (anywhere in the input) is read as its message with
 * escapes undone; the tuple's code fills in a missing reply code.
 *
 * From the start, the reply runs over lines that carry its reply code (`550-…` up to the final `550 …`),
 * over lines indented like a wrapped continuation, and over a DSN field's folded lines; it ends at a blank
 * line, a Postfix `(in reply to … command)` trailer or a line of another shape. A reply that starts at a
 * line start or after a client's `failed: ` (ranks 7, 8.5, 9) and is not a `550-` multi-line reply also
 * runs over lines with no code, each one reply line (Go's net/smtp prints `554 Transaction failed⏎Reject
 * due to policy restrictions.`), and a reply opened by an enhanced code alone over lines opening with that
 * same code (Python's smtplib: `5.7.1 …⏎5.7.1 …`). Such code-less lines end at a blank line or at a line
 * that is clearly not part of the reply (`foreignLine`): one holding a code or a start marker, or one that
 * starts a new record — a timestamp (`2024-05-01 …`, `10:55`, `May  1 …`), a header or DSN field
 * (`Reporting-MTA:`, `Subject:`), a MIME boundary (`--`), a quote (`>`), a transcript (`<<<`, `***`,
 * `Connection closed by foreign host.`, a client command such as `QUIT`) or a Python traceback. A stack frame (`    at f (file.js:1:2)`)
 * ends any reply, indented or not. `parseReply` assumes its input is a reply: judging whether free text holds one is
 * `findBounceCodes`' job.
 *
 * Speed: a bare code, and a plain reply whose every line opens with the reply code and that names no
 * wrapper (no marker, DSN field, log field, command, host, 220 banner or Python tuple), take fast paths
 * (`parseBareCodes`, `parsePlainLine`) that give exactly the general parser's result
 * (test/parse-fast.test.ts compares them). Everything else goes to `parseGeneral`.
 */

import type { ParsedReply } from "../types.js";
import {
  isAlnum,
  isDigit,
  isLetter,
  MAX_INPUT_CHARS,
  MAX_REPLY_LINES,
  MAX_TEXT_CHARS,
  normaliseCommand,
  normaliseEnhancedCode,
  readEnhancedCode,
  readReplyCode,
} from "./codes.js";
import { enhancedCodesIn } from "./find.js";
import { blankControls, clip, decodeQuotedPrintable, indentOf, splitLines, squash, toText } from "./text.js";

/** Characters that `toLowerCase` might change other than `A`–`Z` (it leaves U+0000–U+00BF alone). */
const BEYOND_ASCII_CASE = /[\u00c0-\uffff]/;

/** Lower-cases ASCII letters only, so offsets in the result match the original. */
function asciiLower(s: string): string {
  return BEYOND_ASCII_CASE.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s.toLowerCase();
}

interface Start {
  rank: number;
  line: number;
  /** Column where the reply (its code, or its text) begins. */
  col: number;
  /** Column of the marker that located the reply (for look-behind: host, `>>>` command). */
  markerCol: number;
  /** A closing character that ends the reply (`'`, `)` or `>`), when the wrapper has one. */
  closer: string | null;
  /** Continuation lines must carry this prefix (`<<<` in Sendmail transcripts). */
  prefix: string | null;
  /** The reply is on the following line (Exim's `SMTP error … after RCPT TO:<a@b>:` line). */
  nextLine: boolean;
}

interface LeadingCodes {
  replyCode: number | null;
  enhancedCode: string | null;
  /** `-` for a continuation line, ` ` for a final line, `` when there is no reply code. */
  sep: string;
  rest: string;
  swapped: boolean;
}

/** Reads `550-5.7.26 text`, `550 text`, `5.7.26 text` or `5.7.26 550 text` at the start of `text`. */
function leadingCodes(text: string): LeadingCodes {
  let i = skipBlanks(text, 0);
  let replyCode: number | null = null;
  let enhancedCode: string | null = null;
  let sep = "";
  let swapped = false;
  const r = readReplyCode(text, i);
  if (r !== null) {
    // "550: 5.2.2 …", "ERROR_CODE :421, Host not reachable" (punctuation right after the code)
    const c3 = text.charCodeAt(i + 3);
    const c4 = text.charCodeAt(i + 4);
    const colon = (c3 === 58 || c3 === 44) && (c4 === 32 || c4 === 58);
    const end = i + 3 >= text.length;
    if (colon || end || c3 === 32 || c3 === 9 || c3 === 45) {
      replyCode = r;
      sep = !colon && c3 === 45 ? "-" : " ";
      i = skipBlanks(text, end ? i + 3 : i + 4);
      // "550 550 5.1.1 user unknown": a gateway repeating the code.
      const c = text.charCodeAt(i + 3);
      if ((c === 32 || c === 45) && readReplyCode(text, i) === r) i = skipBlanks(text, i + 4);
    }
  }
  // "550 - 5.1.1 <a@b>…" (Java clients' "SMTPResponseException: 550 - 5.1.1 …")
  if (replyCode !== null && text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
    const k = skipBlanks(text, i + 1);
    if (readEnhancedCode(text, k)) i = k;
  }
  // "550 #5.1.0 Address rejected." (Google Workspace, Exchange)
  const hash = replyCode !== null && text.charCodeAt(i) === 35 ? 1 : 0;
  const e = readEnhancedCode(text, i + hash);
  // "550 cuda_nsu 5.1.1 <a@b>… User unknown" (Barracuda): the code after a tag; the text keeps the tag.
  if (!e && replyCode !== null) {
    const tag = tagLength(text, i);
    const tagged = tag > 0 ? readEnhancedCode(text, i + tag) : null;
    if (tagged) return { replyCode, enhancedCode: tagged.code, sep, rest: text.slice(i), swapped };
  }
  if (e) {
    enhancedCode = e.code;
    i = skipBlanks(text, e.end);
    if (replyCode === null) {
      const r2 = readReplyCode(text, i);
      const after2 = text[i + 3];
      if (r2 !== null && String(r2)[0] === e.code[0] && (after2 === undefined || after2 === " ")) {
        replyCode = r2;
        sep = " ";
        swapped = true;
        i = skipBlanks(text, i + 3);
      }
    }
  }
  return { replyCode, enhancedCode, sep, rest: text.slice(i), swapped };
}

function isLowerLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Length of a Barracuda-style tag `cuda_nsu ` (`[a-z]{2,12}_[a-z]{2,12} `) at `i`, or 0. */
function tagLength(text: string, i: number): number {
  let j = i;
  while (j - i < 13 && isLowerLetter(text.charCodeAt(j))) j++;
  if (j - i < 2 || j - i > 12 || text.charCodeAt(j) !== 95 /* _ */) return 0;
  const k = ++j;
  while (j - k < 13 && isLowerLetter(text.charCodeAt(j))) j++;
  if (j - k < 2 || j - k > 12 || text.charCodeAt(j) !== 32) return 0;
  return j + 1 - i;
}

/** Does a reply code or an enhanced code start at `col` (after blanks)? */
function codeAt(line: string, col: number): boolean {
  const lc = leadingCodes(line.slice(col, col + 40));
  return lc.replyCode !== null || lc.enhancedCode !== null;
}

/** `text` (trimmed, after an optional `<<<`/`>` prefix) starts with reply code `code` as a line marker. */
function startsWithCode(text: string, code: number): boolean {
  if (readReplyCode(text, 0) !== code) return false;
  const c = text[3];
  return c === undefined || c === " " || c === "\t" || c === "-";
}

/** Index of the first character after `from` that is not a space or tab. */
function skipBlanks(s: string, from: number): number {
  let i = from;
  for (let c = s.charCodeAt(i); c === 32 || c === 9; c = s.charCodeAt(i)) i++;
  return i;
}

/** May a code start at `i` in free text (not glued to a word, number, IP or amount)? */
function freeBoundary(s: string, i: number): boolean {
  if (i === 0) return true;
  const p = s.charCodeAt(i - 1);
  return !(isDigit(p) || isLetter(p) || p === 46 || p === 45 || p === 36 || p === 47 || p === 43 || p === 61);
}

/** Exim's `host mx.example.com [192.0.2.1]:` before a reply. */
const HOST_COLON = /(?:^|[\s:])host\s+[A-Za-z0-9][A-Za-z0-9.-]{0,252}\s*\[[^\]\s]{1,60}\]\s*:/i;

/** `startOnLine`'s markers (ASCII lower case), each searched for in the whole input at most once. */
const MARKERS = [
  ["said:"],
  ["<<<"],
  ["returned '"],
  ["reported error:", "responded with failure:", "failed with:"],
  ["smtp error from remote mail"],
  ["host"],
  ["smtp;"],
  ["status="],
] as const;
const SAID = 0;
const SENDMAIL = 1;
const RETURNED = 2;
const FAILURE = 3;
const EXIM = 4;
const HOST = 5;
const SMTP = 6;
const STATUS = 7;

/**
 * Which markers occur anywhere in the input, found out when first asked (lines are searched only for
 * markers the input holds), and the lower-cased lines, made when first needed.
 */
class Markers {
  private known = 0;
  private present = 0;
  private lowerLines: string[] | null = null;

  constructor(
    private readonly lower: string,
    private readonly makeLowerLines: () => string[],
  ) {}

  has(marker: number): boolean {
    const bit = 1 << marker;
    if ((this.known & bit) === 0) {
      this.known |= bit;
      if ((MARKERS[marker] as readonly string[]).some((m) => this.lower.includes(m))) this.present |= bit;
    }
    return (this.present & bit) !== 0;
  }

  /** Line `index`, ASCII lower-cased. */
  line(index: number): string {
    this.lowerLines ??= this.makeLowerLines();
    return this.lowerLines[index] ?? "";
  }
}

/**
 * The best reply start on one line, or null (ranks 1–7; lower is better). The line is lower-cased (by
 * `m`) only when the input holds a marker.
 */
function startOnLine(line: string, index: number, m: Markers): Start | null {
  const mk = (rank: number, col: number, markerCol: number, extra: Partial<Start> = {}): Start => ({
    rank,
    line: index,
    col,
    markerCol,
    closer: null,
    prefix: null,
    nextLine: false,
    ...extra,
  });
  // A reply code at the start of the line: "550 …", "#550 …", "> 550 …", "'550 …'". Markers later on such
  // a line ("554 5.7.1 <host #5.7.1 smtp;550 5.7.1 …>") quote another reply inside this one.
  let i = skipBlanks(line, 0);
  while (i < line.length && i < 20 && ">#'\"` ".includes(line[i] as string)) i++;
  if (readReplyCode(line, i) !== null) {
    const c = line[i + 3];
    if (c === undefined || c === " " || c === "\t" || c === "-" || (c === ":" && line[i + 4] === " ")) {
      const quote = line[i - 1] === "'" ? "'" : null;
      return mk(7, i, i, { closer: quote });
    }
  }
  const said = m.has(SAID) ? m.line(index).indexOf("said:") : -1;
  if (said !== -1) return mk(1, skipBlanks(line, said + 5), said);
  const lt = m.has(SENDMAIL) ? m.line(index).indexOf("<<<") : -1;
  if (lt !== -1 && (lt === 0 || line[lt - 1] === " " || line[lt - 1] === "\t")) {
    return mk(2, skipBlanks(line, lt + 3), lt, { prefix: "<<<" });
  }
  const returned = m.has(RETURNED) ? m.line(index).indexOf("returned '") : -1;
  if (returned !== -1 && m.line(index).lastIndexOf("server", returned) !== -1) {
    return mk(3, returned + 10, returned, { closer: "'" });
  }
  for (const marker of m.has(FAILURE) ? MARKERS[FAILURE] : []) {
    const at = m.line(index).indexOf(marker);
    if (at !== -1) return mk(3, skipBlanks(line, at + marker.length), at);
  }
  const exim = m.has(EXIM) ? m.line(index).indexOf("smtp error from remote mail") : -1;
  if (exim !== -1) {
    // "… after RCPT TO:<a@b>:" then the reply on this line or the next.
    const after = m.line(index).indexOf(" after ", exim);
    let col = line.length;
    if (after !== -1) {
      const gt = line.indexOf(">", after);
      const from = gt !== -1 ? gt + 1 : after + 7;
      const colon = line.indexOf(":", from);
      if (colon !== -1) col = skipBlanks(line, colon + 1);
    }
    return mk(4, col, exim, { nextLine: col >= line.length });
  }
  const host = m.has(HOST) ? HOST_COLON.exec(line.slice(0, 400)) : null;
  if (host) {
    const col = skipBlanks(line, host.index + host[0].length);
    return mk(4, col, host.index, { nextLine: col >= line.length });
  }
  const smtp = m.has(SMTP) ? m.line(index).indexOf("smtp;") : -1;
  if (smtp !== -1 && (smtp === 0 || ' \t#<"'.includes(line[smtp - 1] as string))) {
    // Exchange 2003 "#< #5.1.1 smtp;550 …>"; JSON (Amazon SES notifications) "diagnosticCode":"smtp; 550 …".
    const closer = line[smtp - 1] === '"' ? '"' : m.line(index).lastIndexOf("#<", smtp) !== -1 ? ">" : null;
    return mk(5, skipBlanks(line, smtp + 5), smtp, { closer });
  }
  const status = m.has(STATUS) ? /status=[a-z]{1,12} \(/.exec(m.line(index).slice(0, 2000)) : null;
  if (status) return mk(6, status.index + status[0].length, status.index, { closer: ")" });
  return null;
}

const DIGIT = /[0-9]/g;

/** Ranks 8 and 9 on one line: a code pair anywhere, or an enhanced code at the start / in `(#…)`. */
function weakStartOnLine(line: string, index: number): Start | null {
  const mk = (rank: number, col: number): Start => ({
    rank,
    line: index,
    col,
    markerCol: col,
    closer: null,
    prefix: null,
    nextLine: false,
  });
  const n = Math.min(line.length, 4000);
  let afterColon: Start | null = null;
  for (let i = 0; i < n; i++) {
    // Jump to the next digit (a regular expression finds it much faster than a loop).
    DIGIT.lastIndex = i;
    if (!DIGIT.test(line)) break;
    i = DIGIT.lastIndex - 1;
    if (i >= n) break;
    if (!freeBoundary(line, i)) continue;
    const r = readReplyCode(line, i);
    const sep = line[i + 3];
    if (r !== null && (sep === " " || sep === "-") && readEnhancedCode(line, i + 4)) return mk(8, i);
    // "ERROR 550: 5.1.1 user unknown", "SMTPResponseException: 550 - 5.1.1 <a@b>…"
    if (r !== null && (sep === ":" || sep === " ") && line[i + 4] === (sep === ":" ? " " : "-")) {
      if (readEnhancedCode(line, skipBlanks(line, i + 5))) return mk(8, i);
    }
    // An enhanced code alone after an exception's colon: "SmtpCommandException: 5.1.1 <a@b>: …" (MailKit).
    // Only there: elsewhere the words before a colon are part of the text ("Result: delayed, Status: 4.4.1
    // Cannot connect to host", Kerio).
    if (
      r === null &&
      afterColon === null &&
      line[i - 1] === " " &&
      line[i - 2] === ":" &&
      wordEndsAt(line, i - 2, "exception") &&
      readEnhancedCode(line, i)
    ) {
      afterColon = mk(8.5, i);
    }
    // Client error messages: "Message failed: 554 Transaction failed", "Mail command failed: 550 …".
    if (r !== null && afterColon === null && (sep === undefined || " -,;".includes(sep))) {
      let k = i;
      while (k > 0 && line[k - 1] === " ") k--;
      // "failed: 554 …", "ERROR_CODE :550" — not "10:550", and not a count that ends the line ("Current quota used:
      // 487"): a code alone at the end of a line must have a second digit RFC 5321 defines (0–5).
      const countAtEnd = sep === undefined && r % 100 >= 60;
      if (!countAtEnd && line[k - 1] === ":" && (k < i || !isDigit(line.charCodeAt(k - 2))))
        afterColon = mk(8.5, i);
      // Zoho: "[Status: Error, Address: <a@b>, ResponseCode 421, , Host not reachable.]"; and that
      // record's reply alone at the start of a line ("421, , Host not reachable.").
      else if (wordEndsAt(line, k, "responsecode") || (sep === "," && k === 0)) afterColon = mk(8.5, i);
    }
    while (i < n && isDigit(line.charCodeAt(i + 1))) i++;
  }
  if (afterColon) return afterColon;
  let i = skipBlanks(line, 0);
  while (i < line.length && i < 20 && ">#'\"` ".includes(line[i] as string)) i++;
  if (readEnhancedCode(line, i)) return mk(9, i);
  for (const open of ["(#", "[#"]) {
    const at = line.indexOf(open);
    if (at !== -1 && readEnhancedCode(line, at + 2)) return mk(9, skipBlanks(line, 0));
  }
  return null;
}

interface Dsn {
  /** The Diagnostic-Code value (type prefix removed) and its folded lines. */
  diagnostic: string[] | null;
  /** The Diagnostic-Code type (`smtp`, `x-postfix`, `x-unix`), lower case, or null when untyped. */
  type: string | null;
  status: string | null;
  remoteMta: string | null;
}

function readDsn(lines: string[]): Dsn {
  const dsn: Dsn = { diagnostic: null, type: null, status: null, remoteMta: null };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const c = line.charCodeAt(0);
    if (c !== 68 && c !== 100 && c !== 83 && c !== 115 && c !== 82 && c !== 114) continue; // D S R
    const m = /^(diagnostic-code|status|remote-mta)[ \t]*:[ \t]*/i.exec(line);
    if (!m) continue;
    const field = (m[1] as string).toLowerCase();
    const value = line.slice(m[0].length);
    if (field === "diagnostic-code" && dsn.diagnostic === null) {
      const typed = /^[A-Za-z][A-Za-z0-9.-]{0,30}[ \t]*;[ \t]*/.exec(value);
      const folded = [typed ? value.slice(typed[0].length) : value];
      for (let j = i + 1; j < lines.length && folded.length < MAX_REPLY_LINES; j++) {
        const next = lines[j] as string;
        if (!/^[ \t]/.test(next) || next.trim() === "") break;
        folded.push(next.trim());
      }
      dsn.diagnostic = folded;
      dsn.type = typed ? (typed[0].split(";")[0] as string).trim().toLowerCase() : null;
    } else if (field === "status" && dsn.status === null) {
      dsn.status = normaliseEnhancedCode(value.trim().split(/\s/)[0] ?? "");
    } else if (field === "remote-mta" && dsn.remoteMta === null) {
      const semi = value.indexOf(";");
      // "dns; mx.example.com" (or "smtp;…") names a host; "X-Unix; mirapoint" names a local program.
      const type = semi === -1 ? "dns" : value.slice(0, semi).trim().toLowerCase();
      if (type !== "dns" && type !== "smtp") continue;
      dsn.remoteMta = cleanHost((semi === -1 ? value : value.slice(semi + 1)).trim().split(/\s/)[0] ?? "");
    }
  }
  return dsn;
}

/** A host name or address as written in a log (`mx.example.com.`, `[192.0.2.1]`), or null. */
function cleanHost(token: string): string | null {
  let t = token.trim();
  if (t.startsWith("[") && t.endsWith("]")) t = t.slice(1, -1);
  while (t.endsWith(".") || t.endsWith(":")) t = t.slice(0, -1);
  return /^[A-Za-z0-9][A-Za-z0-9.:_-]{0,252}$/.test(t) ? t : null;
}

/** The host written just before `end` as `host[IP]` or `host [IP]` (Postfix, Exim). */
function hostBefore(s: string, end: number): string | null {
  // What /([A-Za-z0-9][A-Za-z0-9.-]{0,252})[ \t]?\[[^\]\s]{1,60}\][\s:]*$/ finds (its leftmost match) in
  // the 300 characters before `end`, read backwards from `end` instead of tried at every start.
  const lo = Math.max(0, end - 300);
  let k = end;
  while (k > lo && (isJsBlank(s.charCodeAt(k - 1)) || s.charCodeAt(k - 1) === 58)) k--;
  const close = k - 1;
  if (close < lo || s.charCodeAt(close) !== 93 /* ] */) return null;
  let start = -1;
  let hostEnd = -1;
  // Each "[" whose bracketed text (1–60 characters, no "]" or blank) runs to `close`.
  for (let b = close - 1; b >= lo && close - b - 1 <= 60; b--) {
    const c = s.charCodeAt(b);
    if (c === 93 || isJsBlank(c)) break;
    if (c !== 91 /* [ */ || b === close - 1) continue;
    let h = b;
    if (h > lo && (s.charCodeAt(h - 1) === 32 || s.charCodeAt(h - 1) === 9)) h--;
    let r = h;
    while (r > lo && isHostChar(s.charCodeAt(r - 1))) r--;
    let p = Math.max(r, h - 253);
    while (p < h && !isAlnum(s.charCodeAt(p))) p++;
    if (p < h && (start === -1 || p < start)) {
      start = p;
      hostEnd = h;
    }
  }
  return start === -1 ? null : cleanHost(s.slice(start, hostEnd));
}

function isHostChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}

/** A character that /\s/ matches. */
function isJsBlank(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function findRemoteHost(s: string, lower: string, dsn: Dsn): string | null {
  if (dsn.remoteMta) return dsn.remoteMta;
  for (const marker of ["said:", "failed with:"]) {
    const at = lower.indexOf(marker);
    const h = at === -1 ? null : hostBefore(s, at);
    if (h) return h;
  }
  const exim = !lower.includes("host")
    ? null
    : /(?:^|\n)[ \t]*host[ \t]+([A-Za-z0-9][A-Za-z0-9.-]{0,252})[ \t]*\[[^\]\s]{1,60}\][ \t]*:/i.exec(s);
  if (exim) return cleanHost(exim[1] as string);
  const talking = lower.indexOf("while talking to ");
  if (talking !== -1) {
    const token = s.slice(talking + 17, talking + 300).split(/\s/)[0] ?? "";
    const h = cleanHost(token);
    if (h) return h;
  }
  for (const phrase of [
    " does not like recipient",
    " does not like sender",
    " failed after i sent the message",
  ]) {
    // Searching for a leading space stops at every space; look for the words first.
    if (!lower.includes(phrase.slice(1))) continue;
    const at = lower.indexOf(phrase);
    if (at === -1) continue;
    const lineStart = s.lastIndexOf("\n", at) + 1;
    const h = cleanHost(s.slice(lineStart, at));
    if (h) return h;
  }
  const connected = !lower.includes("connected to ")
    ? null
    : /connected to ([A-Za-z0-9][A-Za-z0-9.:-]{0,252}) but /.exec(lower.slice(0, MAX_INPUT_CHARS));
  if (connected) {
    const at = connected.index + 13;
    return cleanHost(s.slice(at, at + (connected[1] as string).length));
  }
  for (const marker of ["relay=", "connect to "]) {
    const at = lower.indexOf(marker);
    if (at === -1) continue;
    const token = /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}(?=\[)/.exec(
      s.slice(at + marker.length, at + marker.length + 260),
    );
    if (token && token[0] !== "none") return cleanHost(token[0]);
  }
  return null;
}

/** `(in reply to RCPT TO command)` → `RCPT TO`; searched in `s` (already lower-cased in `lower`). */
function commandInReplyTo(s: string, lower: string): string | null {
  const at = lower.indexOf("(in reply to ");
  if (at === -1) return null;
  const close = lower.indexOf(")", at);
  if (close === -1 || close - at > 120) return null;
  const phrase = squash(s.slice(at + 13, close)).replace(/ command$/i, "");
  return normaliseCommand(phrase);
}

function findCommand(s: string, lower: string, startOffset: number): string | null {
  const inReply = commandInReplyTo(s, lower);
  if (inReply) return inReply;
  const exim = lower.indexOf("smtp error from remote mail");
  if (exim !== -1) {
    const after = lower.indexOf(" after ", exim);
    if (after !== -1 && after - exim < 40) {
      const cmd = normaliseCommand(s.slice(after + 7, after + 80));
      if (cmd) return cmd;
    }
  }
  // Sendmail: the last ">>> COMMAND" before the reply (only in a transcript: ">>>" alone is e-mail quoting).
  let sent = lower.includes("<<<") ? lower.lastIndexOf(">>> ", startOffset) : -1;
  if (sent === -1 && lower.includes("<<<")) sent = lower.indexOf(">>> ");
  if (sent !== -1) {
    const cmd = normaliseCommand(s.slice(sent + 4, sent + 80));
    if (cmd) return cmd;
  }
  const qmail: ReadonlyArray<readonly [string, string]> = [
    ["does not like recipient", "RCPT TO"],
    ["but sender was rejected", "MAIL FROM"],
    ["does not like sender", "MAIL FROM"],
    ["failed after i sent the message", "DATA"],
    ["failed on data command", "DATA"],
    ["but my name was rejected", "HELO"],
  ];
  for (const [phrase, cmd] of qmail) if (lower.includes(phrase)) return cmd;
  return null;
}

interface ReplyLine {
  replyCode: number | null;
  enhancedCode: string | null;
  parts: string[];
}

/** Offsets in `text` where a multi-line reply's next line begins (`550-5.7.26`/`550 5.7.26` inline). */
function inlineMarkers(text: string, code: number, needEnhanced: boolean): number[] {
  const out: number[] = [];
  const needle = String(code);
  let at = text.indexOf(needle, 1);
  while (at !== -1 && out.length < MAX_REPLY_LINES) {
    const before = text[at - 1];
    const sep = text[at + 3];
    if ((before === " " || before === "\t") && (sep === "-" || sep === " " || sep === undefined)) {
      if (!isDigit(text.charCodeAt(at + 3)) && (!needEnhanced || readEnhancedCode(text, at + 4)))
        out.push(at);
    }
    at = text.indexOf(needle, at + 3);
  }
  return out;
}

const TRAILER_MARKS = /[()[\]#]/;

/** `(in reply to ` in any ASCII case (the same as searching the ASCII lower-cased text). */
const IN_REPLY_TO_CI = /\(in reply to /i;

/** Strips Postfix, Exchange and qmail trailers from the last line's text; reports what they said. */
function stripTrailers(
  text: string,
  closer: string | null,
): { text: string; command: string | null; qmailCode: string | null } {
  // Without brackets or `#` there is no trailer to strip (nearly every plain reply).
  if (closer === null && !TRAILER_MARKS.test(text))
    return { text: text.trim(), command: null, qmailCode: null };
  let t = text;
  let command: string | null = null;
  const lower = t.includes("(") ? asciiLower(t) : "";
  const inReply = lower.lastIndexOf("(in reply to ");
  if (inReply !== -1) {
    command = commandInReplyTo(t.slice(inReply), lower.slice(inReply));
    t = t.slice(0, inReply);
  }
  const hash = t.includes("#");
  if (hash) {
    const hashes = t.indexOf(" ##");
    if (hashes !== -1) t = t.slice(0, hashes);
    else if (t.endsWith("##")) t = t.slice(0, -2);
  }
  t = t.trim();
  if (closer === "'" && t.endsWith("'")) t = t.slice(0, -1);
  if (closer === '"') {
    // The JSON string ends at the first quote; a backslash before it escapes it in doubly encoded JSON.
    const quote = t.indexOf('"');
    if (quote !== -1) t = t.slice(0, t[quote - 1] === "\\" ? quote - 1 : quote);
  }
  if (closer === ">") {
    const gt = t.lastIndexOf(">");
    if (gt !== -1 && count(t, ">") > count(t, "<")) t = t.slice(0, gt);
  }
  t = t.trim();
  t = dropUnbalanced(dropUnbalanced(t, "(", ")"), "[", "]");
  let qmailCode: string | null = null;
  // qmail "(#5.1.1)", and "[#4.1.9]" as some servers write it.
  const qm = hash ? Math.max(t.lastIndexOf("(#"), t.lastIndexOf("[#")) : -1;
  if (qm !== -1) {
    const e = readEnhancedCode(t, qm + 2);
    if (e) {
      qmailCode = e.code;
      const close = t[qm] === "(" ? ")" : "]";
      if (t[e.end] === close) t = `${t.slice(0, qm).trimEnd()} ${t.slice(e.end + 1).trimStart()}`.trim();
    }
  }
  return { text: t, command, qmailCode };
}

/** Drops closing brackets at the end of `t` that nothing opened (`… user unknown)` from a log wrapper). */
function dropUnbalanced(t: string, open: string, close: string): string {
  // Only closing brackets at the very end are dropped.
  if (t[t.length - 1] !== close) return t.trimEnd();
  let extra = count(t, close) - count(t, open);
  let end = t.length;
  while (extra > 0 && end > 0) {
    const c = t[end - 1];
    if (c === close) extra--;
    else if (c !== " " && c !== "\t") break;
    end--;
  }
  return t.slice(0, end).trimEnd();
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

export function parseReplyImpl(input: unknown): ParsedReply {
  const raw = toText(input);
  if (raw.length <= FAST_MAX_CHARS) {
    const fast = parseBareCodes(raw) ?? parsePlainLine(raw) ?? parsePlainText(raw);
    if (fast !== null) return fast;
  }
  return parseGeneral(raw);
}

/**
 * Fast paths. Most inputs are a bare code (`550`, `5.7.26`, `550 5.7.26`) or one reply line
 * (`550 5.1.1 <a@b>: Recipient address rejected: …`) with no log or DSN wrapper around it. For those the
 * general parser's answer is known after a few checks, without splitting lines, lower-casing the input
 * or searching it for markers one by one. Each fast path returns null when the input is not of its shape
 * and `parseGeneral` takes over; both give the same result for every input.
 */
const FAST_MAX_CHARS = 2_000;

function result(
  replyCode: number | null,
  enhancedCode: string | null,
  kept: string[],
  others: string[],
  notes: string[],
): ParsedReply {
  return {
    replyCode,
    enhancedCode,
    text: kept.length === 1 ? (kept[0] as string) : kept.join(" "),
    lines: kept,
    command: null,
    remoteHost: null,
    otherEnhancedCodes: others,
    notes,
  };
}

/** `550`, `5.7.26` or `550 5.7.26`, with spaces around at most. */
function parseBareCodes(s: string): ParsedReply | null {
  const n = s.length;
  if (n > 24) return null;
  let a = 0;
  while (a < n && s.charCodeAt(a) === 32) a++;
  let b = n;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  let i = a;
  const replyCode = readReplyCode(s, i);
  if (replyCode !== null) {
    if (i + 3 === b) return result(replyCode, null, [], [], []);
    if (s.charCodeAt(i + 3) !== 32) return null;
    i += 4;
  }
  const e = readEnhancedCode(s, i);
  if (e === null || e.end !== b) return null;
  return result(replyCode, e.code, [], [], []);
}

/** Wrapper words that name a command or a remote host (the general parser reads them). */
const WRAPPER_WORDS =
  /talking to |connect(?:ed)? to |does not like |failed (?:after|on data)|but (?:sender|my name) was rejected|smtp error from/i;

/**
 * Characters the fast paths leave to the general parser: C0 controls (tab included), DEL, C1 controls and
 * Unicode blanks. CR and LF are here too; `NOT_PLAIN_LINES` is the same without them.
 */
const NOT_PLAIN =
  /[^\x20-\x7e\xa1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\ufefe\uff00-\uffff]/g;
const NOT_PLAIN_LINES =
  /[^\n\r\x20-\x7e\xa1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\ufefe\uff00-\uffff]/g;
const TWO_SPACES = / {2}/;
/**
 * Any character but printable ASCII: without one, `NOT_PLAIN` finds nothing either, and a class of one
 * range is tested several times faster than `NOT_PLAIN`'s many (most replies are printable ASCII).
 */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;
/** Markers read at the position of the mark that announces them (sticky, case-insensitive). */
const IN_REPLY_TO_AT = /\(in +reply +to /iy;
const HOST_MARKER_AT = /said:|failed with:/iy;
const PY_TUPLE_AT = /\([2-5][0-9]{2}, b?['"]/y;

/** `s[at - word.length .. at)` is `word` (lower-case ASCII letters), ignoring ASCII case. */
function wordEndsAt(s: string, at: number, word: string): boolean {
  const from = at - word.length;
  if (from < 0) return false;
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(from + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** What one pass over a plain line found: whether it needs squashing or trailer stripping. */
enum Marks {
  None = 0,
  Spaces = 1,
  /** Brackets or `#`: the text may end in a trailer (`… (#5.1.1)`, `… user unknown)`). */
  Trailers = 2,
  Hash = 4,
  /** Line breaks (CR, LF). */
  Lines = 8,
  /** Not plain text, or a wrapper marker: the general parser must read it. */
  General = 16,
}

/**
 * Classifies `s`: `General` when it holds a character the fast paths do not handle or a marker from which
 * the general parser reads a command, remote host or `dsn=` code; else which cleaning its text needs. Each
 * test is a regular expression or `includes` over the whole input (much cheaper than a loop over it).
 */
function scanPlain(s: string): number {
  let marks = Marks.None;
  NOT_PLAIN.lastIndex = 0;
  if (NOT_PRINTABLE_ASCII.test(s) && NOT_PLAIN.test(s)) {
    // A line break: the rest must be plain but for more line breaks.
    const at = NOT_PLAIN.lastIndex - 1;
    const c = s.charCodeAt(at);
    if (c !== 10 && c !== 13) return Marks.General;
    NOT_PLAIN_LINES.lastIndex = at;
    if (NOT_PLAIN_LINES.test(s)) return Marks.General;
    marks |= Marks.Lines;
  }
  if (s.includes("#")) marks |= Marks.Trailers | Marks.Hash;
  if (s.includes(")") || s.includes("[")) marks |= Marks.Trailers;
  // ( — Postfix "(in reply to RCPT TO command)"
  for (let at = s.indexOf("("); at !== -1; at = s.indexOf("(", at + 1)) {
    IN_REPLY_TO_AT.lastIndex = at;
    if (IN_REPLY_TO_AT.test(s)) return Marks.General;
    // Python's "(550, b'…')" tuple.
    PY_TUPLE_AT.lastIndex = at;
    if (PY_TUPLE_AT.test(s)) return Marks.General;
    marks |= Marks.Trailers;
  }
  // = — log fields "dsn=5.1.1", "relay=mx[…]"; a quoted-printable soft line break.
  for (let at = s.indexOf("="); at !== -1; at = s.indexOf("=", at + 1)) {
    const next = s.charCodeAt(at + 1);
    if (next === 10 || next === 13) return Marks.General;
    if (wordEndsAt(s, at, "dsn") || wordEndsAt(s, at, "relay")) return Marks.General;
  }
  // ] — "host mx.example.com[192.0.2.1] said:": the general parser reads the host.
  for (let at = s.indexOf("]"); at !== -1; at = s.indexOf("]", at + 1)) {
    let j = at + 1;
    for (let c = s.charCodeAt(j); c === 32 || c === 58 || c === 10 || c === 13; c = s.charCodeAt(j)) j++;
    HOST_MARKER_AT.lastIndex = j;
    if (HOST_MARKER_AT.test(s)) return Marks.General;
    marks |= Marks.Trailers;
  }
  if (s.includes("<<<") || WRAPPER_WORDS.test(s)) return Marks.General;
  if (TWO_SPACES.test(s)) marks |= Marks.Spaces;
  return marks;
}

/** A reply line's text without its codes: squashed, without leading `:`/`,` (`550 : User unknown`). */
function lineText(rest: string, spaces: boolean): string {
  const n = rest.length;
  let t = rest;
  if (
    n > 0 &&
    ((spaces && rest.includes("  ")) || rest.charCodeAt(0) === 32 || rest.charCodeAt(n - 1) === 32)
  ) {
    t = rest.replace(/ {2,}/g, " ").trim();
  }
  const c0 = t.charCodeAt(0);
  if (c0 !== 58 && c0 !== 44) return t;
  let i = 1;
  for (let c = t.charCodeAt(i); c === 32 || c === 58 || c === 44; c = t.charCodeAt(i)) i++;
  return t.slice(i);
}

/**
 * One plain line that opens with a reply code (after optional blanks and `>#'"\`` marks) and names no
 * command or remote host: the general parser's rank-7 start with no other lines to collect.
 */
function parsePlainLine(s: string): ParsedReply | null {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) === 32) i++;
  while (i < n && i < 20 && isQuoteMark(s.charCodeAt(i))) i++;
  const code = readReplyCode(s, i);
  // A 220 greeting banner may precede the reply ("220-laposte 421 4.2.1 …"): the general parser decides.
  if (code === null || code === 220) return null;
  const c = s.charCodeAt(i + 3);
  const end = i + 3 === n || c === 10 || c === 13;
  if (!(end || c === 32 || c === 45 || (c === 58 && s.charCodeAt(i + 4) === 32))) return null;
  const marks = scanPlain(s);
  if (marks & Marks.General) return null;
  const spaces = (marks & Marks.Spaces) !== 0;
  if (marks & Marks.Lines) return parsePlainLines(s, i, code, spaces);

  const closer = i > 0 && s.charCodeAt(i - 1) === 39 ? "'" : null;
  const first = i === 0 ? s : s.slice(i);
  const firstCodes = leadingCodes(first);
  const segment = s.charCodeAt(n - 1) === 32 ? first.trim() : first;
  if (firstCodes.sep !== "-" && closer === null) {
    // The common case: one line, one reply code.
    const lc = segment === first ? firstCodes : leadingCodes(segment);
    const text = lineText(lc.rest, spaces);
    // Without `#` only a closing bracket at the very end is a trailer.
    const last = text.charCodeAt(text.length - 1);
    if (marks & Marks.Hash || ((marks & Marks.Trailers) !== 0 && (last === 41 || last === 93))) {
      const stripped = stripTrailers(text, null);
      return finishOne(s, lc.replyCode, lc.enhancedCode, stripped.text, stripped.qmailCode);
    }
    return finishOne(s, lc.replyCode, lc.enhancedCode, text, null);
  }
  const notes: string[] = [];
  const lineCodes: (string | null)[] = [];
  const texts: string[] = [];
  // The reply code as the line itself gives it ("550:" alone is no reply code).
  let replyCode: number | null = null;
  if (firstCodes.sep !== "-") {
    const lc = segment === first ? firstCodes : leadingCodes(segment);
    replyCode = lc.replyCode;
    lineCodes.push(lc.enhancedCode);
    texts.push(lineText(lc.rest, spaces));
  } else {
    // "550-5.1.1 … 550-5.1.1 … 550 5.1.1 …": a multi-line reply joined by spaces.
    const cuts: number[] = [];
    for (const at of inlineMarkers(segment, code, firstCodes.enhancedCode !== null)) {
      cuts.push(at);
      if (segment[at + 3] !== "-") break;
    }
    cuts.push(segment.length);
    let from = 0;
    for (const at of cuts) {
      if (lineCodes.length >= MAX_REPLY_LINES) {
        notes.push(`reply longer than ${MAX_REPLY_LINES} lines: the rest was not read`);
        break;
      }
      const lc = leadingCodes(segment.slice(from, at));
      replyCode ??= lc.replyCode;
      lineCodes.push(lc.enhancedCode);
      texts.push(lineText(lc.rest, spaces));
      from = at;
    }
  }
  return finishPlain(s, replyCode, closer, lineCodes, texts, notes);
}

/**
 * A plain multi-line reply whose every line carries the reply code (`550-5.7.26 …` lines up to the final
 * `550 5.7.26 …`, then at most blank lines), the line opening at `col` of the first line. Null for any
 * other shape (a line without the code, more after the final line, a quoted first line).
 */
function parsePlainLines(s: string, col: number, code: number, spaces: boolean): ParsedReply | null {
  const lines = splitLines(s);
  if (lines.length > 150) return null;
  const line0 = lines[0] as string;
  if (col > 0 && line0.charCodeAt(col - 1) === 39) return null; // '550 …' is read as one line
  const first = line0.slice(col);
  const firstCodes = leadingCodes(first);
  if (firstCodes.sep !== "-") return null;
  const segments = [first.trim()];
  let finalSeen = false;
  for (let j = 1; j < lines.length; j++) {
    const t = (lines[j] as string).trim();
    if (t === "") {
      // The reply ends at a blank line; anything after it is for the general parser.
      for (let k = j + 1; k < lines.length; k++) if ((lines[k] as string).trim() !== "") return null;
      break;
    }
    if (finalSeen || !startsWithCode(t, code)) return null;
    finalSeen = t[3] !== "-";
    segments.push(t);
  }

  // As the general parser: split segments at inline markers (`… 550-5.7.26 …` joined by spaces) until
  // the final line.
  const notes: string[] = [];
  const tooLong = `reply longer than ${MAX_REPLY_LINES} lines: the rest was not read`;
  const lineCodes: (string | null)[] = [];
  const texts: string[] = [];
  let replyCode: number | null = null;
  const needEnhanced = firstCodes.enhancedCode !== null;
  let finalInline = false;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k] as string;
    const cuts: number[] = [];
    if (!finalInline) {
      for (const at of inlineMarkers(seg, code, needEnhanced)) {
        cuts.push(at);
        if (seg[at + 3] !== "-") {
          finalInline = true;
          break;
        }
      }
    }
    if (k > 0 && seg[3] !== "-") finalInline = true;
    cuts.push(seg.length);
    let from = 0;
    for (const at of cuts) {
      if (lineCodes.length >= MAX_REPLY_LINES) {
        if (!notes.includes(tooLong)) notes.push(tooLong);
        break;
      }
      const lc = leadingCodes(from === 0 && at === seg.length ? seg : seg.slice(from, at));
      replyCode ??= lc.replyCode;
      lineCodes.push(lc.enhancedCode);
      texts.push(lineText(lc.rest, spaces));
      from = at;
    }
  }
  return finishPlain(s, replyCode, null, lineCodes, texts, notes);
}

/** `startOnLine`'s markers, in any case (`smtp error from remote mail` is among `WRAPPER_WORDS`). */
const START_MARKERS =
  /said:|returned '|reported error:|responded with failure:|failed with:|smtp;|status=|host/i;
const ANY_DIGIT = /[0-9]/;

/**
 * One plain line with no digit at all (so no code anywhere) and no marker: `User unknown`, `Mailbox full`.
 * The general parser finds no start and reads the whole input as the text.
 */
function parsePlainText(s: string): ParsedReply | null {
  if (ANY_DIGIT.test(s) || s.includes(DOTNET_MARKER)) return null;
  // A DSN field ("Status:", "Diagnostic-Code:", "Remote-MTA:") starts with one of these letters.
  const c = s.charCodeAt(0) | 32;
  if (c === 100 || c === 115 || c === 114) return null;
  const marks = scanPlain(s);
  if (marks & (Marks.General | Marks.Lines) || START_MARKERS.test(s)) return null;
  const text = lineText(s, (marks & Marks.Spaces) !== 0);
  const last = text.charCodeAt(text.length - 1);
  const final =
    marks & Marks.Hash || ((marks & Marks.Trailers) !== 0 && (last === 41 || last === 93))
      ? stripTrailers(text, null).text
      : text;
  return result(null, null, final === "" ? [] : [final], [], []);
}

/** ">#'\"\` " — marks that may precede a reply code at the start of a line. */
function isQuoteMark(c: number): boolean {
  return c === 62 || c === 35 || c === 39 || c === 34 || c === 96 || c === 32;
}

/** `finishPlain` for one reply line. */
function finishOne(
  s: string,
  replyCode: number | null,
  lineCode: string | null,
  text: string,
  qmailCode: string | null,
): ParsedReply {
  // "4.4.1, status=deferred (connect to …)": an enhanced code that opens the input.
  const enhancedCode = lineCode ?? qmailCode ?? leadingCodes(s.slice(0, 200).trimStart()).enhancedCode;
  let others: string[] = [];
  let notes: string[] = [];
  const mentioned = enhancedCodesIn(text);
  if (mentioned.length > 0) {
    others = mentioned.filter((e) => e !== enhancedCode);
    if (others.length > 0) notes = [`the reply text mentions other enhanced codes: ${others.join(", ")}`];
  }
  return result(replyCode, enhancedCode, text === "" ? [] : [text], others, notes);
}

/** The general parser's last steps, for a plain line with no wrapper (no DSN, command or host). */
function finishPlain(
  s: string,
  replyCode: number | null,
  closer: string | null,
  lineCodes: (string | null)[],
  texts: string[],
  notes: string[],
): ParsedReply {
  const lastIndex = texts.length - 1;
  const stripped = stripTrailers(texts[lastIndex] as string, closer);
  texts[lastIndex] = stripped.text;
  const codes: string[] = [];
  for (const e of lineCodes) if (e !== null && !codes.includes(e)) codes.push(e);
  if (codes.length > 1) notes.push(`reply lines carry different enhanced codes: ${codes.join(", ")}`);
  let enhancedCode = codes[0] ?? stripped.qmailCode;
  const others = codes.slice(1);
  if (enhancedCode === null) {
    // "4.4.1, status=deferred (connect to …)": an enhanced code that opens the input.
    enhancedCode = leadingCodes(s.slice(0, 200).trimStart()).enhancedCode;
  }
  noteOtherCodes(texts, enhancedCode, others, notes);
  const kept = texts.length === 1 ? (texts[0] === "" ? [] : texts) : texts.filter((t) => t !== "");
  return result(replyCode, enhancedCode, kept, others, notes);
}

/** `text` starts with enhanced code `code` followed by a blank or its end (smtplib's continuation lines). */
function startsWithEnhanced(text: string, code: string): boolean {
  const e = readEnhancedCode(text, 0);
  if (e === null || e.code !== code) return false;
  const c = text.charCodeAt(e.end);
  return Number.isNaN(c) || c === 32 || c === 9;
}

/** Amazon SES's relay summary before the quoted remote reply: `5.1.0 - Unknown address error 550-'`. */
const RELAY_WRAP = /^\s*[245]\.[0-9]{1,3}\.[0-9]{1,3} - ([^'\r\n]{1,200}?) ([45][0-9]{2})[- ]'/;

/**
 * Amazon SES (and relays that copy it) write their own enhanced code and summary, then the remote server's
 * reply in quotes, then `(delivery attempts: N)`. Returns the remote reply as `550 5.7.1 …` and the summary.
 */
function relayWrap(first: string): { reply: string; summary: string } | null {
  const m = RELAY_WRAP.exec(first.slice(0, 400));
  if (!m) return null;
  const from = m.index + m[0].length;
  const attempts = first.toLowerCase().indexOf("(delivery attempts", from);
  const close = first.lastIndexOf("'", attempts === -1 ? first.length : attempts);
  const body = first.slice(from, close >= from ? close : first.length);
  return { reply: `${m[2]} ${body}`, summary: (m[1] as string).trim() };
}

/** Record shapes that never continue a reply: a timestamp, a header or DSN field, a MIME boundary, quoting. */
const RECORD_START =
  /^[ \t]*(?:\[?[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|\[?[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}(?![0-9.])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? +[0-9]|--|>|<<<|\*\*\*|[A-Za-z][A-Za-z0-9]{0,30}(?:-[A-Za-z0-9]{1,30}){1,4}:|(?:from|to|cc|subject|date|status|action|received|sender|reason)[ \t]*:|traceback \(|connection closed by )/i;
/** A client's command in an SMTP transcript (upper case, as clients send them; `C: ` marks the client). */
const CLIENT_COMMAND =
  /^[ \t]*(?:[CS]: |(?:EHLO|HELO|LHLO|MAIL FROM|RCPT TO|DATA|BDAT|QUIT|RSET|NOOP|STARTTLS|AUTH|VRFY|EXPN)(?![A-Za-z]))/;
/** A stack frame printed after an error message: JavaScript's `at f (file.js:1:2)`, Python's `File "x", line 1`. */
const STACK_FRAME =
  /^(?:at (?:[^\s()]{1,300} \()?[^()]{1,500}:[0-9]{1,9}:[0-9]{1,9}\)?$|File "[^"]{1,500}", line [0-9])/;

/**
 * A line that does not continue a reply with code-less lines: it holds a code or a marker (another reply,
 * a log line) or starts a new record (a timestamp, a header or DSN field, a MIME boundary, a quote).
 */
function foreignLine(line: string, index: number, m: Markers): boolean {
  const head = line.slice(0, 200);
  if (RECORD_START.test(head) || CLIENT_COMMAND.test(head)) return true;
  return startOnLine(line, index, m) !== null || weakStartOnLine(line, index) !== null;
}

/**
 * When the reply at `start` opens with a 220 greeting banner, the start of a failure reply (4xx/5xx) on the
 * banner line: right after the banner's first word, or anywhere with an enhanced code after it. Null when
 * there is none. (A failure at the start of a later line is found with the starts.)
 */
function afterBanner(lines: string[], start: Start): Start | null {
  const line = lines[start.line] as string;
  if (readReplyCode(line, start.col) !== 220) return null;
  const limit = Math.min(line.length, start.col + 400);
  let words = 0;
  for (let i = start.col + 4; i < limit; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      words++;
      continue;
    }
    if (!isDigit(c) || !freeBoundary(line, i)) continue;
    const r = readReplyCode(line, i);
    const sep = line[i + 3];
    if (r !== null && r >= 400 && (sep === " " || sep === "-")) {
      const k = skipBlanks(line, i + 4);
      if (words <= 1 || readEnhancedCode(line, k + (line[k] === "#" ? 1 : 0)) !== null) {
        return { ...start, col: i, markerCol: i };
      }
    }
    while (i + 1 < limit && isDigit(line.charCodeAt(i + 1))) i++;
  }
  return null;
}

/** Python's `(550, b'5.7.1 …\n5.7.1 …')` (smtplib's exceptions print the code and message as a tuple). */
const PY_TUPLE = /\(([2-5][0-9]{2}), b?(['"])/;

/** The tuple's code and message (escapes undone), when the input holds one. */
function pythonTuple(s: string): { code: number; body: string } | null {
  if (!s.includes(", b'") && !s.includes(", '") && !s.includes(', b"') && !s.includes(', "')) return null;
  const m = PY_TUPLE.exec(s);
  if (!m) return null;
  const q = m[2] as string;
  const from = m.index + m[0].length;
  // The message ends at the first quote (not escaped) followed by ")".
  let end = s.indexOf(`${q})`, from);
  while (end !== -1 && s.charCodeAt(end - 1) === 92 && s.charCodeAt(end - 2) !== 92)
    end = s.indexOf(`${q})`, end + 1);
  const body = s.slice(from, end === -1 ? s.length : end);
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: " " };
  return {
    code: Number(m[1]),
    body: body.replace(/\\([nrt'"\\])/g, (_x, c: string) => escapes[c] ?? c),
  };
}

/** Where .NET's `SmtpException` message puts the server's reply (without its reply code). */
const DOTNET_MARKER = "The server response was:";

/**
 * .NET's words for the reply codes that refuse mail (System.Net.Mail's `SmtpStatusCode` messages), which open
 * an `SmtpException` message before `The server response was: …`. "Mailbox unavailable." stands for both 450
 * and 550, so its class is the enhanced code's.
 */
const DOTNET_CODES: Record<string, number> = {
  "service not available, closing transmission channel.": 421,
  "syntax error in parameters or arguments.": 501,
  "the smtp server requires a secure connection or the client was not authenticated.": 530,
  "insufficient system storage.": 452,
  "mailbox unavailable.": 0,
  "exceeded storage allocation.": 552,
  "mailbox name not allowed.": 553,
  "transaction failed.": 554,
};

/** The reply code that .NET's words before `The server response was:` (`at`) stand for, or null. */
function dotnetReplyCode(input: string, at: number, enhancedCode: string | null): number | null {
  const before = input
    .slice(Math.max(0, at - 90), at)
    .trimEnd()
    .toLowerCase();
  for (const words in DOTNET_CODES) {
    if (!before.endsWith(words)) continue;
    const cls = enhancedCode?.[0];
    return DOTNET_CODES[words] || (cls === "4" ? 450 : cls === "5" ? 550 : null);
  }
  return null;
}

/** The general parser alone, without the fast paths (tests check that both give the same result). */
export function parseGeneral(input: string): ParsedReply {
  const tuple = pythonTuple(input.length > MAX_INPUT_CHARS ? clip(input, MAX_INPUT_CHARS) : input);
  if (tuple === null) {
    // .NET's SmtpException: the server's reply follows the marker; the words before it stand for its code.
    const at = input.slice(0, MAX_INPUT_CHARS).indexOf(DOTNET_MARKER);
    if (at === -1) return parseInput(input);
    const parsed = parseInput(input.slice(at + DOTNET_MARKER.length));
    const code = parsed.replyCode === null ? dotnetReplyCode(input, at, parsed.enhancedCode) : null;
    if (code !== null) {
      parsed.replyCode = code;
      parsed.notes.push(`reply code ${code} read from .NET's words for it`);
    }
    return parsed;
  }
  const parsed = parseInput(tuple.body);
  if (parsed.replyCode === null) {
    parsed.replyCode = tuple.code;
    parsed.notes.push(`reply code ${tuple.code} taken from Python's (code, message) tuple`);
  } else if (parsed.replyCode !== tuple.code) {
    parsed.notes.push(
      `Python's (code, message) tuple says ${tuple.code}; the message says ${parsed.replyCode}`,
    );
  }
  return parsed;
}

function parseInput(input: string): ParsedReply {
  const notes: string[] = [];
  const tooLong = `reply longer than ${MAX_REPLY_LINES} lines: the rest was not read`;
  let raw = input;
  if (raw.length > MAX_INPUT_CHARS) {
    notes.push(`input longer than ${MAX_INPUT_CHARS} characters: only the start was read`);
    raw = clip(raw, MAX_INPUT_CHARS);
  }
  let s = blankControls(raw);
  if (/quoted-printable/i.test(s) && /=\r?\n/.test(s)) {
    s = decodeQuotedPrintable(s);
    notes.push("quoted-printable soft line breaks were joined");
  }
  const lower = asciiLower(s);
  const allLines = splitLines(s);
  const dsn = readDsn(allLines);
  const dsnMode = dsn.diagnostic !== null;
  const lines = dsn.diagnostic ?? allLines;
  const markers = new Markers(lower, () => (dsnMode ? lines.map(asciiLower) : splitLines(lower)));

  // Where the reply starts.
  let start: Start | null = null;
  // "Diagnostic-Code: X-Unix; 71" carries a program's exit status, not an SMTP reply.
  const notSmtp = dsn.type === "x-unix" || dsn.type === "x-local";
  // A success reply at the start of a line (a 220 banner, "250 OK", "354 Go ahead") yields to a failure
  // reply at the start of a later line (an SMTP transcript): the code it had.
  let skippedSuccess: number | null = null;
  for (let i = 0; i < lines.length && !notSmtp && (start === null || start.rank > 1); i++) {
    let found = startOnLine(lines[i] as string, i, markers);
    // A marker with no code after it ("… with SMTP; 29 Apr 2011") ranks below any code.
    if (found && found.rank < 7 && !found.nextLine && !codeAt(lines[i] as string, found.col)) {
      found = { ...found, rank: found.rank + 10 };
    }
    if (found && (start === null || found.rank < start.rank)) start = found;
    else if (found && start !== null && found.rank === 7 && start.rank === 7) {
      const before = readReplyCode(lines[start.line] as string, start.col) ?? 0;
      if (before < 400 && (readReplyCode(lines[i] as string, found.col) ?? 0) >= 400) {
        skippedSuccess ??= before;
        start = found;
      }
    }
  }
  if (skippedSuccess !== null && start !== null && !dsnMode) {
    notes.push(
      skippedSuccess === 220
        ? "a 220 greeting banner precedes the reply: the failure reply after it is read"
        : `a ${skippedSuccess} reply precedes the failure reply: the failure reply is read`,
    );
  }
  if (!notSmtp && (start === null || start.rank > 9)) {
    for (let i = 0; i < lines.length && (start === null || start.rank > 8); i++) {
      const found = weakStartOnLine(lines[i] as string, i);
      if (found && (start === null || found.rank < start.rank)) start = found;
    }
  }
  // The reply is on a following line: Exim's "… after RCPT TO:<a@b>:" / "host mx [192.0.2.1]:" lines.
  for (let hops = 0; start?.nextLine && hops < 3; hops++) {
    let j = start.line + 1;
    while (j < lines.length && j - start.line < 4 && (lines[j] as string).trim() === "") j++;
    if (j >= lines.length || (lines[j] as string).trim() === "") {
      start = { ...start, nextLine: false };
      break;
    }
    const next = lines[j] as string;
    const host = HOST_COLON.exec(next.slice(0, 400));
    // Exim wraps "after RCPT TO:" and puts "<a@b>:" on a line of its own.
    const address = !host && /^\s*<[^<>\s]{0,320}>:?\s*$/.test(next.slice(0, 400));
    const col = address ? next.length : skipBlanks(next, host ? host.index + host[0].length : 0);
    start = { ...start, line: j, col, nextLine: col >= next.length };
  }

  // A greeting banner before the reply on its line ("220-laposte 421 4.2.1 Service refusé…"): the failure
  // reply is the reply.
  if (start !== null && start.rank === 7 && !dsnMode) {
    const banner = afterBanner(lines, start);
    if (banner !== null) {
      start = banner;
      notes.push("a 220 greeting banner precedes the reply: the failure reply after it is read");
    }
  }

  // Collect the reply's physical lines as segments; a segment that opens with the reply code starts a line.
  // A `bare` segment starts a line that carries no code (Go's net/smtp, Python's smtplib).
  const segments: { text: string; opens: boolean; bare?: boolean }[] = [];
  let firstCodes: LeadingCodes | null = null;
  let relay: { code: string; summary: string } | null = null;
  if (start !== null) {
    let first = (lines[start.line] as string).slice(start.col);
    firstCodes = leadingCodes(first);
    // Amazon SES: "5.1.0 - Unknown address error 550-'5.7.1 <a@b>... Access denied' (delivery attempts: 0)".
    // A DSN field's folded lines are one value: the closing quote may be on a later line.
    const wrapped =
      firstCodes.replyCode !== null || firstCodes.enhancedCode === null
        ? null
        : dsnMode
          ? [first, ...lines.slice(start.line + 1)].join(" ")
          : first;
    const wrap = wrapped === null ? null : relayWrap(wrapped);
    if (wrap !== null) {
      relay = { code: firstCodes.enhancedCode as string, summary: wrap.summary };
      first = wrap.reply;
      firstCodes = leadingCodes(first);
      notes.push(
        `a relay's summary (${relay.code} - ${relay.summary}) wraps the remote server's reply: the quoted reply is read`,
      );
    }
    segments.push({ text: first.trim(), opens: true });
    const code = firstCodes.replyCode;
    let finalSeen = code !== null && firstCodes.sep === " ";
    const indent0 = indentOf(lines[start.line] as string);
    const singleLine = (start.closer !== null && !dsnMode) || wrap !== null;
    // Lines with no code continue a reply that opened with a code at the start of a line (or after a
    // client's "failed: "), as Go's net/smtp and Python's smtplib print a multi-line reply: up to a blank
    // line, a line holding a code or a marker, or a line that starts a new record (see `foreignLine`).
    // Not after qmail's "… (#5.1.1)" line (its code is read from the reply's last line).
    const bareOk =
      start.rank >= 7 &&
      start.rank !== 8 &&
      start.prefix === null &&
      firstCodes.sep !== "-" &&
      (code !== null || firstCodes.enhancedCode !== null) &&
      !first.includes("(#") &&
      !first.includes("[#");
    // smtplib keeps each line's enhanced code: "5.7.1 … ⏎5.7.1 … ⏎5.7.1 …".
    const lineEnhanced = code === null ? firstCodes.enhancedCode : null;
    let bare = false;
    for (let j = start.line + 1; j < lines.length && !singleLine; j++) {
      if (segments.length >= MAX_REPLY_LINES) {
        notes.push(tooLong);
        break;
      }
      const last = (segments[segments.length - 1] as { text: string }).text;
      if (!dsnMode && last.includes("(") && IN_REPLY_TO_CI.test(last)) break;
      const line = lines[j] as string;
      let t = line.trim();
      if (t === "") break;
      if (start.prefix !== null) {
        if (!t.startsWith(start.prefix)) break;
        t = t.slice(start.prefix.length).trim();
      }
      const opens = code !== null && startsWithCode(t, code);
      if (dsnMode) {
        segments.push({ text: t, opens });
        continue;
      }
      if (opens) {
        if (finalSeen) break;
        finalSeen = t[3] !== "-";
        segments.push({ text: t, opens });
        continue;
      }
      // An error's stack trace after the reply ("    at SMTPConnection._formatError (…/index.js:790:19)").
      if (!dsnMode && STACK_FRAME.test(t.slice(0, 900))) break;
      if (lineEnhanced !== null && startsWithEnhanced(t, lineEnhanced)) {
        segments.push({ text: t, opens: true });
        continue;
      }
      const indent = indentOf(line);
      if (start.prefix === null && (indent > indent0 || (indent0 > 0 && indent >= indent0))) {
        segments.push({ text: t, opens: false });
        continue;
      }
      if (bareOk && !foreignLine(line, j, markers)) {
        bare = true;
        segments.push({ text: t, opens: true, bare });
        continue;
      }
      break;
    }
  } else {
    // No code anywhere: the input is the text.
    const source = dsnMode ? [lines.join(" ")] : lines;
    for (const line of source) {
      if (segments.length >= MAX_REPLY_LINES) break;
      if (line.trim() !== "") segments.push({ text: line.trim(), opens: false });
    }
  }

  // Split segments into reply lines: at segment openers and, in a multi-line reply, at inline markers.
  const replyLines: ReplyLine[] = [];
  const code = firstCodes?.replyCode ?? null;
  // A wrapped line (Postfix folds at ~80 columns, even right after the code: "said: 554\n    5.6.0 …")
  // joins the line it continues.
  const merged: { text: string; opens: boolean; bare?: boolean }[] = [];
  for (const seg of segments) {
    const last = merged[merged.length - 1];
    if (start !== null && last && !seg.opens) last.text = `${last.text} ${seg.text}`;
    else merged.push({ text: seg.text, opens: seg.opens, bare: seg.opens && seg.bare === true });
  }
  const multi = firstCodes?.sep === "-";
  let finalInline = !multi;
  for (let k = 0; k < merged.length; k++) {
    const seg = merged[k] as { text: string; opens: boolean; bare?: boolean };
    const cuts: number[] = [];
    if (code !== null && !finalInline) {
      for (const at of inlineMarkers(seg.text, code, firstCodes?.enhancedCode != null)) {
        cuts.push(at);
        if (seg.text[at + 3] !== "-") {
          finalInline = true;
          break;
        }
      }
    }
    if (seg.opens && k > 0 && code !== null && seg.text[3] !== "-") finalInline = true;
    const pieces: { text: string; opens: boolean; bare?: boolean }[] = [];
    let from = 0;
    for (const at of cuts) {
      pieces.push({
        text: seg.text.slice(from, at),
        opens: from === 0 ? seg.opens : true,
        bare: from === 0 && seg.bare,
      });
      from = at;
    }
    pieces.push({
      text: seg.text.slice(from),
      opens: from === 0 ? seg.opens : true,
      bare: from === 0 && seg.bare,
    });
    for (const piece of pieces) {
      if ((piece.opens || replyLines.length === 0) && replyLines.length >= MAX_REPLY_LINES) {
        if (!notes.includes(tooLong)) notes.push(tooLong);
        break;
      }
      if (piece.opens || replyLines.length === 0) {
        const lc = piece.opens && !piece.bare ? leadingCodes(piece.text) : null;
        replyLines.push({
          replyCode: lc?.replyCode ?? null,
          enhancedCode: lc?.enhancedCode ?? null,
          parts: [lc ? lc.rest : piece.text],
        });
        if (lc?.swapped && replyLines.length === 1) notes.push("enhanced code written before the reply code");
      } else {
        (replyLines[replyLines.length - 1] as ReplyLine).parts.push(piece.text);
      }
    }
  }

  // Texts, trailers, codes.
  // "550 : User unknown" → "User unknown"; Zoho's "421, , Host not reachable." → "Host not reachable.".
  let texts = replyLines.map((l) => squash(l.parts.join(" ")).replace(/^[:,][:, ]*/, ""));
  let command: string | null = null;
  let qmailCode: string | null = null;
  if (texts.length > 0) {
    const lastIndex = texts.length - 1;
    const stripped = stripTrailers(texts[lastIndex] as string, start?.closer ?? null);
    texts[lastIndex] = stripped.text;
    command = stripped.command;
    qmailCode = stripped.qmailCode;
  }
  const replyCode = replyLines.find((l) => l.replyCode !== null)?.replyCode ?? null;
  const lineCodes: string[] = [];
  for (const l of replyLines)
    if (l.enhancedCode && !lineCodes.includes(l.enhancedCode)) lineCodes.push(l.enhancedCode);
  if (lineCodes.length > 1) notes.push(`reply lines carry different enhanced codes: ${lineCodes.join(", ")}`);
  let enhancedCode = lineCodes[0] ?? null;
  const others = lineCodes.slice(1);
  if (enhancedCode === null && qmailCode) enhancedCode = qmailCode;
  if (enhancedCode === null && dsn.status) {
    enhancedCode = dsn.status;
    notes.push(`enhanced code ${dsn.status} taken from the DSN Status field`);
  } else if (dsn.status && dsn.status !== enhancedCode) {
    notes.push(`DSN Status ${dsn.status} differs from the reply's enhanced code ${enhancedCode}`);
    if (!others.includes(dsn.status)) others.push(dsn.status);
  }
  const dsnField = lower.indexOf("dsn=");
  const logDsn = dsnField !== -1 ? readEnhancedCode(s, dsnField + 4) : null;
  if (enhancedCode === null && logDsn) {
    enhancedCode = logDsn.code;
    notes.push(`enhanced code ${logDsn.code} taken from the log line's dsn= field`);
  }
  if (enhancedCode === null && relay === null) {
    // "4.4.1, status=deferred (connect to …)": an enhanced code that opens the input.
    const lead = leadingCodes(s.slice(0, 200).trimStart()).enhancedCode;
    if (lead) enhancedCode = lead;
  }
  if (relay !== null && relay.code !== enhancedCode && !others.includes(relay.code)) others.push(relay.code);
  noteOtherCodes(texts, enhancedCode, others, notes);

  texts = texts.filter((t) => t !== "");
  // Caps: `lines` and `text` share one budget; whole lines are kept, only a first line that alone is too
  // long is cut.
  const kept: string[] = [];
  let used = 0;
  for (const t of texts) {
    const cost = t.length + (kept.length > 0 ? 1 : 0);
    if (used + cost > MAX_TEXT_CHARS) {
      if (kept.length === 0) kept.push(clip(t, MAX_TEXT_CHARS));
      break;
    }
    kept.push(t);
    used += cost;
  }
  const text = kept.length === 1 ? (kept[0] as string) : kept.join(" ");
  if (kept.length < texts.length || (kept.length > 0 && kept[0] !== texts[0])) {
    notes.push(`text longer than ${MAX_TEXT_CHARS} characters: truncated`);
  }

  const startOffset = start === null || dsnMode ? s.length : offsetOf(allLines, start.line, start.markerCol);
  command ??= findCommand(s, lower, startOffset);
  return {
    replyCode,
    enhancedCode,
    text,
    lines: kept,
    command,
    remoteHost: findRemoteHost(s, lower, dsn),
    otherEnhancedCodes: others,
    notes,
  };
}

/** Offset in the input of (line, column); CRLF counts as one character, so it may fall slightly short. */
function offsetOf(allLines: string[], line: number, col: number): number {
  let offset = 0;
  for (let i = 0; i < line && i < allLines.length; i++) offset += (allLines[i] as string).length + 1;
  return offset + col;
}

/** Enhanced codes the reply's text mentions besides `enhancedCode` (at most 20): added to `others`, with a note. */
function noteOtherCodes(
  texts: readonly string[],
  enhancedCode: string | null,
  others: string[],
  notes: string[],
): void {
  const mentioned: string[] = [];
  for (let k = 0; k < texts.length && mentioned.length < 20; k++) {
    for (const e of enhancedCodesIn(texts[k] as string)) {
      if (e !== enhancedCode && !others.includes(e) && !mentioned.includes(e)) mentioned.push(e);
    }
  }
  if (mentioned.length > 0) {
    notes.push(`the reply text mentions other enhanced codes: ${mentioned.join(", ")}`);
    others.push(...mentioned);
  }
}
