import { normalizeText, wordsOf } from "./normalize.js";
import type { ProviderSignature, Rule, RuleMatch } from "./types.js";

/**
 * The rule engine. Tables are compiled once, at the first call; a reply is then matched in one pass:
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
  signature: ProviderSignature | null;
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
  /** The same ids as sets, for long lists. */
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
}

interface Layer {
  rules: CompiledRule[];
  /** For each phrase id used by an `any`/`all` condition: the rules that use it. */
  byPhrase: Map<number, number[]>;
  /** Rules with no `any`/`all` text condition: tried on every reply. */
  always: number[];
}

/** Prefix phrases that are one word long are indexed by their first four characters. */
const KEY_LENGTH = 4;

/**
 * Phrases are stored in a trie of whole words: from each word of the reply the scan follows the trie as
 * long as the next words continue some phrase, so each position costs a few Map look-ups.
 */
interface TrieNode {
  children: Map<string, TrieNode> | null;
  /** Phrases that end at this node. */
  ends: number[] | null;
  /** Phrases whose last word is a prefix (`disabl*`) that continue from this node: [prefix, id]. */
  prefixes: [string, number][] | null;
  /** At the root only: the one-word prefix phrases, by their first four characters. */
  rootPrefixes: Map<string, [string, number][]> | null;
}

function newNode(): TrieNode {
  return { children: null, ends: null, prefixes: null, rootPrefixes: null };
}

function addToTrie(root: TrieNode, words: string[], phrase: Phrase): void {
  let node = root;
  const last = words.length - 1;
  for (let k = 0; k < last; k++) {
    const word = words[k] as string;
    node.children ??= new Map();
    let next = node.children.get(word);
    if (!next) {
      next = newNode();
      node.children.set(word, next);
    }
    node = next;
  }
  const lastWord = words[last] as string;
  if (phrase.prefix) {
    node.prefixes ??= [];
    node.prefixes.push([lastWord, phrase.id]);
    if (node === root) {
      root.rootPrefixes ??= new Map();
      const key = lastWord.slice(0, KEY_LENGTH);
      const list = root.rootPrefixes.get(key);
      if (list) list.push([lastWord, phrase.id]);
      else root.rootPrefixes.set(key, [[lastWord, phrase.id]]);
    }
  } else {
    node.children ??= new Map();
    let end = node.children.get(lastWord);
    if (!end) {
      end = newNode();
      node.children.set(lastWord, end);
    }
    end.ends ??= [];
    end.ends.push(phrase.id);
  }
}

/** Validate and compile rule tables. Throws on an invalid table (a bug caught at load and by tests). */
export function compileTables(
  signatures: readonly ProviderSignature[],
  providerRules: readonly Rule[],
  textRules: readonly Rule[],
): CompiledTables {
  const phrases: Phrase[] = [];
  const phraseIds = new Map<string, number>();
  const root = newNode();

  function phraseId(raw: string, owner: string): number {
    const prefix = raw.trimEnd().endsWith("*");
    const norm = normalizeText(prefix ? raw.trimEnd().slice(0, -1) : raw).trim();
    if (norm === "") throw new Error(`bounced: rule ${owner}: phrase ${JSON.stringify(raw)} has no words`);
    if (prefix && !norm.includes(" ") && norm.length < KEY_LENGTH) {
      throw new Error(`bounced: rule ${owner}: prefix phrase ${JSON.stringify(raw)} needs ≥ 4 letters`);
    }
    const key = `${prefix ? "*" : ""}${norm}`;
    const known = phraseIds.get(key);
    if (known !== undefined) return known;
    const phrase: Phrase = { id: phrases.length, text: norm, prefix };
    phrases.push(phrase);
    phraseIds.set(key, phrase.id);
    addToTrie(root, norm.split(" "), phrase);
    return phrase.id;
  }

  function compileCondition(match: RuleMatch, owner: string): CompiledCondition {
    const ids = (list: readonly string[] | undefined) =>
      list && list.length > 0 ? list.map((p) => phraseId(p, owner)) : null;
    const exact = new Set<string>();
    const anyClass = new Set<string>();
    for (const raw of match.enhancedCode ?? []) {
      const code = raw.trim().toLowerCase();
      const m = /^([245x])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
      if (!m) throw new Error(`bounced: rule ${owner}: bad enhanced code pattern ${JSON.stringify(raw)}`);
      const rest = `${Number(m[2])}.${Number(m[3])}`;
      if (m[1] === "x") anyClass.add(rest);
      else exact.add(`${m[1]}.${rest}`);
    }
    const any = ids(match.any);
    const not = ids(match.not);
    const cond: CompiledCondition = {
      any,
      all: ids(match.all),
      not,
      anySet: any && any.length > 4 ? new Set(any) : null,
      notSet: not && not.length > 4 ? new Set(not) : null,
      replyCodes: match.replyCode && match.replyCode.length > 0 ? new Set(match.replyCode) : null,
      replyClass: match.replyClass ?? null,
      exactCodes: exact.size > 0 ? exact : null,
      anyClassCodes: anyClass.size > 0 ? anyClass : null,
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

  function compileLayer(rules: readonly Rule[]): Layer {
    const layer: Layer = { rules: [], byPhrase: new Map(), always: [] };
    for (const rule of rules) {
      const compiled: CompiledRule = {
        index: layer.rules.length,
        rule,
        cond: compileCondition(rule.match, rule.id),
      };
      layer.rules.push(compiled);
      const textIds = [...(compiled.cond.any ?? []), ...(compiled.cond.all ?? [])];
      if (textIds.length === 0) layer.always.push(compiled.index);
      for (const id of new Set(textIds)) {
        const users = layer.byPhrase.get(id);
        if (users) users.push(compiled.index);
        else layer.byPhrase.set(id, [compiled.index]);
      }
    }
    return layer;
  }

  const seen = new Set<string>();
  for (const rule of [...providerRules, ...textRules]) {
    if (seen.has(rule.id)) throw new Error(`bounced: duplicate rule id ${rule.id}`);
    seen.add(rule.id);
  }
  for (const rule of textRules) {
    if (rule.provider) throw new Error(`bounced: generic rule ${rule.id} names a provider`);
  }

  const compiledSignatures = signatures.map((sig) => ({
    sig,
    not: (sig.not ?? []).map((p) => phraseId(p, `signature ${sig.id}`)),
  }));
  /** For each phrase id: the signatures (by index, in table order) it identifies. */
  const signaturesByPhrase = new Map<number, number[]>();
  signatures.forEach((sig, i) => {
    for (const id of new Set(sig.any.map((p) => phraseId(p, `signature ${sig.id}`)))) {
      const users = signaturesByPhrase.get(id);
      if (users) users.push(i);
      else signaturesByPhrase.set(id, [i]);
    }
  });
  const providerLayers = new Map<string, Layer>();
  const byProvider = new Map<string, Rule[]>();
  for (const rule of providerRules) {
    if (!rule.provider) throw new Error(`bounced: provider rule ${rule.id} has no provider`);
    const list = byProvider.get(rule.provider);
    if (list) list.push(rule);
    else byProvider.set(rule.provider, [rule]);
  }
  for (const [provider, rules] of byProvider) providerLayers.set(provider, compileLayer(rules));
  const textLayer = compileLayer(textRules);
  const allRules = new Map<string, { layer: Layer; index: number }>();
  for (const layer of [...providerLayers.values(), textLayer]) {
    for (const r of layer.rules) allRules.set(r.rule.id, { layer, index: r.index });
  }

  // Phrase hits for the current reply: stamp[id] === generation means "found". JavaScript runs one
  // match at a time and nothing here calls out, so one shared table is safe and allocation-free.
  const stamp = new Uint32Array(phrases.length);
  let generation = 0;
  /** The phrase ids found in the current reply, in order of discovery. */
  const hits: number[] = [];

  function scan(words: string[]): void {
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      stamp.fill(0);
      generation = 1;
    }
    hits.length = 0;
    for (let i = 0; i < words.length; i++) {
      let node: TrieNode | undefined = root;
      for (let j = i; node !== undefined && j < words.length; j++) {
        const word = words[j] as string;
        if (node.prefixes !== null) {
          const list = node === root ? root.rootPrefixes?.get(word.slice(0, KEY_LENGTH)) : node.prefixes;
          if (list) for (const [prefix, id] of list) if (word.startsWith(prefix)) found(id);
        }
        node = node.children?.get(word);
        if (node?.ends) for (const id of node.ends) found(id);
      }
    }
  }

  function found(id: number): void {
    if (stamp[id] === generation) return;
    stamp[id] = generation;
    hits.push(id);
  }

  const hit = (id: number) => stamp[id] === generation;

  function conditionHolds(c: CompiledCondition, input: MatchInput): boolean {
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
    if (c.commands && (input.command === null || !c.commands.has(input.command))) return false;
    if (c.any && !anyFound(c.any, c.anySet)) return false;
    if (c.all && !c.all.every(hit)) return false;
    if (c.not && anyFound(c.not, c.notSet)) return false;
    return true;
  }

  // Whichever is shorter: the phrase list, or the phrases found in this reply (usually a handful).
  function anyFound(list: number[], set: Set<number> | null): boolean {
    if (set === null || list.length <= hits.length) return list.some(hit);
    for (const id of hits) if (set.has(id)) return true;
    return false;
  }

  // Candidates are the rules using a phrase that was hit, plus the rules without text conditions.
  function firstMatch(layer: Layer | undefined, input: MatchInput): Rule | null {
    if (!layer) return null;
    let best = -1;
    for (const i of layer.always) {
      if ((best < 0 || i < best) && conditionHolds((layer.rules[i] as CompiledRule).cond, input)) {
        best = i;
        break; // `always` is in table order
      }
    }
    for (const id of hits) {
      const users = layer.byPhrase.get(id);
      if (!users) continue;
      for (const i of users) {
        if (best >= 0 && i >= best) break; // users are in table order
        if (conditionHolds((layer.rules[i] as CompiledRule).cond, input)) best = i;
      }
    }
    return best < 0 ? null : (layer.rules[best] as CompiledRule).rule;
  }

  return {
    match(input) {
      scan(wordsOf(input.text));
      // The first signature in table order with a phrase found and none of its `not` phrases.
      let best = -1;
      for (const id of hits) {
        const users = signaturesByPhrase.get(id);
        if (!users) continue;
        for (const i of users) {
          if (best >= 0 && i >= best) break;
          if (!(compiledSignatures[i] as (typeof compiledSignatures)[number]).not.some(hit)) best = i;
        }
      }
      const signature =
        best < 0 ? null : (compiledSignatures[best] as (typeof compiledSignatures)[number]).sig;
      const providerRule = signature ? firstMatch(providerLayers.get(signature.id), input) : null;
      const textRule = firstMatch(textLayer, input);
      return { signature, providerRule, textRule };
    },
    ruleMatches(ruleId, input) {
      const found = allRules.get(ruleId);
      if (!found) throw new Error(`bounced: no rule ${ruleId}`);
      scan(wordsOf(input.text));
      return conditionHolds((found.layer.rules[found.index] as CompiledRule).cond, input);
    },
    phrasesIn(text) {
      scan(wordsOf(text));
      return phrases.filter((p) => hit(p.id)).map((p) => p.text + (p.prefix ? "*" : ""));
    },
  };
}
