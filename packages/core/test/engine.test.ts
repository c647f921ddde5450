import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { compileBuiltIn, compileTables, type MatchResult } from "../src/rules/engine.js";
import { normalizeText } from "../src/rules/normalize.js";
import { hashRange, packLast, tokenize } from "../src/rules/tokens.js";
import type { ProviderSignature, Rule } from "../src/rules/types.js";

const sig = (id: string, any: string[], not?: string[]): ProviderSignature => ({
  id,
  name: id,
  kind: "provider",
  any,
  ...(not ? { not } : {}),
  example: "",
  source: "test",
});
const rule = (
  id: string,
  match: Rule["match"],
  reason: Rule["decide"]["reason"],
  provider?: string,
): Rule => ({
  id,
  ...(provider ? { provider } : {}),
  match,
  decide: { reason },
  example: "",
  source: "test",
});
const input = (
  text: string,
  replyCode: number | null = null,
  enhancedCode: string | null = null,
  command: string | null = null,
) => ({
  text,
  replyCode,
  enhancedCode,
  command,
});

/** The match inputs of every reply of the labelled corpus, as explain() hands them to the engine. */
async function corpusInputs(): Promise<ReturnType<typeof input>[]> {
  const { parseReply } = await import("../src/parse.js");
  const corpus = readFileSync(new URL("./fixtures/replies/replies.jsonl", import.meta.url), "utf8");
  return corpus
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const p = parseReply(JSON.parse(line).reply);
      return input(
        p.remoteHost ? `${p.text} ${p.remoteHost}` : p.text,
        p.replyCode,
        p.enhancedCode,
        p.command,
      );
    });
}

describe("normalizeText", () => {
  test.each([
    ["Mailbox is FULL.", " mailbox is full "],
    ["mailbox_is_full", " mailbox is full "],
    ["  <a@b.example>: User unknown ", " a b example user unknown "],
    ["Benutzer unbekannt — Postfach überfüllt", " benutzer unbekannt postfach uberfullt "],
    ["boîte aux lettres pleine", " boite aux lettres pleine "],
    ["", "  "],
  ])("%j", (raw, out) => {
    expect(normalizeText(raw)).toBe(out);
  });
});

describe("phrase matching", () => {
  const tables = compileTables(
    [],
    [],
    [
      rule("t.full", { any: ["mailbox is full", "over quota"] }, "mailboxfull"),
      rule("t.disabled", { any: ["disabl*"] }, "suspend"),
      rule("t.user", { any: ["user unknown"], not: ["sender"] }, "userunknown"),
      rule("t.both", { all: ["spf", "dkim"] }, "authfailure"),
    ],
  );
  test.each([
    ["Mailbox is FULL", "t.full"],
    ["452 4.2.2 user is over quota.", "t.full"],
    ["Account disabled", "t.disabled"],
    ["the account is DISABLE", "t.disabled"],
    ["User unknown in local recipient table", "t.user"],
    ["both SPF and DKIM failed", "t.both"],
  ])("%j matches %s", (text, id) => {
    expect(tables.match(input(text)).textRule?.id).toBe(id);
  });
  test.each([
    ["mailbox is fuller than ever"], // a phrase must end at a word end
    ["overquota"],
    ["Sender user unknown"], // `not`
    ["SPF failed"], // `all` needs both
    ["undisabled"], // a phrase starts at a word start
    [""],
  ])("%j matches nothing", (text) => {
    expect(tables.match(input(text)).textRule).toBeNull();
  });
  test("reports the phrases found", () => {
    expect(tables.phrasesIn("over quota and disabled")).toEqual(
      expect.arrayContaining(["over quota", "disabl*"]),
    );
  });
});

describe("order and layers", () => {
  const tables = compileTables(
    [sig("acme", ["acme mx"], ["not acme"]), sig("other", ["acme"])],
    [
      rule("acme.code", { enhancedCode: ["4.7.27"] }, "authfailure", "acme"),
      rule("acme.text", { any: ["blocked"] }, "blocked", "acme"),
    ],
    [
      rule("t.first", { any: ["blocked"], replyClass: 5 }, "policyviolation"),
      rule("t.second", { any: ["blocked"] }, "spamdetected"),
      rule("t.anyclass", { enhancedCode: ["x.2.2"] }, "mailboxfull"),
      rule("t.command", { any: ["rejected"], command: ["MAIL FROM"] }, "rejected"),
      rule("t.codes", { replyCode: [421], any: ["try again"] }, "systemerror"),
    ],
  );
  test("the first signature that matches wins, `not` rules one out", () => {
    expect(tables.match(input("acme mx said no")).signature?.id).toBe("acme");
    expect(tables.match(input("not acme mx")).signature?.id).toBe("other");
    expect(tables.match(input("nothing here")).signature).toBeNull();
  });
  test("provider rules apply only to their recognised provider", () => {
    expect(tables.match(input("acme mx: blocked", 550)).providerRule?.id).toBe("acme.text");
    expect(tables.match(input("blocked", 550)).providerRule).toBeNull();
    expect(tables.match(input("acme mx", 421, "4.7.27")).providerRule?.id).toBe("acme.code");
    expect(tables.match(input("acme mx", 421, "4.7.26")).providerRule).toBeNull();
  });
  test("the first generic rule in table order wins", () => {
    expect(tables.match(input("blocked", 550)).textRule?.id).toBe("t.first");
    expect(tables.match(input("blocked", 450)).textRule?.id).toBe("t.second");
  });
  test("class-free code patterns, commands and reply codes", () => {
    expect(tables.match(input("", 552, "5.2.2")).textRule?.id).toBe("t.anyclass");
    expect(tables.match(input("", 452, "4.2.2")).textRule?.id).toBe("t.anyclass");
    expect(tables.match(input("sender rejected", 553, null, "MAIL FROM")).textRule?.id).toBe("t.command");
    expect(tables.match(input("sender rejected", 553, null, "RCPT TO")).textRule).toBeNull();
    expect(tables.match(input("please try again", 421)).textRule?.id).toBe("t.codes");
    expect(tables.match(input("please try again", 451)).textRule).toBeNull();
  });
  test("ruleMatches checks one rule", () => {
    expect(tables.ruleMatches("t.second", input("blocked"))).toBe(true);
    expect(tables.ruleMatches("t.first", input("blocked", 450))).toBe(false);
    expect(() => tables.ruleMatches("nope", input(""))).toThrow(/no rule nope/);
  });
});

describe("invalid tables are refused at compile time (or at first use)", () => {
  test.each([
    ["duplicate ids", [rule("a", { any: ["x"] }, "blocked"), rule("a", { any: ["y"] }, "blocked")]],
    ["no condition", [rule("a", {}, "blocked")]],
    ["empty phrase", [rule("a", { any: ["  ..  "] }, "blocked")]],
    ["short prefix", [rule("a", { any: ["ab*"] }, "blocked")]],
    ["bad code pattern", [rule("a", { enhancedCode: ["5.7"] }, "blocked")]],
    ["provider in generic table", [rule("a", { any: ["x"] }, "blocked", "acme")]],
  ])("%s", (_name, rules) => {
    expect(() => compileTables([], [], rules as Rule[])).toThrow(/bounced:/);
  });
  // Lists of usable phrases are checked at once: one unusable phrase among them must still be refused.
  const good = ["mailbox full", "Boîte pleine", "not authori*", "ディレクトリ", "a-b", "x.*y", "greylist*"];
  test.each([
    ["no words", "  —…  ", /has no words/],
    ["no words, kana punctuation", "・゠", /has no words/],
    ["short prefix", "ab*", /needs ≥ 4 letters/],
    ["short prefix, blank after", "abc *\t", /needs ≥ 4 letters/],
    ["short prefix after a line break", "\n ab *", /needs ≥ 4 letters/],
    ["short prefix, one word over lines", "abc*\n \n", /needs ≥ 4 letters/],
    ["short accented prefix", "été*", /needs ≥ 4 letters/],
  ])("%s among usable phrases", (_name, bad, error) => {
    for (const at of [0, 3, good.length]) {
      const any = [...good.slice(0, at), bad, ...good.slice(at)];
      expect(() => compileTables([], [], [rule("t.a", { any }, "blocked")])).toThrow(error);
      expect(() => compileTables([sig("s", any)], [], [])).toThrow(error);
      expect(() => compileTables([], [], [rule("t.a", { any }, "blocked")], { eager: true })).toThrow(error);
    }
  });
  test("usable phrases of every shape are accepted", () => {
    expect(() =>
      compileTables([sig("s", good)], [], [rule("t.a", { any: good, not: good }, "blocked")]),
    ).not.toThrow();
  });
  test("a bad provider rule is refused at once with `eager`, else when its provider is first seen", () => {
    const bad = [rule("acme.bad", { any: ["ab*"] }, "blocked", "acme")];
    expect(() => compileTables([sig("acme", ["acme"])], bad, [], { eager: true })).toThrow(
      /needs ≥ 4 letters/,
    );
    const lazy = compileTables([sig("acme", ["acme"])], bad, []);
    expect(() => lazy.match(input("hello"))).not.toThrow();
    expect(() => lazy.match(input("acme says no"))).toThrow(/needs ≥ 4 letters/);
  });
});

describe("phrases interned at first use", () => {
  // A phrase is interned the first time a reply contains its first word, in the middle of a scan; its
  // rule or signature then learns its id.
  const rules = [
    rule("t.both", { all: ["mailbox full", "quota exceeded"] }, "mailboxfull"),
    rule("t.not", { any: ["address rejected"], not: ["policy reasons"] }, "userunknown"),
    rule("t.late", { any: ["zzz late word", "Mailbox-Full"] }, "blocked"),
    rule("t.intl", { any: ["Boîte pleine", "Postfach überfüllt", "ACCOUNT disabl* "] }, "suspend"),
    rule(
      "t.jp",
      { any: ["ディレクトリには見つかりません", "Lotus ディレクトリ*", "ユーザー*"] },
      "userunknown",
    ),
  ];
  const signatures = [sig("acme", ["Mail.Acme.example"], ["acme test"]), sig("beta", ["beta mail"])];

  test.each([
    ["quota exceeded because mailbox full", "t.both"],
    ["policy reasons: address rejected", null],
    ["address rejected", "t.not"],
    ["MAILBOX FULL", "t.late"],
    ["la BOÎTE est pleine, boîte pleine", "t.intl"],
    ["postfach überfüllt", "t.intl"],
    ["account disabled", "t.intl"],
    ["account", null],
    ["550 ディレクトリには見つかりません", "t.jp"],
    ["LOTUS ディレクトリで", "t.jp"],
    ["lotus", null],
    ["ユーザーが", "t.jp"],
  ])("%j → %s", (text, id) => {
    const lazy = compileTables(signatures, [], rules);
    const eager = compileTables(signatures, [], rules, { eager: true });
    expect(lazy.match(input(text)).textRule?.id ?? null).toBe(id);
    expect(eager.match(input(text)).textRule?.id ?? null).toBe(id);
  });

  test.each([
    ["acme test via mail.acme.example", null],
    ["mail.acme.example", "acme"],
    ["beta mail then mail acme example", "acme"],
  ])("signature of %j → %s", (text, id) => {
    const lazy = compileTables(signatures, [], rules);
    expect(lazy.match(input(text)).signature?.id ?? null).toBe(id);
  });

  test("a rule whose phrases wait is still validated at once", () => {
    const bad = [rule("t.bad", { any: ["widget broken"], enhancedCode: ["5.7"] }, "blocked")];
    expect(() => compileTables([], [], bad)).toThrow(/bounced: rule t.bad/);
  });

  test("a code rule's `not` phrase that waits is found", () => {
    const tables = compileTables(
      [],
      [],
      [rule("t.code", { replyCode: [550], not: ["relay denied"] }, "blocked")],
    );
    expect(tables.match(input("relay denied here", 550)).textRule).toBeNull();
    expect(tables.match(input("user unknown", 550)).textRule?.id).toBe("t.code");
  });
});

describe("the first reply, read from the tables directly", () => {
  // A table's first match reads the rules without compiling them; later ones use the compiled engine.
  // Both must give the same answer, whatever the reply.
  const signatures = [
    sig("acme", ["acme", "mail acme*"], ["acme test"]),
    { ...sig("zen", ["spamhaus"]), kind: "blocklist" as const },
    sig("beta", ["beta mail"]),
  ];
  const providerRules = [
    rule("acme.full", { any: ["box full"], replyClass: 4 }, "mailboxfull", "acme"),
    rule("acme.any", { replyCode: [550] }, "blocked", "acme"),
  ];
  const rules = [
    rule("t.prefix", { any: ["greylist*", "not authori*"] }, "greylisted"),
    rule("t.all", { all: ["user", "unknown"], not: ["relay"] }, "userunknown"),
    rule("t.code", { enhancedCode: ["x.7.26"], command: ["rcpt to"] }, "authfailure"),
    rule("t.fr", { any: ["boîte pleine", "Recipient’s inbox — full", "KKelvin*"] }, "mailboxfull"),
    rule("t.class", { replyClass: 5, not: ["later"] }, "blocked"),
  ];
  const texts = [
    "Greylisted, try later",
    "you are NOT AUTHORIZED",
    "not author",
    "User unknown",
    "unknown user via relay",
    "boîte pleine",
    "bo te pleine",
    "recipient s inbox full",
    "the Recipient's inbox: full",
    "KKelvinator",
    "kelvin",
    "Boite pleine",
    "BOÎTE PLEINE",
    "boi\u0302te pleine",
    "Recipient\u2019s INBOX full",
    "ACME: box full",
    "acme test: box full",
    "listed by Spamhaus; acme",
    "listed by spamhaus beta mail",
    "mail.acme.example box full",
    "",
  ];
  const codes: [number | null, string | null, string | null][] = [
    [null, null, null],
    [450, "4.2.2", null],
    [550, "5.7.26", "RCPT TO"],
    [554, null, null],
  ];
  for (const text of texts) {
    for (const [replyCode, enhancedCode, command] of codes) {
      test(`${JSON.stringify(text)} ${replyCode} ${enhancedCode} ${command}`, () => {
        const q = input(text, replyCode, enhancedCode, command);
        const first = compileTables(signatures, providerRules, rules).match(q);
        const compiled = compileTables(signatures, providerRules, rules, { eager: true }).match(q);
        expect(first).toEqual(compiled);
      });
    }
  }

  test("every reply of the labelled corpus", async () => {
    const { PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES } = await import("../src/rules/index.js");
    const used = compileTables(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES);
    used.match(input("warm"));
    let n = 0;
    for (const q of await corpusInputs()) {
      const first = compileTables(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES).match(q);
      expect(first).toEqual(used.match(q));
      n++;
    }
    expect(n).toBeGreaterThan(100);
    // Not a speed bound: one fresh table per reply of every labelled set (~6 s on a loaded CI machine).
  }, 60_000);
});

describe("the built-in tables", () => {
  test("compile completely", async () => {
    const { PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES } = await import("../src/rules/index.js");
    expect(() =>
      compileTables(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES, { eager: true }),
    ).not.toThrow();
  });

  // rules/index.ts compiles them with compileBuiltIn: trusted (no checks for authoring errors), and in the
  // bundle with phrases in normal form (build/strip-evidence.mjs). Same answers as compileTables, on the
  // first reply (read directly) and on later ones (compiled).
  test("compiled as trusted tables, as written and in normal form, match as compileTables does", async () => {
    const { PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES } = await import("../src/rules/index.js");
    const normal = (raw: string) => {
      const trimmed = raw.trimEnd();
      const prefix = trimmed.endsWith("*");
      const norm = normalizeText(prefix ? trimmed.slice(0, -1) : raw).trim();
      return prefix ? `${norm}*` : norm;
    };
    const list = (l: readonly string[] | undefined) => (l === undefined ? undefined : l.map(normal));
    const signatures = PROVIDER_SIGNATURES.map((s) => ({ ...s, any: s.any.map(normal), not: list(s.not) }));
    const rules = (table: readonly Rule[]) =>
      table.map((r) => ({
        ...r,
        match: { ...r.match, any: list(r.match.any), all: list(r.match.all), not: list(r.match.not) },
      }));
    const providerRules = rules(PROVIDER_RULES);
    const textRules = rules(TEXT_RULES);
    const changed = [...signatures.flatMap((s) => s.any), ...providerRules.flatMap((r) => r.match.any ?? [])];
    const before = [
      ...PROVIDER_SIGNATURES.flatMap((s) => s.any),
      ...PROVIDER_RULES.flatMap((r) => r.match.any ?? []),
    ];
    expect(changed.filter((p, i) => p !== before[i]).length).toBeGreaterThan(100);
    const ids = (m: MatchResult) =>
      [m.signature?.id, m.receiver?.id, m.providerRule?.id, m.textRule?.id].map((id) => id ?? "-").join(" ");
    const compiled = [
      compileTables(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES),
      compileBuiltIn(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES, false),
      compileBuiltIn(signatures, providerRules, textRules, true),
    ];
    for (const tables of compiled) tables.match(input("warm"));
    const eager = compileTables(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES, { eager: true });
    let n = 0;
    let found = 0;
    for (const q of await corpusInputs()) {
      const expected = ids(eager.match(q));
      expect(ids(compileBuiltIn(PROVIDER_SIGNATURES, PROVIDER_RULES, TEXT_RULES, false).match(q))).toBe(
        expected,
      );
      expect(ids(compileBuiltIn(signatures, providerRules, textRules, true).match(q))).toBe(expected);
      for (const tables of compiled) expect(ids(tables.match(q))).toBe(expected);
      if (expected !== "- - - -") found++;
      n++;
    }
    expect(n).toBeGreaterThan(100);
    expect(found).toBeGreaterThan(100);
  });
});

describe("tokenize agrees with normalizeText", () => {
  test.each([
    "Mailbox is FULL.",
    "  <a@b.example>: User unknown ",
    "Benutzer unbekannt — Postfach überfüllt",
    "boîte aux lettres pleine",
    "",
    "...",
    "550-5.7.26 a\r\nb",
    "日本語のテキスト 550",
    "x".repeat(1000),
    "MAILBOX Full: User UNKNOWN [TSS04]",
    "Straße, ŒUVRE, Æther: e\u0301te\u0301 İstanbul \u212Aelvin",
    "Empfänger unbekannt 日本語 неизвестный άγνωστος",
    "x\u0301\u0323y — \u0301 — α\u0301",
    // Longer than the tokenizer's first buffers (it reads ASCII text as bytes: they must grow), and a
    // character beyond ASCII only at the end of a long text, alone, or as half a surrogate pair.
    `${"Recipient address REJECTED, ".repeat(200)}user unknown`,
    `${"Mailbox full ".repeat(150)}Empfänger unbekannt`,
    "é",
    "user \ud800 unknown",
    "mailbox 😀 full",
  ])("%j", (text) => {
    const t = tokenize(text);
    const words: string[] = [];
    for (let i = 0; i < t.count; i++) {
      const word = t.text.slice(t.starts[i], t.ends[i]).toLowerCase();
      expect(t.hashes[i]).toBe(hashRange(word, 0, word.length));
      // The engine compares words by these codes: the word's own, lower-cased.
      expect(String.fromCharCode(...t.chars.subarray(t.starts[i], t.ends[i]))).toBe(word);
      // Its last four characters, packed when the text is ASCII (the engine then compares only the rest).
      const ascii = [...t.text].every((ch) => ch.charCodeAt(0) < 128);
      expect(t.packs[i]).toBe(ascii ? packLast(word, 0, word.length) : -1);
      words.push(word);
    }
    expect(words.join(" ")).toBe(normalizeText(text).trim());
  });
});

describe("packLast", () => {
  test("words of one length share a pack exactly when their last four characters agree", () => {
    const words = [
      "user",
      "users",
      "unknown",
      "unkn0wn",
      "xnknown",
      "known",
      "a",
      "b",
      "ab",
      "ba",
      "abcd",
      "abce",
    ];
    for (const a of words) {
      for (const b of words) {
        const same = a.length === b.length && a.slice(-4) === b.slice(-4);
        expect(a.length === b.length && packLast(a, 0, a.length) === packLast(b, 0, b.length)).toBe(same);
      }
    }
    expect(packLast("überfall", 0, 8)).toBe(packLast("fall", 0, 4));
    expect(packLast("füll", 0, 4)).toBe(-2);
  });
});

describe("a phrase waits for its first word, however it is written", () => {
  // Until a reply holds a phrase's first word, the phrase waits under a hash of that word, computed from
  // the phrase as written: it must be the hash of its first normalised word, or the phrase is never found.
  const found = (phrase: string): string | null => {
    const tables = compileTables([], [], [rule("t.x", { any: [phrase] }, "blocked")]);
    tables.match(input("a first reply, read from the tables directly"));
    return tables.match(input(normalizeText(phrase))).textRule?.id ?? null;
  };
  const latin1 = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).join("");
  test.each([
    "Boîte pleine",
    "--Überfüllt, Postfach",
    "µ-Kanal ²x",
    "ÀÉÎÕÜ àéîõü ÿ ß",
    "× ÷ ¿¡ mot",
    "Recipient's Mailbox FULL.",
    "not authori*",
    "ACCOUNT disabl* ",
    latin1,
    latin1.split("").reverse().join(""),
    "Domino ディレクトリ",
  ])("%j", (phrase) => {
    expect(found(phrase)).toBe("t.x");
  });

  test("words split at the same Latin-1 characters as normalizeText", () => {
    for (let c = 0; c < 256; c++) expect([c, found(`é${String.fromCharCode(c)}x y`)]).toEqual([c, "t.x"]);
  });
});

describe("accent folding", () => {
  // Replies and phrases are folded alike: a Latin letter matches with or without its accents, on every
  // path (the first reply read directly, later replies through the compiled trie, eager tables).
  test.each([
    ["Boîte pleine", " boite pleine "],
    ["Adresse INCONNUE, refusé", " adresse inconnue refuse "],
    ["El buzón está lleno", " el buzon esta lleno "],
    ["NÃO EXISTE", " nao existe "],
    ["Skrzynka PEŁNA", " skrzynka pelna "],
    ["Uživatel neexistuje", " uzivatel neexistuje "],
    ["Empfänger unbekannt, ZU GROß", " empfanger unbekannt zu gross "],
    ["Œuvre Æther ĳ þorn İstanbul", " oeuvre aether ij thorn istanbul "],
    // Combining marks (NFD) after a Latin letter are dropped; the Kelvin sign lower-cases to k.
    ["boi\u0302te pleine, refuse\u0301\u0323", " boite pleine refuse "],
    ["\u212Aelvin", " kelvin "],
    // Other scripts stay as they are (a Cyrillic е is not a Latin e).
    ["日本語のテキスト", " 日本語のテキスト "],
    ["Адрес НЕИЗВЕСТЕН", " адрес неизвестен "],
    ["neexistuj\u0435", " neexistuj\u0435 "],
    ["άγνωστος παραλήπτης", " άγνωστος παραλήπτης "],
  ])("%j → %j", (raw, out) => {
    expect(normalizeText(raw)).toBe(out);
  });

  const rules = [
    rule("t.fr", { any: ["Boîte pleine", "adresse inconnue"] }, "mailboxfull"),
    rule("t.de", { any: ["Empfänger unbekannt", "zu groß"] }, "userunknown"),
    rule("t.pl", { any: ["skrzynka pelna", "nao existe"] }, "suspend"),
    rule("t.lig", { any: ["oeuvre", "Æther*"] }, "blocked"),
    rule("t.cz", { any: ["neexistuje"] }, "expired"),
    rule("t.jp", { any: ["ディレクトリには見つかりません"] }, "filtered"),
  ];
  const signatures = [sig("acme", ["Bloqué par Acme"])];
  /** The answer of each path: direct (first reply), compiled (a later reply), eager. */
  const paths = (text: string) => {
    const q = input(text);
    const lazy = compileTables(signatures, [], rules);
    const first = lazy.match(q);
    const later = lazy.match(q);
    const eager = compileTables(signatures, [], rules, { eager: true }).match(q);
    return [first, later, eager].map((r) => [r.textRule?.id ?? null, r.signature?.id ?? null]);
  };
  test.each([
    // accented reply, unaccented phrase, and the reverse
    ["550 Boite pleine", "t.fr"],
    ["550 BOÎTE PLEINE", "t.fr"],
    ["550 BOI\u0302TE pleine", "t.fr"], // NFD
    ["Adresse inconnue", "t.fr"],
    ["Adrésse ínconnue", "t.fr"],
    ["Empfänger unbekannt", "t.de"],
    ["EMPFANGER unbekannt", "t.de"],
    ["Nachricht zu gross", "t.de"],
    ["Skrzynka pełna", "t.pl"],
    ["NÃO EXISTE", "t.pl"],
    ["Œuvre", "t.lig"],
    ["aetherial", "t.lig"],
    ["ÆTHERNET", "t.lig"],
    ["Uživatel neexistuje", "t.cz"],
    ["550 ディレクトリには見つかりません", "t.jp"],
    // what folding must not make match
    ["Empfaenger unbekannt", null], // 7-bit German spelling: a phrase of its own
    ["neexistuj\u0435", null], // Cyrillic е
    ["Boîtes pleines", null],
  ])("%j → %s on every path", (text, id) => {
    for (const [textRule] of paths(text)) expect(textRule).toBe(id);
  });
  test.each(["bloque par acme", "BLOQUÉ PAR ACME", "Bloque\u0301 par Acme"])("signature %j", (text) => {
    for (const [, signature] of paths(text)) expect(signature).toBe("acme");
  });
  test("phrases written either way are one phrase", () => {
    const tables = compileTables([], [], [rule("t.x", { any: ["boîte pleine", "boite pleine"] }, "blocked")]);
    expect(tables.phrasesIn("BOITE pleine")).toEqual(["boite pleine"]);
  });
});

describe("raw markers of a signature", () => {
  // Literal pieces of the reply as it came, for MTAs known by punctuation that phrases cannot see. Looked
  // for only when no signature's phrases were found; `not` phrases still rule a signature out.
  const rawSig = (id: string, any: string[], raw: string[], not?: string[]): ProviderSignature => ({
    ...sig(id, any, not),
    kind: "mta",
    raw,
  });
  const signatures = [
    rawSig("sendmail", ["sendmail"], [">... "]),
    sig("acme", ["acme mx"]),
    { ...sig("zen", ["spamhaus"]), kind: "blocklist" as const },
    rawSig("qmail", ["qmail"], ["(#5.", "(#4."], ["postfix"]),
  ];
  const providerRules = [rule("sendmail.unknown", { any: ["user unknown"] }, "userunknown", "sendmail")];
  const rules = [rule("t.any", { replyClass: 5 }, "blocked")];
  /** signature, receiver and provider rule on every path: first reply (direct), a later one, eager. */
  const paths = (text: string) => {
    const q = input(text, 550);
    const lazy = compileTables(signatures, providerRules, rules);
    const first = lazy.match(q);
    const later = lazy.match(q);
    const eager = compileTables(signatures, providerRules, rules, { eager: true }).match(q);
    return [first, later, eager].map((r) => [
      r.signature?.id ?? null,
      r.receiver?.id ?? null,
      r.providerRule?.id ?? null,
    ]);
  };
  test.each([
    ["550 5.1.1 <bob@example.org>... User unknown", ["sendmail", "sendmail", "sendmail.unknown"]],
    ["550 <bob@example.org>... Mailbox disabled", ["sendmail", "sendmail", null]],
    ["sorry, no mailbox here by that name. (#5.1.1)", ["qmail", "qmail", null]],
    ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", ["qmail", "qmail", null]],
    // phrases decide first, whatever the table order
    ["acme mx: <bob@example.org>... User unknown", ["acme", "acme", null]],
    ["qmail-send: <bob@example.org>... (#5.1.1)", ["qmail", "qmail", null]],
    // a blocklist found by its phrases: the receiver may still be known by a marker
    ["<bob@example.org>... rejected: listed by Spamhaus", ["zen", "sendmail", null]],
    // negatives: case, spacing and the marker's own characters count; `not` rules a signature out
    ["550 5.1.1 bob@example.org... User unknown", [null, null, null]],
    ["550 <bob@example.org>...User unknown", [null, null, null]],
    ["550 <bob@example.org> ... User unknown", [null, null, null]],
    ["no mailbox here (#5)", [null, null, null]],
    ["no mailbox here (# 5.1.1)", [null, null, null]],
    ["postfix relayed: no mailbox here (#5.1.1)", [null, null, null]],
    ["", [null, null, null]],
  ])("%j → %j", (text, expected) => {
    for (const got of paths(text)) expect(got).toEqual(expected);
  });

  test("markers are looked for in the reply as it came (`raw`) when it is given", () => {
    // The parser takes qmail's `(#5.1.1)` out of the text: explain() passes the reply as it came.
    const q = {
      ...input("sorry, no mailbox here by that name.", 550, "5.1.1"),
      raw: "550 Sorry, no mailbox (#5.1.1)",
    };
    const lazy = compileTables(signatures, providerRules, rules);
    for (const r of [
      lazy.match(q),
      lazy.match(q),
      compileTables(signatures, [], rules, { eager: true }).match(q),
    ]) {
      expect(r.signature?.id).toBe("qmail");
    }
    const plain = { ...q, raw: "550 Sorry, no mailbox" };
    const fresh = compileTables(signatures, providerRules, rules);
    for (const r of [fresh.match(plain), fresh.match(plain)]) expect(r.signature).toBeNull();
  });

  test("an empty marker matches nothing", () => {
    const tables = compileTables([rawSig("x", ["x"], [""])], [], []);
    for (const r of [tables.match(input("hello")), tables.match(input("hello"))])
      expect(r.signature).toBeNull();
  });

  test("1 MB of near-misses is read in one linear pass (a quadratic search would not finish)", () => {
    const MB = 1024 * 1024;
    const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    for (const text of [fill(">.. >..."), fill("(#(#4(#5,"), `${fill(">>>>...")} (#5.1.1)`]) {
      const tables = compileTables(signatures, providerRules, rules);
      tables.match(input("warm"));
      const last = text.endsWith("(#5.1.1)") ? "qmail" : null;
      expect(tables.match(input(text, 550)).signature?.id ?? null).toBe(last);
    }
  });
});
