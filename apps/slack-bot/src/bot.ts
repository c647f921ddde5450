import type { Server } from "node:http";
import { type BounceExplainerOptions, createHttpReceiver, registerBounceExplainer } from "@bounced/slack";
import { App, type Logger, LogLevel } from "@slack/bolt";
import type { BotConfig } from "./config.js";

export interface Bot {
  app: App;
  mode: "http" | "socket";
  /** Checks the token with Slack (`auth.test`) and starts receiving. Resolves to the HTTP port (HTTP mode). */
  start(host?: string): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

export interface BotOptions {
  logger?: Logger;
  logLevel?: LogLevel;
  explainer?: BounceExplainerOptions;
}

// Chat replies are only useful soon: retry a few times (Slack's 429 Retry-After is honoured before each
// retry), not Bolt's default of ten retries over half an hour.
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 4000, randomize: true };

export function createBot(config: BotConfig, options: BotOptions = {}): Bot {
  const clientOptions = {
    retryConfig: RETRY_CONFIG,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  };
  const common = {
    token: config.botToken,
    // auth.test runs in start(), where a refused token can be reported instead of thrown from a constructor.
    deferInitialization: true,
    clientOptions,
    ...(options.logger ? { logger: options.logger } : {}),
    logLevel: options.logLevel ?? LogLevel.INFO,
  };

  let app: App;
  let mode: Bot["mode"];
  if (config.appToken) {
    mode = "socket";
    app = new App({ ...common, socketMode: true, appToken: config.appToken });
  } else {
    mode = "http";
    const receiver = createHttpReceiver({
      signingSecret: config.signingSecret ?? "",
      ...(options.logger ? { logger: options.logger } : {}),
      logLevel: options.logLevel ?? LogLevel.INFO,
      customRoutes: [
        {
          path: "/healthz",
          method: ["GET"],
          handler: (_req, res) => {
            res.writeHead(200, { "content-type": "application/json" });
            res.end(JSON.stringify({ ok: true }));
          },
        },
      ],
    });
    app = new App({ ...common, receiver });
  }
  registerBounceExplainer(app, options.explainer);

  return {
    app,
    mode,
    async start(host?: string) {
      await app.init();
      if (mode === "socket") {
        await app.start();
        return { port: null };
      }
      const server = (await app.start({ port: config.port, ...(host ? { host } : {}) })) as Server;
      const address = server.address();
      return { port: typeof address === "object" && address ? address.port : config.port };
    },
    async stop() {
      await app.stop();
    },
  };
}
