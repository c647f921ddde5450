/**
 * Test support shared by @bounced/slack and @bounced/slack-bot tests: a local stand-in for the Slack Web API
 * and for `response_url`, and a client that sends requests signed the way Slack signs them. Loopback only.
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const BOT_USER_ID = "UBOUNCED1";
export const BOT_ID = "BBOUNCED1";
export const TEAM_ID = "T0TEAM001";

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url` for posts to a response URL. */
  method: string;
  params: Record<string, unknown>;
  /** For response URLs: the path that was posted to. */
  path: string;
  status: number;
}

export interface StubReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// The Web API client posts form-encoded bodies with JSON-encoded values for arrays and objects.
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

export class SlackStub {
  readonly calls: RecordedCall[] = [];
  readonly #queued = new Map<string, StubReply[]>();
  #server: Server | undefined;
  #url = "";
  #ts = 1_700_000_000;

  /** Base URL of the Web API stand-in, for `slackApiUrl` / `SLACK_API_URL` (ends with `/api/`). */
  get apiUrl(): string {
    return `${this.#url}/api/`;
  }

  /** A fresh response URL; posts to it are recorded as method `response_url`. */
  responseUrl(id: string): string {
    return `${this.#url}/response/${id}`;
  }

  /** The next call to `method` gets this reply instead of the default. */
  queue(method: string, reply: StubReply): void {
    const list = this.#queued.get(method) ?? [];
    list.push(reply);
    this.#queued.set(method, list);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  async start(): Promise<this> {
    this.#server = createServer(async (req, res) => {
      const raw = await readBody(req);
      const path = new URL(req.url ?? "/", "http://stub").pathname;
      const method = path.startsWith("/api/") ? path.slice("/api/".length) : "response_url";
      let params: Record<string, unknown> = {};
      try {
        params = parseParams(raw, req.headers["content-type"]);
      } catch {
        params = { unparsable: raw };
      }
      const reply = this.#queued.get(method)?.shift() ?? this.#defaultReply(method, params);
      const status = reply.status ?? 200;
      this.calls.push({ method, params, path, status });
      res.writeHead(status, { "content-type": "application/json", ...reply.headers });
      res.end(JSON.stringify(reply.body ?? { ok: status === 200 }));
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.#url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  #defaultReply(method: string, params: Record<string, unknown>): StubReply {
    switch (method) {
      case "auth.test":
        return {
          body: {
            ok: true,
            url: "https://t.slack.com/",
            team: "T",
            user: "bounced",
            team_id: TEAM_ID,
            user_id: BOT_USER_ID,
            bot_id: BOT_ID,
          },
        };
      case "chat.postMessage":
        this.#ts += 1;
        return {
          body: {
            ok: true,
            channel: params.channel,
            ts: `${this.#ts}.000100`,
            message: { text: params.text },
          },
        };
      case "response_url":
        return { body: { ok: true } };
      default:
        return { body: { ok: true } };
    }
  }
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. Not a timing assertion. */
export async function waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function slackSignature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  /** Leave out the signature headers. */
  unsigned?: boolean;
  /** Override the signature. */
  signature?: string;
  headers?: Record<string, string>;
  contentType?: string;
}

export interface SentResponse {
  status: number;
  text: string;
  json(): unknown;
}

const FORM = "application/x-www-form-urlencoded";

/** Sends Slack-style signed requests to a Bolt HTTP receiver's `/slack/events`. */
export class SignedClient {
  constructor(
    readonly baseUrl: string,
    readonly signingSecret: string,
  ) {}

  async post(body: string, contentType: string, options: SendOptions = {}): Promise<SentResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    // A string body with the header set by hand: fetch with URLSearchParams would add `; charset=…`,
    // which Bolt's exact content-type comparison rejects.
    const headers: Record<string, string> = {
      "content-type": options.contentType ?? contentType,
      ...options.headers,
    };
    if (!options.unsigned) {
      headers["x-slack-request-timestamp"] = String(timestamp);
      headers["x-slack-signature"] =
        options.signature ?? slackSignature(options.secret ?? this.signingSecret, timestamp, body);
    }
    const response = await fetch(`${this.baseUrl}/slack/events`, { method: "POST", headers, body });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) };
  }

  command(fields: Record<string, string>, options?: SendOptions): Promise<SentResponse> {
    const body = new URLSearchParams({
      token: "legacy-verification-token",
      team_id: TEAM_ID,
      team_domain: "example",
      channel_id: "C0CHANNEL1",
      channel_name: "oncall",
      user_id: "U0PERSON1",
      user_name: "pat",
      command: "/bounce",
      text: "",
      api_app_id: "A0APP0001",
      trigger_id: "1.2.3",
      response_url: "http://127.0.0.1:9/never-used",
      ...fields,
    }).toString();
    return this.post(body, FORM, options);
  }

  event(event: Record<string, unknown>, envelope: Record<string, unknown> = {}, options?: SendOptions) {
    const body = JSON.stringify({
      token: "legacy-verification-token",
      team_id: TEAM_ID,
      api_app_id: "A0APP0001",
      type: "event_callback",
      event_id: `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
      event,
      ...envelope,
    });
    return this.post(body, "application/json", options);
  }

  interactive(payload: Record<string, unknown>, options?: SendOptions): Promise<SentResponse> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.post(body, FORM, options);
  }
}

let tsCounter = 0;
/** A unique Slack message timestamp. */
export function nextTs(): string {
  tsCounter += 1;
  return `${Math.floor(Date.now() / 1000)}.${String(100000 + tsCounter).padStart(6, "0")}`;
}

/** Every string anywhere in a JSON value, for "never appears raw" assertions. */
export function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

/** Plain readable text of a message body (fallback text plus every block string), for content assertions. */
export function messageToText(message: unknown): string {
  return allStrings(message).join("\n");
}
