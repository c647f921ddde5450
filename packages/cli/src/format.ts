import { ACTIONS, type BounceType, type Explanation, REASONS } from "@bounced/core";
import { type Palette, palette } from "./color.js";

export interface FormatOptions {
  /** Emit ANSI colour escapes. Default `false`. */
  color?: boolean;
  /** Wrap lines at this many columns (a terminal's width). Default: no wrapping. */
  width?: number;
}

const LABEL_WIDTH = 11;

const TYPE_LABELS: Record<BounceType, string> = {
  hard: "hard bounce (permanent)",
  soft: "soft bounce (temporary)",
  none: "not a bounce",
  unknown: "unknown",
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Server replies come from strangers: a reply carrying terminal escapes must not repaint the user's
 * terminal, so control characters are shown as U+FFFD and runs of whitespace collapse to one space.
 */
export function sanitize(text: string): string {
  return text.replace(CONTROL, "\ufffd").replace(/\s+/g, " ");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escapes we emit ourselves
const SGR = /\u001b\[[0-9;]*m/g;

function visibleLength(text: string): number {
  return text.replace(SGR, "").length;
}

/** Break `text` at spaces into lines of at most `width` visible characters (a longer word stays whole). */
function wrap(text: string, width: number | undefined): string[] {
  if (width === undefined || visibleLength(text) <= width) return [text];
  const lines: string[] = [];
  let line = "";
  let length = 0;
  for (const word of text.split(" ")) {
    const wordLength = visibleLength(word);
    if (length > 0 && length + 1 + wordLength > width) {
      lines.push(line);
      line = word;
      length = wordLength;
    } else {
      line = length > 0 ? `${line} ${word}` : `${line}${word}`;
      length += (length > 0 ? 1 : 0) + wordLength;
    }
  }
  lines.push(line);
  return lines;
}

function typeLabel(type: BounceType, p: Palette): string {
  const label = TYPE_LABELS[type] ?? String(type);
  switch (type) {
    case "hard":
      return p.bold(p.red(label));
    case "soft":
      return p.bold(p.yellow(label));
    case "none":
      return p.bold(p.green(label));
    default:
      return p.dim(label);
  }
}

/**
 * Render an explanation for people: a headline with the codes and hard/soft, the summary, then one
 * labelled row per fact (suppress, reason, action, advice, code meanings, provider, conflicts).
 *
 * @example
 * formatExplanation(explain("550 5.1.1 User unknown"), { color: false })
 */
export function formatExplanation(explanation: Explanation, options: FormatOptions = {}): string {
  const p = palette(options.color === true);
  const e = explanation;
  const out: string[] = [];
  const pad = " ".repeat(LABEL_WIDTH + 2);
  // Below 40 columns wrapping does more harm than good.
  const width = options.width !== undefined && options.width >= 40 ? options.width : undefined;
  const valueWidth = width === undefined ? undefined : width - pad.length;
  const row = (label: string, value: string, ...more: string[]) => {
    const [first = "", ...rest] = wrap(value, valueWidth);
    out.push(`  ${p.dim(label.padEnd(LABEL_WIDTH))}${first}`);
    for (const line of [...rest, ...more.flatMap((m) => wrap(m, valueWidth))]) out.push(`${pad}${line}`);
  };

  const codes = [e.replyCode === null ? null : String(e.replyCode), e.enhancedCode]
    .filter((code): code is string => code !== null)
    .join(" ");
  out.push(`${p.bold(codes === "" ? "no code" : codes)}  ${typeLabel(e.type, p)}`);
  if (e.summary) out.push(...wrap(sanitize(e.summary), width));
  out.push("");

  row(
    "Suppress",
    e.suppress
      ? p.red("yes — stop sending to this address")
      : "no — the address itself is not known to be bad",
  );
  // Look-ups guarded: a result produced by a newer core may carry a name this build does not know.
  const reason = (REASONS as Partial<typeof REASONS>)[e.reason]?.definition;
  const action = (ACTIONS as Partial<typeof ACTIONS>)[e.action];
  row("Reason", `${p.cyan(e.reason)}${reason ? ` — ${reason}` : ""}`);
  row("Action", `${p.cyan(e.action)}${action ? ` — ${action}` : ""}`);
  if (e.advice) row("Advice", sanitize(e.advice));

  const reply = e.details.replyCode;
  if (reply) {
    const ref = reply.reference ? p.dim(` (${reply.reference})`) : "";
    const nonstandard = reply.standard ? [] : [p.yellow("in common use, but defined by no RFC")];
    row("Reply code", `${p.bold(String(reply.code))} ${sanitize(reply.meaning)}${ref}`, ...nonstandard);
  }

  const enhanced = e.details.enhancedCode;
  if (enhanced) {
    const title = enhanced.title ? sanitize(enhanced.title) : p.yellow("not in the IANA registry");
    const ref = enhanced.reference ? p.dim(` (${enhanced.reference})`) : "";
    const more = [p.dim(`${enhanced.classTitle} · ${enhanced.subjectTitle}`)];
    if (enhanced.description) more.push(p.dim(sanitize(enhanced.description)));
    row("Status", `${p.bold(enhanced.code)} ${title}${ref}`, ...more);
  }

  const provider = e.details.provider;
  if (provider) {
    const link = provider.url ? [p.underline(provider.url)] : [];
    row("Provider", `${p.bold(sanitize(provider.name))}: ${sanitize(provider.meaning)}`, ...link);
  } else if (e.provider) {
    row("Provider", e.provider);
  }

  if (e.details.command) row("Command", sanitize(e.details.command));
  if (e.details.errorCode) row("Error code", sanitize(e.details.errorCode));

  const conflicts = e.evidence.conflicts;
  if (conflicts.length > 0) {
    const [first, ...rest] = conflicts.map(
      (c) => `${p.yellow("!")} ${sanitize(c.message)} ${p.dim(`[${c.kind}]`)}`,
    );
    row("Conflicts", first ?? "", ...rest);
  }

  const rules = e.evidence.rules;
  if (rules.length > 0) {
    row("Evidence", p.dim(`decided by ${e.evidence.decidedBy}; rules ${rules.map((r) => r.id).join(", ")}`));
  }
  return out.join("\n");
}
