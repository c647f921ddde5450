import { once } from "node:events";
import { StringDecoder } from "node:string_decoder";
import { parseArgs } from "node:util";
import { type Explanation, explain } from "@bounced/core";
import { version } from "../package.json";
import { palette, shouldUseColor } from "./color.js";
import { formatExplanation, sanitize } from "./format.js";
import { readLines } from "./lines.js";

/** Where `run()` reads and writes; `bin.ts` passes the process's own streams. */
export interface RunIO {
  /** Read when no reply is given as arguments: one reply per line. */
  stdin: AsyncIterable<Buffer | string>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is used only there unless `FORCE_COLOR` says otherwise). */
  isTTY: boolean;
  /** Whether stdin is a terminal; if so, a hint on how to end input goes to stderr. */
  stdinIsTTY?: boolean;
  /** The terminal's width; readable output is wrapped to it when stdout is a terminal. */
  columns?: number;
}

/** Exit statuses of `run()`. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A line longer than this (1 MiB of text) is cut: no SMTP reply is that long, but a broken log may be. */
const MAX_LINE_LENGTH = 1024 * 1024;
/** A bounce message (or mbox file) on standard input is read up to this many characters (16 MiB). */
const MAX_MESSAGE_LENGTH = 16 * 1024 * 1024;
/** Header fields that open a saved email (`.eml`) or a mailbox; a log or a list of replies does not. */
const MESSAGE_START =
  /^(?:From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) |(?:Return-Path|Received|Delivered-To|X-Original-To|Envelope-To|Date|From|To|Subject|Message-ID|MIME-Version|Content-Type|X-[A-Za-z0-9-]+):)/i;

const HELP = `bounce ${version} — explain why an email bounced

Usage
  bounce <code or reply…>          explain one reply (arguments are joined with spaces)
  bounce [--json] < mail.log       explain each line of standard input, as it arrives
  bounce [--json] < bounce.eml     explain a bounce message (or each message of an mbox file)

Options
  --json          print the explanation as JSON (JSON Lines when reading standard input)
  --message       read standard input as one bounce message or an mbox file (the default when it
                  starts with email header fields such as Return-Path:, Received: or From:)
  --lines         read standard input as one reply per line, whatever it starts with
  -h, --help      show this help
  -v, --version   print the version

Examples
  bounce 550 5.7.26
  bounce "452 4.2.2 The email account that you tried to reach is over quota"
  bounce < ~/Maildir/new/1700000000.bounce.eml
  grep 'status=bounced' /var/log/mail.log | bounce --json

Colour is used on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it on.
Exit status: 0 when done, 2 on a usage error, 1 if a reply could not be explained.
`;

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

/**
 * The `bounce` command, minus the process: parse `argv` (without `node` and the script), explain the
 * reply given as arguments or every line of `io.stdin`, and resolve to the exit status.
 *
 * @example
 * const status = await run(["550", "5.1.1"], { stdin: process.stdin, stdout: process.stdout,
 *   stderr: process.stderr, env: process.env, isTTY: Boolean(process.stdout.isTTY) });
 */
export async function run(argv: readonly string[], io: RunIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    await write(io.stderr, `bounce: ${errorMessage(error)}\nTry 'bounce --help'.\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;

  if (values.help) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  if (values.version) {
    await write(io.stdout, `${version}\n`);
    return EXIT.ok;
  }

  const json = values.json === true;
  const color = !json && shouldUseColor(io.env, io.isTTY);
  // Piped text stays one fact per line, for grep; only a terminal gets wrapped lines.
  const format = { color, ...(io.isTTY && io.columns ? { width: io.columns } : {}) };

  if (positionals.length > 0) {
    const reply = positionals.join(" ");
    let explanation: Explanation;
    try {
      explanation = explain(reply);
    } catch (error) {
      await write(io.stderr, `bounce: could not explain: ${errorMessage(error)}\n`);
      return EXIT.failure;
    }
    await write(
      io.stdout,
      `${json ? JSON.stringify(explanation, null, 2) : formatExplanation(explanation, format)}\n`,
    );
    return EXIT.ok;
  }

  if (values.message && values.lines) {
    await write(io.stderr, "bounce: --message and --lines cannot be used together\nTry 'bounce --help'.\n");
    return EXIT.usage;
  }
  if (io.stdinIsTTY) {
    await write(io.stderr, "bounce: reading replies from standard input, one per line (Ctrl-D to end)\n");
  }
  const input = await peekStart(io.stdin);
  const asMessage = values.message === true || (values.lines !== true && MESSAGE_START.test(input.start));
  return asMessage
    ? explainMessages(input.rest, io, json, format)
    : explainLines(input.rest, io, json, format);
}

type Format = NonNullable<Parameters<typeof formatExplanation>[1]>;

/** The first line of standard input (to choose the mode), and an iterable that replays everything. */
async function peekStart(
  stdin: AsyncIterable<Buffer | string>,
): Promise<{ start: string; rest: AsyncIterable<Buffer | string> }> {
  const iterator = stdin[Symbol.asyncIterator]();
  const seen: (Buffer | string)[] = [];
  let start = "";
  let done = false;
  while (!done && start.trimStart().indexOf("\n") === -1 && start.length < 4096) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      seen.push(next.value);
      start += typeof next.value === "string" ? next.value : next.value.toString("latin1");
    }
  }
  const rest = (async function* () {
    yield* seen;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  return { start: start.trimStart(), rest };
}

/** Every line of standard input as one reply. */
async function explainLines(
  stdin: AsyncIterable<Buffer | string>,
  io: RunIO,
  json: boolean,
  format: Format,
): Promise<number> {
  let status: number = EXIT.ok;
  let first = true;
  for await (const line of readLines(stdin, MAX_LINE_LENGTH)) {
    if (line.text.trim() === "") continue;
    if (line.truncated) {
      await write(
        io.stderr,
        `bounce: line ${line.number} is longer than ${MAX_LINE_LENGTH} characters; cut\n`,
      );
    }
    const heading = line.text.length > 200 ? `${line.text.slice(0, 200)}…` : line.text;
    if (!(await explainOne(line.text, heading, `line ${line.number}`, io, json, format, first)))
      status = EXIT.failure;
    first = false;
  }
  return status;
}

/**
 * Standard input as a bounce message, or as an mbox file of several (split at `From ` lines after a blank
 * line): each message explained once. Core finds the failure report inside it.
 */
async function explainMessages(
  stdin: AsyncIterable<Buffer | string>,
  io: RunIO,
  json: boolean,
  format: Format,
): Promise<number> {
  const decoder = new StringDecoder("utf8");
  let text = "";
  for await (const chunk of stdin) {
    text += typeof chunk === "string" ? chunk : decoder.write(chunk);
    if (text.length > MAX_MESSAGE_LENGTH) break;
  }
  text += decoder.end();
  if (text.length > MAX_MESSAGE_LENGTH) {
    text = text.slice(0, MAX_MESSAGE_LENGTH);
    await write(
      io.stderr,
      `bounce: standard input is longer than ${MAX_MESSAGE_LENGTH} characters; the rest is not read\n`,
    );
  }
  const messages = splitMailbox(text.replace(/\r\n/g, "\n"));
  let status: number = EXIT.ok;
  for (const [i, message] of messages.entries()) {
    const subject = /^Subject:[ \t]*(.*)$/im.exec(message.slice(0, message.search(/\n\n|$/)))?.[1] ?? "";
    const name = messages.length > 1 ? `message ${i + 1}` : "message";
    const heading = subject ? `${name}: ${subject.slice(0, 200)}` : name;
    if (!(await explainOne(message, heading, name, io, json, format, i === 0))) status = EXIT.failure;
  }
  return status;
}

/** An mbox file's messages (each opened by a `From ` line after a blank line); other text is one message. */
function splitMailbox(text: string): string[] {
  if (!text.startsWith("From ")) return text.trim() === "" ? [] : [text];
  const messages: string[] = [];
  let start = 0;
  for (let at = text.indexOf("\n\nFrom ", 0); at !== -1; at = text.indexOf("\n\nFrom ", at + 2)) {
    messages.push(text.slice(start, at + 1));
    start = at + 2;
  }
  messages.push(text.slice(start));
  return messages.filter((m) => m.trim() !== "");
}

/** Explain one input and print it; false when explain() failed. */
async function explainOne(
  input: string,
  heading: string,
  where: string,
  io: RunIO,
  json: boolean,
  format: Format,
  first: boolean,
): Promise<boolean> {
  let explanation: Explanation;
  try {
    explanation = explain(input);
  } catch (error) {
    await write(io.stderr, `bounce: ${where}: could not explain: ${errorMessage(error)}\n`);
    return false;
  }
  if (json) {
    await write(io.stdout, `${JSON.stringify(explanation)}\n`);
  } else {
    const dim = palette(format.color === true).dim(`› ${sanitize(heading)}`);
    await write(io.stdout, `${first ? "" : "\n"}${dim}\n${formatExplanation(explanation, format)}\n`);
  }
  return true;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      message: { type: "boolean" },
      lines: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
