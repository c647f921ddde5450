/**
 * The one normalisation shared by replies and rule phrases: lower case, every run of characters that
 * are not letters or digits (any script) turned into one space, wrapped in single spaces so that every
 * word starts after a space and ends before one. Linear in the input.
 */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return ` ${text.toLowerCase().replace(NON_WORD, " ").trim()} `;
}
