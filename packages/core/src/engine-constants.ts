/**
 * Small numbers the rule engine and tokenizer use in their hot loops. They live in a module that imports
 * nothing because esbuild inlines `const` primitives only from such a module. In the bundle, top-level
 * `const`s become `var`s, and V8 then reads each one from the module's context on every use, which is
 * measurable in a loop that runs once per character or word.
 */

/** Prefix phrases that are one word long need at least this many letters (and so do the words they match). */
export const KEY_LENGTH = 4;
export const FIRST_WORD_MASK = 0xffff;
export const PREFIX_KEY_MASK = 0xfff;

/** States of a first-word slot: no phrase starts with such a word, some wait to be interned, all are. */
export const NO_PHRASE = 0;
export const PENDING = 1;
export const BUILT = 2;
/** Numbers per edge of the trie's edge table: word hash, parent, child, word length, last four characters. */
export const EDGE = 5;
/** Bits of a trie node's flags: phrases end at it, prefix phrases continue from it, words continue from it. */
export const NODE_ENDS = 1;
export const NODE_PREFIXES = 2;
export const NODE_CHILDREN = 4;
/** Node 0 is the root; a child id of 0 in the edge table means "empty slot". */
export const ROOT = 0;

/** The kind of a phrase handed to a rule: one of its `any` phrases, or one of its `not` phrases. */
export const ANY = 0;
export const NOT = 1;

/** Longer `any`/`not` lists are also kept as sets (see PhraseSet.anyHit). */
export const LONG_LIST = 4;
/** The longest reply text read directly (the first reply of a process); longer ones compile the tables. */
export const DIRECT_MAX_CHARS = 2000;
