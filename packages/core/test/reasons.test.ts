import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ACTION_NAMES, ACTIONS, explain, REASON_NAMES, REASONS } from "../src/index.js";

/** The reason names of data/reason-taxonomy.csv: the first field of each row ("a / b / c" rows list several). */
function taxonomyReasons(): string[] {
  const csv = readFileSync(new URL("../data/reason-taxonomy.csv", import.meta.url), "utf8");
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .flatMap((line) => (line.split(",")[0] as string).split("/").map((r) => r.trim()));
}

describe("the reason vocabulary", () => {
  test("REASONS names exactly the reasons of the taxonomy", () => {
    expect([...REASON_NAMES].sort()).toEqual(taxonomyReasons().sort());
  });
  test.each(REASON_NAMES.map((r) => [r]))("%s is documented and has a known action", (reason) => {
    const info = REASONS[reason];
    expect(info.definition.length).toBeGreaterThan(10);
    expect(info.phrase.length).toBeGreaterThan(5);
    expect(info.advice.length).toBeGreaterThan(5);
    expect(ACTION_NAMES).toContain(info.action);
  });
  test.each(ACTION_NAMES.map((a) => [a]))("action %s is documented", (action) => {
    expect(ACTIONS[action].length).toBeGreaterThan(5);
  });
});

describe("natures decide hard/soft before the class digit", () => {
  test.each([
    ["552 5.2.2 Mailbox full", "soft"],
    ["452 4.2.2 Mailbox full", "soft"],
    ["550 5.1.1 User unknown", "hard"],
    ["450 4.1.1 User unknown", "soft"],
  ])("%s → %s", (reply, type) => {
    expect(explain(reply).type).toBe(type);
  });
  test("exactly the temporary-by-nature reasons are soft whatever the class", () => {
    const soft = Object.entries(REASONS)
      .filter(([, info]) => info.nature === "soft")
      .map(([reason]) => reason)
      .sort();
    expect(soft).toEqual(["greylisted", "mailboxfull", "ratelimited", "systemfull", "toomanyrecipients"]);
  });
});
