import {
  ANY,
  BUILT,
  DIRECT_MAX_CHARS,
  EDGE,
  FIRST_WORD_MASK,
  KEY_LENGTH,
  LONG_LIST,
  NO_PHRASE,
  NODE_CHILDREN,
  NODE_ENDS,
  NODE_PREFIXES,
  NOT,
  PENDING,
  PREFIX_KEY_MASK,
  ROOT,
} from "../engine-constants.js";
import { fold, isAscii, normalizeText } from "./normalize.js";
import { hashRange, packLast, type Tokens, tokenize } from "./tokens.js";
import type { ProviderSignature, Rule, RuleMatch } from "./types.js";

/**
 * The rule engine. A table's first reply (up to 2,000 characters) is matched by reading the rules
 * directly (`matchDirect`: each phrase looked for in the normalised reply), which in a fresh process costs
 * a fraction of compiling them. From the second reply on the tables are compiled, and a reply is matched
 * in one pass:
 *
 * 1. The normalised reply is walked word by word. Every phrase of every table sits in a trie of whole
 *    words, so each position costs a Map look-up per word that continues a phrase (phrases are a few
 *    words long). No regular expression is involved: the pass is linear in the length of the reply,
 *    times the length of the longest phrase, whatever the tables say.
 * 2. Each phrase found is stamped in a table of phrase hits.
 * 3. Signatures, provider rules and generic rules are then tested against the hits and the codes, in
 *    table order; the first signature and the first rule of each layer that match win.
 */

/** What the engine is asked about one reply. */
export interface MatchInput {
  /** Reply text (codes removed) plus anything else worth matching on, e.g. the remote host name. */
  text: string;
  /**
   * The reply as it came, before parsing took its codes out of `text` (qmail's `(#5.1.1)`): where
   * signatures' `raw` markers are looked for. `text` when absent.
   */
  raw?: string;
  replyCode: number | null;
  enhancedCode: string | null;
  command: string | null;
}

export interface CompiledTables {
  /** Match a reply: returns the recognised provider and the first matching rule of each layer. */
  match(input: MatchInput): MatchResult;
  /** Does `rule` match this input? (Used by tests: every rule must match its own example.) */
  ruleMatches(ruleId: string, input: MatchInput): boolean;
  /** All phrases that occur in `text`, normalised (for debugging rules). */
  phrasesIn(text: string): string[];
}

export interface MatchResult {
  /** The first signature found in table order: its provider rules are tried. */
  signature: ProviderSignature | null;
  /** The receiving provider or MTA: `signature`, unless that is a DNS blocklist the reply only names. */
  receiver: ProviderSignature | null;
  providerRule: Rule | null;
  textRule: Rule | null;
}

interface Phrase {
  id: number;
  /** Normalised phrase, starting with its first word (no leading space). */
  text: string;
  /** True when the phrase ended with `*`: it may end inside a word. */
  prefix: boolean;
}

interface CompiledCondition {
  any: number[] | null;
  all: number[] | null;
  not: number[] | null;
  /** The same ids as sets, for long lists (more than LONG_LIST ids), made at the first use. */
  anySet: Set<number> | null;
  notSet: Set<number> | null;
  replyCodes: Set<number> | null;
  replyClass: 4 | 5 | null;
  /** Exact codes (`5.7.26`) and class-free codes (`7.26`). */
  exactCodes: Set<string> | null;
  anyClassCodes: Set<string> | null;
  commands: Set<string> | null;
}

interface CompiledRule {
  index: number;
  rule: Rule;
  cond: CompiledCondition;
  /** Only `any` phrases, no other condition: the rule holds as soon as one of them is found. */
  anyOnly: boolean;
}

/**
 * A table's compiled code conditions by rule index; a trusted table's are compiled at their first use
 * (undefined until then).
 */
type Conditions = (CompiledCondition | undefined)[];

/** Rule `i`'s code conditions, compiled now if they are not yet. */
function conditionAt(conds: Conditions, rules: readonly Rule[], i: number): CompiledCondition {
  let cond = conds[i];
  if (cond === undefined) {
    const rule = rules[i] as Rule;
    cond = compileCondition(rule.match, rule.id);
    conds[i] = cond;
  }
  return cond;
}

/** Receives the id of an `any` (ANY) or `not` (NOT) phrase of a rule or signature once it is interned. */
type Take = (id: number, kind: number) => void;

/** A phrase waiting for a reply that contains its first word. */
interface Waiting {
  raw: string;
  owner: string;
  kind: number;
  take: Take;
}

/** Whether `chars` continues with `prefix` at `start`. */
function samePrefix(prefix: string, chars: Uint16Array, start: number): boolean {
  for (let k = 0; k < prefix.length; k++) if (chars[start + k] !== prefix.charCodeAt(k)) return false;
  return true;
}

/** The bucket of a one-word prefix phrase, and of a word that may start with it: its first 4 characters. */
function prefixKey(c0: number, c1: number, c2: number, c3: number): number {
  return (((c0 * 31 + c1) * 31 + c2) * 31 + c3) & PREFIX_KEY_MASK;
}

/**
 * One set of phrases with its trie and the hits of the last scan.
 *
 * Phrases are stored in a trie of whole words: from each word of the reply the scan follows the trie as
 * long as the next words continue some phrase, so each position costs a few look-ups. Nodes are numbers;
 * every edge (parent node, hash of the word) sits in one open-addressing table of typed arrays, so a step
 * is a few array reads, and words are checked in place (edges with the same hash are probed in turn).
 */
class PhraseSet {
  /**
   * @param normal the phrases come in normal form (the built-in tables as the build ships them: see
   * `compileBuiltIn`): a phrase is its normalised text, plus `*` when it is a prefix phrase.
   */
  constructor(private readonly normal: boolean) {}

  readonly phrases: Phrase[] = [];
  private readonly ids = new Map<string, number>();
  /**
   * By node id: the word that leads to it (its character codes, one word after another in `wordChars`,
   * node `n`'s from `wordAt[n]` to `wordAt[n + 1]`), the phrases that end at it, and the prefix phrases
   * (`disabl*`: [prefix, id]) whose last word continues from it.
   */
  private wordChars = new Uint16Array(4096);
  private readonly wordAt: number[] = [0, 0];
  private readonly nodeEnds: (number[] | null)[] = [null];
  private readonly nodePrefixes: ([string, number][] | null)[] = [null];
  /**
   * By node id: which of the above it has, one bit each (`NODE_ENDS`: phrases end at it, `NODE_PREFIXES`:
   * prefix phrases continue from it, `NODE_CHILDREN`: words continue from it), so that a step of the scan
   * reads one number.
   */
  private readonly nodeFlags: number[] = [0];
  /**
   * The edges, five numbers each: word hash, parent id, child id (0: empty), and the word's length and
   * last four characters (`packLast`), so that a look-up reads one array. Linear probing; grown at half
   * load.
   */
  private edges = new Int32Array(EDGE * 1024);
  private edgeMask = 1023;
  private edgeCount = 0;
  /** The one-word prefix phrases, by a hash of their first four characters (`prefixKey`). */
  private rootPrefixes: ([string, number][] | undefined)[] | null = null;
  /** Phrases of rules and signatures not yet interned, by the masked hash of their first word. */
  private readonly waiting = new Map<number, Waiting[]>();
  /** By masked hash of a word: does a phrase start with it (NO_PHRASE, PENDING, BUILT)? */
  private readonly firstWords = new Uint8Array(FIRST_WORD_MASK + 1);
  // Phrase hits of the current reply: stamp[id] === generation means "found". JavaScript runs one
  // match at a time and nothing here calls out, so one table per set is safe and allocation-free.
  private stamp = new Uint32Array(64);
  private generation = 0;
  /**
   * The phrase ids found by the last scan, in order of discovery: the first `hitCount` of `hits`, which is
   * as long as `stamp` (a phrase is found once per scan), so adding one needs no check.
   */
  hits = new Int32Array(64);
  hitCount = 0;

  add(raw: string, owner: string): number {
    // Most phrases are written already normalised: only the others pay for `phraseForm`.
    const form = this.normal ? normalForm(raw) : ALREADY_NORMAL.test(raw) ? null : phraseForm(raw, owner);
    const norm = form?.norm ?? raw;
    const prefix = form?.prefix === true;
    const key = prefix ? `*${norm}` : norm;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const phrase: Phrase = { id: this.phrases.length, text: norm, prefix };
    this.phrases.push(phrase);
    this.ids.set(key, phrase.id);
    if (phrase.id >= this.stamp.length) {
      // Rules compiled during a scan add phrases: the hits table grows with its stamps kept.
      const stamp = new Uint32Array(phrase.id * 2);
      stamp.set(this.stamp);
      this.stamp = stamp;
      const hits = new Int32Array(phrase.id * 2);
      hits.set(this.hits);
      this.hits = hits;
    }
    const space = norm.indexOf(" ");
    if (phrase.prefix && space < 0) {
      this.rootPrefixes ??= new Array<[string, number][] | undefined>(PREFIX_KEY_MASK + 1).fill(undefined);
      const key = prefixKey(norm.charCodeAt(0), norm.charCodeAt(1), norm.charCodeAt(2), norm.charCodeAt(3));
      const list = this.rootPrefixes[key];
      if (list) list.push([norm, phrase.id]);
      else this.rootPrefixes[key] = [[norm, phrase.id]];
    } else {
      this.addToTrie(phrase);
      // A slot stays PENDING while phrases wait for its word (see `use`).
      const slot = hashRange(norm, 0, space < 0 ? norm.length : space) & FIRST_WORD_MASK;
      if (this.firstWords[slot] === NO_PHRASE) this.firstWords[slot] = BUILT;
    }
    return phrase.id;
  }

  /**
   * Intern phrase `raw` of `owner` and hand its id to `take`: with `eager`, or when the phrase cannot
   * wait, now; else the first time a reply contains its first word (most never occur, and interning
   * ~2,000 phrases up front costs a cold process milliseconds). Until then the phrase cannot be found,
   * so its rule behaves as if the phrase were known and absent.
   */
  use(raw: string, owner: string, kind: number, take: Take, eager: boolean): void {
    const slot = eager ? -1 : this.slotOf(raw, owner);
    if (slot < 0 || this.firstWords[slot] === BUILT) {
      take(this.add(raw, owner), kind);
      return;
    }
    const entry: Waiting = { raw, owner, kind, take };
    const bucket = this.waiting.get(slot);
    if (bucket) bucket.push(entry);
    else this.waiting.set(slot, [entry]);
    this.firstWords[slot] = PENDING;
  }

  /**
   * The masked hash of a phrase's first word (as `add` would find it), or -1 when the phrase cannot
   * wait: a one-word prefix phrase (found by its first letters, not by a trie branch) or a phrase with no
   * words (an error that `add` reports).
   */
  private slotOf(raw: string, owner: string): number {
    if (this.normal) {
      const { norm, prefix } = normalForm(raw);
      const space = norm.indexOf(" ");
      return prefix && space < 0 ? -1 : hashRange(norm, 0, space < 0 ? norm.length : space) & FIRST_WORD_MASK;
    }
    // Most phrases are written normalised: their first word is the text up to the first space.
    if (!ALREADY_NORMAL.test(raw)) return this.slowSlot(raw, owner);
    const space = raw.indexOf(" ");
    return hashRange(raw, 0, space < 0 ? raw.length : space) & FIRST_WORD_MASK;
  }

  private slowSlot(raw: string, owner: string): number {
    const { norm, prefix } = phraseForm(raw, owner);
    const space = norm.indexOf(" ");
    if (prefix && space < 0) return -1;
    return hashRange(norm, 0, space < 0 ? norm.length : space) & FIRST_WORD_MASK;
  }

  scan(tokens: Tokens): void {
    if (this.stamp.length < this.phrases.length) {
      this.stamp = new Uint32Array(this.phrases.length * 2);
      this.hits = new Int32Array(this.phrases.length * 2);
      this.generation = 0;
    }
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.hitCount = 0;
    const rootPrefixes = this.rootPrefixes;
    const firstWords = this.firstWords;
    const nodeEnds = this.nodeEnds;
    const nodePrefixes = this.nodePrefixes;
    const nodeFlags = this.nodeFlags;
    const { chars, count, starts, ends, hashes, packs } = tokens;
    for (let i = 0; i < count; i++) {
      const start = starts[i] as number;
      const length = (ends[i] as number) - start;
      if (rootPrefixes !== null && length >= KEY_LENGTH) {
        const list =
          rootPrefixes[
            prefixKey(
              chars[start] as number,
              chars[start + 1] as number,
              chars[start + 2] as number,
              chars[start + 3] as number,
            )
          ];
        if (list !== undefined) this.prefixHits(list, chars, start, length);
      }
      // Most words of a reply start no phrase: one byte per (masked) hash answers that without a look-up.
      const hash = hashes[i] as number;
      const slot = hash & FIRST_WORD_MASK;
      const state = firstWords[slot];
      if (state === NO_PHRASE) continue;
      if (state === PENDING) this.build(slot);
      let node = this.child(ROOT, hash, packs[i] as number, chars, start, length);
      for (let j = i + 1; node !== ROOT; j++) {
        const flags = nodeFlags[node] as number;
        if ((flags & NODE_ENDS) !== 0) {
          const endsHere = nodeEnds[node] as number[];
          for (let k = 0; k < endsHere.length; k++) this.found(endsHere[k] as number);
        }
        if (j >= count || (flags & (NODE_PREFIXES | NODE_CHILDREN)) === 0) break;
        const nextStart = starts[j] as number;
        const nextLength = (ends[j] as number) - nextStart;
        if ((flags & NODE_PREFIXES) !== 0)
          this.prefixHits(nodePrefixes[node] as [string, number][], chars, nextStart, nextLength);
        node =
          (flags & NODE_CHILDREN) === 0
            ? ROOT
            : this.child(node, hashes[j] as number, packs[j] as number, chars, nextStart, nextLength);
      }
    }
  }

  /**
   * The child of `parent` for the word at `chars[start, start + length)` with this hash and pack (its
   * last four characters as `tokenize` packs them, or -1 when it has none), or ROOT. With a pack, only the
   * characters before the last four are compared one by one.
   */
  private child(
    parent: number,
    hash: number,
    pack: number,
    chars: Uint16Array,
    start: number,
    length: number,
  ): number {
    const mask = this.edgeMask;
    const edges = this.edges;
    for (let s = (hash ^ Math.imul(parent, 0x9e3779b1)) & mask; ; s = (s + 1) & mask) {
      const e = s * EDGE;
      const c = edges[e + 2] as number;
      if (c === ROOT) return ROOT;
      if (edges[e] === hash && edges[e + 1] === parent && edges[e + 3] === length) {
        let n = length;
        if (pack >= 0) {
          if (edges[e + 4] !== pack) continue;
          n = length - 4;
        }
        if (n <= 0) return c;
        const at = this.wordAt[c] as number;
        const word = this.wordChars;
        let k = 0;
        while (k < n && word[at + k] === chars[start + k]) k++;
        if (k >= n) return c;
      }
    }
  }

  /** The child of `parent` for `word`, created when missing. */
  private childFor(parent: number, word: string): number {
    const length = word.length;
    const codes = new Uint16Array(length);
    for (let k = 0; k < length; k++) codes[k] = word.charCodeAt(k);
    const hash = hashRange(word, 0, length);
    const found = this.child(parent, hash, -1, codes, 0, length);
    if (found !== ROOT) return found;
    if (2 * (this.edgeCount + 1) > this.edgeMask + 1) this.growEdges();
    const id = this.nodeEnds.length;
    const at = this.wordAt[id] as number;
    if (at + length > this.wordChars.length) {
      const grown = new Uint16Array((at + length) * 2);
      grown.set(this.wordChars);
      this.wordChars = grown;
    }
    this.wordChars.set(codes, at);
    this.wordAt.push(at + length);
    this.nodeEnds.push(null);
    this.nodePrefixes.push(null);
    this.nodeFlags.push(0);
    this.nodeFlags[parent] = (this.nodeFlags[parent] as number) | NODE_CHILDREN;
    this.insertEdge(parent, hash, id, length, packLast(word, 0, length));
    this.edgeCount++;
    return id;
  }

  private insertEdge(parent: number, hash: number, child: number, length: number, pack: number): void {
    const mask = this.edgeMask;
    const edges = this.edges;
    let s = (hash ^ Math.imul(parent, 0x9e3779b1)) & mask;
    while (edges[s * EDGE + 2] !== ROOT) s = (s + 1) & mask;
    const e = s * EDGE;
    edges[e] = hash;
    edges[e + 1] = parent;
    edges[e + 2] = child;
    edges[e + 3] = length;
    edges[e + 4] = pack;
  }

  private growEdges(): void {
    const old = this.edges;
    this.edgeMask = this.edgeMask * 2 + 1;
    this.edges = new Int32Array((this.edgeMask + 1) * EDGE);
    for (let e = 0; e < old.length; e += EDGE) {
      const c = old[e + 2] as number;
      if (c !== ROOT)
        this.insertEdge(
          old[e + 1] as number,
          old[e] as number,
          c,
          old[e + 3] as number,
          old[e + 4] as number,
        );
    }
  }

  private addToTrie(phrase: Phrase): void {
    const words = phrase.text.split(" ");
    let node = ROOT;
    const last = words.length - 1;
    for (let k = 0; k < last; k++) node = this.childFor(node, words[k] as string);
    const lastWord = words[last] as string;
    if (phrase.prefix) {
      const list = this.nodePrefixes[node];
      if (list) list.push([lastWord, phrase.id]);
      else this.nodePrefixes[node] = [[lastWord, phrase.id]];
      this.nodeFlags[node] = (this.nodeFlags[node] as number) | NODE_PREFIXES;
    } else {
      const end = this.childFor(node, lastWord);
      const list = this.nodeEnds[end];
      if (list) list.push(phrase.id);
      else this.nodeEnds[end] = [phrase.id];
      this.nodeFlags[end] = (this.nodeFlags[end] as number) | NODE_ENDS;
    }
  }

  /** Intern the phrases waiting under this first-word slot (into the trie). */
  private build(slot: number): void {
    this.firstWords[slot] = BUILT;
    const entries = this.waiting.get(slot);
    this.waiting.delete(slot);
    if (entries) for (const e of entries) e.take(this.add(e.raw, e.owner), e.kind);
  }

  private prefixHits(list: [string, number][], chars: Uint16Array, start: number, length: number): void {
    for (let k = 0; k < list.length; k++) {
      const entry = list[k] as [string, number];
      const prefix = entry[0];
      if (prefix.length <= length && samePrefix(prefix, chars, start)) this.found(entry[1]);
    }
  }

  private found(id: number): void {
    if (this.stamp[id] === this.generation) return;
    this.stamp[id] = this.generation;
    this.hits[this.hitCount++] = id;
  }

  hit(id: number): boolean {
    return this.stamp[id] === this.generation;
  }

  /** Whichever is shorter: the phrase list, or the phrases found in this reply (usually a handful). */
  anyHit(list: number[], set: Set<number> | null): boolean {
    if (set === null || list.length <= this.hitCount) {
      for (const id of list) if (this.stamp[id] === this.generation) return true;
      return false;
    }
    for (let k = 0; k < this.hitCount; k++) if (set.has(this.hits[k] as number)) return true;
    return false;
  }
}

const BEYOND_ASCII = /[\u0080-\uffff]/g;
/** Lower-case words of letters and digits, single spaces, optional `*`: nothing to normalise. */
const ALREADY_NORMAL = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const ENHANCED_PATTERN = /^([245x])\.(\d{1,3})\.(\d{1,3})$/;

/**
 * The code conditions of a rule; its phrase lists start empty (null when the rule has none) and are
 * filled as the phrases are interned (see Layer).
 */
function compileCondition(match: RuleMatch, owner: string): CompiledCondition {
  let exact: Set<string> | null = null;
  let anyClass: Set<string> | null = null;
  if (match.enhancedCode !== undefined) {
    for (const raw of match.enhancedCode) {
      const m = ENHANCED_PATTERN.exec(raw.trim().toLowerCase());
      if (!m) throw new Error(`bounced: rule ${owner}: bad enhanced code pattern ${JSON.stringify(raw)}`);
      const rest = `${Number(m[2])}.${Number(m[3])}`;
      if (m[1] === "x") {
        anyClass ??= new Set();
        anyClass.add(rest);
      } else {
        exact ??= new Set();
        exact.add(`${m[1]}.${rest}`);
      }
    }
  }
  const cond: CompiledCondition = {
    any: nonEmpty(match.any) ? [] : null,
    all: nonEmpty(match.all) ? [] : null,
    not: nonEmpty(match.not) ? [] : null,
    // Built at the first use (see Layer.holds): most rules are never tried with many hits.
    anySet: null,
    notSet: null,
    replyCodes: match.replyCode && match.replyCode.length > 0 ? new Set(match.replyCode) : null,
    replyClass: match.replyClass ?? null,
    exactCodes: exact,
    anyClassCodes: anyClass,
    commands:
      match.command && match.command.length > 0
        ? new Set(match.command.map((c) => c.trim().toUpperCase()))
        : null,
  };
  if (
    !cond.any &&
    !cond.all &&
    !cond.replyCodes &&
    !cond.replyClass &&
    !cond.exactCodes &&
    !cond.anyClassCodes
  ) {
    throw new Error(`bounced: rule ${owner} has no text or code condition`);
  }
  return cond;
}

/**
 * Add `user` to the list of phrase `id` in a dense array of lists, once, keeping each list in table
 * order (users are compiled in any order; in table order when compiled all at once).
 */
function addUser(byPhrase: (number[] | undefined)[], id: number, user: number): void {
  while (byPhrase.length <= id) byPhrase.push(undefined);
  const users = byPhrase[id];
  if (users === undefined) {
    byPhrase[id] = [user];
    return;
  }
  let k = users.length;
  while (k > 0 && (users[k - 1] as number) > user) k--;
  if (k > 0 && users[k - 1] === user) return;
  if (k === users.length) users.push(user);
  else users.splice(k, 0, user);
}

/** Whether a list of phrases is given and not empty. */
function nonEmpty(list: readonly string[] | undefined): list is readonly string[] {
  return list !== undefined && list.length > 0;
}

/**
 * A phrase not written normalised: its normal form and whether it ended with `*` (it may then end inside
 * a word). Throws for a phrase the engine cannot use.
 */
function phraseForm(raw: string, owner: string): { norm: string; prefix: boolean } {
  const trimmed = raw.trimEnd();
  const prefix = trimmed.endsWith("*");
  const body = prefix ? trimmed.slice(0, -1) : raw;
  const norm = ALREADY_NORMAL.test(body) ? body : normalizeText(body).trim();
  if (norm === "") throw new Error(`bounced: rule ${owner}: phrase ${JSON.stringify(raw)} has no words`);
  if (prefix && !norm.includes(" ") && norm.length < KEY_LENGTH) {
    throw new Error(`bounced: rule ${owner}: prefix phrase ${JSON.stringify(raw)} needs ≥ 4 letters`);
  }
  return { norm, prefix };
}

/** A phrase given in normal form (see `compileBuiltIn`): its text, and whether it ends with `*`. */
function normalForm(raw: string): { norm: string; prefix: boolean } {
  const prefix = raw.charCodeAt(raw.length - 1) === 42; // "*"
  return { norm: prefix ? raw.slice(0, -1) : raw, prefix };
}

// Letters and digits that `normalizeText` surely keeps: ASCII, kana and the first CJK ideographs (a
// class without Unicode properties, which take a cold process a while to compile).
/**
 * A phrase surely usable: with a run of 4 ASCII letters or digits (so a word, and a last word of 4 or
 * more if it is a prefix phrase), or not a prefix phrase and with a letter or digit.
 */
const USABLE = /[a-z0-9]{4}|^(?![\s\S]*\*\s*$)[\s\S]*[a-z0-9\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fa5]/i;
/** The same for each line of phrases joined by line breaks: matches at the start of a line that is not. */
const UNSURE_LINE =
  /^(?![^\n]*[a-z0-9]{4})(?:(?=[^\n]*\*[^\S\n]*$)|(?![^\n]*[a-z0-9\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fa5]))/im;

/**
 * Throw now for a phrase of `list` the engine cannot use. A list whose every phrase is surely usable is
 * passed over with one regular expression on its joined lines (a cold process pays dearly for a loop).
 */
function checkPhrases(list: readonly string[] | undefined, owner: string): void {
  if (list === undefined || !UNSURE_LINE.test(list.join("\n"))) return;
  for (const raw of list) if (!USABLE.test(raw)) phraseForm(raw, owner);
}

/** Whether a rule has no code condition. */
function codesFree(c: CompiledCondition): boolean {
  return !c.replyCodes && !c.replyClass && !c.exactCodes && !c.anyClassCodes && !c.commands;
}

/** The code conditions of a rule (reply code or class, enhanced code, command). */
function codesHold(c: CompiledCondition, input: MatchInput): boolean {
  if (c.replyCodes && (input.replyCode === null || !c.replyCodes.has(input.replyCode))) return false;
  if (c.replyClass && (input.replyCode === null || Math.floor(input.replyCode / 100) !== c.replyClass)) {
    return false;
  }
  if (c.exactCodes || c.anyClassCodes) {
    const code = input.enhancedCode;
    if (code === null) return false;
    const okExact = c.exactCodes?.has(code) ?? false;
    const okAny = c.anyClassCodes?.has(code.slice(2)) ?? false;
    if (!okExact && !okAny) return false;
  }
  return !(c.commands && (input.command === null || !c.commands.has(input.command)));
}

/**
 * Rules read straight from the tables, for a table's first reply: each phrase is looked for in the
 * normalised reply, with nothing compiled or interned (in a cold process that costs several times more
 * than one reply). Gives the compiled engine's answer: the first signature and the first rule of each
 * layer, in table order, whose conditions hold.
 */
function matchDirect(
  input: MatchInput,
  signatures: readonly ProviderSignature[],
  textRules: readonly Rule[],
  textConds: Conditions,
  rulesByProvider: () => Map<string, Rule[]>,
  trust: Trust,
): MatchResult {
  const text = normalizeText(input.text);
  const ascii = isAscii(text);
  /** Phrase `raw` (a usable one, or one made from it below) as `add` would normalise it, in `text`. */
  const formIn = (raw: string): boolean => {
    const trimmed = raw.trimEnd();
    const prefix = trimmed.endsWith("*");
    const norm = normalizeText(prefix ? trimmed.slice(0, -1) : raw).trim();
    return norm !== "" && text.includes(prefix ? ` ${norm}` : ` ${norm} `);
  };
  const has = (raw: string): boolean =>
    trust.normal
      ? normalIn(raw, text)
      : ALREADY_NORMAL.test(raw)
        ? text.includes(` ${raw} `)
        : // An ASCII reply holds a phrase only if it holds it with its non-ASCII characters (lower-cased,
          // folded) made spaces: tried first, the Unicode normalisation (slow to compile) is rarely needed.
          !(ascii && !isAscii(raw) && !formIn(fold(raw.toLowerCase()).replace(BEYOND_ASCII, " "))) &&
          formIn(raw);
  const recognise = (skipBlocklists: boolean) => {
    const ok = (sig: ProviderSignature) =>
      !(skipBlocklists && sig.kind === "blocklist") && !sig.not?.some(has);
    return (
      signatures.find((sig) => sig.any.some(has) && ok(sig)) ??
      signatures.find((sig) => hasRaw(sig, input.raw ?? input.text) && ok(sig)) ??
      null
    );
  };
  // A trusted table's code conditions are compiled as its rules are tried (most never are on this reply).
  const first = (rules: readonly Rule[], conds: Conditions) =>
    rules.find((rule, i) => {
      const { any, all, not } = rule.match;
      return (
        codesHold(conditionAt(conds, rules, i), input) &&
        (!any?.length || any.some(has)) &&
        (!all?.length || all.every(has)) &&
        !not?.some(has)
      );
    }) ?? null;
  const signature = recognise(false);
  const receiver = signature?.kind === "blocklist" ? recognise(true) : signature;
  const textRule = first(textRules, textConds);
  const rules = signature ? rulesByProvider().get(signature.id) : undefined;
  const providerRule = rules ? first(rules, trust.trusted ? [] : checkRules(rules)) : null;
  return { signature, receiver, providerRule, textRule };
}

/**
 * Whether phrase `raw`, in normal form, is in the normalised `text` (which starts and ends with a space):
 * as whole words, a prefix phrase (`disabl*`) from the start of a word. `text.includes(` ${raw} `)`,
 * without making that string for each of the ~2,000 phrases of a first reply.
 */
function normalIn(raw: string, text: string): boolean {
  const prefix = raw.charCodeAt(raw.length - 1) === 42; // "*"
  const body = prefix ? raw.slice(0, -1) : raw;
  const end = body.length;
  for (let at = text.indexOf(body); at > 0; at = text.indexOf(body, at + 1)) {
    if (text.charCodeAt(at - 1) === 32 && (prefix || text.charCodeAt(at + end) === 32)) return true;
  }
  return false;
}

/** Whether one of the signature's `raw` markers (an empty one never) is in `text`: `indexOf`, linear. */
function hasRaw(sig: ProviderSignature, text: string): boolean {
  return sig.raw?.some((marker) => marker !== "" && text.includes(marker)) === true;
}

/** Compile a table's conditions and check its phrases, in the order a `Layer` does (its errors first). */
function checkRules(rules: readonly Rule[]): CompiledCondition[] {
  return rules.map((rule) => {
    const cond = compileCondition(rule.match, rule.id);
    const { any, all, not } = rule.match;
    for (const list of [any, not, all]) checkPhrases(list, rule.id);
    return cond;
  });
}

/** A table of rules over its own phrase set: first match in table order. */
class Layer {
  readonly rules: CompiledRule[] = [];
  /**
   * For each phrase id used by an `any`/`all` condition: the rules that use it, in table order. Dense
   * (undefined where no rule uses the phrase) so that V8 keeps it a fast array.
   */
  private readonly byPhrase: (number[] | undefined)[] = [];
  /** Rules with no `any`/`all` text condition: tried on every reply, in table order. */
  private readonly always: number[] = [];

  constructor(
    readonly phrases: PhraseSet,
    rules: readonly Rule[],
    eager: boolean,
    conds?: Conditions,
  ) {
    for (const rule of rules) {
      const index = this.rules.length;
      const { any, all, not } = rule.match;
      const cond = conds?.[index] ?? compileCondition(rule.match, rule.id);
      this.rules.push({
        index,
        rule,
        cond,
        anyOnly: cond.any !== null && cond.all === null && cond.not === null && codesFree(cond),
      });
      if (cond.any === null && cond.all === null) this.always.push(index);
      // Interned in the order any, not, all (as the tables have always been compiled). An `all` phrase
      // is interned now: the rule must see the whole list to know that one phrase is missing.
      if (any !== undefined || not !== undefined) {
        const take: Take = (id, kind) => {
          if (kind === ANY) {
            (cond.any as number[]).push(id);
            cond.anySet?.add(id);
            addUser(this.byPhrase, id, index);
          } else {
            (cond.not as number[]).push(id);
            cond.notSet?.add(id);
          }
        };
        if (any !== undefined) for (const raw of any) phrases.use(raw, rule.id, ANY, take, eager);
        if (not !== undefined) for (const raw of not) phrases.use(raw, rule.id, NOT, take, eager);
      }
      if (cond.all !== null) {
        for (const raw of all as readonly string[]) {
          const id = phrases.add(raw, rule.id);
          cond.all.push(id);
          addUser(this.byPhrase, id, index);
        }
      }
    }
  }

  holds(c: CompiledCondition, input: MatchInput): boolean {
    if (!codesHold(c, input)) return false;
    const set = this.phrases;
    if (c.any !== null) {
      if (c.anySet === null && c.any.length > LONG_LIST) c.anySet = new Set(c.any);
      if (!set.anyHit(c.any, c.anySet)) return false;
    }
    if (c.all !== null) for (const id of c.all) if (!set.hit(id)) return false;
    if (c.not !== null) {
      if (c.notSet === null && c.not.length > LONG_LIST) c.notSet = new Set(c.not);
      if (set.anyHit(c.not, c.notSet)) return false;
    }
    return true;
  }

  /** The first rule in table order that holds, after its phrase set scanned the reply. */
  firstMatch(input: MatchInput): Rule | null {
    let best = -1;
    for (const i of this.always) {
      if (this.holds((this.rules[i] as CompiledRule).cond, input)) {
        best = i;
        break;
      }
    }
    const { hits, hitCount } = this.phrases;
    for (let k = 0; k < hitCount; k++) {
      const users = this.byPhrase[hits[k] as number];
      if (!users) continue;
      for (const i of users) {
        if (best >= 0 && i >= best) break;
        const r = this.rules[i] as CompiledRule;
        if (r.anyOnly || this.holds(r.cond, input)) best = i;
      }
    }
    return best < 0 ? null : (this.rules[best] as CompiledRule).rule;
  }
}

export interface CompileOptions {
  /**
   * Compile every provider's rules now instead of the first time that provider is recognised (the
   * default, which keeps the first `explain()` fast). Tests use it to validate every table at once.
   */
  eager?: boolean;
}

/**
 * Validate and compile rule tables. Throws on an invalid table (a bug caught by the tests). All phrases
 * share one set, scanned once per reply; a provider's rules (and their phrases) are compiled the first
 * time that provider is recognised.
 */
export function compileTables(
  signatures: readonly ProviderSignature[],
  providerRules: readonly Rule[],
  textRules: readonly Rule[],
  options: CompileOptions = {},
): CompiledTables {
  return compile(signatures, providerRules, textRules, options.eager === true, UNTRUSTED);
}

/** How far the engine may trust a set of tables. */
interface Trust {
  /** Valid tables (no duplicate ids, no unusable phrase): the checks that only catch authoring errors are skipped. */
  trusted: boolean;
  /** Every phrase is in normal form (its `normalizeText`, trimmed, plus `*` for a prefix phrase). */
  normal: boolean;
}
const UNTRUSTED: Trust = { trusted: false, normal: false };

/**
 * The built-in tables, which the tests validate (engine.test.ts, rules-*.test.ts): compiled without
 * the checks for authoring errors, which a cold process would pay for at the first `explain()`. With
 * `normal`, their phrases come in normal form, as the build ships them (build/strip-evidence.mjs), and are
 * interned as they are. Not for users' tables (see `compileTables`).
 */
export function compileBuiltIn(
  signatures: readonly ProviderSignature[],
  providerRules: readonly Rule[],
  textRules: readonly Rule[],
  normal: boolean,
): CompiledTables {
  return compile(signatures, providerRules, textRules, false, { trusted: true, normal });
}

/** Throw for duplicate rule ids, a provider rule without its provider, a generic rule with one. */
function validate(providerRules: readonly Rule[], textRules: readonly Rule[]): void {
  const seen = new Set<string>();
  for (const rule of providerRules) {
    if (!rule.provider) throw new Error(`bounced: provider rule ${rule.id} has no provider`);
    if (seen.has(rule.id)) throw new Error(`bounced: duplicate rule id ${rule.id}`);
    seen.add(rule.id);
  }
  for (const rule of textRules) {
    if (seen.has(rule.id)) throw new Error(`bounced: duplicate rule id ${rule.id}`);
    seen.add(rule.id);
  }
  for (const rule of textRules) {
    if (rule.provider) throw new Error(`bounced: generic rule ${rule.id} names a provider`);
  }
}

function compile(
  signatures: readonly ProviderSignature[],
  providerRules: readonly Rule[],
  textRules: readonly Rule[],
  eager: boolean,
  trust: Trust,
): CompiledTables {
  if (!trust.trusted) validate(providerRules, textRules);

  // Without `eager`, tables are validated now (as compiling them would) and compiled at the second reply:
  // the first is read from the tables directly (see matchDirect). Trusted tables skip the phrase checks.
  let textConds: Conditions | undefined;
  if (trust.trusted) textConds = [];
  else if (!eager) {
    for (const sig of signatures) {
      const owner = `signature ${sig.id}`;
      checkPhrases(sig.not, owner);
      checkPhrases(sig.any, owner);
    }
    textConds = checkRules(textRules);
  }

  /** Provider rules by provider, grouped at the first recognition (a cold process may need none). */
  let rulesByProvider: Map<string, Rule[]> | null = null;
  function providerRulesByProvider(): Map<string, Rule[]> {
    if (rulesByProvider === null) {
      rulesByProvider = new Map();
      for (const rule of providerRules) {
        const list = rulesByProvider.get(rule.provider as string);
        if (list) list.push(rule);
        else rulesByProvider.set(rule.provider as string, [rule]);
      }
    }
    return rulesByProvider;
  }

  let engine: Engine | null = null;
  function compiled(): Engine {
    engine ??= compileEngine(signatures, textRules, textConds, eager, providerRulesByProvider, trust.normal);
    return engine;
  }
  if (eager) {
    const e = compiled();
    for (const provider of providerRulesByProvider().keys()) e.providerLayer(provider);
  }
  let direct = !eager;

  return {
    match(input) {
      if (direct) {
        direct = false;
        if (input.text.length <= DIRECT_MAX_CHARS) {
          return matchDirect(
            input,
            signatures,
            textRules,
            textConds as Conditions,
            providerRulesByProvider,
            trust,
          );
        }
      }
      const { shared, textLayer, providerLayers, providerLayer, recognise } = compiled();
      const tokens = tokenize(input.text);
      shared.scan(tokens);
      const rawText = input.raw ?? input.text;
      const signature = recognise(false, rawText);
      // A blocklist named in a reply explains it, but the reply came from someone else: the receiver is
      // the first signature that is not a blocklist, if any.
      const receiver = signature?.kind === "blocklist" ? recognise(true, rawText) : signature;
      const textRule = textLayer.firstMatch(input);
      let providerRule: Rule | null = null;
      if (signature) {
        const known = providerLayers.has(signature.id);
        const layer = providerLayer(signature.id);
        if (layer) {
          // The first reply of a provider scans again, now that its phrases are in the set.
          if (!known) shared.scan(tokens);
          providerRule = layer.firstMatch(input);
        }
      }
      return { signature, receiver, providerRule, textRule };
    },
    ruleMatches(ruleId, input) {
      const rule = [...providerRules, ...textRules].find((r) => r.id === ruleId);
      if (!rule) throw new Error(`bounced: no rule ${ruleId}`);
      const { textLayer, providerLayer } = compiled();
      const layer = rule.provider ? (providerLayer(rule.provider) as Layer) : textLayer;
      const found = layer.rules.find((r) => r.rule === rule) as CompiledRule;
      layer.phrases.scan(tokenize(input.text));
      return layer.holds(found.cond, input);
    },
    phrasesIn(text) {
      const { shared, providerLayer } = compiled();
      for (const provider of providerRulesByProvider().keys()) providerLayer(provider);
      shared.scan(tokenize(text));
      return [...shared.hits.subarray(0, shared.hitCount)].map((id) => {
        const p = shared.phrases[id] as Phrase;
        return p.text + (p.prefix ? "*" : "");
      });
    },
  };
}

interface Engine {
  shared: PhraseSet;
  textLayer: Layer;
  providerLayers: Map<string, Layer>;
  /** The provider's layer, compiled at its first use; null when the provider has no rules. */
  providerLayer(provider: string): Layer | null;
  /**
   * The first signature in table order with a phrase found and none of its `not` phrases; when there is
   * none, the first with a `raw` marker in `text` and none of its `not` phrases.
   */
  recognise(skipBlocklists: boolean, text: string): ProviderSignature | null;
}

/** All phrases share one set, scanned once per reply; a provider's rules join it at its first use. */
function compileEngine(
  signatures: readonly ProviderSignature[],
  textRules: readonly Rule[],
  textConds: Conditions | undefined,
  eager: boolean,
  rulesByProvider: () => Map<string, Rule[]>,
  normal: boolean,
): Engine {
  const shared = new PhraseSet(normal);
  /** By index: a signature and the ids of its `not` phrases interned so far. */
  const compiledSignatures = signatures.map((sig) => ({ sig, not: [] as number[] }));
  /** For each phrase id: the signatures (by index, in table order) it identifies. */
  const signaturesByPhrase: (number[] | undefined)[] = [];
  for (let i = 0; i < signatures.length; i++) {
    const compiled = compiledSignatures[i] as (typeof compiledSignatures)[number];
    const owner = `signature ${compiled.sig.id}`;
    const take: Take = (id, kind) => {
      if (kind === ANY) addUser(signaturesByPhrase, id, i);
      else compiled.not.push(id);
    };
    if (compiled.sig.not !== undefined)
      for (const raw of compiled.sig.not) shared.use(raw, owner, NOT, take, eager);
    for (const raw of compiled.sig.any) shared.use(raw, owner, ANY, take, eager);
  }
  /** The signatures' `raw` markers (empty ones never match) and their signatures' indexes, in table order. */
  const markers: string[] = [];
  const markedBy: number[] = [];
  signatures.forEach((sig, i) => {
    for (const marker of sig.raw ?? []) {
      if (marker === "") continue;
      markers.push(marker);
      markedBy.push(i);
    }
  });
  /** Signature `i` is not a blocklist skipped, and none of its `not` phrases was found. */
  const usable = (i: number, skipBlocklists: boolean): boolean => {
    const compiled = compiledSignatures[i] as (typeof compiledSignatures)[number];
    if (skipBlocklists && compiled.sig.kind === "blocklist") return false;
    for (const id of compiled.not) if (shared.hit(id)) return false;
    return true;
  };
  const textLayer = new Layer(shared, textRules, eager, textConds);
  const providerLayers = new Map<string, Layer>();
  return {
    shared,
    textLayer,
    providerLayers,
    providerLayer(provider) {
      let layer = providerLayers.get(provider);
      if (layer === undefined) {
        const rules = rulesByProvider().get(provider);
        if (!rules) return null;
        // The provider's phrases join the shared set: later replies find them in the same single scan.
        layer = new Layer(shared, rules, eager);
        providerLayers.set(provider, layer);
      }
      return layer;
    },
    recognise(skipBlocklists, text) {
      let best = -1;
      const { hits, hitCount } = shared;
      for (let k = 0; k < hitCount; k++) {
        const users = signaturesByPhrase[hits[k] as number];
        if (users === undefined) continue;
        for (const i of users) {
          if (best >= 0 && i >= best) break;
          if (usable(i, skipBlocklists)) best = i;
        }
      }
      // Raw markers only when no phrase decided (most replies are recognised above, or have none).
      if (best < 0)
        for (let k = 0; k < markers.length; k++)
          if (text.includes(markers[k] as string) && usable(markedBy[k] as number, skipBlocklists)) {
            best = markedBy[k] as number;
            break;
          }
      return best < 0 ? null : (signatures[best] as ProviderSignature);
    },
  };
}
