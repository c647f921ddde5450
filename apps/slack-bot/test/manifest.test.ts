/** The manifests declare what the code registers, and the two variants differ only in how Slack reaches the bot. */
import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean };
    slash_commands: { command: string; url?: string; should_escape: boolean }[];
    shortcuts: { type: string; callback_id: string; name: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const read = (name: string) => load(readFileSync(new URL(`../${name}`, import.meta.url), "utf8")) as Manifest;
const socket = read("manifest.yml");
const http = read("manifest.http.yml");

describe.each([
  ["manifest.yml (Socket Mode)", socket],
  ["manifest.http.yml (HTTP)", http],
])("%s", (_name, manifest) => {
  it("declares the command, shortcut and home tab the plugin registers by default", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/bounce"]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: "explain_bounce", name: "Explain bounce" }),
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it("subscribes to the bot events the issue names, with the scopes they need", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ["app_home_opened", "app_mention", "message.channels", "message.groups"].sort(),
    );
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ["app_mentions:read", "channels:history", "chat:write", "commands", "groups:history"].sort(),
    );
  });
});

describe("variants", () => {
  it("Socket Mode has no request URLs; HTTP points every URL at /slack/events", () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.settings.event_subscriptions.request_url).toBeUndefined();
    expect(socket.features.slash_commands[0]?.url).toBeUndefined();
    expect(http.settings.socket_mode_enabled).toBe(false);
    for (const url of [
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
      http.features.slash_commands[0]?.url,
    ]) {
      expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
    }
  });

  it("apart from how Slack reaches the bot, the two are the same app", () => {
    const strip = (m: Manifest) => {
      const copy = structuredClone(m);
      delete copy.settings.event_subscriptions.request_url;
      delete copy.settings.interactivity.request_url;
      for (const command of copy.features.slash_commands) delete command.url;
      copy.settings.socket_mode_enabled = false;
      return copy;
    };
    expect(strip(socket)).toEqual(strip(http));
  });
});
