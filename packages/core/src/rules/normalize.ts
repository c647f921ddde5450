/**
 * The one normalisation shared by replies and rule phrases: lower case, every run of characters that
 * are not letters or digits (any script) turned into one space, wrapped in single spaces so that every
 * word starts after a space and ends before one. Linear in the input.
 */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  // Text in Latin scripts (every rule phrase so far) is read character by character: the Unicode
  // property classes are compiled the first time the regular expression runs, which costs a cold
  // process about as much as the rest of the phrase compilation. Anything past U+024F takes the regex.
  let out = "";
  let from = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x250) return ` ${lower.replace(NON_WORD, " ").trim()} `;
    if (isLatinWordChar(c)) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out = out === "" ? lower.slice(from, i) : `${out} ${lower.slice(from, i)}`;
      from = -1;
    }
  }
  if (from >= 0) out = out === "" ? lower.slice(from) : `${out} ${lower.slice(from)}`;
  return ` ${out} `;
}

/** `[\p{L}\p{N}]` below U+0250: ASCII letters and digits, ª µ º, ² ³ ¹ ¼ ½ ¾, and Latin-1/Extended letters. */
function isLatinWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7;
  return (
    c === 0xaa ||
    c === 0xb5 ||
    c === 0xba ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 0xb9 ||
    (c >= 0xbc && c <= 0xbe)
  );
}
