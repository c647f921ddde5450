/**
 * `findBounceCodes`: the bounce codes and replies inside free text. One left-to-right pass over the
 * characters; every look-behind and look-ahead is bounded, so the whole scan is linear.
 *
 * What counts (class 4 and 5 only — a finder of *bounces*). A code must not be glued to what precedes it:
 * it starts the text or follows a blank or one of `( [ < " ' \` ; # * _ > = |` (`=` for enhanced codes
 * only: `dsn=5.1.1`), or a `:` after a letter or blank (`said:550`, `ERROR_CODE :550`).
 *
 * 1. A reply code followed by an enhanced code: `550 5.7.26`, `550-5.7.26`, `smtp;550 5.1.1`, `#550 5.1.1`,
 *    `550: 5.2.2`, the reversed `5.7.26 550`, and the separators seen in the wild: `550-'5.7.1` (Amazon
 *    SES), `550 #5.1.0` (Google Workspace), `550 cuda_nsu 5.1.1` (Barracuda), a Postfix fold right after
 *    the code (`said: 550⏎    5.1.1 …`). Always counts.
 * 2. An enhanced code `X.Y.Z` on its own: class 4 or 5, subject 0–7, detail 1–3 digits. Counts unless it is
 *    part of a longer dotted or hyphenated token (`192.0.2.1`, `4.2.2.1`, `1.5.1.1`, `v5.1.1`,
 *    `5.1.1-beta`, `$5.1.1`) or the word before or after it names a version or quantity (`version 5.1.1`,
 *    `node 5.0.1`, `4.0.3 release`). A code a date could also be (`4.5.23`: a two-digit detail outside
 *    subject 7, other than X.1.10/X.6.10) counts only with context: at the start of a line, glued to a mark
 *    (`dsn=4.5.23`, `(4.5.23)`), after a code word or a verb of receiving (`status 4.5.23`, `got 5.4.14`),
 *    before a code word, or with a bounce word on its line (`smtp`, `mail`, `error`, `replied`, …); never
 *    right after a date word (`on 4.5.23`, `since 5.6.24`).
 * 3. A reply code on its own (`550`, any 4xx/5xx) counts only when the word before it is not a quantity or
 *    identifier word (`port`, `had`, `over`, `issue`, `version`, …), nor is it an HTTP status (`HTTP 503`,
 *    `HTTP/1.1 500`, `status code 500`, `502 Bad Gateway`), nor glued to more characters (`$450`,
 *    `550,000`, `550ms`, `size=550`, `10:55`), and one of:
 *    - the whole message is just the code (`550`, `` `550` ``, `550?`);
 *    - it stands in reply position: after `said:`, `smtp;`, `<<<`, `error:`, `reply:`, `response:`,
 *      `failure:`, `returned`, or at the start of a line as a multi-line marker (`550-Mailbox …`);
 *    - the word before it says it is a code (`error 550`, `code 550`, `ERROR_CODE :550`, `smtp 550`,
 *      `got a 550`), or the word after it does (`550 error`, `550 bounce`, `550 reply`, `550 rejection`);
 *    - it is followed on the same line by reply text: after optional `<address>`, `[tag]`, `(tag)`, host
 *      names, ids, `...` and short capitals tags, the first word is a word replies use (`user`, `mailbox`,
 *      `sorry`, `no`, `relay`, `rejected`, `dmarc`, …) or is capitalised like a reply (`Requested`,
 *      `Transaction`), not like a counted plural (`550 Users`);
 *    - written as a plural after a verb of receiving (`seeing 550s`, `getting 421s`): counts, with
 *      `text` just the code.
 *    A `#` before a lone code is no reply marker (`#555` CSS colours, `issue #550`).
 * 4. qmail's `(#5.1.1)` (or `[#4.1.9]`) joins a lone reply code earlier on its line (`550 sorry, … (#5.1.1
 *    - chkusr)`); alone, its finding starts at the beginning of the line so `text` carries the reply.
 * 5. Python's smtplib tuple `(550, b'5.7.1 …')` or `(554, b'Transaction failed')`: the finding starts at
 *    its `(` so `text` is the tuple; and Amazon SES's quoted remote reply `550-'Unknown user …'` counts.
 *
 * Each finding's `text` runs from the code to the end of its line, cut before the next finding with other
 * codes on that line, and continues over the lines of a multi-line reply (`550-…` up to the final
 * `550 …`) and over the indented lines of a reply folded by Postfix (`… said:`) or Exim (`host … [IP]:`) up
 * to Postfix's `(in reply to … command)`, and, for an enhanced code alone at the start of a line, over the
 * following lines that open with the same code (Python's smtplib: `5.7.1 …⏎5.7.1 …`), so `parseReply(text)`
 * sees the whole reply. Trailing wrapper punctuation (an unmatched `)` or `]`, a closing `'`, a
 * quoted-printable `=`, Markdown backticks) is trimmed;
 * inside a double-quoted string such as JSON's `"diagnosticCode":"smtp; 550 …"` the text ends at the quote.
 *
 * Findings are distinct by (replyCode, enhancedCode), in order of first appearance; an enhanced code on its
 * own is dropped when another finding pairs it with a reply code (a DSN's `Status: 5.1.1` or a log's
 * `dsn=5.1.1` next to `550 5.1.1 …`).
 */

import type { FoundBounce } from "../types.js";
import {
  isAlnum,
  isDigit,
  isLetter,
  isSpace,
  MAX_FIND_CHARS,
  MAX_FINDINGS,
  MAX_TEXT_CHARS,
  readEnhancedCode,
  readReplyCode,
} from "./codes.js";
import { blankControls, clip, toText } from "./text.js";

/** Words that, right before a lone code, make it a quantity, an identifier or a version. */
const NOT_A_CODE_BEFORE = new Set([
  "port",
  "ports",
  "size",
  "version",
  "versions",
  "ver",
  "v",
  "release",
  "released",
  "releases",
  "build",
  "tag",
  "rev",
  "revision",
  "patch",
  "upgrade",
  "upgraded",
  "upgrading",
  "update",
  "updated",
  "bump",
  "bumped",
  "install",
  "installed",
  "node",
  "python",
  "java",
  "ruby",
  "npm",
  "ios",
  "android",
  "chrome",
  "macos",
  "windows",
  "firefox",
  "id",
  "pid",
  "uid",
  "gid",
  "page",
  "pages",
  "line",
  "lines",
  "row",
  "rows",
  "step",
  "item",
  "issue",
  "issues",
  "pr",
  "ticket",
  "room",
  "apt",
  "suite",
  "chapter",
  "section",
  "rfc",
  "top",
  "about",
  "over",
  "under",
  "than",
  "around",
  "approx",
  "approximately",
  "nearly",
  "almost",
  "roughly",
  "only",
  "had",
  "have",
  "has",
  "sent",
  "send",
  "sending",
  "at",
  "usd",
  "eur",
  "gbp",
  "costs",
  "cost",
  "pay",
  "paid",
  "price",
]);

/** Words right after a lone code that make it a version (`4.0.3 release`, `550 beta`). */
const NOT_A_CODE_AFTER = new Set([
  "release",
  "released",
  "version",
  "beta",
  "alpha",
  "rc",
  "build",
  "update",
]);

/** Words right before a lone reply code that say it is a code. */
const CODE_WORD_BEFORE = new Set([
  "error",
  "code",
  "reply",
  "response",
  "responsecode",
  "smtp",
  "bounce",
  "bounced",
  "status",
]);
/** Verbs that, before `a` (`got a 550`) or a plural (`seeing 550s`), say it is a code. */
const RECEIVING_VERBS = new Set([
  "got",
  "get",
  "gets",
  "getting",
  "see",
  "saw",
  "seen",
  "seeing",
  "receive",
  "received",
  "receiving",
  "hit",
  "hitting",
  "return",
  "returns",
  "returned",
  "returning",
  "throw",
  "throws",
  "threw",
  "throwing",
  "gave",
  "gives",
  "giving",
  "more",
  "many",
  "these",
  "those",
  "some",
  "any",
]);
/** Words right after a lone reply code that say it is a code. */
const CODE_WORD_AFTER = new Set(["error", "bounce", "reply", "response", "rejection", "code"]);

/** First words of replies (lower case). Words that are also common nouns for counts are left out. */
const REPLY_WORDS = new Set([
  "dmarc",
  "spf",
  "dkim",
  "ptr",
  "helo",
  "ehlo",
  "rcpt",
  "does",
  "delivery",
  "virus",
  "rejecting",
  "ip",
  "you",
  "user",
  "unknown",
  "mailbox",
  "recipient",
  "address",
  "no",
  "not",
  "sorry",
  "invalid",
  "rejected",
  "reject",
  "denied",
  "refused",
  "blocked",
  "relay",
  "relaying",
  "access",
  "requested",
  "action",
  "service",
  "transaction",
  "message",
  "mail",
  "domain",
  "sender",
  "syntax",
  "command",
  "bad",
  "too",
  "temporary",
  "temporarily",
  "try",
  "please",
  "insufficient",
  "local",
  "authentication",
  "must",
  "need",
  "unable",
  "cannot",
  "unrouteable",
  "unavailable",
  "policy",
  "spam",
  "quota",
  "busy",
  "account",
  "disabled",
  "your",
  "we",
  "this",
  "connection",
  "timeout",
  "rate",
  "greylisted",
  "greylisting",
  "deferred",
  "ok",
]);

/** Markers after which a 3-digit number is a reply (lower case, compared with the text just before). */
const REPLY_MARKERS = ["said:", "smtp;", "<<<", "error:", "reply:", "response:", "failure:", "returned"];

interface Candidate {
  /** Offset of the first code character. */
  start: number;
  /** Offset just after the code(s) (for `text` = code only, e.g. `550s`). */
  codeEnd: number;
  replyCode: number | null;
  enhancedCode: string | null;
  /** `550-…`: a continuation line of a multi-line reply. */
  continues: boolean;
  /** The text is the code alone (plural forms such as `550s`). */
  codeOnly: boolean;
}

/** May a code start right after this character? */
function okBefore(s: string, i: number): boolean {
  if (i === 0) return true;
  const p = s.charCodeAt(i - 1);
  if (isSpace(p)) return true;
  // ( [ < " ' ` ; # * _ > = : |
  if (p === 40 || p === 91 || p === 60 || p === 34 || p === 39 || p === 96 || p === 59) return true;
  if (p === 35 || p === 42 || p === 95 || p === 62 || p === 61 || p === 124) return true;
  // "said:550", "ERROR_CODE :550"; not "10:550" or "2001:db8::550"
  if (p === 58 /* : */) return i >= 2 && (isLetter(s.charCodeAt(i - 2)) || s.charCodeAt(i - 2) === 32);
  return false;
}

/** The lower-case word just before offset `i` (skipping spaces and `#([<'"` marks), at most 24 letters. */
function wordBefore(s: string, i: number): { word: string; start: number } {
  let j = i - 1;
  let guard = 0;
  while (j >= 0 && guard < 8) {
    if (" \t#([<'\"`:".includes(s[j] as string)) {
      j--;
      guard++;
    } else break;
  }
  const end = j + 1;
  while (j >= 0 && end - j <= 24 && isLetter(s.charCodeAt(j))) j--;
  return { word: s.slice(j + 1, end).toLowerCase(), start: j + 1 };
}

/** The lower-case word right after offset `i` (after spaces), at most 24 letters. */
function wordAfter(s: string, i: number): string {
  let j = i;
  while (j < s.length && j - i < 8 && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  const start = j;
  while (j < s.length && j - start < 24 && isLetter(s.charCodeAt(j))) j++;
  return s.slice(start, j).toLowerCase();
}

/** True when `s` before `i` (ignoring spaces) ends with one of the reply markers. */
function afterReplyMarker(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  const tail = s.slice(Math.max(0, j - 12), j).toLowerCase();
  for (const m of REPLY_MARKERS) if (tail.endsWith(m)) return true;
  // Remote Server returned '550 …'
  return j > 0 && s.charCodeAt(j - 1) === 39 && tail.endsWith("returned '");
}

/** Only spaces, tabs, `>` quote marks or `<<<` between the start of the line and `i`. */
function atLineStart(s: string, i: number): boolean {
  let j = i - 1;
  let n = 0;
  while (j >= 0 && n < 40) {
    const c = s.charCodeAt(j);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 62 && c !== 60) return false;
    j--;
    n++;
  }
  return j < 0;
}

/** Does the reply code at `i` (ending at `end`) continue as reply text on its line? */
function followedByReplyText(s: string, end: number): boolean {
  const limit = Math.min(s.length, end + 200);
  let j = end;
  for (let skips = 0; skips < 6 && j < limit; skips++) {
    while (j < limit && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
    if (j >= limit) return false;
    const c = s.charCodeAt(j);
    if (c === 10 || c === 13) return false;
    // Skip a bracketed group: <address>, [TAG], (id).
    const close = c === 60 ? 62 : c === 91 ? 93 : c === 40 ? 41 : 0;
    if (close !== 0) {
      let k = j + 1;
      while (k < limit && s.charCodeAt(k) !== close && s.charCodeAt(k) !== 10) k++;
      if (k >= limit || s.charCodeAt(k) !== close) return false;
      j = k + 1;
      continue;
    }
    // Skip punctuation such as ":", "-" or "...".
    if (c === 58 || c === 45 || c === 44 || c === 42 || c === 46) {
      while (j < limit && (s.charCodeAt(j) === c || s.charCodeAt(j) === 46)) j++;
      continue;
    }
    // A token: letters only is a word; anything with digits, dots or @ is an id or host to skip.
    let k = j;
    let lettersOnly = true;
    while (k < limit && !isSpace(s.charCodeAt(k))) {
      const t = s.charCodeAt(k);
      if (!isLetter(t) && t !== 39) {
        if (t === 44 || t === 58 || t === 59 || t === 46 || t === 33) {
          // trailing punctuation ends the word ("sorry," "Error:")
          if (k + 1 >= limit || isSpace(s.charCodeAt(k + 1))) break;
        }
        lettersOnly = false;
      }
      k++;
    }
    if (k === j) k++; // a lone punctuation mark
    const token = s.slice(j, k);
    if (!lettersOnly) {
      if (/[0-9.@=/]/.test(token)) {
        j = k;
        continue;
      }
      return false;
    }
    const lower = token.toLowerCase();
    if (REPLY_WORDS.has(lower) || CODE_WORD_AFTER.has(lower)) return true;
    // A short all-capitals tag after a host id ("550 mwinf5c04 ME Adresse …"): skip it.
    if (token.length <= 4 && token === token.toUpperCase() && skips > 0) {
      j = k;
      continue;
    }
    // "Requested", "Transaction": capitalised, at least 3 letters, not an acronym or unit ("MB", "USD"),
    // not a plural noun that counts things ("550 Users").
    const first = token.charCodeAt(0);
    const plural = lower.endsWith("s") && !lower.endsWith("ss");
    return token.length >= 3 && first >= 65 && first <= 90 && /[a-z]/.test(token) && !plural;
  }
  return false;
}

/** Is the whole message just this code (optionally in quotes or backticks, with `?`/`!`/`.`)? */
function wholeMessageIs(s: string, start: number, end: number): boolean {
  for (let j = 0; j < s.length; j++) {
    if (j >= start && j < end) continue;
    const c = s.charCodeAt(j);
    if (isAlnum(c)) return false;
    if (j > 64 && j < start) return false;
    if (j > end + 64) return false;
  }
  return true;
}

/** HTTP reason phrases that follow a status code (`503 Service Unavailable`), lower case. */
const HTTP_PHRASES = [
  "bad request",
  "unauthorized",
  "payment required",
  "forbidden",
  "not found",
  "method not allowed",
  "not acceptable",
  "request timeout",
  "conflict",
  "gone",
  "too many requests",
  "unavailable for legal reasons",
  "internal server error",
  "not implemented",
  "bad gateway",
  "service unavailable",
  "gateway timeout",
];

/**
 * An HTTP status rather than an SMTP reply: `HTTP 503`, `HTTP/1.1 500 …`, `status code 500`,
 * `502 Bad Gateway`. Only for numbers HTTP uses (400–451, 500–511).
 */
function looksLikeHttp(s: string, i: number, code: number, before: string, beforeStart: number): boolean {
  if (!((code >= 400 && code <= 451) || (code >= 500 && code <= 511))) return false;
  if (before === "http" || before === "https" || before === "api") return true;
  if (before === "code" && wordBefore(s, beforeStart).word === "status") return true;
  const head = s.slice(Math.max(0, i - 12), i).toLowerCase();
  if (/https?\/\d(?:\.\d)?\s*$/.test(head)) return true;
  const tail = s
    .slice(i + 4, i + 40)
    .toLowerCase()
    .replace(/\s+/g, " ");
  return HTTP_PHRASES.some((p) => tail.startsWith(p));
}

/** Classifies a lone reply code at `i` (3 digits already validated, class 4/5). */
function loneReplyCode(s: string, i: number, code: number): Candidate | null {
  const end = i + 3;
  const n = s.length;
  const next = end < n ? s.charCodeAt(end) : -1;
  const nextNext = end + 1 < n ? s.charCodeAt(end + 1) : -1;
  const { word: before, start: beforeStart } = wordBefore(s, i);
  if (NOT_A_CODE_BEFORE.has(before) || NOT_A_CODE_AFTER.has(wordAfter(s, end))) return null;
  if (looksLikeHttp(s, i, code, before, beforeStart)) return null;
  // "was: 550 550 5.1.1 user unknown": the same code again, as a pair — let the pair be the finding.
  let again = end;
  while (again < n && again - end < 4 && s.charCodeAt(again) === 32) again++;
  if (again > end && readReplyCode(s, again) === code) return null;

  // Plural: "seeing 550s".
  if (next === 115 /* s */ && (nextNext === -1 || !isAlnum(nextNext))) {
    if (RECEIVING_VERBS.has(before)) {
      return {
        start: i,
        codeEnd: end,
        replyCode: code,
        enhancedCode: null,
        continues: false,
        codeOnly: true,
      };
    }
    return null;
  }
  // Glued to something else: "550ms", "550,000", "550.5", "10:55".
  if (next !== -1 && !isSpace(next)) {
    if (isAlnum(next) || next === 95 || next === 36 || next === 37 || next === 47 || next === 43) return null;
    if (
      (next === 44 || next === 46 || next === 58 || next === 45 || next === 120) &&
      nextNext !== -1 &&
      isDigit(nextNext)
    ) {
      return null;
    }
  }
  const lone: Candidate = {
    start: i,
    codeEnd: end,
    replyCode: code,
    enhancedCode: null,
    continues: next === 45,
    codeOnly: false,
  };
  if (wholeMessageIs(s, i, end)) return lone;
  if (afterReplyMarker(s, i)) return lone;
  // Amazon SES quotes the remote reply: "5.3.0 - Other mail system problem 550-'Unknown user …'".
  if (next === 45 && nextNext === 39) return lone;
  if (next === 45 && nextNext !== -1 && !isDigit(nextNext) && atLineStart(s, i)) return lone;
  if (CODE_WORD_BEFORE.has(before)) return lone;
  if (before === "a" || before === "an") {
    const verb = wordBefore(s, beforeStart).word;
    if (RECEIVING_VERBS.has(verb)) return lone;
  }
  // "550 User unknown", "550-Mailbox …", "550: <a@b>: User unknown"
  const sepOk =
    next === 32 || next === 9 || next === 45 || (next === 58 && (nextNext === 32 || nextNext === 58));
  if (sepOk && followedByReplyText(s, end + 1)) return lone;
  return null;
}

/** After a line break and the indentation of a folded line at `i`, the offset of the text; else -1. */
function foldAt(s: string, i: number): number {
  let j = i;
  if (s.charCodeAt(j) === 13) j++;
  if (s.charCodeAt(j) !== 10) return -1;
  j++;
  const from = j;
  while (j - from < 16 && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  return j > from ? j : -1;
}

/** After `(550, b'` or `(550, '` (a Python tuple) with the code at `i`, the offset after the quote; else -1. */
function tupleQuote(s: string, i: number): number {
  if (i === 0 || s.charCodeAt(i - 1) !== 40 || s.charCodeAt(i + 3) !== 44 || s.charCodeAt(i + 4) !== 32)
    return -1;
  let j = i + 5;
  if (s.charCodeAt(j) === 98 /* b */) j++;
  const q = s.charCodeAt(j);
  return q === 39 || q === 34 ? j + 1 : -1;
}

/** Reads the candidate at `i` (a digit with an acceptable character before it), or null. */
function candidateAt(s: string, i: number): Candidate | null {
  // "size=550" is a field value; only enhanced codes may follow "=" ("dsn=5.1.1").
  const reply = i > 0 && s.charCodeAt(i - 1) === 61 ? null : readReplyCode(s, i);
  const tuple = reply !== null && reply >= 400 ? tupleQuote(s, i) : -1;
  if (tuple !== -1) {
    // Python's smtplib: "(550, b'5.7.1 …')". The finding starts at "(" so that `text` is the whole tuple.
    const enh = readEnhancedCode(s, tuple);
    const withCode = enh !== null && enh.code[0] !== "2";
    return {
      start: i - 1,
      codeEnd: withCode ? enh.end : tuple,
      replyCode: reply,
      enhancedCode: withCode ? enh.code : null,
      continues: false,
      codeOnly: false,
    };
  }
  if (reply !== null && reply >= 400) {
    // Pair: "550 5.7.26", "550-5.7.26", "550  5.7.26", and Postfix's fold right after the code
    // ("said: 550\n    5.1.1 <a@b>…").
    const sep = s.charCodeAt(i + 3);
    const fold = foldAt(s, i + 3);
    const colon = sep === 58 && s.charCodeAt(i + 4) === 32; // "550: 5.2.2 <a@b>... Mailbox Full"
    if (sep === 32 || sep === 45 || sep === 9 || fold !== -1 || colon) {
      let j = fold !== -1 ? fold : colon ? i + 5 : i + 4;
      if (sep === 32 && s.charCodeAt(j) === 32) j++;
      // Amazon SES: "550-'5.7.1 <a@b>... Access denied'"; Google Workspace: "550 #5.1.0 Address rejected."
      if (s.charCodeAt(j) === 39 || s.charCodeAt(j) === 35) j++;
      // Barracuda: "550 cuda_nsu 5.1.1 <a@b>... User unknown"
      const tag = sep === 32 ? /^[a-z]{2,12}_[a-z]{2,12} /.exec(s.slice(j, j + 30)) : null;
      if (tag && readEnhancedCode(s, j + tag[0].length)) j += tag[0].length;
      const enh = readEnhancedCode(s, j);
      if (enh && enh.code[0] !== "2") {
        return {
          start: i,
          codeEnd: enh.end,
          replyCode: reply,
          enhancedCode: enh.code,
          continues: sep === 45,
          codeOnly: false,
        };
      }
    }
    return loneReplyCode(s, i, reply);
  }
  const enh = readEnhancedCode(s, i);
  if (!enh || enh.code[0] === "2") return null;
  const subject = enh.code.charCodeAt(2) - 48;
  if (enh.code[3] !== "." || subject > 7) return null; // subject 0–7, one digit
  if (NOT_A_CODE_BEFORE.has(wordBefore(s, i).word) || NOT_A_CODE_AFTER.has(wordAfter(s, enh.end)))
    return null;
  // Reversed pair: "5.7.26 550".
  if (s.charCodeAt(enh.end) === 32) {
    const r = readReplyCode(s, enh.end + 1);
    const after = s.charCodeAt(enh.end + 4);
    if (r !== null && String(r)[0] === enh.code[0] && (Number.isNaN(after) || isSpace(after))) {
      return {
        start: i,
        codeEnd: enh.end + 4,
        replyCode: r,
        enhancedCode: enh.code,
        continues: false,
        codeOnly: false,
      };
    }
  }
  if (dateLike(enh.code) && !enhancedContext(s, i, enh.end)) return null;
  return {
    start: i,
    codeEnd: enh.end,
    replyCode: null,
    enhancedCode: enh.code,
    continues: false,
    codeOnly: false,
  };
}

/**
 * An enhanced code that a date could also be (`4.5.23`: day, month, two-digit year): a two-digit detail,
 * outside subject 7 (where X.7.10–X.7.30 are all registered) and other than X.1.10 and X.6.10.
 */
function dateLike(code: string): boolean {
  const n = code.length;
  if (n !== 6 || !isDigit(code.charCodeAt(4))) return false;
  const subject = code.charCodeAt(2);
  return subject !== 55 /* 7 */ && !(code.endsWith(".10") && (subject === 49 || subject === 54));
}

/** Words before a date (`on 4.5.23`, `since 5.6.24`). */
const DATE_WORDS = new Set(["on", "since", "until", "till", "dated", "date", "before", "after", "from"]);
/** Words that make a date-like code on the same line a bounce code. */
const BOUNCE_WORDS =
  /\b(?:smtp|bounce[ds]?|bouncing|reject\w*|refused|denied|blocked|errors?|dsn|status|codes?|mail|e-?mails?|deliver\w*|undeliver\w*|spf|dkim|dmarc|mailbox|recipient|sender|relay|spam|quota|repl(?:y|ied|ies)|said|says)\b/i;

/**
 * Does something around a date-like enhanced code say it is a code? The start of a line, a mark glued to
 * it (`dsn=4.5.23`, `(4.5.23)`), a code word before or after it (`status 4.5.23`, `got 4.5.23`), or a
 * bounce word on its line — unless a date word comes right before it (`on 4.5.23`).
 */
function enhancedContext(s: string, i: number, end: number): boolean {
  const before = wordBefore(s, i).word;
  if (DATE_WORDS.has(before)) return false;
  if (atLineStart(s, i)) return true;
  if (i > 0 && !isSpace(s.charCodeAt(i - 1))) return true;
  if (CODE_WORD_BEFORE.has(before) || RECEIVING_VERBS.has(before)) return true;
  if (CODE_WORD_AFTER.has(wordAfter(s, end))) return true;
  // Its line, at most 160 characters either side (bounded: the scan stays linear).
  const head = s.slice(Math.max(0, i - 160), i);
  const tail = s.slice(end, end + 160);
  const nl = tail.search(LINE_BREAK_ANY);
  return BOUNCE_WORDS.test(
    `${head.slice(head.lastIndexOf("\n") + 1)} ${nl === -1 ? tail : tail.slice(0, nl)}`,
  );
}

/**
 * qmail puts the enhanced code after the text: `Sorry, no mailbox here by that name. (#5.1.1)`, or
 * `550 sorry, no mailbox here by that name (#5.1.1 - chkusr)`. The code joins a lone reply code earlier on
 * its line; otherwise the finding starts at the beginning of the line so that `text` carries the reply.
 */
function qmail(s: string, c: Candidate, out: Candidate[], lineStart: number): void {
  const prev = out[out.length - 1];
  if (prev && prev.start >= lineStart) {
    if (prev.enhancedCode === null) prev.enhancedCode = c.enhancedCode;
    else out.push(c);
    return;
  }
  let end = c.codeEnd;
  for (let k = c.codeEnd; k < s.length && k - c.codeEnd < 40; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 10 || ch === 13) break;
    if (ch === 41 || ch === 93) {
      end = k + 1;
      break;
    }
  }
  // The text before the code, at most MAX_TEXT_CHARS of it.
  const start = Math.max(lineStart, end - MAX_TEXT_CHARS);
  out.push({ ...c, start: Math.min(start, c.start), codeEnd: end, codeOnly: true });
}

const DIGIT = /[0-9]/g;
const LINE_BREAK = /[\r\n]/g;

/** All candidates in order (duplicates included), in one linear pass. */
function scan(s: string): Candidate[] {
  const out: Candidate[] = [];
  const n = s.length;
  // Where the current line's text starts (after its indentation), worked out only when qmail needs it.
  // Line breaks are searched forwards once: `lastBreak` < the offset asked about <= `nextBreak`. A break
  // inside a candidate (Postfix's fold "550⏎    5.1.1") does not start a line: the scan steps over it.
  let lastBreak = -1;
  let nextBreak = -1;
  let searched = false;
  const folded: number[] = [];
  let f = 0;
  const lineStartAt = (pos: number): number => {
    while (!searched || (nextBreak !== -1 && nextBreak < pos)) {
      if (searched) {
        while (f < folded.length && (folded[f] as number) < nextBreak) f++;
        if (folded[f] !== nextBreak) lastBreak = nextBreak;
      }
      LINE_BREAK.lastIndex = nextBreak + 1;
      nextBreak = LINE_BREAK.test(s) ? LINE_BREAK.lastIndex - 1 : -1;
      searched = true;
    }
    let start = lastBreak + 1;
    while (start < pos && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
    return start;
  };
  let i = 0;
  while (i < n) {
    // Jump to the next digit (a regular expression finds it much faster than a loop).
    DIGIT.lastIndex = i;
    if (!DIGIT.test(s)) break;
    i = DIGIT.lastIndex - 1;
    let j = i;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    const run = j - i;
    if ((run === 3 || run === 1) && okBefore(s, i)) {
      const c = candidateAt(s, i);
      if (c) {
        // qmail's "(#5.1.1)", or "[#4.1.9]"
        const hashed =
          i >= 2 && s.charCodeAt(i - 1) === 35 && (s.charCodeAt(i - 2) === 40 || s.charCodeAt(i - 2) === 91);
        if (!(c.replyCode === null && hashed)) {
          out.push(c);
        } else qmail(s, c, out, lineStartAt(i));
        if (c.codeEnd > j) {
          // A pair folded after its reply code: "550\r\n    5.1.1".
          for (let k = j; k < j + 2 && k < c.codeEnd; k++) {
            const b = s.charCodeAt(k);
            if (b === 10 || b === 13) folded.push(k);
          }
        }
        i = Math.max(j, c.codeEnd);
        continue;
      }
    }
    // Skip the rest of a dotted/glued token so its inner parts are never read as codes ("192.0.2.1").
    while (j < n && (isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 46)) j++;
    i = j;
  }
  return out;
}

const keyOf = (c: { replyCode: number | null; enhancedCode: string | null }) =>
  `${c.replyCode ?? ""}|${c.enhancedCode ?? ""}`;

/** The end of the line at `i` (before CR/LF), or `limit` when the line runs past it. */
function lineEndAt(s: string, i: number, limit: number): number {
  const stop = Math.min(s.length, limit);
  if (i >= stop) return stop;
  // A search over the bounded slice (a regular expression is much faster than a loop over characters).
  const k = s.slice(i, stop).search(LINE_BREAK_ANY);
  return k === -1 ? stop : i + k;
}

const LINE_BREAK_ANY = /[\r\n]/;

/** Does the line starting at `i` continue the multi-line reply `code`? Returns the marker's separator. */
function continuationSep(s: string, i: number, code: number): number {
  let j = i;
  const limit = Math.min(s.length, i + 40);
  while (j < limit) {
    const c = s.charCodeAt(j);
    if (c === 32 || c === 9 || c === 62 || c === 60) j++;
    else break;
  }
  if (readReplyCode(s, j) !== code) return -1;
  const sep = j + 3 < s.length ? s.charCodeAt(j + 3) : 32;
  return sep === 45 || sep === 32 || sep === 9 ? sep : -1;
}

/** Does the line at `i` open with enhanced code `code` (after blanks) followed by a blank? */
function opensWith(s: string, i: number, code: string): boolean {
  let j = i;
  while (j - i < 16 && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  const e = readEnhancedCode(s, j);
  return e !== null && e.code === code && (s.charCodeAt(e.end) === 32 || s.charCodeAt(e.end) === 9);
}

/** Count of `open` minus count of `close` (character codes) in s[from, to). */
function balance(s: string, from: number, to: number, open = 40, close = 41): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === open) n++;
    else if (c === close) n--;
  }
  return n;
}

/** Whether a line opens Postfix's `(in reply to …)` trailer, closes it, or neither. */
function trailerState(line: string, open: boolean): "open" | "closed" | "none" {
  if (open) return line.includes(")") ? "closed" : "open";
  const at = line.toLowerCase().indexOf("(in reply to");
  if (at === -1) return "none";
  return line.includes(")", at) ? "closed" : "open";
}

/**
 * When the code at `i` follows Postfix's `… said:` or Exim's `host … [IP]:`, the indentation a following
 * line needs to continue the folded reply; otherwise 0.
 */
function wrappedBy(s: string, i: number): number {
  let j = i;
  while (j > 0 && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  const before = s.slice(Math.max(0, j - 5), j).toLowerCase();
  if (!(before.endsWith("said:") || before.endsWith("]:"))) return 0;
  // A folded line is indented at least as much as this line, and at least by one blank.
  let lineStart = j;
  while (lineStart > 0 && j - lineStart < 400) {
    const c = s.charCodeAt(lineStart - 1);
    if (c === 10 || c === 13) break;
    lineStart--;
  }
  if (lineStart > 0 && s.charCodeAt(lineStart - 1) !== 10 && s.charCodeAt(lineStart - 1) !== 13) return 0;
  let indent = 0;
  while (s.charCodeAt(lineStart + indent) === 32 || s.charCodeAt(lineStart + indent) === 9) indent++;
  return Math.max(1, indent);
}

/** Is `i` just inside a double-quoted string, after at most a short `smtp; ` label? */
function inJsonString(s: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 40; j--) {
    const c = s.charCodeAt(j);
    if (c === 34) return true;
    if (!(isLetter(c) || c === 32 || c === 59 || c === 58 || c === 45)) return false;
  }
  return false;
}

/** The end of a finding's `text`: its line (cut at `cut`), extended over a multi-line reply's lines. */
function textEnd(s: string, c: Candidate, cut: number): number {
  if (c.codeOnly) return c.codeEnd;
  const cap = c.start + MAX_TEXT_CHARS;
  const limit = Math.min(cut, cap);
  let end = lineEndAt(s, c.codeEnd, limit);
  // Following lines belong to the reply when they continue a multi-line reply (`550-…` lines up to the
  // final `550 …`), or, after Postfix's `… said:` / Exim's `host … [IP]:`, when they are folded (indented
  // at least `wrapIndent`) — up to Postfix's "(in reply to … command)" trailer, itself maybe folded.
  const wrapIndent = wrappedBy(s, c.start);
  // Python's smtplib keeps each line's enhanced code: "5.7.1 …⏎5.7.1 …⏎5.7.1 …".
  const sameCode =
    c.replyCode === null && c.enhancedCode !== null && atLineStart(s, c.start) ? c.enhancedCode : null;
  let open = c.continues && c.replyCode !== null;
  let trailer = trailerState(s.slice(c.start, end), false);
  for (let lines = 0; lines < 1000 && end < limit && trailer !== "closed"; lines++) {
    let nl = end;
    if (s.charCodeAt(nl) === 13) nl++;
    if (s.charCodeAt(nl) === 10) nl++;
    if (nl === end || nl >= limit) break;
    const sep = open && c.replyCode !== null ? continuationSep(s, nl, c.replyCode) : -1;
    if (sep !== -1) {
      open = sep === 45;
    } else if (sameCode !== null && opensWith(s, nl, sameCode)) {
      // another line of the same reply
    } else {
      if (wrapIndent === 0) break;
      let k = nl;
      while (k < limit && k - nl < 400 && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++;
      if (k - nl < wrapIndent || k >= limit || s.charCodeAt(k) === 10 || s.charCodeAt(k) === 13) break;
    }
    end = lineEndAt(s, nl, limit);
    trailer = trailerState(s.slice(nl, end), trailer === "open");
    if (sep === 32 && wrapIndent === 0) break; // the final line of the reply
  }
  end = Math.min(end, cap);
  // Inside a JSON string ("diagnosticCode":"smtp; 550 5.1.1 user unknown"), the text ends at its quote.
  if (inJsonString(s, c.start)) {
    for (let k = c.codeEnd; k < end; k++) {
      if (s.charCodeAt(k) === 34) {
        end = s.charCodeAt(k - 1) === 92 ? k - 1 : k;
        break;
      }
    }
  }
  // Trim trailing whitespace, dangling openers and separators, a quoted-printable soft break (`=`),
  // and a closing `)` or `'` that belongs to a wrapper (`status=bounced (…)`, `returned '…'`).
  const quoted = c.start > 0 && s.charCodeAt(c.start - 1) === 39;
  let opens = -1;
  let brackets = -1;
  for (;;) {
    if (end <= c.codeEnd) break;
    const t = s.charCodeAt(end - 1);
    // space < ( [ , ; = # ` " * ? !
    if (isSpace(t) || t === 60 || t === 40 || t === 91 || t === 44 || t === 59 || t === 61 || t === 35) {
      end--;
      continue;
    }
    if (t === 96 || t === 34 || t === 42 || t === 63 || t === 33) {
      end--;
      continue;
    }
    if (t === 39 && quoted) {
      end--;
      continue;
    }
    if (t === 41) {
      if (opens === -1) opens = balance(s, c.start, end);
      if (opens < 0) {
        opens++;
        end--;
        continue;
      }
    }
    // "] " of a bracketed record the reply sits in (Zoho's "[Status: Error, …, ResponseCode 421, , …]").
    if (t === 93) {
      if (brackets === -1) brackets = balance(s, c.start, end, 91, 93);
      if (brackets < 0) {
        brackets++;
        end--;
        continue;
      }
    }
    break;
  }
  return end;
}

export function findBounceCodesImpl(input: unknown): FoundBounce[] {
  const original = clip(toText(input), MAX_FIND_CHARS);
  // Same length as `original`: offsets found in `s` are offsets in the input.
  const s = blankControls(original);
  const all = scan(s);
  if (all.length === 0) return [];

  // First occurrence of each key; `next` = index into `all` of the next candidate with another key.
  const firstByKey = new Map<string, number>();
  for (let k = 0; k < all.length; k++) {
    const key = keyOf(all[k] as Candidate);
    if (!firstByKey.has(key)) firstByKey.set(key, k);
    if (firstByKey.size >= MAX_FINDINGS * 4) break;
  }
  // Enhanced codes that some finding carries together with a reply code.
  const paired = new Set<string>();
  for (const k of firstByKey.values()) {
    const c = all[k] as Candidate;
    if (c.replyCode !== null && c.enhancedCode !== null) paired.add(c.enhancedCode);
  }
  const out: FoundBounce[] = [];
  for (const k of firstByKey.values()) {
    const c = all[k] as Candidate;
    // A DSN's "Status: 5.1.1" or a log's "dsn=5.1.1" repeats the enhanced code of "550 5.1.1 …": drop it.
    // (A lone "550" is kept: "550 5.7.26 from gmail, also a 550 from yahoo" names two bounces.)
    if (c.replyCode === null && c.enhancedCode !== null && paired.has(c.enhancedCode)) continue;
    let cut = s.length;
    for (let m = k + 1; m < all.length; m++) {
      const other = all[m] as Candidate;
      if (other.replyCode !== c.replyCode || other.enhancedCode !== c.enhancedCode) {
        cut = other.start;
        break;
      }
      if (other.start > c.start + MAX_TEXT_CHARS) break;
    }
    const end = textEnd(s, c, cut);
    out.push({
      text: original.slice(c.start, end),
      index: c.start,
      replyCode: c.replyCode,
      enhancedCode: c.enhancedCode,
    });
    if (out.length >= MAX_FINDINGS) break;
  }
  return out;
}

/** Enhanced codes mentioned inside a reply text, by the same rules (used by `parseReply`). */
export function enhancedCodesIn(text: string): string[] {
  const out: string[] = [];
  // Every enhanced code has a class digit (2, 4 or 5), a dot and a digit: without one, scan() finds none.
  if (!mayHoldEnhancedCode(text)) return out;
  for (const c of scan(text)) {
    if (c.enhancedCode !== null && !out.includes(c.enhancedCode)) out.push(c.enhancedCode);
    if (out.length >= 20) break;
  }
  return out;
}

/**
 * Does an enhanced code start anywhere in `s`, whatever precedes it? Every finding with an enhanced code
 * is read by `readEnhancedCode` somewhere, so without one `scan` finds none (a cheap test before a scan).
 */
function mayHoldEnhancedCode(s: string): boolean {
  for (let dot = s.indexOf(".", 1); dot !== -1; dot = s.indexOf(".", dot + 1)) {
    const cls = s.charCodeAt(dot - 1);
    if ((cls === 50 || cls === 52 || cls === 53) && readEnhancedCode(s, dot - 1) !== null) return true;
  }
  return false;
}
