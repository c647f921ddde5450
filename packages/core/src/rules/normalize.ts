/**
 * The one normalisation shared by replies and rule phrases: lower case, every run of characters that
 * are not letters or digits (any script) turned into one space, wrapped in single spaces so that every
 * word starts after a space and ends before one. Linear in the input.
 */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const NON_WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const ASCII_NON_WORD_SPLIT = /[^a-z0-9]+/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for "ASCII only", controls included
const NOT_ASCII = /[^\u0000-\u007f]/;

export function normalizeText(text: string): string {
  return ` ${text.toLowerCase().replace(NON_WORD, " ").trim()} `;
}

/**
 * The words of `normalizeText(text)`, without building it: the hot path of the rule engine. Replies are
 * nearly always ASCII, where a plain character class is several times faster than Unicode properties.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words = lower.split(NOT_ASCII.test(lower) ? NON_WORD_SPLIT : ASCII_NON_WORD_SPLIT);
  if (words.length > 0 && words[0] === "") words.shift();
  if (words.length > 0 && words[words.length - 1] === "") words.pop();
  return words;
}
