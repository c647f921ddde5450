import { StringDecoder } from "node:string_decoder";

export interface Line {
  text: string;
  /** 1-based line number in the input. */
  number: number;
  /** True when the line was longer than the limit and its tail was dropped. */
  truncated: boolean;
}

/**
 * Split a byte stream into lines as it arrives, holding at most one line in memory. Unlike
 * `node:readline`, a line is capped at `maxLength` characters: a log with no newline in a gigabyte must
 * not be buffered whole. Accepts `\n` and `\r\n` endings.
 */
export async function* readLines(
  input: AsyncIterable<Buffer | string>,
  maxLength: number,
): AsyncGenerator<Line> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let truncated = false;
  let number = 0;

  const take = (text: string): Line => {
    const line = { text: text.endsWith("\r") ? text.slice(0, -1) : text, number: ++number, truncated };
    truncated = false;
    return line;
  };
  const append = (text: string) => {
    if (truncated) return;
    if (pending.length + text.length > maxLength) {
      pending += text.slice(0, maxLength - pending.length);
      truncated = true;
    } else {
      pending += text;
    }
  };

  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      append(text.slice(start, nl));
      yield take(pending);
      pending = "";
      start = nl + 1;
    }
    append(text.slice(start));
  }
  append(decoder.end());
  if (pending !== "" || truncated) yield take(pending);
}
