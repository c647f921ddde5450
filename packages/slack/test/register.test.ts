/**
 * registerBounceExplainer on a bare Bolt App (not the bot): options take effect through Bolt's real
 * HTTP receiver with signed requests.
 */
import { App, LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpReceiver, registerBounceExplainer } from "../src/index.js";
import { BOT_ID, BOT_USER_ID, SignedClient, SlackStub } from "./support/slack-stub.js";

const SECRET = "feedfacefeedfacefeedfacefeedface";
let stub: SlackStub;
let app: App;
let slack: SignedClient;

beforeAll(async () => {
  stub = await new SlackStub().start();
  app = new App({
    token: "xoxb-plugin-test",
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    receiver: createHttpReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR }),
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: stub.apiUrl, retryConfig: { retries: 0 } },
  });
  registerBounceExplainer(app, {
    command: "/why-bounce",
    responseType: "in_channel",
    channelMessages: false,
    appHome: false,
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as import("node:http").Server;
  const { port } = server.address() as import("node:net").AddressInfo;
  slack = new SignedClient(`http://127.0.0.1:${port}`, SECRET);
});

afterAll(async () => {
  await app?.stop();
  await stub?.stop();
});

describe("registerBounceExplainer options", () => {
  it("answers the configured command name, in_channel when asked", async () => {
    const body = (await slack.command({ command: "/why-bounce", text: "help" })).json() as {
      response_type: string;
      text: string;
    };
    expect(body.response_type).toBe("in_channel");
    expect(body.text).toMatch(/^Usage: \/why-bounce/);
  });

  it("does not claim other commands (Bolt answers 404 after its 3 s ack window)", async () => {
    const response = await slack.command({ command: "/bounce", text: "help" });
    expect(response.status).toBe(404);
  });

  it("does not publish App Home when appHome is false", async () => {
    await slack.event({
      type: "app_home_opened",
      user: "U0PERSON1",
      channel: "D0X",
      tab: "home",
      event_ts: "1.2",
    });
    // The same request order a person would see: a command after it is answered, and home was never published.
    await slack.command({ command: "/why-bounce", text: "help" });
    expect(stub.callsTo("views.publish")).toHaveLength(0);
  });
});
