/**
 * Socket Mode, black box: the bot started with SLACK_APP_TOKEN opens a WebSocket to the URL that
 * `apps.connections.open` returns (a local stand-in), receives Slack's envelopes and acknowledges them.
 */
import { LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_USER_ID, SlackStub, TEAM_ID, waitFor } from "../../../packages/slack/test/support/slack-stub.js";
import { SocketModeStub } from "../../../packages/slack/test/support/socket-stub.js";
import { type Bot, createBot } from "../src/bot.js";
import { loadConfig } from "../src/config.js";

let stub: SlackStub;
let socket: SocketModeStub;
let bot: Bot;

beforeAll(async () => {
  stub = await new SlackStub().start();
  socket = await new SocketModeStub().start();
  stub.queue("apps.connections.open", { body: { ok: true, url: socket.url } });
  const result = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-1-2-abc",
    SLACK_APP_TOKEN: "xapp-1-A1-abc",
    SLACK_API_URL: stub.apiUrl,
  });
  if (!result.ok) throw new Error(result.problems.join("\n"));
  bot = createBot(result.config, { logLevel: LogLevel.ERROR });
  expect(bot.mode).toBe("socket");
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await socket?.stop();
  await stub?.stop();
});

const ackFor = (envelopeId: string) => () => socket.received.find((m) => m.envelope_id === envelopeId);

describe("Socket Mode", () => {
  it("opens the connection with the app token", () => {
    expect(stub.callsTo("apps.connections.open")).toHaveLength(1);
    expect(socket.connections).toBe(1);
  });

  it("answers /bounce help in the acknowledgement of the envelope", async () => {
    socket.send({
      envelope_id: "env-command-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        command: "/bounce",
        text: "help",
        user_id: "U0PERSON1",
        channel_id: "C0SOCKET1",
        team_id: TEAM_ID,
        api_app_id: "A0APP0001",
        trigger_id: "1.2.3",
        response_url: "http://127.0.0.1:9/unused",
      },
    });
    const ack = await waitFor(ackFor("env-command-1"), "the command's acknowledgement");
    const payload = ack.payload as { response_type: string; text: string };
    expect(payload.response_type).toBe("ephemeral");
    expect(payload.text).toMatch(/^Usage: \/bounce/);
  });

  it("[core] answers /bounce 550 5.7.26 with the explanation", async () => {
    socket.send({
      envelope_id: "env-command-2",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        command: "/bounce",
        text: "550 5.7.26",
        user_id: "U0PERSON1",
        channel_id: "C0SOCKET1",
        team_id: TEAM_ID,
      },
    });
    const ack = await waitFor(ackFor("env-command-2"), "the command's acknowledgement");
    expect(JSON.stringify(ack.payload)).toContain("5.7.26");
    expect((ack.payload as { text: string }).text).toMatch(/hard bounce/i);
  });

  it("acknowledges an events_api envelope and answers a mention in the thread", async () => {
    const ts = "1700000123.000100";
    socket.send({
      envelope_id: "env-event-1",
      type: "events_api",
      accepts_response_payload: false,
      payload: {
        type: "event_callback",
        team_id: TEAM_ID,
        api_app_id: "A0APP0001",
        event_id: "Ev0SOCKET01",
        event_time: 1700000123,
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
        event: {
          type: "app_mention",
          channel: "C0SOCKET2",
          user: "U0PERSON1",
          text: `<@${BOT_USER_ID}> help`,
          ts,
          event_ts: ts,
        },
      },
    });
    await waitFor(ackFor("env-event-1"), "the event's acknowledgement");
    const post = await waitFor(
      () => stub.callsTo("chat.postMessage").find((call) => call.params.channel === "C0SOCKET2"),
      "the thread reply",
    );
    expect(post.params.thread_ts).toBe(ts);
  });
});
