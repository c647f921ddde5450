/**
 * The one normalisation shared by replies and rule phrases: lower case, Latin letters folded to their
 * base letters (see `fold`), every run of characters that are not letters or digits (any script) turned
 * into one space, wrapped in single spaces so that every word starts after a space and ends before one.
 * Linear in the input.
 */
/** A word: letters and digits of any script (shared with the tokenizer: compiled once, at its first use). */
export const WORD = /[\p{L}\p{N}]+/gu;
// ASCII text (host names, most phrases) takes a plain regex: the Unicode property classes above are
// compiled the first time they run, which a cold process feels.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for "ASCII only", controls included
const ASCII = /^[\u0000-\u007f]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

/**
 * By code point from U+00DF: what each letter of Latin-1 Supplement and Latin Extended-A reads as once
 * folded (upper-case ones are lower-cased before; `÷` is the one character that is not a letter).
 */
const BASES =
  "ss a a a a a a ae c e e e e i i i i d n o o o o o ÷ o u u u u y th y a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s".split(
    " ",
  );
/** A Latin letter with combining marks (U+0300–U+036F, as NFD writes accents) after it, or one to fold. */
const FOLDABLE = /([a-z])[\u0300-\u036f]+|[\u00df-\u017f][\u0300-\u036f]*/g;

/**
 * Fold lower-cased text so that a reply matches a phrase whether or not its server kept the accents:
 * `boîte`, `refusé`, `está`, `não`, `pełna` read `boite`, `refuse`, `esta`, `nao`, `pelna`; `ß`, `æ`,
 * `œ`, `ĳ`, `þ` read `ss`, `ae`, `oe`, `ij`, `th`; a Latin letter written with combining marks (NFD)
 * reads as its base letter. German umlauts lose their dots (`empfänger` reads `empfanger`, as servers
 * that strip accents write it, and as Finnish, Swedish, Hungarian or Turkish text reads without
 * accents); the 7-bit German spelling `empfaenger` is another word, which a table matches with a phrase
 * of its own (the tables spell both). Other scripts (Greek, Cyrillic, CJK …) are left as they are. A
 * table, not `String.prototype.normalize` (slow to start, missing in some runtimes); linear, and ASCII
 * text never gets here.
 */
export function fold(lower: string): string {
  return lower.replace(
    FOLDABLE,
    (match: string, ascii?: string) => ascii ?? (BASES[match.charCodeAt(0) - 0xdf] as string),
  );
}

export function normalizeText(text: string): string {
  let lower = text.toLowerCase();
  if (!ASCII.test(lower)) {
    lower = fold(lower);
    if (!ASCII.test(lower)) return ` ${lower.match(WORD)?.join(" ") ?? ""} `;
  }
  return ` ${lower.replace(ASCII_NON_WORD, " ").trim()} `;
}

/** Whether `text` has no character beyond ASCII. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}
