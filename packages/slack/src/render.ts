import type { Explanation } from "@bounced/core";
import type { types } from "@slack/bolt";
import type { Finding } from "./analyse.js";
import { actionLabel, reasonLabel, TYPE_LABELS } from "./labels.js";
import { escapeMrkdwn, inlineCode, truncate } from "./slack-text.js";

export type Block = types.KnownBlock;

/** A Slack message body: Block Kit blocks plus the plain-text fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

// Block Kit limits: section text 3000, header 150, fields 10, context elements 10, 50 blocks per message.
const SECTION_MAX = 3000;
const HEADER_MAX = 150;

function mrkdwn(text: string): types.MrkdwnElement {
  return { type: "mrkdwn", text: truncate(text, SECTION_MAX) };
}

function section(text: string): types.SectionBlock {
  return { type: "section", text: mrkdwn(text) };
}

function context(...texts: string[]): types.ContextBlock {
  return { type: "context", elements: texts.slice(0, 10).map((t) => mrkdwn(t)) };
}

function header(text: string): types.HeaderBlock {
  return { type: "header", text: { type: "plain_text", text: truncate(text, HEADER_MAX), emoji: false } };
}

/** `550 5.7.26`, or the found text, or a neutral name when there is no code. */
export function codeLabel(explanation: Explanation): string {
  const parts = [explanation.replyCode?.toString(), explanation.enhancedCode].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "No code";
}

// Links come from core's provider table; still, only well-formed http(s) URLs are turned into links.
function link(url: string | null, label: string): string | null {
  if (url === null || !/^https?:\/\/[^\s<>|"]+$/.test(url)) return null;
  return `<${url}|${escapeMrkdwn(label)}>`;
}

function suppressLabel(explanation: Explanation): string {
  return explanation.suppress ? "Yes: stop sending to this address" : "No: keep the address";
}

function meaningLines(explanation: Explanation): string[] {
  const lines: string[] = [];
  const reply = explanation.details.replyCode;
  if (reply) {
    const ref = reply.reference ? ` (${reply.reference})` : reply.standard ? "" : " (not defined by any RFC)";
    lines.push(`\`${reply.code}\` ${escapeMrkdwn(reply.meaning)}${escapeMrkdwn(ref)}`);
  }
  const enhanced = explanation.details.enhancedCode;
  if (enhanced) {
    const title =
      enhanced.title ?? `${enhanced.classTitle}, ${enhanced.subjectTitle} (detail not registered)`;
    const description = enhanced.description ? `: ${truncate(enhanced.description, 600)}` : "";
    const ref = enhanced.reference ? ` (${enhanced.reference})` : "";
    lines.push(`\`${enhanced.code}\` ${escapeMrkdwn(title + description + ref)}`);
  }
  return lines;
}

/** One plain sentence for notifications and clients that cannot show blocks. Escaped like everything else. */
export function fallbackText(explanation: Explanation): string {
  const verdict =
    explanation.type === "unknown"
      ? "not classified"
      : `${TYPE_LABELS[explanation.type].toLowerCase()}, ${explanation.suppress ? "suppress the address" : "do not suppress the address"}`;
  const advice = explanation.advice ? ` What to do: ${explanation.advice}` : "";
  return escapeMrkdwn(
    truncate(`${codeLabel(explanation)}: ${verdict}. ${explanation.summary}${advice}`, 2900),
  );
}

/**
 * The full explanation of one bounce: meaning, hard or soft, suppress or not, reason, what to do, the
 * provider's note and link, and the rules that decided it.
 */
export function renderExplanation(explanation: Explanation): SlackMessage {
  const blocks: Block[] = [
    header(`${codeLabel(explanation)}: ${TYPE_LABELS[explanation.type]}`),
    section(escapeMrkdwn(explanation.summary || "No summary.")),
    {
      type: "section",
      fields: [
        mrkdwn(`*Type*\n${TYPE_LABELS[explanation.type]}`),
        mrkdwn(`*Suppress address?*\n${suppressLabel(explanation)}`),
        mrkdwn(`*Reason*\n${escapeMrkdwn(reasonLabel(explanation.reason))} (\`${explanation.reason}\`)`),
        mrkdwn(`*Action*\n${escapeMrkdwn(actionLabel(explanation.action))}`),
      ],
    },
  ];
  if (explanation.advice) blocks.push(section(`*What to do:* ${escapeMrkdwn(explanation.advice)}`));
  const meaning = meaningLines(explanation);
  if (meaning.length > 0) blocks.push(section(`*Meaning*\n${meaning.join("\n")}`));
  const provider = explanation.details.provider;
  if (provider) {
    const docs = link(provider.url, `${provider.name} documentation`);
    blocks.push(
      section(
        `*${escapeMrkdwn(provider.name)} says:* ${escapeMrkdwn(provider.meaning)}${docs ? `\n${docs}` : ""}`,
      ),
    );
  }
  const notes: string[] = [];
  if (explanation.details.text) notes.push(`Server said: ${inlineCode(explanation.details.text, 300)}`);
  const rules = explanation.evidence.rules.map((rule) => rule.id);
  if (rules.length > 0) notes.push(`Rules: ${escapeMrkdwn(truncate(rules.join(", "), 300))}`);
  if (notes.length > 0) blocks.push(context(...notes));
  return { text: fallbackText(explanation), blocks };
}

/** One line per bounce, for a message that contains several. */
export function compactLine(explanation: Explanation): string {
  const verdict =
    explanation.type === "unknown"
      ? "not classified"
      : `${explanation.type}${explanation.suppress ? ", suppress" : ", do not suppress"}`;
  return `*${escapeMrkdwn(codeLabel(explanation))}* (${verdict}): ${escapeMrkdwn(truncate(explanation.summary, 400))}`;
}

/**
 * The answer for a list of findings: the full form for one bounce, a compact list for several
 * (at most `maxItems`; the rest are counted).
 */
export function renderFindings(
  findings: Finding[],
  options: { command: string; maxItems?: number },
): SlackMessage {
  const [first] = findings;
  if (findings.length === 1 && first) return renderExplanation(first.explanation);
  const maxItems = options.maxItems ?? 10;
  const shown = findings.slice(0, maxItems);
  const lines = shown.map((finding) => `• ${compactLine(finding.explanation)}`);
  const more = findings.length - shown.length;
  const blocks: Block[] = [
    section(`*${findings.length} bounce codes found:*`),
    // Several lines per section keep long lists within the 50-block limit.
    ...chunkLines(lines, SECTION_MAX).map((chunk) => section(chunk)),
    context(
      `${more > 0 ? `${more} more not shown. ` : ""}Details for one code: \`${escapeMrkdwn(options.command)} 550 5.1.1\``,
    ),
  ];
  const text = escapeMrkdwn(
    truncate(
      `${findings.length} bounce codes: ${shown.map((f) => `${codeLabel(f.explanation)} (${f.explanation.type})`).join(", ")}`,
      2900,
    ),
  );
  return { text, blocks };
}

function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length > max && current) {
      chunks.push(current);
      current = truncate(line, max);
    } else {
      current = truncate(next, max);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

const EXAMPLES = ["550 5.7.26", "421 4.7.0 [TSS04] Messages temporarily deferred", "5.1.1"];

/** How to use the bot: shown for `/bounce`, `/bounce help` and an empty mention. */
export function renderUsage(command: string): SlackMessage {
  const cmd = escapeMrkdwn(command);
  const examples = EXAMPLES.map((example) => `• \`${cmd} ${escapeMrkdwn(example)}\``).join("\n");
  const text = `Usage: ${cmd} <bounce code or reply>, for example ${cmd} 550 5.7.26`;
  return {
    text: escapeMrkdwn(text),
    blocks: [
      section(
        `*${cmd}* explains why an email bounced: what the code means, hard or soft, whether to stop sending to the address, and what to do.`,
      ),
      section(`*Examples*\n${examples}\n• or paste a whole server reply or bounce message after \`${cmd}\``),
      context(
        "Also: paste a bounce in a channel I'm in and I answer in the thread, mention me with a code, or use the *Explain bounce* message shortcut on any message.",
      ),
    ],
  };
}

/** The answer when the text holds no bounce code or reply that core recognises. */
export function renderNothingRecognised(input: string, command: string): SlackMessage {
  const cmd = escapeMrkdwn(command);
  const shown = input.trim() ? ` in ${inlineCode(input, 200)}` : "";
  const line = `Nothing recognised${shown}: I found no SMTP reply code (like \`550\`) or enhanced status code (like \`5.1.1\`).`;
  return {
    text: `Nothing recognised${shown}. Try ${cmd} 550 5.1.1 or paste the full server reply.`,
    blocks: [
      section(line),
      context(
        `Try \`${cmd} 550 5.1.1\`, paste the full server reply, or \`${cmd} help\` for examples. Plain numbers are not bounce codes.`,
      ),
    ],
  };
}

/** The App Home tab: what the bot does, how to use it, and a cheat sheet of common codes explained by core. */
export function renderHome(command: string, cheatSheet: Explanation[]): types.HomeView {
  const cmd = escapeMrkdwn(command);
  const blocks: Block[] = [
    header("bounced: why did that email bounce?"),
    section(
      "I explain email bounce codes and server replies: what they mean, whether the bounce is hard or soft, whether to stop sending to the address, and what to do next.",
    ),
    section(
      [
        "*How to use me*",
        `• \`${cmd} 550 5.7.26\`: explain a code or a pasted reply (only you see the answer)`,
        "• Paste a bounce in a channel I'm in: I answer in the thread",
        "• Mention me with a code: `@bounced 550 5.1.1`",
        "• Message shortcut *Explain bounce* on any message (a pasted bounce email, a log line)",
      ].join("\n"),
    ),
    { type: "divider" },
    header("Cheat sheet: the most common codes"),
  ];
  for (const explanation of cheatSheet.slice(0, 40)) blocks.push(section(compactLine(explanation)));
  return { type: "home", blocks };
}
