import { type Explanation, explain } from "@bounced/core";
import type { App, Logger, webApi } from "@slack/bolt";
import { analyseText } from "./analyse.js";
import { ChannelRateLimiter, RecentKeys } from "./guards.js";
import {
  renderFindings,
  renderHome,
  renderNothingRecognised,
  renderUsage,
  type SlackMessage,
} from "./render.js";
import { slackToPlainText } from "./slack-text.js";

export interface BounceExplainerOptions {
  /** Slash command name, as in the app manifest. Default `/bounce`. */
  command?: string;
  /** Who sees `/bounce` answers: only the user (`ephemeral`, default) or the whole channel (`in_channel`). */
  responseType?: "ephemeral" | "in_channel";
  /** `callback_id` of the message shortcut, as in the manifest. Default `explain_bounce`. */
  shortcutCallbackId?: string;
  /** Answer bounce codes pasted in channels the bot is in. Default true. */
  channelMessages?: boolean;
  /** Answer `@bot 550 5.1.1` mentions. Default true. */
  mentions?: boolean;
  /** Publish the App Home tab. Default true. */
  appHome?: boolean;
  /** Thread replies (channel messages and mentions) per channel per minute. Default 6. */
  maxRepliesPerChannelPerMinute?: number;
  /** Distinct bounces listed in one compact reply; the rest are counted. Default 10. */
  maxCodesPerReply?: number;
  /** How many answered events/messages to remember for de-duplication. Default 2000. */
  dedupeCacheSize?: number;
  /** The codes explained on the App Home cheat sheet (each goes through core's `explain`). */
  cheatSheet?: readonly string[];
}

/** The codes most on-call questions are about; their explanations come from core. */
export const DEFAULT_CHEAT_SHEET: readonly string[] = [
  "550 5.1.1",
  "550 5.7.26",
  "421 4.7.0",
  "452 4.2.2",
  "451 4.7.1",
  "550 5.7.1",
  "552 5.3.4",
  "421 4.7.28",
  "554 5.7.5",
  "530 5.7.0",
];

interface MessageLike {
  type?: string;
  subtype?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  ts?: string;
  thread_ts?: string;
  channel?: string;
  channel_type?: string;
  client_msg_id?: string;
  edited?: unknown;
  attachments?: { text?: string; fallback?: string; pretext?: string }[];
}

// Message subtypes that are a person's new message: plain, a reply also sent to the channel, a file share.
const ANSWERED_SUBTYPES = new Set([undefined, "thread_broadcast", "file_share"]);
const ANSWERED_CHANNEL_TYPES = new Set([undefined, "channel", "group"]);

function messageText(message: MessageLike): string {
  const parts = [message.text ?? ""];
  for (const attachment of message.attachments ?? []) {
    for (const part of [attachment.pretext, attachment.text ?? attachment.fallback]) {
      if (part) parts.push(part);
    }
  }
  return parts.filter(Boolean).join("\n");
}

function isHelp(text: string): boolean {
  return /^(help|\?|usage)?$/i.test(text.trim());
}

/**
 * Adds the bounce explainer to a Bolt 5 app: the `/bounce` command, thread answers to bounce codes pasted
 * in channels, mentions, the "Explain bounce" message shortcut and the App Home tab. Every explanation
 * comes from @bounced/core; everything echoed back is escaped so user text can never mention anyone.
 *
 * @example
 * const app = new App({ token, signingSecret });
 * registerBounceExplainer(app, { responseType: "in_channel" });
 * await app.start(3000);
 */
export function registerBounceExplainer(app: App, options: BounceExplainerOptions = {}): void {
  const command = options.command ?? "/bounce";
  const responseType = options.responseType ?? "ephemeral";
  const maxItems = options.maxCodesPerReply ?? 10;
  const seen = new RecentKeys({ max: options.dedupeCacheSize ?? 2000 });
  const limiter = new ChannelRateLimiter({ limit: options.maxRepliesPerChannelPerMinute ?? 6 });
  const cheatSheetCodes = options.cheatSheet ?? DEFAULT_CHEAT_SHEET;
  let cheatSheet: Explanation[] | undefined;

  /** The answer to a direct request (command, mention, shortcut): never silent. */
  const answer = (rawText: string): SlackMessage => {
    const text = slackToPlainText(rawText);
    if (isHelp(text)) return renderUsage(command);
    const findings = analyseText(text, { explainWithoutCode: true });
    if (findings.length === 0) return renderNothingRecognised(text, command);
    return renderFindings(findings, { command, maxItems });
  };

  const safely = (logger: Logger, what: string, build: () => SlackMessage): SlackMessage => {
    try {
      return build();
    } catch (error) {
      logger.error(`bounced: explaining a ${what} failed`, error);
      return { text: "Sorry, something went wrong while explaining that bounce.", blocks: [] };
    }
  };

  const postInThread = async (
    client: webApi.WebClient,
    logger: Logger,
    channel: string,
    threadTs: string,
    message: SlackMessage,
  ): Promise<void> => {
    if (!limiter.take(channel)) {
      logger.info(`bounced: reply cap reached for channel ${channel}; not answering`);
      return;
    }
    try {
      await client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (error) {
      logger.error("bounced: chat.postMessage failed", error);
    }
  };

  app.command(command, async ({ command: payload, ack, logger }) => {
    const message = safely(logger, "command", () => answer(payload.text ?? ""));
    await ack({ response_type: responseType, text: message.text, blocks: message.blocks });
  });

  if (options.channelMessages ?? true) {
    app.event("message", async ({ event, body, context, client, logger }) => {
      const message = event as MessageLike;
      if (!ANSWERED_SUBTYPES.has(message.subtype) || message.bot_id || message.edited) return;
      if (!ANSWERED_CHANNEL_TYPES.has(message.channel_type)) return;
      if (!message.channel || !message.ts || !message.user || message.user === context.botUserId) return;
      const raw = messageText(message);
      // A mention of the bot arrives twice (message and app_mention); the mention handler answers it.
      if ((options.mentions ?? true) && context.botUserId && raw.includes(`<@${context.botUserId}`)) return;
      const findings = analyseText(slackToPlainText(raw), { explainWithoutCode: false });
      if (findings.length === 0) return;
      if (!seen.claim([(body as { event_id?: string }).event_id, `${message.channel}:${message.ts}`])) return;
      const reply = renderFindings(findings, { command, maxItems });
      await postInThread(client, logger, message.channel, message.thread_ts ?? message.ts, reply);
    });
  }

  if (options.mentions ?? true) {
    app.event("app_mention", async ({ event, body, context, client, logger }) => {
      const mention = event as MessageLike;
      if (mention.bot_id || mention.edited || !mention.channel || !mention.ts) return;
      if (!seen.claim([(body as { event_id?: string }).event_id, `${mention.channel}:${mention.ts}`])) return;
      const withoutBot = (mention.text ?? "").replace(
        new RegExp(`<@${context.botUserId ?? "U"}[^>]*>`, "g"),
        " ",
      );
      const reply = safely(logger, "mention", () => answer(withoutBot));
      await postInThread(client, logger, mention.channel, mention.thread_ts ?? mention.ts, reply);
    });
  }

  app.shortcut(
    { callback_id: options.shortcutCallbackId ?? "explain_bounce", type: "message_action" },
    async ({ shortcut, ack, respond, client, logger }) => {
      await ack();
      if (shortcut.type !== "message_action") return;
      const reply = safely(logger, "shortcut", () => answer(messageText(shortcut.message as MessageLike)));
      try {
        if (respond) {
          await respond({ response_type: "ephemeral", replace_original: false, ...reply });
        } else {
          await client.chat.postEphemeral({
            channel: shortcut.channel.id,
            user: shortcut.user.id,
            text: reply.text,
            blocks: reply.blocks,
          });
        }
      } catch (error) {
        logger.error("bounced: answering the message shortcut failed", error);
      }
    },
  );

  if (options.appHome ?? true) {
    app.event("app_home_opened", async ({ event, client, logger }) => {
      if (event.tab !== "home") return;
      cheatSheet ??= cheatSheetCodes.map((code) => explain(code));
      try {
        await client.views.publish({ user_id: event.user, view: renderHome(command, cheatSheet) });
      } catch (error) {
        logger.error("bounced: views.publish failed", error);
      }
    });
  }
}
