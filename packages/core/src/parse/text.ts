/** Input hygiene shared by the parser and the finder. */

/** Turns anything into a string without throwing (the public signatures say string; callers are JS too). */
export function toText(input: unknown): string {
  if (typeof input === "string") return input;
  if (input === null || input === undefined) return "";
  try {
    return String(input);
  } catch {
    return "";
  }
}

// C0 controls except TAB/LF/CR, DEL and C1 controls. One character in, one out: offsets do not move.
const CONTROL = /[^\t\n\r\x20-\x7e\u00a0-\uffff]/g;

/** Replaces control characters with spaces, keeping the length (so offsets stay valid). */
export function blankControls(s: string): string {
  return s.replace(CONTROL, " ");
}

const LONE_BREAK = /\r(?!\n)|(?:^|[^\r])\n/;

/** Splits on CRLF, CR or LF. */
export function splitLines(s: string): string[] {
  if (!s.includes("\r")) return s.includes("\n") ? s.split("\n") : [s];
  // CRLF throughout (the usual case) splits as a plain string, much faster than by a regular expression.
  return LONE_BREAK.test(s) ? s.split(/\r\n|\r|\n/) : s.split("\r\n");
}

/** A blank other than a space. */
const OTHER_BLANK = /[^\S ]/;
const TWO_SPACES = / {2}/;

/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
  // Most texts are already squashed (single spaces between words): testing is much cheaper than rebuilding.
  const n = s.length;
  if (n === 0) return s;
  const edge = s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32;
  if (!edge && !OTHER_BLANK.test(s) && !TWO_SPACES.test(s)) return s;
  return s.replace(/\s+/g, " ").trim();
}

/** Cuts `s` to `max` characters without splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return s.slice(0, end);
}

const HEX = /=([0-7][0-9A-Fa-f])/g;

/**
 * Undoes quoted-printable soft line breaks (`=` at the end of a line) and `=XX` escapes of ASCII
 * characters. Bytes ≥ 0x80 are left encoded: decoding them needs the part's charset.
 */
export function decodeQuotedPrintable(s: string): string {
  return s
    .replace(/=\r?\n/g, "")
    .replace(HEX, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Number of leading spaces/tabs (a tab counts as one). */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}
