import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { explain } from "@bounced/core";
import { beforeAll, describe, expect, test } from "vitest";

// These tests run the built executable the way a user's shell does: real process, real pipes.
const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const PKG = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point
const ANSI = /\u001b\[/;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `bounce` with a clean environment (no inherited NO_COLOR / FORCE_COLOR from CI). */
function bounce(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first (pnpm --filter @bounced/cli build)`);
});

describe("arguments", () => {
  test("joins arguments into one reply and prints its explanation", async () => {
    const { status, stdout, stderr } = await bounce(["550", "5.7.26"]);
    const expected = explain("550 5.7.26");
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(expected.summary);
    expect(stdout).toContain(expected.reason);
    expect(stdout).toContain(expected.action);
  });

  test("--json prints the explain() object for the joined reply", async () => {
    const reply = "452 4.2.2 The email account that you tried to reach is over quota";
    const { status, stdout } = await bounce(["--json", ...reply.split(" ")]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(explain(reply));
  });

  test("a reply starting with a dash is accepted after --", async () => {
    const { status, stdout } = await bounce(["--json", "--", "-550 weird"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(explain("-550 weird"));
  });
});

describe("standard input", () => {
  const log = [
    "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown",
    "",
    "   ",
    "421 4.7.0 Try again later, closing connection.\r",
    "452 4.2.2 The email account that you tried to reach is over quota",
  ].join("\n");
  const replies = [
    "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown",
    "421 4.7.0 Try again later, closing connection.",
    "452 4.2.2 The email account that you tried to reach is over quota",
  ];

  test("--json prints one JSON line per non-blank input line", async () => {
    const { status, stdout } = await bounce(["--json"], { input: log });
    expect(status).toBe(0);
    const lines = stdout.split("\n").filter((line) => line !== "");
    expect(lines.map((line) => JSON.parse(line))).toEqual(replies.map((reply) => explain(reply)));
  });

  test("prints a readable block per reply, headed by the reply", async () => {
    const { status, stdout } = await bounce([], { input: log });
    expect(status).toBe(0);
    for (const reply of replies) {
      expect(stdout).toContain(`› ${reply}\n`);
      expect(stdout).toContain(explain(reply).summary);
    }
  });

  test("empty input prints nothing and succeeds", async () => {
    expect(await bounce([], { input: "" })).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  test("streams: answers a line before the input has ended", async () => {
    const child = spawn(process.execPath, [BIN, "--json"], { env: { PATH: process.env.PATH ?? "" } });
    child.stdout.setEncoding("utf8");
    let stdout = "";
    const firstLine = new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: string) => {
        stdout += chunk;
        if (stdout.includes("\n")) resolve();
      });
    });
    child.stdin.write("550 5.1.1 User unknown\n");
    // If the command waited for the end of input, this would never resolve and the test would time out.
    await firstLine;
    child.stdin.end("421 4.7.0 Try later\n");
    const status = await new Promise((resolve) => child.on("close", resolve));
    expect(status).toBe(0);
    expect(
      stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([explain("550 5.1.1 User unknown"), explain("421 4.7.0 Try later")]);
  });

  test("a long log gives one answer per line", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `550 5.1.1 <user${i}@example.com> unknown`);
    const { status, stdout } = await bounce(["--json"], { input: `${lines.join("\n")}\n` });
    expect(status).toBe(0);
    const out = stdout.split("\n").filter((line) => line !== "");
    expect(out).toHaveLength(lines.length);
    expect(JSON.parse(out[out.length - 1] ?? "")).toEqual(explain(lines[lines.length - 1] ?? ""));
  });

  test("a line longer than 1 MiB is cut, with a note on stderr", async () => {
    const huge = `550 5.1.1 ${"x".repeat(1024 * 1024 + 10)}`;
    const { status, stdout, stderr } = await bounce(["--json"], { input: `${huge}\n550 5.1.1 next\n` });
    expect(status).toBe(0);
    expect(stderr).toMatch(/line 1 is longer than/);
    const out = stdout.split("\n").filter((line) => line !== "");
    expect(out).toHaveLength(2);
    expect(JSON.parse(out[0] ?? "")).toEqual(explain(huge.slice(0, 1024 * 1024)));
  });

  test("a reader that stops early (| head) is not an error", async () => {
    const child = spawn(process.execPath, [BIN, "--json"], { env: { PATH: process.env.PATH ?? "" } });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.on("error", () => {}); // the child may be gone before all input is written
    child.stdin.end("550 5.1.1 unknown\n".repeat(200_000));
    const status = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });
});

describe("flags", () => {
  test.each([["--help"], ["-h"]])("%s prints usage and exits 0", async (flag) => {
    const { status, stdout } = await bounce([flag]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage$/m);
    expect(stdout).toContain("--json");
  });

  test.each([["--version"], ["-v"]])("%s prints the package version", async (flag) => {
    const { status, stdout } = await bounce([flag]);
    expect(status).toBe(0);
    expect(stdout).toBe(`${PKG.version}\n`);
  });

  test.each([["--bogus"], ["-x"], ["--json=yes"], ["-1"]])(
    "unknown or malformed flag %s exits 2",
    async (flag) => {
      const { status, stdout, stderr } = await bounce([flag, "550"]);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("bounce --help");
    },
  );
});

describe("colour", () => {
  test.each([
    ["piped, no variables", {}],
    ["NO_COLOR=1", { NO_COLOR: "1" }],
    ["FORCE_COLOR=0", { FORCE_COLOR: "0" }],
  ])("no ANSI escapes when %s", async (_name, env: Record<string, string>) => {
    const { stdout } = await bounce(["550", "5.1.1"], { env });
    expect(stdout).not.toBe("");
    expect(stdout).not.toMatch(ANSI);
  });

  test("FORCE_COLOR=1 colours even through a pipe", async () => {
    const { stdout } = await bounce(["550", "5.1.1"], { env: { FORCE_COLOR: "1" } });
    expect(stdout).toMatch(ANSI);
  });

  test("FORCE_COLOR=1 never colours JSON", async () => {
    const { stdout } = await bounce(["--json", "550"], { env: { FORCE_COLOR: "1" } });
    expect(stdout).not.toMatch(ANSI);
    expect(JSON.parse(stdout)).toEqual(explain("550"));
  });
});
