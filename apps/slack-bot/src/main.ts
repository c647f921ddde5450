import { loadConfig } from "./config.js";

// Everything a person needs to fix a bad start is in the message; a stack trace would only hide it.
function fail(lines: string[]): never {
  process.stderr.write(`bounced slack-bot cannot start:\n${lines.map((line) => `  - ${line}`).join("\n")}\n`);
  process.exit(1);
}

function describeStartError(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  const code = data?.error ?? (error as { code?: string }).code ?? "";
  if (
    code === "invalid_auth" ||
    code === "not_authed" ||
    code === "account_inactive" ||
    code === "token_revoked"
  )
    return `Slack refused SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token again from api.slack.com/apps → your app → OAuth & Permissions.`;
  if (code === "EADDRINUSE")
    return `PORT ${process.env.PORT ?? 3000} is already in use: set PORT to a free port.`;
  const message = error instanceof Error ? error.message : String(error);
  return `${message}${code ? ` (${code})` : ""}. Check SLACK_BOT_TOKEN, SLACK_APP_TOKEN and your network (SLACK_API_URL if set).`;
}

async function main(): Promise<void> {
  const result = loadConfig(process.env);
  if (!result.ok) fail(result.problems);
  // Loaded only once the settings are good: a configuration mistake is reported without loading Bolt.
  let createBot: typeof import("./bot.js").createBot;
  try {
    ({ createBot } = await import("./bot.js"));
  } catch (error) {
    fail([
      `could not load the bot's code (${error instanceof Error ? error.message : String(error)}); run the build first.`,
    ]);
  }
  const bot = createBot(result.config);
  let started: { port: number | null };
  try {
    started = await bot.start();
  } catch (error) {
    fail([describeStartError(error)]);
  }
  process.stdout.write(
    bot.mode === "socket"
      ? "bounced slack-bot is running in Socket Mode\n"
      : `bounced slack-bot is listening on port ${started.port} (POST /slack/events, GET /healthz)\n`,
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal} received, stopping\n`);
    // Do not wait forever for keep-alive connections to close.
    const timer = setTimeout(() => process.exit(0), 5000);
    timer.unref();
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `error while stopping: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => fail([error instanceof Error ? error.message : String(error)]));
