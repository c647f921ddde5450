import { describe, expect, it } from "vitest";
import { createBot } from "../src/bot.js";
import { loadConfig } from "../src/config.js";

const SECRET = "0123456789abcdef0123456789abcdef";

describe("loadConfig", () => {
  it("HTTP mode: token and signing secret; PORT defaults to 3000", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: SECRET })).toEqual({
      ok: true,
      config: {
        botToken: "xoxb-1-2-abc",
        appToken: null,
        signingSecret: SECRET,
        port: 3000,
        slackApiUrl: null,
      },
    });
  });

  it("Socket Mode: SLACK_APP_TOKEN set, no signing secret needed", () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_APP_TOKEN: "xapp-1-A1-abc" });
    expect(result.ok && result.config.appToken).toBe("xapp-1-A1-abc");
  });

  it("SLACK_API_URL gets the trailing slash the Web API client needs; blank values count as unset", () => {
    const result = loadConfig({
      SLACK_BOT_TOKEN: " xoxb-1-2-abc ",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: "http://127.0.0.1:9999/api",
      PORT: "",
    });
    expect(result.ok && result.config).toMatchObject({
      botToken: "xoxb-1-2-abc",
      slackApiUrl: "http://127.0.0.1:9999/api/",
      port: 3000,
    });
  });

  it.each([
    [{}, ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: SECRET, PORT: "70000" }, ["PORT"]],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: SECRET, PORT: "-1" }, ["PORT"]],
    [
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: "ftp://x/" },
      ["SLACK_API_URL"],
    ],
    [{ SLACK_BOT_TOKEN: "xapp-1", SLACK_APP_TOKEN: "xoxb-1" }, ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"]],
  ])("%j → problems name %j", (env, names) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(names.length);
    expect(result.problems.map((problem) => problem.split(" ")[0])).toEqual(names);
  });
});

describe("createBot", () => {
  it("chooses Socket Mode when an app token is given, HTTP otherwise (no connection until start)", () => {
    const base = {
      botToken: "xoxb-1-2-abc",
      signingSecret: SECRET,
      port: 0,
      slackApiUrl: "http://127.0.0.1:9/api/",
    };
    expect(createBot({ ...base, appToken: "xapp-1-A1-abc" }).mode).toBe("socket");
    expect(createBot({ ...base, appToken: null }).mode).toBe("http");
  });
});
