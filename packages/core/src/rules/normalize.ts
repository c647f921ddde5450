/**
 * The one normalisation shared by replies and rule phrases: lower case, every run of characters that
 * are not letters or digits (any script) turned into one space, wrapped in single spaces so that every
 * word starts after a space and ends before one. Linear in the input.
 */
/** A word: letters and digits of any script (shared with the tokenizer: compiled once, at its first use). */
export const WORD = /[\p{L}\p{N}]+/gu;
// ASCII text (host names, most phrases) takes a plain regex: the Unicode property classes above are
// compiled the first time they run, which a cold process feels.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for "ASCII only", controls included
const ASCII = /^[\u0000-\u007f]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return ` ${lower.replace(ASCII_NON_WORD, " ").trim()} `;
  return ` ${lower.match(WORD)?.join(" ") ?? ""} `;
}

/** Whether `text` has no character beyond ASCII. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}
