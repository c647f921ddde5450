import { normalizeText } from "./normalize.js";
import type { ProviderSignature, Rule, RuleMatch } from "./types.js";

/**
 * The rule engine. Tables are compiled once, at the first call; a reply is then matched in one pass:
 *
 * 1. The normalised reply is walked word by word. Every phrase of every table is indexed by the first
 *    four characters of its first word, so each word costs one Map look-up plus a `startsWith` per
 *    phrase sharing that key (a small constant). No regular expression is involved: the pass is linear
 *    in the length of the reply whatever the tables say.
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

const KEY_LENGTH = 4;

/** Validate and compile rule tables. Throws on an invalid table (a bug caught at load and by tests). */
export function compileTables(
  signatures: readonly ProviderSignature[],
  providerRules: readonly Rule[],
  textRules: readonly Rule[],
): CompiledTables {
  const phrases: Phrase[] = [];
  const phraseIds = new Map<string, number>();
  const index = new Map<string, Phrase[]>();

  function phraseId(raw: string, owner: string): number {
    const prefix = raw.trimEnd().endsWith("*");
    const norm = normalizeText(prefix ? raw.trimEnd().slice(0, -1) : raw).trim();
    if (norm === "") throw new Error(`bounced: rule ${owner}: phrase ${JSON.stringify(raw)} has no words`);
    const firstWord = norm.split(" ", 1)[0] as string;
    if (prefix && !norm.includes(" ") && firstWord.length < KEY_LENGTH) {
      throw new Error(`bounced: rule ${owner}: prefix phrase ${JSON.stringify(raw)} needs ≥ 4 letters`);
    }
    const key = `${prefix ? "*" : ""}${norm}`;
    const known = phraseIds.get(key);
    if (known !== undefined) return known;
    const phrase: Phrase = { id: phrases.length, text: norm, prefix };
    phrases.push(phrase);
    phraseIds.set(key, phrase.id);
    const indexKey = firstWord.slice(0, KEY_LENGTH);
    const bucket = index.get(indexKey);
    if (bucket) bucket.push(phrase);
    else index.set(indexKey, [phrase]);
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
    const cond: CompiledCondition = {
      any: ids(match.any),
      all: ids(match.all),
      not: ids(match.not),
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
    any: sig.any.map((p) => phraseId(p, `signature ${sig.id}`)),
    not: (sig.not ?? []).map((p) => phraseId(p, `signature ${sig.id}`)),
  }));
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

  function scan(norm: string): void {
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      stamp.fill(0);
      generation = 1;
    }
    hits.length = 0;
    // norm starts and ends with a space; every word starts right after a space.
    let start = 1;
    const end = norm.length - 1;
    while (start < end) {
      let stop = norm.indexOf(" ", start);
      if (stop < 0) stop = norm.length;
      const key = norm.slice(start, Math.min(stop, start + KEY_LENGTH));
      const bucket = index.get(key);
      if (bucket) {
        for (const phrase of bucket) {
          if (stamp[phrase.id] === generation) continue;
          if (!norm.startsWith(phrase.text, start)) continue;
          if (!phrase.prefix && norm.charCodeAt(start + phrase.text.length) !== 32) continue;
          stamp[phrase.id] = generation;
          hits.push(phrase.id);
        }
      }
      start = stop + 1;
    }
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
    if (c.any && !c.any.some(hit)) return false;
    if (c.all && !c.all.every(hit)) return false;
    if (c.not?.some(hit)) return false;
    return true;
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
      scan(normalizeText(input.text));
      let signature: ProviderSignature | null = null;
      for (const s of compiledSignatures) {
        if (s.any.some(hit) && !s.not.some(hit)) {
          signature = s.sig;
          break;
        }
      }
      const providerRule = signature ? firstMatch(providerLayers.get(signature.id), input) : null;
      const textRule = firstMatch(textLayer, input);
      return { signature, providerRule, textRule };
    },
    ruleMatches(ruleId, input) {
      const found = allRules.get(ruleId);
      if (!found) throw new Error(`bounced: no rule ${ruleId}`);
      scan(normalizeText(input.text));
      return conditionHolds((found.layer.rules[found.index] as CompiledRule).cond, input);
    },
    phrasesIn(text) {
      scan(normalizeText(text));
      return phrases.filter((p) => hit(p.id)).map((p) => p.text + (p.prefix ? "*" : ""));
    },
  };
}
