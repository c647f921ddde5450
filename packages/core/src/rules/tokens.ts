import { fold, WORD } from "./normalize.js";

/**
 * The words of a reply as the rule engine sees them (the words of `normalizeText`), found in one pass
 * without creating a string per word: each word is its start and end in the lower-cased text plus a hash
 * of its characters, so the engine's trie can look words up by number and check them in place.
 */
export interface Tokens {
  /** The text the offsets refer to: the ASCII input as it came, or any other input lower-cased. */
  text: string;
  /**
   * The character codes of `text`, lower-cased (ASCII letters folded), at the same offsets: the engine
   * compares words against these instead of reading the string.
   */
  chars: Uint16Array;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  /**
   * The last (up to) four characters of each word, 7 bits each (`packLast`), when the text is ASCII; -1
   * otherwise. Two words of the same length and pack differ at most before their last four characters,
   * so the engine compares only those one by one.
   */
  packs: Int32Array;
}

/**
 * FNV-1a over UTF-16 code units of `text[start, end)`, cut to 30 bits so that it stays a small integer
 * in V8 (a heap-allocated number as a Map key is several times slower). `tokenize` hashes words alike.
 */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * The last (up to) four characters of `text[start, end)`, 7 bits each, as `tokenize` packs ASCII words;
 * -2 when one of them is beyond ASCII (no ASCII word has that pack).
 */
export function packLast(text: string, start: number, end: number): number {
  let p = 0;
  for (let i = Math.max(start, end - 4); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -2;
    p = (p << 7) | c;
  }
  return p;
}

/**
 * Tokenise `text`. The result is overwritten by the next call. ASCII text (nearly every reply) is read
 * in one pass that lower-cases as it goes, so no lower-cased copy is made: `text` is then the input itself
 * and `chars` holds the folded codes. Other text is lower-cased and its Latin letters folded (`fold`)
 * first: `text` is then that copy, read again in this pass when it came out ASCII.
 *
 * The characters are read from bytes that `TextEncoder.encodeInto` writes (one native call) rather than
 * by `charCodeAt` one at a time: a reply's text is usually a slice of the input, which `charCodeAt` reads
 * through an indirection per character, and the loop over bytes takes half the instructions. The bytes
 * are the characters exactly when as many were written as the text has characters (UTF-8 writes every
 * other character as two or more bytes, and stops short when the buffer is full).
 */
export const tokenize: (text: string, folded?: boolean) => Tokens = /* @__PURE__ */ (() => {
  // The fold table, the encoder and the buffers are constants of this closure, not of the module: the
  // bundler turns a module's `const`s into `var`s, which V8 reads (and checks) again for each character;
  // a closure's `const` it reads once. One buffer, reused: JavaScript runs one match at a time and the
  // engine reads the tokens before anything else can tokenise again.
  /** By byte: the letter lower-cased or the digit, 0 for a byte that is not part of a word. */
  const FOLD = new Uint8Array(256);
  for (let c = 48; c < 123; c++) if (c <= 57 || c >= 97) FOLD[c] = c;
  for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
  // Made at the first reply that is tokenised: a cold process's first explain() reads the tables directly
  // and never gets here, and creating an encoder at import costs it (Node loads its encoding module).
  let encoder: InstanceType<typeof TextEncoder> | null = null;
  let bytes = new Uint8Array(1024);
  const buffer: Tokens = {
    text: "",
    chars: new Uint16Array(1024),
    count: 0,
    starts: new Int32Array(256),
    ends: new Int32Array(256),
    hashes: new Int32Array(256),
    packs: new Int32Array(256),
  };
  return function tokenize(text: string, folded = false): Tokens {
    const t = buffer;
    const length = text.length;
    // A word takes at least one character and a separator: room for every word, so no check per word.
    const words = (length >> 1) + 1;
    if (t.starts.length < words) {
      t.starts = new Int32Array(words * 2);
      t.ends = new Int32Array(words * 2);
      t.hashes = new Int32Array(words * 2);
      t.packs = new Int32Array(words * 2);
    }
    if (t.chars.length < length) t.chars = new Uint16Array(length * 2);
    if (length === 0) {
      // A bare code's reply has no text: no call out for nothing.
      t.text = text;
      t.count = 0;
      return t;
    }
    if (bytes.length < length) bytes = new Uint8Array(length * 2);
    encoder ??= new TextEncoder();
    const { read, written } = encoder.encodeInto(text, bytes);
    if (read !== length || written !== length)
      return folded ? tokenizeUnicode(t, text) : tokenize(fold(text.toLowerCase()), true);
    const { chars, starts, ends, hashes, packs } = t;
    const input = bytes;
    let count = 0;
    let start = -1;
    let h = 0;
    let p = 0;
    for (let i = 0; i < length; i++) {
      const c = FOLD[input[i] as number] as number;
      chars[i] = c;
      if (c !== 0) {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5;
          p = 0;
        }
        h = Math.imul(h ^ c, 0x01000193);
        p = ((p << 7) | c) & 0xfffffff;
      } else if (start >= 0) {
        starts[count] = start;
        ends[count] = i;
        hashes[count] = h & 0x3fffffff;
        packs[count] = p;
        count++;
        start = -1;
      }
    }
    if (start >= 0) {
      starts[count] = start;
      ends[count] = length;
      hashes[count] = h & 0x3fffffff;
      packs[count] = p;
      count++;
    }
    t.text = text;
    t.count = count;
    return t;
  };
})();

/** Lower-cased, folded text with a character beyond ASCII left: words by the Unicode classes. */
function tokenizeUnicode(t: Tokens, lower: string): Tokens {
  t.text = lower;
  for (let i = 0; i < lower.length; i++) t.chars[i] = lower.charCodeAt(i);
  let count = 0;
  for (const m of lower.matchAll(WORD)) {
    const end = m.index + m[0].length;
    t.starts[count] = m.index;
    t.ends[count] = end;
    t.packs[count] = -1;
    t.hashes[count++] = hashRange(lower, m.index, end);
  }
  t.count = count;
  return t;
}
