/**
 * The built bot as a process: configuration errors, a refused token, HTTP start, /healthz, and graceful
 * stop on SIGTERM/SIGINT. Needs `dist/main.js` (turbo's `test` task builds it first).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignedClient, SlackStub, waitFor } from "../../../packages/slack/test/support/slack-stub.js";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const SECRET = "0123456789abcdef0123456789abcdef";

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(env: Record<string, string>): Run {
  // Only the variables under test: none of the machine's own SLACK_* settings leak in.
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? "", ...env } });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

let stub: SlackStub;
beforeAll(async () => {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`pnpm --filter @bounced/slack-bot build\` first`);
  stub = await new SlackStub().start();
});
afterAll(async () => {
  await stub?.stop();
});

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/node:internal|\.js:\d+:\d+/);
}

describe("configuration errors stop the start with a message, never a stack trace", () => {
  it("nothing set: names SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and where to get them", async () => {
    const bot = run({});
    expect(await bot.exited).toBe(1);
    const err = bot.stderr();
    expect(err).toMatch(/SLACK_BOT_TOKEN is not set: .*OAuth & Permissions/);
    expect(err).toMatch(/SLACK_SIGNING_SECRET is not set .*Signing Secret/);
    expectNoStackTrace(err);
  });

  it.each([
    [
      "SLACK_BOT_TOKEN",
      { SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_SIGNING_SECRET: SECRET },
      /SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"/,
    ],
    [
      "SLACK_APP_TOKEN",
      { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_APP_TOKEN: "xoxb-wrong" },
      /SLACK_APP_TOKEN must be an app-level token .*connections:write/,
    ],
    [
      "SLACK_SIGNING_SECRET",
      { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "has spaces in it!" },
      /SLACK_SIGNING_SECRET does not look like a signing secret/,
    ],
    [
      "PORT",
      { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: SECRET, PORT: "eighty" },
      /PORT must be a whole number/,
    ],
    [
      "SLACK_API_URL",
      { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "slack.com/api" },
      /SLACK_API_URL must be an http\(s\) URL/,
    ],
  ])("malformed %s is named", async (_name, env, message) => {
    const bot = run(env);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(message);
    expectNoStackTrace(bot.stderr());
  });

  it("a token Slack refuses (auth.test invalid_auth) is reported by name", async () => {
    stub.queue("auth.test", { body: { ok: false, error: "invalid_auth" } });
    const bot = run({
      SLACK_BOT_TOKEN: "xoxb-1-2-revoked",
      SLACK_SIGNING_SECRET: SECRET,
      PORT: "0",
      SLACK_API_URL: stub.apiUrl,
    });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
    expectNoStackTrace(bot.stderr());
  });
});

describe("HTTP mode", () => {
  it.each([["SIGTERM"], ["SIGINT"]] as const)(
    "serves /healthz and /slack/events, and stops on %s",
    async (signal) => {
      const bot = run({
        SLACK_BOT_TOKEN: "xoxb-1-2-abc",
        SLACK_SIGNING_SECRET: SECRET,
        PORT: "0",
        SLACK_API_URL: stub.apiUrl,
      });
      try {
        const port = await waitFor(
          () => /listening on port (\d+)/.exec(bot.stdout())?.[1],
          "the listening line",
        );
        const base = `http://127.0.0.1:${port}`;
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
        const answer = await new SignedClient(base, SECRET).command({ text: "help" });
        expect(answer.status).toBe(200);
        expect((answer.json() as { text: string }).text).toMatch(/^Usage: \/bounce/);
        bot.child.kill(signal);
        expect(await bot.exited).toBe(0);
        expect(bot.stdout()).toContain(`${signal} received, stopping`);
        expectNoStackTrace(bot.stderr());
      } finally {
        if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
      }
    },
  );
});
