import { once } from "node:events";
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

const HELP = `bounce ${version} — explain why an email bounced

Usage
  bounce <code or reply…>          explain one reply (arguments are joined with spaces)
  bounce [--json] < mail.log       explain each line of standard input, as it arrives

Options
  --json          print the explanation as JSON (JSON Lines when reading standard input)
  -h, --help      show this help
  -v, --version   print the version

Examples
  bounce 550 5.7.26
  bounce "452 4.2.2 The email account that you tried to reach is over quota"
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

  if (io.stdinIsTTY) {
    await write(io.stderr, "bounce: reading replies from standard input, one per line (Ctrl-D to end)\n");
  }
  let status: number = EXIT.ok;
  let first = true;
  for await (const line of readLines(io.stdin, MAX_LINE_LENGTH)) {
    if (line.text.trim() === "") continue;
    if (line.truncated) {
      await write(
        io.stderr,
        `bounce: line ${line.number} is longer than ${MAX_LINE_LENGTH} characters; cut\n`,
      );
    }
    let explanation: Explanation;
    try {
      explanation = explain(line.text);
    } catch (error) {
      await write(io.stderr, `bounce: line ${line.number}: could not explain: ${errorMessage(error)}\n`);
      status = EXIT.failure;
      continue;
    }
    if (json) {
      await write(io.stdout, `${JSON.stringify(explanation)}\n`);
    } else {
      const echo = sanitize(line.text.length > 200 ? `${line.text.slice(0, 200)}…` : line.text);
      const heading = palette(color).dim(`› ${echo}`);
      await write(io.stdout, `${first ? "" : "\n"}${heading}\n${formatExplanation(explanation, format)}\n`);
    }
    first = false;
  }
  return status;
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
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
