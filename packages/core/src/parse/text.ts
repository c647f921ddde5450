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

/** Splits on CRLF, CR or LF. */
export function splitLines(s: string): string[] {
  return s.includes("\r") ? s.split(/\r\n|\r|\n/) : s.split("\n");
}

/** A blank other than a lone space between words: something `squash` changes. */
const NEEDS_SQUASH = /\s\s|[^\S ]|^\s|\s$/;

/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
  // Most texts are already squashed; testing is much cheaper than rebuilding them.
  return NEEDS_SQUASH.test(s) ? s.replace(/\s+/g, " ").trim() : s;
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
