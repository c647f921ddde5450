/**
 * Black-box tests of the bot over HTTP: the app's real Bolt HTTPReceiver on 127.0.0.1, a local stand-in for
 * the Slack Web API and for response_url, and requests signed the way Slack signs them.
 *
 * Tests marked [core] need a real @bounced/core (explain/findBounceCodes); the others hold with any core.
 */
import { LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  allStrings,
  BOT_USER_ID,
  messageToText,
  nextTs,
  SignedClient,
  SlackStub,
  waitFor,
} from "../../../packages/slack/test/support/slack-stub.js";
import { type Bot, createBot } from "../src/bot.js";
import { loadConfig } from "../src/config.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const PERSON = "U0PERSON1";

let stub: SlackStub;
let bot: Bot;
let slack: SignedClient;
let baseUrl: string;

beforeAll(async () => {
  stub = await new SlackStub().start();
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-1234-5678-abcdef",
    SLACK_SIGNING_SECRET: SECRET,
    PORT: "0",
    SLACK_API_URL: stub.apiUrl,
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  bot = createBot(result.config, { logLevel: LogLevel.ERROR });
  const { port } = await bot.start("127.0.0.1");
  baseUrl = `http://127.0.0.1:${port}`;
  slack = new SignedClient(baseUrl, SECRET);
});

afterAll(async () => {
  await bot?.stop();
  await stub?.stop();
});

let channelCounter = 0;
/** A channel id of its own per test, so reply caps and thread lookups never mix between tests. */
function freshChannel(): string {
  channelCounter += 1;
  return `C0TEST${String(channelCounter).padStart(4, "0")}`;
}

function message(channel: string, text: string, extra: Record<string, unknown> = {}) {
  const ts = nextTs();
  return {
    type: "message",
    channel,
    channel_type: "channel",
    user: PERSON,
    text,
    ts,
    event_ts: ts,
    client_msg_id: `m-${ts}`,
    ...extra,
  };
}

function postsIn(channel: string) {
  return stub.callsTo("chat.postMessage").filter((call) => call.params.channel === channel);
}

/**
 * Sends a mention of the bot asking for help in a fresh channel and waits for its answer. Events are
 * acknowledged before listeners run; once a later event has been answered, earlier ones have been handled.
 */
async function settle(): Promise<void> {
  const channel = freshChannel();
  const ts = nextTs();
  await slack.event({
    type: "app_mention",
    channel,
    user: PERSON,
    text: `<@${BOT_USER_ID}> help`,
    ts,
    event_ts: ts,
  });
  await waitFor(() => (postsIn(channel).length > 0 ? true : undefined), "the settle mention's answer");
}

async function healthy(): Promise<void> {
  const response = await fetch(`${baseUrl}/healthz`);
  expect(response.status).toBe(200);
}

describe("slash command /bounce", () => {
  it("[core] /bounce 550 5.7.26 names the code, authentication/DMARC, hard, not suppress — ephemeral", async () => {
    const response = await slack.command({ text: "550 5.7.26" });
    expect(response.status).toBe(200);
    const body = response.json() as { response_type: string; text: string; blocks: unknown[] };
    expect(body.response_type).toBe("ephemeral");
    expect(body.blocks.length).toBeGreaterThan(0);
    const all = messageToText(body);
    expect(all).toContain("5.7.26");
    expect(all).toMatch(/DMARC|authenticat/i);
    expect(body.text).toMatch(/hard bounce/i);
    expect(body.text).toMatch(/do not suppress/i);
    expect(all).toContain("*Suppress address?*\nNo");
  });

  it.each([[""], ["help"], ["  HELP "]])("/bounce %j shows usage with examples", async (text) => {
    const body = (await slack.command({ text })).json() as { response_type: string; text: string };
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toMatch(/^Usage: \/bounce/);
    expect(messageToText(body)).toContain("`/bounce 550 5.7.26`");
  });

  it("text with no code gets a helpful 'nothing recognised' answer", async () => {
    const body = (await slack.command({ text: "why is email hard" })).json() as { text: string };
    expect(body.text).toMatch(/^Nothing recognised/);
    expect(messageToText(body)).toContain("/bounce help");
  });

  it("never echoes <!channel>, <!here> or <@U…> raw (nothing-recognised path)", async () => {
    const body = (await slack.command({ text: "<!channel> <!here> <@U0BOSS> & hello" })).json();
    const strings = allStrings(body);
    expect(strings.join("\n")).toContain("@channel");
    for (const s of strings) expect(s).not.toMatch(/<[!@#]/);
  });

  it("[core] never echoes <!channel> raw next to a real code", async () => {
    const body = (await slack.command({ text: "<!channel> 550 5.7.26 <@U0BOSS>" })).json() as {
      text: string;
    };
    expect(body.text).not.toMatch(/^Nothing recognised/);
    expect(messageToText(body)).toContain("5.7.26");
    for (const s of allStrings(body)) expect(s).not.toMatch(/<[!@#]/);
  });
});

describe("channel messages", () => {
  it("[core] a message with 452 4.2.2 gets chat.postMessage in its thread", async () => {
    const channel = freshChannel();
    const event = message(
      channel,
      "anyone seen this? 452 4.2.2 The email account that you tried to reach is over quota",
    );
    expect((await slack.event(event)).status).toBe(200);
    const [post] = await waitFor(
      () => (postsIn(channel).length > 0 ? postsIn(channel) : undefined),
      "thread reply",
    );
    expect(post?.params.thread_ts).toBe(event.ts);
    expect(messageToText(post?.params)).toContain("4.2.2");
  });

  it("[core] a reply inside a thread is answered in that thread", async () => {
    const channel = freshChannel();
    const parent = nextTs();
    const event = message(channel, "550 5.1.1 <bob@example.com>: Recipient address rejected", {
      thread_ts: parent,
    });
    await slack.event(event);
    const [post] = await waitFor(
      () => (postsIn(channel).length > 0 ? postsIn(channel) : undefined),
      "thread reply",
    );
    expect(post?.params.thread_ts).toBe(parent);
  });

  it("[core] several distinct codes get one compact reply naming each", async () => {
    const channel = freshChannel();
    await slack.event(
      message(channel, "first 550 5.1.1 then\n421 4.7.0 [TSS04] Messages temporarily deferred"),
    );
    const [post] = await waitFor(
      () => (postsIn(channel).length > 0 ? postsIn(channel) : undefined),
      "compact reply",
    );
    const text = messageToText(post?.params);
    expect(text).toContain("5.1.1");
    expect(text).toContain("4.7.0");
    await settle();
    expect(postsIn(channel)).toHaveLength(1);
  });

  it("[core] answers a message once even when Slack retries the event", async () => {
    const channel = freshChannel();
    const event = message(channel, "550 5.1.1 The email account that you tried to reach does not exist");
    const envelope = { event_id: "Ev0RETRY0001" };
    await slack.event(event, envelope);
    await waitFor(() => (postsIn(channel).length > 0 ? true : undefined), "first reply");
    const retry = await slack.event(event, envelope, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    expect(retry.status).toBe(200);
    // A redelivery under a new event id is still the same message (channel + ts).
    await slack.event(event, { event_id: "Ev0RETRY0002" }, { headers: { "x-slack-retry-num": "2" } });
    await settle();
    expect(postsIn(channel)).toHaveLength(1);
  });

  it("[core] ignores other bots, its own messages, edits, deletions and joins — but answers a person", async () => {
    const channel = freshChannel();
    const code = "550 5.1.1 The email account that you tried to reach does not exist";
    const ignored = [
      message(channel, code, { subtype: "bot_message", bot_id: "B0OTHER01", user: undefined }),
      message(channel, code, { bot_id: "B0OTHER02", user: "U0OTHERBOT" }),
      message(channel, code, { bot_id: "BBOUNCED1", user: BOT_USER_ID }),
      {
        type: "message",
        subtype: "message_changed",
        channel,
        channel_type: "channel",
        hidden: true,
        ts: nextTs(),
        message: {
          type: "message",
          user: PERSON,
          text: code,
          ts: nextTs(),
          edited: { user: PERSON, ts: nextTs() },
        },
        previous_message: { type: "message", user: PERSON, text: "typo", ts: nextTs() },
      },
      {
        type: "message",
        subtype: "message_deleted",
        channel,
        channel_type: "channel",
        hidden: true,
        ts: nextTs(),
        deleted_ts: nextTs(),
        previous_message: { type: "message", user: PERSON, text: code, ts: nextTs() },
      },
      message(channel, `<@${PERSON}> has joined the channel`, { subtype: "channel_join" }),
    ];
    for (const event of ignored) expect((await slack.event(event)).status).toBe(200);
    await settle();
    expect(postsIn(channel)).toHaveLength(0);
    // Positive control: the same text from a person is answered, so the silence above means something.
    await slack.event(message(channel, code));
    await waitFor(() => (postsIn(channel).length === 1 ? true : undefined), "answer to a person");
  });

  it("[core] plain numbers are not bounce codes: 'we had 550 signups' gets no reply", async () => {
    const channel = freshChannel();
    await slack.event(message(channel, "we had 550 signups yesterday and 421 today"));
    await settle();
    expect(postsIn(channel)).toHaveLength(0);
  });

  it("[core] never echoes <!channel> raw in a thread reply", async () => {
    const channel = freshChannel();
    await slack.event(message(channel, "<!channel> 452 4.2.2 <@U0BOSS> mailbox &lt;full&gt;"));
    const [post] = await waitFor(() => (postsIn(channel).length > 0 ? postsIn(channel) : undefined), "reply");
    for (const s of allStrings(post?.params)) expect(s).not.toMatch(/<[!@#]/);
  });
});

describe("mentions", () => {
  it("@bounced help answers with usage in the thread", async () => {
    const channel = freshChannel();
    const ts = nextTs();
    await slack.event({
      type: "app_mention",
      channel,
      user: PERSON,
      text: `<@${BOT_USER_ID}> help`,
      ts,
      event_ts: ts,
    });
    const [post] = await waitFor(
      () => (postsIn(channel).length > 0 ? postsIn(channel) : undefined),
      "mention reply",
    );
    expect(post?.params.thread_ts).toBe(ts);
    expect(String(post?.params.text)).toMatch(/^Usage: \/bounce/);
  });

  it("[core] @bounced 550 5.1.1 answers like the command, once, although the message event also arrives", async () => {
    const channel = freshChannel();
    const ts = nextTs();
    const text = `<@${BOT_USER_ID}> 550 5.1.1`;
    await slack.event({ type: "app_mention", channel, user: PERSON, text, ts, event_ts: ts });
    await slack.event(message(channel, text, { ts, event_ts: ts }));
    const [post] = await waitFor(
      () => (postsIn(channel).length > 0 ? postsIn(channel) : undefined),
      "mention reply",
    );
    expect(messageToText(post?.params)).toContain("5.1.1");
    expect(String(post?.params.text)).toMatch(/suppress/i);
    await settle();
    expect(postsIn(channel)).toHaveLength(1);
  });

  it("a retried mention event is answered once", async () => {
    const channel = freshChannel();
    const ts = nextTs();
    const event = { type: "app_mention", channel, user: PERSON, text: `<@${BOT_USER_ID}>`, ts, event_ts: ts };
    await slack.event(event, { event_id: "Ev0MENTIONRETRY" });
    await slack.event(event, { event_id: "Ev0MENTIONRETRY" }, { headers: { "x-slack-retry-num": "1" } });
    await settle();
    expect(postsIn(channel)).toHaveLength(1);
  });

  it("caps replies per channel per minute (default 6)", async () => {
    const channel = freshChannel();
    for (let i = 0; i < 9; i += 1) {
      const ts = nextTs();
      await slack.event({
        type: "app_mention",
        channel,
        user: PERSON,
        text: `<@${BOT_USER_ID}> help`,
        ts,
        event_ts: ts,
      });
    }
    await settle();
    expect(postsIn(channel)).toHaveLength(6);
    // Another channel has its own budget.
    await settle();
  });
});

describe("message shortcut 'Explain bounce'", () => {
  it("answers ephemerally through response_url (content: [core])", async () => {
    const responseUrl = stub.responseUrl("shortcut-1");
    const response = await slack.interactive({
      type: "message_action",
      callback_id: "explain_bounce",
      trigger_id: "1.2.3",
      response_url: responseUrl,
      team: { id: "T0TEAM001", domain: "example" },
      channel: { id: "C0SHORTCUT", name: "oncall" },
      user: { id: PERSON, name: "pat" },
      message_ts: "1700000000.000200",
      action_ts: "1700000001.000300",
      message: {
        type: "message",
        user: "U0SOMEONE",
        ts: "1700000000.000200",
        text: "From the log:\n```550-5.7.26 This mail is unauthenticated\n550 5.7.26 gsmtp```",
      },
      token: "legacy",
      is_enterprise_install: false,
    });
    expect(response.status).toBe(200);
    const call = await waitFor(
      () => stub.calls.find((c) => c.path === "/response/shortcut-1"),
      "response_url post",
    );
    expect(call.params.response_type).toBe("ephemeral");
    expect(call.params.replace_original).toBe(false);
    expect(typeof call.params.text).toBe("string");
  });

  it("[core] the shortcut's answer names the code", async () => {
    const responseUrl = stub.responseUrl("shortcut-2");
    await slack.interactive({
      type: "message_action",
      callback_id: "explain_bounce",
      trigger_id: "1.2.4",
      response_url: responseUrl,
      team: { id: "T0TEAM001", domain: "example" },
      channel: { id: "C0SHORTCUT", name: "oncall" },
      user: { id: PERSON, name: "pat" },
      message: {
        type: "message",
        user: "U0SOMEONE",
        ts: "1700000000.000400",
        text: "421 4.7.0 [TSS04] Messages temporarily deferred",
      },
      token: "legacy",
    });
    const call = await waitFor(
      () => stub.calls.find((c) => c.path === "/response/shortcut-2"),
      "response_url post",
    );
    expect(String(call.params.text)).not.toMatch(/^Nothing recognised/);
    expect(messageToText(call.params)).toContain("4.7.0");
  });
});

describe("App Home", () => {
  it("app_home_opened publishes the home view (cheat sheet content: [core])", async () => {
    const before = stub.callsTo("views.publish").length;
    await slack.event({
      type: "app_home_opened",
      user: PERSON,
      channel: "D0DIRECT1",
      tab: "home",
      event_ts: nextTs(),
    });
    const call = await waitFor(() => stub.callsTo("views.publish").slice(before)[0], "views.publish");
    expect(call.params.user_id).toBe(PERSON);
    const view = call.params.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    const text = messageToText(view);
    expect(text).toContain("/bounce 550 5.7.26");
    expect(text).toContain("Cheat sheet");
    expect(text).toContain("550 5.1.1");
  });

  it("[core] the cheat sheet explains each code: 550 5.1.1 is hard and suppressed", async () => {
    const before = stub.callsTo("views.publish").length;
    await slack.event({
      type: "app_home_opened",
      user: PERSON,
      channel: "D0DIRECT1",
      tab: "home",
      event_ts: nextTs(),
    });
    const call = await waitFor(() => stub.callsTo("views.publish").slice(before)[0], "views.publish");
    expect(messageToText(call.params.view)).toContain("*550 5.1.1* (hard, suppress)");
  });
});

describe("request checks", () => {
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ["unsigned", { unsigned: true }],
    ["wrongly signed", { secret: "not-the-secret-0000000000000000" }],
    ["malformed signature", { signature: "v1=deadbeef" }],
    ["stale (6 minutes old)", { timestamp: now() - 6 * 60 }],
    ["future-dated (6 minutes ahead)", { timestamp: now() + 6 * 60 }],
    ["future-dated (a day ahead)", { timestamp: now() + 86_400 }],
  ])("%s requests get 401", async (_name, options) => {
    const response = await slack.command({ text: "550 5.1.1" }, options);
    expect(response.status).toBe(401);
    expect(response.text).toBe("");
  });

  it("accepts a timestamp a little ahead (clock skew within 5 minutes)", async () => {
    const response = await slack.command({ text: "help" }, { timestamp: now() + 60 });
    expect(response.status).toBe(200);
  });

  it.each([
    ["broken JSON", '{"type":"event_callback",', "application/json"],
    ["form payload that is not JSON", "payload=%7Bnot-json", "application/x-www-form-urlencoded"],
    [
      "form body sent with a charset (the content-type trap)",
      "command=%2Fbounce&text=help",
      "application/x-www-form-urlencoded; charset=utf-8",
    ],
  ])("%s → 4xx, and the app keeps serving", async (_name, body, contentType) => {
    const response = await slack.post(body, contentType);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await healthy();
    expect((await slack.command({ text: "help" })).status).toBe(200);
  });

  it("an oversized body → 413, and the app keeps serving", async () => {
    const response = await slack.post(
      `text=${"x".repeat(11 * 1024 * 1024)}`,
      "application/x-www-form-urlencoded",
    );
    expect(response.status).toBe(413);
    await healthy();
  });

  it("answers Slack's url_verification check (HTTP set-up) when signed", async () => {
    const response = await slack.post(
      JSON.stringify({
        token: "legacy",
        challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        type: "url_verification",
      }),
      "application/json",
    );
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("GET /healthz answers 200 without a signature; unknown paths 404", async () => {
    await healthy();
    expect((await fetch(`${baseUrl}/nope`)).status).toBe(404);
  });
});

describe("Web API rate limits", () => {
  it("a 429 with Retry-After is retried after the wait, without a crash", async () => {
    const channel = freshChannel();
    stub.queue("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    const ts = nextTs();
    await slack.event({
      type: "app_mention",
      channel,
      user: PERSON,
      text: `<@${BOT_USER_ID}> help`,
      ts,
      event_ts: ts,
    });
    const calls = await waitFor(
      () => (postsIn(channel).length >= 2 ? postsIn(channel) : undefined),
      "retried post",
      15_000,
    );
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    await healthy();
  });
});
