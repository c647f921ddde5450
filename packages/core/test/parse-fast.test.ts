/**
 * parseReply()'s fast paths (bare codes, plain one-line and multi-line replies) must give exactly what the
 * general parser gives: same codes, text, lines, notes, everything. Compared on shaped inputs and on
 * generated ones built from the pieces replies and their wrappers are made of.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseGeneral, parseReplyImpl } from "../src/parse/reply.js";

const shaped = [
  "550",
  " 550 ",
  "5.7.26",
  "5.7.026",
  "550 5.7.26",
  "550 4.1.1",
  "550  5.1.1",
  "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in virtual mailbox table",
  "550 5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser",
  "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred - 4.16.55.1; see https://example.com/error-codes",
  "550 5.7.606 Access denied, banned sending IP [203.0.113.5].",
  "550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB1234.eurprd01.prod.outlook.com]",
  "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
  "550 Mailbox unknown (#5.1.1)",
  "550 user unknown)",
  "550 cuda_nsu 5.1.1 <a@b.example>... User unknown",
  "550 550 5.1.1 user unknown",
  "550 #5.1.0 Address rejected.",
  "550: 5.2.2 <a@b.example>... Mailbox Full",
  "550 : User unknown",
  "550:",
  "'550 5.1.1 user unknown'",
  "> 550 5.1.1 user unknown",
  "550 5.1.1 user unknown ##",
  "550 5.1.1  user   unknown  ",
  "550 5.7.1 Your message was rejected due to example.com’s DMARC policy",
  "550-5.1.1 The email account does not exist. 550-5.1.1 Please check. 550 5.1.1 Learn more",
  "550-5.7.26 First line\r\n550-5.7.26 second line\r\n550 5.7.26 last line",
  "550-5.7.26 First line\n550-5.7.26 second line\n550 5.7.26 last line\n\n",
  "550-5.7.26 First line\r550 5.7.26 last line",
  "421-4.7.28 [203.0.113.5      15] Our system has detected\r\n421 4.7.28 an unusual rate",
  "550-5.7.1 one\r\n550-5.7.2 two\r\n550 5.7.1 three (#5.1.1)",
  "550-First\n550 Second",
  "550-5.7.26 one\n550 5.7.26 two\n550 5.7.26 three",
  "550 5.1.1 user unknown (in reply to RCPT TO command)",
  "550 5.1.1 user unknown, dsn=5.1.1",
  "550 5.1.1 host mx.example.com[192.0.2.1] said: 550 user unknown",
  "550 5.1.1 <<< 550 user unknown",
  "550 5.1.1 while talking to mx.example.com: user unknown",
  "550 5.1.1 mx.example.com does not like recipient.",
  "550 5.1.1 user unknown =\nsoft break quoted-printable",
  "550\t5.1.1 user unknown",
  "550 5.1.1 user\u00a0unknown",
  "",
  "   ",
  "User unknown",
  "  Mailbox   full  ",
  ": user unknown",
  "(user unknown)",
  "user unknown)",
  "user unknown ##",
  "Status: failed",
  "Host or domain name not found",
  "mx.example.com said: no such user",
  "Remote Server returned 'user unknown'",
  "user unknown (in reply to RCPT TO command)",
  "while talking to mx.example.com: user unknown",
  "Relay access denied; relay=mx.example.com[a]",
  "no mailbox here by that name (#x)",
  "220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard. LPN006_107",
  "220 mx.example.com ESMTP",
  "220 mx.example.com ESMTP\r\n554 5.7.1 Service unavailable",
  "221 2.0.0 Bye",
  "421, , Host not reachable.]",
  "550 , , user unknown",
  "550 :, user unknown",
  "550 5.1.1 user unknown (550, b'5.1.1 user unknown')",
  "550 5.1.1 (550, 'x')",
  "554 Transaction failed\nReject due to policy restrictions.",
  "550-5.1.1 one\n550 5.1.1 two\nthanks",
  "ResponseCode 550, , User does not exist.",
];

const piece = fc.constantFrom(
  "550",
  "550-",
  "550 ",
  "550-5.7.26 ",
  "550 5.7.26 ",
  "5.1.1",
  "5.7.026",
  "4.2.2",
  "user",
  "unknown",
  "Mailbox",
  "<a@b.example>:",
  "[203.0.113.5]",
  "(#5.1.1)",
  "[#4.1.9]",
  "(",
  ")",
  "[",
  "]",
  "#",
  "##",
  "'",
  '"',
  ":",
  "=",
  "dsn=5.1.1",
  "relay=mx.example.com[192.0.2.1]",
  "mx.example.com[192.0.2.1] said:",
  "(in reply to RCPT TO command)",
  "(IN  REPLY TO DATA command)",
  "<<<",
  "connect to mx.example.com[192.0.2.1]",
  "while talking to mx.example.com:",
  "does not like recipient.",
  "but sender was rejected",
  "smtp error from remote mail server after RCPT TO:<a@b.example>:",
  "status=bounced (",
  "https://example.com/?p=1",
  "220-",
  "220 ",
  "ResponseCode",
  ",",
  "(550, b'",
  "')",
  "\n",
  "5.1.0 - Unknown address error 550-'",
  "é",
  "’",
  "\u00a0",
  "\t",
  " ",
  "  ",
);
const line = fc
  .tuple(
    fc.constantFrom("550-", "550 ", "550-5.7.26 ", "550 5.7.26 ", " 550-", "451 4.7.1 ", "220-", "220 "),
    fc.array(piece),
  )
  .map(([code, parts]) => code + parts.join(" "));
const reply = fc
  .tuple(
    fc.array(line, { minLength: 1, maxLength: 6 }),
    fc.constantFrom("\r\n", "\n", "\r", " "),
    fc.constantFrom("", "\n", "\r\n", "\n\n", "\nStatus: 5.1.1"),
  )
  .map(([lines, sep, tail]) => lines.join(sep) + tail);

describe("parseReply's fast paths give what the general parser gives", () => {
  test.each(shaped)("%j", (input) => {
    expect(parseReplyImpl(input)).toEqual(parseGeneral(input));
  });

  test("generated replies", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          reply,
          line,
          fc.array(piece).map((p) => p.join("")),
          // Text with no digit: no code anywhere.
          fc.array(piece.filter((p) => !/[0-9]/.test(p))).map((p) => p.join(" ")),
        ),
        (input) => {
          expect(parseReplyImpl(input)).toEqual(parseGeneral(input));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
