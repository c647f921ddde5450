// The labelled sets of real replies and their labelling policy (packages/core/test/fixtures/replies/README.md),
// shared by the scripts that read, check or score them: eval.mjs, compare-peers.mjs, extract-sisimai.mjs.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const fixtures = join(root, "packages/core/test/fixtures/replies");

/** --set name → file under packages/core/test/fixtures/replies. */
export const SET_FILES = {
  main: "replies.jsonl",
  fresh: "fresh.jsonl",
  fresh2: "fresh2.jsonl",
  fresh3: "fresh3.jsonl",
  fresh4: "fresh4.jsonl",
  fresh5: "fresh5.jsonl",
  fresh6: "fresh6.jsonl",
  fresh7: "fresh7.jsonl",
  fresh8: "fresh8.jsonl",
  fresh9: "fresh9.jsonl",
};
/**
 * The sets nobody may tune on: their failures are not printed or written out (aggregate counts only).
 * The other fresh sets were blind when made and have been tuned on since (see the fixtures README).
 */
export const BLIND_SETS = new Set(["fresh8", "fresh9"]);

/** Sisimai's December 2025 renames, applied to its labels (and to Sisimai 4.25's answers). */
export const SISIMAI_RENAMES = {
  mesgtoobig: "emailtoolarge",
  exceedlimit: "emailtoolarge",
  toomanyconn: "ratelimited",
  speeding: "ratelimited",
};
/** Type rule 3: reasons that stay soft even on a 5xx reply. */
export const SOFT_BY_NATURE = new Set([
  "mailboxfull",
  "toomanyrecipients",
  "greylisted",
  "ratelimited",
  "systemfull",
]);
/** The suppress rule: the address itself is bad, and the failure is hard. */
export const SUPPRESS_REASONS = new Set(["userunknown", "hostunknown", "hasmoved", "notaccept", "suspend"]);
export const deriveSuppress = (reason, type) => type === "hard" && SUPPRESS_REASONS.has(reason);

/** One JSON object a line; a bad line throws with its file and line number. */
export function readJsonl(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => [line, i + 1])
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      try {
        return JSON.parse(line);
      } catch (e) {
        throw new Error(`${path}:${n}: ${e.message}`);
      }
    });
}
