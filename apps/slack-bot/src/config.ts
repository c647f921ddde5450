/** The bot's settings, read from the environment. Variable names are fixed (see README). */
export interface BotConfig {
  botToken: string;
  /** Socket Mode when set. */
  appToken: string | null;
  /** Required in HTTP mode. */
  signingSecret: string | null;
  /** HTTP mode only. */
  port: number;
  /** Where the Web API client sends calls (ends with `/`); null for Slack's own. */
  slackApiUrl: string | null;
}

export type ConfigResult = { ok: true; config: BotConfig } | { ok: false; problems: string[] };

const WHERE_BOT_TOKEN =
  "find it at api.slack.com/apps → your app → OAuth & Permissions → Bot User OAuth Token (install the app to your workspace first)";
const WHERE_SIGNING_SECRET =
  "find it at api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret";
const WHERE_APP_TOKEN =
  "create one at api.slack.com/apps → your app → Basic Information → App-Level Tokens, with the connections:write scope";

/**
 * Reads and checks the configuration. Every problem is reported at once, each naming the variable and
 * where to get its value; the caller prints them and stops.
 */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const problems: string[] = [];
  const value = (name: string): string | null => {
    const raw = env[name];
    return raw === undefined || raw.trim() === "" ? null : raw.trim();
  };

  const botToken = value("SLACK_BOT_TOKEN");
  if (botToken === null) problems.push(`SLACK_BOT_TOKEN is not set: ${WHERE_BOT_TOKEN}.`);
  else if (!/^xoxb-[A-Za-z0-9-]+$/.test(botToken))
    problems.push(`SLACK_BOT_TOKEN must be a bot token starting with "xoxb-": ${WHERE_BOT_TOKEN}.`);

  const appToken = value("SLACK_APP_TOKEN");
  if (appToken !== null && !/^xapp-[A-Za-z0-9-]+$/.test(appToken))
    problems.push(`SLACK_APP_TOKEN must be an app-level token starting with "xapp-": ${WHERE_APP_TOKEN}.`);

  const signingSecret = value("SLACK_SIGNING_SECRET");
  if (appToken === null) {
    if (signingSecret === null)
      problems.push(
        `SLACK_SIGNING_SECRET is not set (needed in HTTP mode; set SLACK_APP_TOKEN instead for Socket Mode): ${WHERE_SIGNING_SECRET}.`,
      );
    else if (!/^[A-Za-z0-9]{16,}$/.test(signingSecret))
      problems.push(
        `SLACK_SIGNING_SECRET does not look like a signing secret (letters and digits): ${WHERE_SIGNING_SECRET}.`,
      );
  }

  let port = 3000;
  const rawPort = value("PORT");
  if (rawPort !== null) {
    port = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || port > 65535)
      problems.push(
        `PORT must be a whole number from 0 to 65535 (got "${rawPort}"); leave it unset for 3000.`,
      );
  }

  let slackApiUrl = value("SLACK_API_URL");
  if (slackApiUrl !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(slackApiUrl);
    } catch {
      parsed = null;
    }
    if (parsed === null || (parsed.protocol !== "http:" && parsed.protocol !== "https:"))
      problems.push(
        `SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (got "${slackApiUrl}"); leave it unset to use Slack's.`,
      );
    else if (!slackApiUrl.endsWith("/")) slackApiUrl = `${slackApiUrl}/`;
  }

  if (problems.length > 0 || botToken === null) return { ok: false, problems };
  return { ok: true, config: { botToken, appToken, signingSecret, port, slackApiUrl } };
}
