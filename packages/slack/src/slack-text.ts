/**
 * Escapes text for Slack mrkdwn. `&`, `<` and `>` are Slack's control characters and nothing else needs
 * escaping: with them escaped, `<!channel>`, `<!here>` or `<@U123>` in user text can never become a mention.
 *
 * @example
 * escapeMrkdwn("<!channel> 550 5.1.1"); // "&lt;!channel&gt; 550 5.1.1"
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// `<@U123|name>`, `<#C123|general>`, `<!here>`, `<!subteam^S123|@oncall>`, `<mailto:a@b.c|a@b.c>`, `<https://x|label>`
const SLACK_MARKUP = /<([@#!]?)([^<>|]*)(?:\|([^<>]*))?>/g;

/**
 * Turns Slack's wire format (links, mentions, `&lt;` entities) back into the plain text a person typed or
 * pasted, so a bounce reply reaches the parser as the server sent it. Mentions become inert `@name` text.
 *
 * @example
 * slackToPlainText("550 5.1.1 &lt;<mailto:bob@example.com|bob@example.com>&gt;"); // "550 5.1.1 <bob@example.com>"
 */
export function slackToPlainText(text: string): string {
  const unlinked = text.replace(SLACK_MARKUP, (_all, sigil: string, target: string, label?: string) => {
    if (sigil === "@") return `@${label ?? target}`;
    if (sigil === "#") return `#${label ?? target}`;
    if (sigil === "!") {
      if (label) return label.startsWith("@") ? label : `@${label}`;
      const name = target.split("^")[0] ?? target;
      return `@${name}`;
    }
    if (label) return label;
    return target.startsWith("mailto:") ? target.slice("mailto:".length) : target;
  });
  return unlinked.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Shortens text to `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Text for a mrkdwn inline code span: escaped, on one line, without backticks that would end the span. */
export function inlineCode(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, " ").replace(/`/g, "'").trim();
  return `\`${escapeMrkdwn(truncate(oneLine, max))}\``;
}
