import { readFileSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import type { Explanation } from "@bounced/core";
import { ACTIONS, explain, REASONS } from "@bounced/core";
import { describe, expect, test } from "vitest";
import { formatExplanation, type RunIO, run } from "../src/index.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point
const ANSI = /\u001b\[/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes is the point
const SGR = /\u001b\[[0-9;]*m/g;
const visible = (line: string) => line.replace(SGR, "");

function collect(stream: PassThrough): () => string {
  let text = "";
  stream.setEncoding("utf8").on("data", (chunk: string) => {
    text += chunk;
  });
  return () => text;
}

async function runWith(argv: string[], io: Partial<RunIO> & { input?: string } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const status = await run(argv, {
    stdin: Readable.from([io.input ?? ""]),
    stdout,
    stderr,
    env: io.env ?? {},
    isTTY: io.isTTY ?? false,
    ...(io.columns === undefined ? {} : { columns: io.columns }),
    ...(io.stdinIsTTY === undefined ? {} : { stdinIsTTY: io.stdinIsTTY }),
  });
  return { status, stdout: out(), stderr: err() };
}

describe("run(): colour decision", () => {
  test.each([
    [true, {}, true],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, true], // no-color.org: an empty value does not count
    [true, { TERM: "dumb" }, false],
    [true, { FORCE_COLOR: "0" }, false],
    [true, { FORCE_COLOR: "false" }, false],
    [false, {}, false],
    [false, { FORCE_COLOR: "1" }, true],
    [false, { FORCE_COLOR: "1", NO_COLOR: "1" }, true], // as in Node: an explicit FORCE_COLOR wins
    [false, { FORCE_COLOR: "" }, false],
  ])("stdout TTY %s with %j → colour %s", async (isTTY, env: Record<string, string>, coloured) => {
    const { status, stdout } = await runWith(["550", "5.1.1"], { isTTY, env });
    expect(status).toBe(0);
    expect(ANSI.test(stdout)).toBe(coloured);
  });
});

describe("run(): modes", () => {
  test("arguments and stdin give the same explanation", async () => {
    const fromArgs = await runWith(["--json", "421", "4.7.0", "Try", "later"]);
    const fromStdin = await runWith(["--json"], { input: "421 4.7.0 Try later\n" });
    expect(JSON.parse(fromArgs.stdout)).toEqual(JSON.parse(fromStdin.stdout));
    expect(JSON.parse(fromStdin.stdout)).toEqual(explain("421 4.7.0 Try later"));
  });

  test("a last line without a newline is still read", async () => {
    const { stdout } = await runWith(["--json"], { input: "550 5.1.1\n552 5.2.2 full" });
    expect(stdout.trim().split("\n")).toHaveLength(2);
  });

  test("multi-byte characters split across chunks survive", async () => {
    const reply = "550 5.1.1 Empfänger unbekannt — 用户不存在";
    const bytes = Buffer.from(`${reply}\n`);
    const stdout = new PassThrough();
    const out = collect(stdout);
    // one byte per chunk: every multi-byte character arrives in pieces
    const chunks = Array.from(bytes, (byte) => Buffer.from([byte]));
    await run(["--json"], {
      stdin: Readable.from(chunks),
      stdout,
      stderr: new PassThrough(),
      env: {},
      isTTY: false,
    });
    expect(JSON.parse(out())).toEqual(explain(reply));
  });

  test("a terminal on stdin gets a hint on stderr, a pipe does not", async () => {
    expect((await runWith([], { stdinIsTTY: true })).stderr).toMatch(/Ctrl-D/);
    expect((await runWith([], { stdinIsTTY: false })).stderr).toBe("");
  });

  test("wraps to the terminal's width on a terminal, never through a pipe", async () => {
    const reply =
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy";
    const longest = (text: string) => Math.max(...text.split("\n").map((line) => visible(line).length));
    const onTerminal = await runWith([reply], { isTTY: true, columns: 50 });
    const piped = await runWith([reply], { isTTY: false, columns: 50 });
    expect(longest(onTerminal.stdout)).toBeLessThanOrEqual(50);
    expect(longest(piped.stdout)).toBeGreaterThan(50);
  });

  test("unknown flags are usage errors", async () => {
    const { status, stderr } = await runWith(["--colour"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--colour/);
  });
});

const sample: Explanation = {
  replyCode: 550,
  enhancedCode: "5.7.26",
  type: "hard",
  suppress: false,
  reason: "authfailure",
  action: "fix_authentication",
  provider: "gmail",
  summary: "The receiver rejected the message because it failed sender authentication.",
  advice: "Publish SPF and DKIM for the sending domain and align them with the From domain.",
  details: {
    replyCode: {
      code: 550,
      class: 5,
      meaning: "Requested action not taken: mailbox unavailable",
      reference: "RFC 5321 §4.2.3",
      standard: true,
    },
    enhancedCode: {
      code: "5.7.26",
      class: 5,
      classTitle: "Permanent Failure",
      subject: 7,
      subjectTitle: "Security or Policy Status",
      title: "Multiple authentication checks failed",
      description: "This status code is returned when a message fails more than one authentication check.",
      reference: "RFC 7372",
      basicCodes: [550],
      registered: true,
    },
    provider: {
      provider: "gmail",
      name: "Gmail",
      meaning: "The message failed DMARC: neither SPF nor DKIM passed in alignment.",
      url: "https://support.google.com/a/answer/81126",
    },
    text: "Unauthenticated email is not accepted",
    command: "DATA",
    errorCode: null,
  },
  evidence: {
    decidedBy: "provider",
    rules: [{ id: "gmail.dmarc", layer: "provider", note: "Gmail DMARC rejection" }],
    conflicts: [{ kind: "provider-overrides-registry", message: "Gmail uses 5.7.26 for DMARC failures." }],
  },
};

describe("formatExplanation()", () => {
  test("shows every fact a reader needs", () => {
    const text = formatExplanation(sample);
    for (const fact of [
      "550 5.7.26",
      "hard bounce",
      sample.summary,
      sample.advice,
      `authfailure — ${REASONS.authfailure.definition}`,
      `fix_authentication — ${ACTIONS.fix_authentication}`,
      "Requested action not taken: mailbox unavailable",
      "RFC 5321 §4.2.3",
      "Multiple authentication checks failed",
      "RFC 7372",
      "Security or Policy Status",
      "Gmail",
      "neither SPF nor DKIM passed",
      "https://support.google.com/a/answer/81126",
      "Gmail uses 5.7.26 for DMARC failures.",
      "gmail.dmarc",
      "DATA",
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).not.toMatch(ANSI);
  });

  test("says when to suppress, and flags unregistered and nonstandard codes", () => {
    const registryEntry = sample.details.enhancedCode;
    if (!registryEntry) throw new Error("sample has a registry entry");
    const text = formatExplanation({
      ...sample,
      suppress: true,
      type: "soft",
      details: {
        ...sample.details,
        replyCode: {
          code: 571,
          class: 5,
          meaning: "Delivery not authorized",
          reference: null,
          standard: false,
        },
        enhancedCode: { ...registryEntry, code: "5.7.99", title: null, registered: false },
      },
    } as Explanation);
    expect(text).toMatch(/Suppress\s+yes/);
    expect(text).toContain("soft bounce");
    expect(text).toContain("defined by no RFC");
    expect(text).toContain("not in the IANA registry");
  });

  test("wraps to a width, keeping every word, and only when asked", () => {
    const unwrapped = formatExplanation(sample);
    expect(unwrapped.split("\n").some((line) => line.length > 60)).toBe(true);
    for (const color of [false, true]) {
      const wrapped = formatExplanation(sample, { width: 60, color });
      for (const line of wrapped.split("\n")) expect(visible(line).length).toBeLessThanOrEqual(60);
      const words = (text: string) => visible(text).split(/\s+/).filter(Boolean);
      expect(words(wrapped)).toEqual(words(formatExplanation(sample, { color })));
    }
  });

  test("colour only when asked", () => {
    expect(formatExplanation(sample, { color: true })).toMatch(ANSI);
    expect(formatExplanation(sample, { color: false })).not.toMatch(ANSI);
  });

  test("escapes in a server's text cannot reach the terminal", () => {
    const hostile = { ...sample, summary: "bad \u001b[2J\u001b]0;pwned\u0007 reply\r\nline" };
    const text = formatExplanation(hostile, { color: false });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(text).not.toMatch(/[\u001b\u0007\r]/);
    expect(text).toContain("bad \ufffd[2J\ufffd]0;pwned\ufffd reply line");
  });
});

/** A bounce message as Exim sends it: the notice with the remote reply, then the returned message. */
const EXIM_BOUNCE = readFileSync(
  new URL("../../core/test/fixtures/messages/exim-plain.eml", import.meta.url),
  "utf8",
);

describe("run(): bounce messages on standard input", () => {
  test("a message is explained once, as a whole, not line by line", async () => {
    const { status, stdout } = await runWith(["--json"], { input: EXIM_BOUNCE });
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      replyCode: 550,
      enhancedCode: "5.1.1",
      reason: "userunknown",
    });
    const readable = await runWith([], { input: EXIM_BOUNCE });
    expect(readable.stdout).toMatch(/^› message: Mail delivery failed: returning message to sender\n/);
  });

  test("an mbox file gives one explanation per message", async () => {
    const mbox = [1, 2]
      .map(
        (n) =>
          `From MAILER-DAEMON Thu Apr 29 23:3${n}:45 2021\n${EXIM_BOUNCE.replace("kijitora", `user${n}`)}`,
      )
      .join("\n");
    const { stdout } = await runWith(["--json"], { input: mbox });
    const results = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(results).toHaveLength(2);
    for (const r of results) expect(r.reason).toBe("userunknown");
    const readable = await runWith([], { input: mbox });
    expect(readable.stdout).toContain("› message 2: Mail delivery failed");
  });

  test("--lines reads a message line by line; --message reads a log whole; both at once is a usage error", async () => {
    const byLine = await runWith(["--json", "--lines"], { input: EXIM_BOUNCE });
    expect(byLine.stdout.trim().split("\n").length).toBeGreaterThan(5);
    const log = "550 5.1.1 user unknown\n452 4.2.2 mailbox full\n";
    expect((await runWith(["--json"], { input: log })).stdout.trim().split("\n")).toHaveLength(2);
    expect((await runWith(["--json", "--message"], { input: log })).stdout.trim().split("\n")).toHaveLength(
      1,
    );
    const both = await runWith(["--message", "--lines"], { input: log });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/cannot be used together/);
  });

  test("a reply whose first word is From is not taken for an mbox", async () => {
    const { stdout } = await runWith(["--json"], {
      input: "From address rejected: domain not found\n550 5.1.1 x\n",
    });
    expect(stdout.trim().split("\n")).toHaveLength(2);
  });
});
