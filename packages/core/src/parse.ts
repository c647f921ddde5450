/**
 * The structural parser: codes and text out of a reply, no judgement. See `parse/reply.ts` for where a
 * reply is found in pasted text and `parse/find.ts` for what counts as a bounce code in free text.
 *
 * Limits (both functions are linear in their input and never throw):
 * - `parseReply` reads the first 64 KiB of its input (`MAX_INPUT_CHARS`), collects at most 200 reply
 *   lines (`MAX_REPLY_LINES`) and returns at most 4 KiB of `text` (`MAX_TEXT_CHARS`, shared by `lines`);
 *   each cut is recorded in `notes`.
 * - `findBounceCodes` scans the first 1 MiB (`MAX_FIND_CHARS`), returns at most 100 findings
 *   (`MAX_FINDINGS`), each `text` at most 4 KiB.
 */

import { findBounceCodesImpl } from "./parse/find.js";
import { bounceReport } from "./parse/message.js";
import { parseReplyImpl } from "./parse/reply.js";
import type { FoundBounce, ParsedReply } from "./types.js";

export {
  MAX_FIND_CHARS,
  MAX_FINDINGS,
  MAX_INPUT_CHARS,
  MAX_REPLY_LINES,
  MAX_TEXT_CHARS,
  normaliseCommand,
  normaliseEnhancedCode,
} from "./parse/codes.js";

/**
 * Parses one SMTP reply as it is usually pasted — a bare code, a whole (multi-line) reply, a DSN
 * `Diagnostic-Code`/`Status` part, or an MTA's bounce text or log line (Postfix, Exim, Sendmail, qmail,
 * Exchange) — into its reply code, enhanced code, text, lines, command and remote host.
 * It makes no judgement about what the reply means; see `explain()` for that.
 *
 * - Reply codes are read only in reply position (start of a line; after `said:`, `smtp;`, `#`, `<<<`, `'`
 *   or `: `; or right before an enhanced code), never from IP addresses, ports, sizes or dates.
 * - Control characters become spaces; quoted-printable soft line breaks are joined when the input says
 *   `quoted-printable`.
 * - Enhanced codes are normalised (`5.7.026` → `5.7.26`); a DSN `Status:` or qmail `(#5.1.1)` fills in a
 *   missing one.
 * - A multi-line reply (`550-…` lines, by CRLF, LF or joined by spaces) gives one `lines` entry per line
 *   without its `550-5.7.26 ` prefix; `text` joins them with single spaces. Lines that carry no code after
 *   a reply at the start of a line (Go's net/smtp), or only its enhanced code (Python's smtplib), are reply
 *   lines too, up to a blank line or a line that starts another record (a timestamp, a header field).
 * - Client and relay wrappers: a Python `(550, b'…')` tuple, a `220` greeting banner before the failure
 *   reply, Amazon SES's `5.1.0 - Unknown address error 550-'…' (delivery attempts: 0)` (the quoted remote
 *   reply is read; SES's code is kept in `otherEnhancedCodes`), Zoho's `ResponseCode 421, , …` records.
 *
 * @example
 * parseReply("host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected:" +
 *   " User unknown (in reply to RCPT TO command)");
 * // → { replyCode: 550, enhancedCode: "5.1.1",
 * //     text: "<a@b.example>: Recipient address rejected: User unknown",
 * //     lines: ["<a@b.example>: Recipient address rejected: User unknown"],
 * //     command: "RCPT TO", remoteHost: "mx.example.com", otherEnhancedCodes: [], notes: [] }
 *
 * @example
 * parseReply("550-5.7.26 Unauthenticated email is not accepted\n550 5.7.26 due to DMARC policy").text;
 * // → "Unauthenticated email is not accepted due to DMARC policy"
 */
export function parseReply(input: string): ParsedReply {
  try {
    // A whole bounce message: only its notice and delivery-status parts are read (see parse/message.ts).
    const report = typeof input === "string" ? bounceReport(input) : null;
    if (report === null) return parseReplyImpl(input);
    const parsed = parseReplyImpl(report);
    parsed.notes.unshift(
      report === ""
        ? "a whole message with no failure report in it (no notice, no delivery-status part): nothing read"
        : "read the failure report inside a bounce message (its header fields and the returned message left out)",
    );
    return parsed;
  } catch {
    // Unreachable by design; a parser that explains errors must not throw one.
    return {
      replyCode: null,
      enhancedCode: null,
      text: "",
      lines: [],
      command: null,
      remoteHost: null,
      otherEnhancedCodes: [],
      notes: ["the input could not be parsed"],
    };
  }
}

/**
 * Finds each distinct bounce code or reply inside free text (a chat message, a log, a pasted bounce
 * email): reply codes with enhanced codes (`550 5.7.26`), enhanced codes on their own (`4.2.2`), and
 * reply codes on their own only when the context says they are codes (`550` alone, `said: 550 …`,
 * `550 User unknown`, `got a 550`) — never counts, prices, ports, versions, IP addresses or dates
 * (`we had 550 signups`, `$450`, `192.0.2.1`, `version 5.1.1`). The full rule is in `parse/find.ts`.
 *
 * Each finding's `text` is `input.slice(index, index + text.length)`: the code(s) and the rest of that
 * reply (its line, and the following lines of a multi-line reply), ready for `explain(text)`. Findings are
 * distinct by (replyCode, enhancedCode), in order of first appearance; an enhanced code on its own that
 * another finding pairs with a reply code (a DSN's `Status: 5.1.1` beside `550 5.1.1 …`) is left out.
 *
 * @example
 * findBounceCodes("customer got 550 5.7.26 from gmail, also 4.2.2");
 * // → [ { text: "550 5.7.26 from gmail, also", index: 13, replyCode: 550, enhancedCode: "5.7.26" },
 * //     { text: "4.2.2", index: 41, replyCode: null, enhancedCode: "4.2.2" } ]
 *
 * @example
 * findBounceCodes("we had 550 signups"); // → []
 */
export function findBounceCodes(text: string): FoundBounce[] {
  try {
    return findBounceCodesImpl(text);
  } catch {
    return [];
  }
}
