#!/usr/bin/env node
// pnpm eval — classification accuracy of @bounced/core's explain() on the labelled set of real replies
// (packages/core/test/fixtures/replies/). A report: exits 0 unless --min-reason / --min-type are given and
// missed.
//
//   node scripts/eval.mjs [--set main|fresh|fresh2|…] [--split all|train|holdout] [--json] [--wrong] [--limit N]
//                         [--min-reason 0.95] [--min-type 0.98] [--write-holdout] [--check] [--core dist/index.js]
//
// --set main (default) evaluates replies.jsonl; --set freshN evaluates freshN.jsonl (SET_FILES in
// scripts/lib/labelled-sets.mjs lists them), the N-th generalisation set: real replies from sources none of the
// sets before it uses, labelled before bounced was run on them. Each was blind when made and becomes a tuning set
// once measured; the blind ones of the moment are BLIND_SETS, for which only aggregate counts are printed
// (--wrong refuses them). The fixtures README says which is which and since when.
// The fresh sets have no train/holdout split: they are all held out. --check on a fresh set also rejects replies
// that any set made before it holds, verbatim or as a near-duplicate (same text once addresses, URLs, IPs and
// numbers are masked).
//
// train = replies.jsonl minus holdout.jsonl; holdout = the entries listed in holdout.jsonl (about 20 %,
// chosen by a hash of the reply text: see isHoldout). --write-holdout rewrites holdout.jsonl by that rule.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs as parseCli } from "node:util";
import {
  BLIND_SETS,
  fixtures,
  readJsonl,
  root,
  SET_FILES,
  SOFT_BY_NATURE,
  SUPPRESS_REASONS,
} from "./lib/labelled-sets.mjs";

/**
 * The sets a fresh set's --check keeps it disjoint from (verbatim and near-duplicate): every set made before
 * it, in SET_FILES order (main first). The first fresh set was checked by hand when it was made.
 */
function disjointFrom(set) {
  const order = Object.keys(SET_FILES);
  return set === "main" || set === "fresh" ? [] : order.slice(0, order.indexOf(set)).map((s) => SET_FILES[s]);
}

function parseArgs(argv) {
  const sets = Object.keys(SET_FILES);
  const { values: v } = parseCli({
    args: argv,
    options: {
      set: { type: "string", default: "main" },
      split: { type: "string", default: "all" },
      json: { type: "boolean", default: false },
      wrong: { type: "boolean", default: false },
      limit: { type: "string", default: "50" },
      "min-reason": { type: "string" },
      "min-type": { type: "string" },
      "write-holdout": { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      core: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) {
    process.stdout.write(
      `usage: node scripts/eval.mjs [--set ${sets.join("|")}] [--split all|train|holdout] [--json] [--wrong] [--limit N] [--min-reason R] [--min-type T] [--write-holdout] [--check] [--core dist/index.js]\n`,
    );
    process.exit(0);
  }
  const opts = {
    set: v.set,
    split: v.split,
    json: v.json,
    wrong: v.wrong,
    limit: Number(v.limit),
    minReason: v["min-reason"] === undefined ? null : Number(v["min-reason"]),
    minType: v["min-type"] === undefined ? null : Number(v["min-type"]),
    writeHoldout: v["write-holdout"],
    check: v.check,
    // Another build of core to score (e.g. one made from a clean checkout of an older commit).
    core: v.core === undefined ? join(root, "packages/core/dist/index.js") : resolve(v.core),
  };
  if (!["all", "train", "holdout"].includes(opts.split))
    throw new Error("--split must be all, train or holdout");
  if (!Object.hasOwn(SET_FILES, opts.set)) throw new Error(`--set must be one of ${sets.join(", ")}`);
  if (opts.wrong && BLIND_SETS.has(opts.set))
    throw new Error(`--wrong is not allowed on ${opts.set}: it is the blind set (aggregate counts only)`);
  if (opts.set !== "main" && (opts.split !== "all" || opts.writeHoldout))
    throw new Error(`--set ${opts.set} has no train/holdout split (it is all held out)`);
  if (!Number.isFinite(opts.limit) || opts.limit < 0) throw new Error("--limit must be a number >= 0");
  for (const k of ["minReason", "minType"])
    if (opts[k] !== null && !(opts[k] >= 0 && opts[k] <= 1))
      throw new Error("--min-* takes a fraction between 0 and 1");
  return opts;
}

/** The holdout rule: the first 32 bits of SHA-256 of the reply text, modulo 5, equal 0 (about 20 %). */
export function isHoldout(reply) {
  return createHash("sha256").update(reply, "utf8").digest().readUInt32BE(0) % 5 === 0;
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
const ratio = (n, d) => (d ? n / d : null);

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}
function lpad(s, n) {
  s = String(s);
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}
function table(rows, header, drop = []) {
  const all = [header, ...rows].map((r) => r.filter((_, i) => !drop.includes(i)).map(String));
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join("  ");
  return [line(all[0]), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)].join("\n");
}
const oneLine = (s, n = 160) => {
  const t = s.replace(/\s*\n\s*/g, " ⏎ ");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

// The labelling policy of packages/core/test/fixtures/replies/README.md, for the entries whose reply
// carries a code (entries without one are labelled from their source's verdict and only shape-checked).

/**
 * A reply's template for near-duplicate checks: lower case, addresses, URLs, IPs and numbers masked
 * (the basic and enhanced reply codes kept, so a 450 4.1.1 is not a near-duplicate of a 550 5.1.1),
 * whitespace collapsed.
 */
export function maskReply(reply) {
  const codes = [];
  return reply
    .toLowerCase()
    .replace(/\b(?:https?|ftp):\/\/[^\s<>"')\]]+/g, " <url> ")
    .replace(/[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*/g, "<addr>")
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, "<ip>")
    .replace(/\b(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\b/g, (m) => (/\d/.test(m) && m.length > 6 ? "<ip>" : m))
    .replace(/(^|\n|[\s(#[-])([245]\d\d(?=[ -]|$)|[245]\.\d{1,3}\.\d{1,3}\b)/g, (_, pre, code) => {
      codes.push(code);
      return `${pre}\uE000`;
    })
    .replace(/\d+/g, "#")
    .replace(/\uE000/g, () => codes.shift())
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Problems with the labelled set itself: shape, vocabulary, policy, duplicates, holdout. otherSet: the
 * replies of replies.jsonl (fresh must be disjoint from it). others: the sets this one must not overlap,
 * verbatim or masked ({ file, entries } each; fresh2, fresh3), which also turns on the near-duplicate check
 * inside the set.
 */
function checkFixtures(entries, holdoutEntries, file = "replies.jsonl", otherSet = null, others = null) {
  const problems = [];
  const types = readFileSync(join(root, "packages/core/src/types.ts"), "utf8");
  const union = /export type Reason =([^;]+);/.exec(types);
  const reasons = new Set(union ? [...union[1].matchAll(/"([a-z]+)"/g)].map((m) => m[1]) : []);
  if (!reasons.size) problems.push("cannot read the Reason union from packages/core/src/types.ts");
  const seen = new Map();
  const otherReplies = new Map();
  const otherMasks = new Map();
  for (const o of others ?? [])
    o.entries.forEach((e, i) => {
      if (!otherReplies.has(e.reply)) otherReplies.set(e.reply, `${o.file}:${i + 1}`);
      const m = maskReply(e.reply);
      if (!otherMasks.has(m)) otherMasks.set(m, `${o.file}:${i + 1}`);
    });
  const seenMasks = new Map();
  entries.forEach((e, i) => {
    const at = `${file}:${i + 1}`;
    const keys = Object.keys(e).sort().join(",");
    if (!/^(note,)?provider,reason,reply,source,suppress,type$/.test(keys))
      problems.push(`${at}: fields ${keys}`);
    if (typeof e.reply !== "string" || !e.reply.trim()) problems.push(`${at}: empty reply`);
    if (!reasons.has(e.reason)) problems.push(`${at}: reason ${e.reason} is not a Reason`);
    if (e.type !== "hard" && e.type !== "soft") problems.push(`${at}: type ${e.type}`);
    if (typeof e.suppress !== "boolean") problems.push(`${at}: suppress ${e.suppress}`);
    if (e.provider !== null && !/^[a-z0-9]+$/.test(e.provider))
      problems.push(`${at}: provider id ${e.provider}`);
    if (!/^(sisimai:[\w.-]+\.eml#\d+|https?:\/\/\S+)$/.test(e.source))
      problems.push(`${at}: source ${e.source}`);
    if (seen.has(e.reply)) problems.push(`${at}: same reply as line ${seen.get(e.reply)}`);
    if (otherSet?.has(e.reply)) problems.push(`${at}: reply also in replies.jsonl (fresh must be disjoint)`);
    if (others && typeof e.reply === "string") {
      const masked = maskReply(e.reply);
      if (otherReplies.has(e.reply))
        problems.push(`${at}: reply also in ${otherReplies.get(e.reply)} (${file} must be disjoint)`);
      else if (otherMasks.has(masked))
        problems.push(
          `${at}: near-duplicate of ${otherMasks.get(masked)} (same text once addresses, IPs and numbers are masked)`,
        );
      else if (seenMasks.has(masked) && !seen.has(e.reply))
        problems.push(
          `${at}: near-duplicate of line ${seenMasks.get(masked)} (same text once addresses, IPs and numbers are masked)`,
        );
      if (!seenMasks.has(masked)) seenMasks.set(masked, i + 1);
    }
    seen.set(e.reply, i + 1);
    if (e.suppress !== (e.type === "hard" && SUPPRESS_REASONS.has(e.reason)))
      problems.push(`${at}: suppress ${e.suppress} does not follow the policy for ${e.reason}/${e.type}`);
    if (SOFT_BY_NATURE.has(e.reason) && e.type !== "soft") problems.push(`${at}: ${e.reason} must be soft`);
    const basic = /^\s*([245])\d\d(?:[ -]|$)/.exec(e.reply);
    if (basic && !SOFT_BY_NATURE.has(e.reason)) {
      const permanent = /\bpermanent(?:ly)?\b|not going to try again|giving up/i.test(e.reply);
      const expected = basic[1] === "5" || permanent ? "hard" : "soft";
      if (e.type !== expected && !e.note)
        problems.push(`${at}: type ${e.type}, policy says ${expected} (add a note if deliberate)`);
    }
  });
  for (const h of holdoutEntries) {
    const line = seen.get(h.reply);
    if (!line) problems.push(`holdout.jsonl: reply not in replies.jsonl: ${oneLine(h.reply, 80)}`);
    else if (JSON.stringify(entries[line - 1]) !== JSON.stringify(h))
      problems.push(`holdout.jsonl: entry differs from replies.jsonl:${line}`);
  }
  const drift =
    otherSet || others
      ? 0
      : entries.filter((e) => isHoldout(e.reply) !== holdoutEntries.some((h) => h.reply === e.reply)).length;
  if (drift) problems.push(`holdout.jsonl: ${drift} entries differ from the hash rule (run --write-holdout)`);
  return problems;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const fresh = opts.set !== "main"; // fresh, fresh2 … fresh7: a blind set, all held out
  const file = SET_FILES[opts.set];
  const entries = readJsonl(join(fixtures, file));

  if (opts.writeHoldout) {
    const held = entries.filter((e) => isHoldout(e.reply));
    writeFileSync(join(fixtures, "holdout.jsonl"), held.map((e) => `${JSON.stringify(e)}\n`).join(""));
    process.stdout.write(`wrote ${held.length} of ${entries.length} entries to holdout.jsonl\n`);
    return 0;
  }

  const holdoutEntries = fresh ? [] : readJsonl(join(fixtures, "holdout.jsonl"));
  if (opts.check) {
    const mainReplies =
      opts.set === "fresh" ? new Set(readJsonl(join(fixtures, "replies.jsonl")).map((e) => e.reply)) : null;
    const others = disjointFrom(opts.set).length
      ? disjointFrom(opts.set).map((f) => ({ file: f, entries: readJsonl(join(fixtures, f)) }))
      : null;
    const problems = checkFixtures(entries, holdoutEntries, file, mainReplies, others);
    for (const p of problems) process.stdout.write(`${p}\n`);
    process.stdout.write(
      `${fresh ? `${file}: ${entries.length} entries` : `${entries.length} entries, ${holdoutEntries.length} in holdout`}: ${problems.length ? `${problems.length} problems` : "ok"}\n`,
    );
    return problems.length ? 1 : 0;
  }
  const holdout = new Set(holdoutEntries.map((e) => e.reply));
  const known = new Set(entries.map((e) => e.reply));
  const stray = [...holdout].filter((r) => !known.has(r));
  const drift = fresh ? 0 : entries.filter((e) => isHoldout(e.reply) !== holdout.has(e.reply)).length;

  let core;
  try {
    core = await import(pathToFileURL(opts.core).href);
  } catch (e) {
    process.stderr.write(
      `cannot import ${opts.core} (build core first: pnpm --filter @bounced/core build): ${e.message}\n`,
    );
    return 1;
  }

  const pick = (e) =>
    opts.split === "all" ? true : opts.split === "holdout" ? holdout.has(e.reply) : !holdout.has(e.reply);

  const evaluate = (list) => {
    const results = list.map((e) => {
      let got;
      let error = null;
      try {
        got = core.explain(e.reply);
      } catch (err) {
        error = String(err?.stack ?? err);
        got = { reason: "(threw)", type: "(threw)", suppress: null, provider: null, evidence: { rules: [] } };
      }
      return {
        entry: e,
        got: {
          reason: got.reason,
          type: got.type,
          suppress: got.suppress,
          provider: got.provider ?? null,
          rules: (got.evidence?.rules ?? []).map((r) => r.id),
        },
        error,
        okReason: got.reason === e.reason,
        okType: got.type === e.type,
        okSuppress: got.suppress === e.suppress,
        okProvider: (got.provider ?? null) === e.provider,
      };
    });
    const n = results.length;
    const count = (k) => results.filter((r) => r[k]).length;
    return {
      results,
      summary: {
        entries: n,
        reason: { correct: count("okReason"), accuracy: ratio(count("okReason"), n) },
        type: { correct: count("okType"), accuracy: ratio(count("okType"), n) },
        suppress: { correct: count("okSuppress"), accuracy: ratio(count("okSuppress"), n) },
        provider: { correct: count("okProvider"), accuracy: ratio(count("okProvider"), n) },
        all: { correct: results.filter((r) => r.okReason && r.okType && r.okSuppress).length },
        threw: results.filter((r) => r.error).length,
      },
    };
  };

  const selected = entries.filter(pick);
  const { results, summary } = evaluate(selected);
  const splits = {};
  for (const s of ["train", "holdout"]) {
    const list = entries.filter((e) => (s === "holdout" ? holdout.has(e.reply) : !holdout.has(e.reply)));
    splits[s] = evaluate(list).summary;
  }

  // Per reason: recall (of entries labelled R, how many got R) and precision (of entries explained as R,
  // how many are labelled R).
  const labels = [
    ...new Set([...results.map((r) => r.entry.reason), ...results.map((r) => r.got.reason)]),
  ].sort();
  const perReason = labels
    .map((label) => {
      const support = results.filter((r) => r.entry.reason === label).length;
      const predicted = results.filter((r) => r.got.reason === label).length;
      const tp = results.filter((r) => r.entry.reason === label && r.got.reason === label).length;
      return {
        reason: label,
        support,
        predicted,
        correct: tp,
        recall: ratio(tp, support),
        precision: ratio(tp, predicted),
      };
    })
    .sort((a, b) => b.support - a.support || a.reason.localeCompare(b.reason));

  const confusionMap = new Map();
  for (const r of results) {
    if (r.okReason) continue;
    const k = `${r.entry.reason}\u0000${r.got.reason}`;
    confusionMap.set(k, (confusionMap.get(k) ?? 0) + 1);
  }
  const confusion = [...confusionMap.entries()]
    .map(([k, count]) => {
      const [expected, got] = k.split("\u0000");
      return { expected, got, count };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.got.localeCompare(b.got));

  const provMap = new Map();
  for (const r of results) {
    const p = r.entry.provider ?? "(none)";
    const s = provMap.get(p) ?? { provider: p, entries: 0, reason: 0, type: 0, suppress: 0, recognised: 0 };
    s.entries++;
    if (r.okReason) s.reason++;
    if (r.okType) s.type++;
    if (r.okSuppress) s.suppress++;
    if (r.okProvider) s.recognised++;
    provMap.set(p, s);
  }
  const perProvider = [...provMap.values()].sort(
    (a, b) => b.entries - a.entries || a.provider.localeCompare(b.provider),
  );

  const wrong = results
    .filter((r) => !r.okReason || !r.okType || !r.okSuppress)
    .map((r) => ({
      reply: r.entry.reply,
      source: r.entry.source,
      provider: r.entry.provider,
      expected: { reason: r.entry.reason, type: r.entry.type, suppress: r.entry.suppress },
      got: { reason: r.got.reason, type: r.got.type, suppress: r.got.suppress, provider: r.got.provider },
      rules: r.got.rules,
      disputed: Boolean(r.entry.note),
      note: r.entry.note ?? null,
      error: r.error,
    }));

  const gates = [];
  if (opts.minReason !== null)
    gates.push({
      metric: "reason",
      min: opts.minReason,
      actual: summary.reason.accuracy ?? 0,
      pass: (summary.reason.accuracy ?? 0) >= opts.minReason,
    });
  if (opts.minType !== null)
    gates.push({
      metric: "type",
      min: opts.minType,
      actual: summary.type.accuracy ?? 0,
      pass: (summary.type.accuracy ?? 0) >= opts.minType,
    });
  const failed = gates.some((g) => !g.pass);

  if (opts.json) {
    const out = {
      set: opts.set,
      split: opts.split,
      core: opts.core,
      summary,
      splits,
      perReason,
      confusion,
      perProvider,
      wrong: opts.wrong ? wrong.slice(0, opts.limit) : undefined,
      wrongCount: wrong.length,
      gates,
      holdout: { entries: holdout.size, notInSet: stray.length, driftFromHashRule: drift },
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return failed ? 1 : 0;
  }

  const o = [];
  const say = (s = "") => o.push(s);
  say(
    fresh
      ? `bounced eval — ${selected.length} labelled replies (set: ${opts.set}, ${BLIND_SETS.has(opts.set) ? "blind generalisation set: do not tune rules on it" : "held out when made, tuned on since"})`
      : `bounced eval — ${selected.length} labelled replies (split: ${opts.split}; train ${splits.train.entries}, holdout ${splits.holdout.entries})`,
  );
  if (opts.core !== join(root, "packages/core/dist/index.js")) say(`core: ${opts.core}`);
  if (stray.length || drift)
    say(
      `warning: holdout.jsonl has ${stray.length} replies not in replies.jsonl and ${drift} differences from the hash rule (--write-holdout)`,
    );
  say();
  say(
    table(
      [
        ["reason", "95%"],
        ["type", "98%"],
        ["suppress", ""],
        ["provider", ""],
        ["all three", "", "all"],
      ].map(([label, target, key = label]) => [
        label,
        summary[key].correct,
        pct(summary[key].correct, summary.entries),
        pct(splits.train[key].correct, splits.train.entries),
        pct(splits.holdout[key].correct, splits.holdout.entries),
        target,
      ]),
      ["metric", "correct", `accuracy (${fresh ? opts.set : opts.split})`, "train", "holdout", "target"],
      fresh ? [3, 4] : [], // fresh has no train/holdout split
    ),
  );
  if (summary.threw) say(`\nexplain() threw on ${summary.threw} replies (see --wrong)`);
  say();
  say("Per reason (recall = labelled R and explained as R; precision = explained as R and labelled R):");
  say(
    table(
      perReason.map((p) => [
        p.reason,
        p.support,
        p.predicted,
        p.correct,
        pct(p.correct, p.support),
        pct(p.correct, p.predicted),
      ]),
      ["reason", "labelled", "explained", "correct", "recall", "precision"],
    ),
  );
  say();
  say("Confusion (expected → got), most frequent first:");
  if (!confusion.length) say("  (none)");
  else
    say(
      table(
        confusion.slice(0, Math.max(opts.limit, 30)).map((c) => [`${c.expected} → ${c.got}`, c.count]),
        ["expected → got", "count"],
      ),
    );
  say();
  say("Per provider (receiving side named in the set):");
  say(
    table(
      perProvider.map((p) => [
        p.provider,
        p.entries,
        pct(p.reason, p.entries),
        pct(p.type, p.entries),
        pct(p.suppress, p.entries),
        pct(p.recognised, p.entries),
      ]),
      ["provider", "entries", "reason", "type", "suppress", "provider id"],
    ),
  );
  say();
  const disputed = wrong.filter((w) => w.disputed).length;
  say(
    `Wrong: ${wrong.length} replies (${disputed} of them carry a note that the label is disputed).${opts.wrong ? "" : " List them with --wrong [--limit N]."}`,
  );
  if (opts.wrong) {
    for (const w of wrong.slice(0, opts.limit)) {
      const e = w.expected;
      const g = w.got;
      say();
      say(`  ${oneLine(w.reply)}`);
      say(
        `    expected ${e.reason}/${e.type}/${e.suppress ? "suppress" : "keep"}   got ${g.reason}/${g.type}/${g.suppress ? "suppress" : "keep"}   provider ${w.provider ?? "-"} → ${g.provider ?? "-"}`,
      );
      say(`    rules: ${w.rules.length ? w.rules.join(", ") : "(none)"}   source: ${w.source}`);
      if (w.note) say(`    note: ${w.note}`);
      if (w.error) say(`    threw: ${w.error.split("\n")[0]}`);
    }
    if (wrong.length > opts.limit) say(`\n  … ${wrong.length - opts.limit} more (--limit N)`);
  }
  if (gates.length) {
    say();
    for (const g of gates)
      say(
        `gate ${g.metric} >= ${(g.min * 100).toFixed(1)}%: ${g.pass ? "pass" : "FAIL"} (${pct(g.actual * 1e6, 1e6)})`,
      );
  }
  process.stdout.write(`${o.join("\n")}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`eval: ${e.message}\n`);
    process.exit(2);
  },
);
