import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { HTTPReceiver } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { checkRequestTimestamp, enforceTimestampWindow } from "../src/index.js";
import { slackSignature } from "./support/slack-stub.js";

const NOW_MS = 1_800_000_000_000;
const NOW = NOW_MS / 1000;

describe("checkRequestTimestamp", () => {
  it.each([
    [String(NOW), "ok"],
    [String(NOW + 300), "ok"],
    [String(NOW - 300), "ok"],
    [String(NOW + 301), "future"],
    [String(NOW + 86_400 * 365), "future"],
    [String(NOW - 301), "stale"],
    [undefined, "missing"],
    ["", "missing"],
    ["12abc", "missing"],
    [["1", "2"], "missing"],
  ] as const)("%j → %s", (header, verdict) => {
    expect(checkRequestTimestamp(header as string | string[] | undefined, { nowMs: NOW_MS })).toBe(verdict);
  });
});

describe("enforceTimestampWindow on a receiver mounted on someone's own server", () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  const secret = "abcdefabcdefabcdefabcdefabcdef12";
  // A receiver needs an app to hand events to; a minimal one that acknowledges everything.
  const ackingApp = { processEvent: async (event: { ack: () => Promise<void> }) => event.ack() };

  async function mount(receiver: HTTPReceiver): Promise<string> {
    receiver.init(ackingApp as never);
    const server = createServer((req, res) => receiver.requestListener(req, res));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  }

  async function send(url: string, timestamp: number): Promise<number> {
    const body = JSON.stringify({ type: "event_callback", event: { type: "app_home_opened" } });
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": slackSignature(secret, timestamp, body),
      },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  }

  it("refuses future-dated signed requests that Bolt alone would accept", async () => {
    const plain = await mount(new HTTPReceiver({ signingSecret: secret }));
    const guarded = await mount(enforceTimestampWindow(new HTTPReceiver({ signingSecret: secret })));
    const now = Math.floor(Date.now() / 1000);
    // The gap this closes: Bolt 5.1.0 on its own lets a request dated an hour ahead through…
    expect(await send(plain, now + 3600)).toBe(200);
    // …the wrapped receiver refuses it, and still accepts a current one.
    expect(await send(guarded, now + 3600)).toBe(401);
    expect(await send(guarded, now)).toBe(200);
  });
});
