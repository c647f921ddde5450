/**
 * findBounceCodes(): what counts as a bounce code in free text, and what does not. Replies marked
 * "sisimai" are copied from Sisimai's test corpus (set-of-emails/maildir/bsd), as facts.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findBounceCodesImpl } from "../src/parse/find.js";
import { findBounceCodes, MAX_FINDINGS, MAX_TEXT_CHARS } from "../src/parse.js";
import type { FoundBounce } from "../src/types.js";

type Found = Pick<FoundBounce, "replyCode" | "enhancedCode"> & { text?: string };

interface Case {
  input: string;
  out: Found[];
}

/** Every find must be exactly where it says it is. */
function found(input: string): FoundBounce[] {
  const result = findBounceCodes(input);
  for (const f of result) expect(input.slice(f.index, f.index + f.text.length)).toBe(f.text);
  return result;
}

function expectFinds(input: string, out: Found[]) {
  const result = found(input);
  expect(result.map((f) => ({ replyCode: f.replyCode, enhancedCode: f.enhancedCode }))).toStrictEqual(
    out.map((o) => ({ replyCode: o.replyCode, enhancedCode: o.enhancedCode })),
  );
  out.forEach((o, k) => {
    if (o.text !== undefined) expect(result[k]?.text).toBe(o.text);
  });
}

const gmailDmarc = [
  "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's",
  "550-5.7.26 DMARC policy. Please contact the administrator of example.jp domain if",
  "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 98e67ed59e1d1 - gsmtp",
].join("\n");

const positives: Case[] = [
  { input: "550 5.7.26", out: [{ replyCode: 550, enhancedCode: "5.7.26", text: "550 5.7.26" }] },
  { input: "5.1.1", out: [{ replyCode: null, enhancedCode: "5.1.1", text: "5.1.1" }] },
  { input: "550", out: [{ replyCode: 550, enhancedCode: null, text: "550" }] },
  { input: "`550`?", out: [{ replyCode: 550, enhancedCode: null, text: "550" }] },
  {
    input: "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred",
    out: [
      {
        replyCode: 421,
        enhancedCode: "4.7.0",
        text: "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred",
      },
    ],
  },
  {
    input: "customer got 550 5.7.26 from gmail, also 4.2.2",
    out: [
      { replyCode: 550, enhancedCode: "5.7.26", text: "550 5.7.26 from gmail, also" },
      { replyCode: null, enhancedCode: "4.2.2", text: "4.2.2" },
    ],
  },
  {
    input: "customer got 550 5.7.26 from gmail, also got a 550 from yahoo",
    out: [
      { replyCode: 550, enhancedCode: "5.7.26", text: "550 5.7.26 from gmail, also got a" },
      { replyCode: 550, enhancedCode: null, text: "550 from yahoo" },
    ],
  },
  {
    input:
      "Jun 24 08:54:01 mx postfix/smtp[1234]: 4BC2A1F: dsn=5.1.1, status=bounced (host mx said: 550 5.1.1 unknown)",
    out: [{ replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 unknown" }],
  },
  {
    input: "customer got 550-5.7.26 from gmail",
    out: [{ replyCode: 550, enhancedCode: "5.7.26", text: "550-5.7.26 from gmail" }],
  },
  { input: "5.7.26 550", out: [{ replyCode: 550, enhancedCode: "5.7.26", text: "5.7.26 550" }] },
  {
    input: "554 Transaction failed",
    out: [{ replyCode: 554, enhancedCode: null, text: "554 Transaction failed" }],
  },
  {
    input: "it says 550 Requested action not taken: mailbox unavailable",
    out: [
      { replyCode: 550, enhancedCode: null, text: "550 Requested action not taken: mailbox unavailable" },
    ],
  },
  { input: "450 busy - please try later", out: [{ replyCode: 450, enhancedCode: null }] },
  { input: "550 <kijitora@example.org> No such user here", out: [{ replyCode: 550, enhancedCode: null }] },
  { input: "550 : User unknown", out: [{ replyCode: 550, enhancedCode: null }] },
  {
    input: "421 dns.example.org Sorry, unable to contact destination",
    out: [{ replyCode: 421, enhancedCode: null }],
  },
  {
    input: "550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 111.86.156.22 weren't sent.",
    out: [{ replyCode: 550, enhancedCode: null }],
  },
  { input: "host mx said: 550 blah", out: [{ replyCode: 550, enhancedCode: null, text: "550 blah" }] },
  { input: "smtp;550 whatever", out: [{ replyCode: 550, enhancedCode: null }] },
  { input: "<<< 421", out: [{ replyCode: 421, enhancedCode: null, text: "421" }] },
  { input: "we keep getting error 550 from them", out: [{ replyCode: 550, enhancedCode: null }] },
  { input: "got a 550 from yahoo", out: [{ replyCode: 550, enhancedCode: null, text: "550 from yahoo" }] },
  { input: "seeing 550s from gmail", out: [{ replyCode: 550, enhancedCode: null, text: "550" }] },
  { input: "any idea what a 421 error is", out: [{ replyCode: 421, enhancedCode: null }] },
  { input: "the 550 bounce again", out: [{ replyCode: 550, enhancedCode: null }] },
  { input: "status: 4.4.1 (deferred)", out: [{ replyCode: null, enhancedCode: "4.4.1" }] },
  { input: "dsn=5.1.1, status=bounced", out: [{ replyCode: null, enhancedCode: "5.1.1" }] },
  {
    input: "Diagnostic-Code: smtp; 550 5.1.1 <neko@example.co.jp>: Recipient address rejected: User unknown",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.1.1",
        text: "550 5.1.1 <neko@example.co.jp>: Recipient address rejected: User unknown",
      },
    ],
  },
  {
    // The Status line is covered by the full reply with the same enhanced code.
    input: "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    out: [{ replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 user unknown" }],
  },
  {
    input: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
    out: [{ replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found" }],
  },
  {
    input: "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.7.1",
        text: "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
      },
    ],
  },
  {
    input:
      "status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.1.1",
        text: "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
      },
    ],
  },
  {
    input: "Sorry, no mailbox here by that name. (#5.1.1)",
    out: [{ replyCode: null, enhancedCode: "5.1.1", text: "Sorry, no mailbox here by that name. (#5.1.1)" }],
  },
  {
    input: "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.1.1",
        text: "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
      },
    ],
  },
  {
    input:
      "smtp; 5.1.0 - Unknown address error 550-'5.7.1 <a@b.example>... Access denied' (delivery attempts: 0)",
    out: [
      { replyCode: null, enhancedCode: "5.1.0", text: "5.1.0 - Unknown address error" },
      { replyCode: 550, enhancedCode: "5.7.1" },
    ],
  },
  {
    input: "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
    out: [
      {
        replyCode: 554,
        enhancedCode: "4.4.7",
        text: "554 4.4.7 Message expired: unable to deliver in 840 minutes.",
      },
      { replyCode: 421, enhancedCode: "4.4.2", text: "421 4.4.2 Connection timed out>" },
    ],
  },
  {
    input: "The response from the remote server was:\n550 #5.1.0 Address rejected.",
    out: [{ replyCode: 550, enhancedCode: "5.1.0" }],
  },
  {
    // One finding per distinct pair, its text the whole multi-line reply.
    input: `Remote host said: ${gmailDmarc}\nGiving up on 74.125.204.27.`,
    out: [{ replyCode: 550, enhancedCode: "5.7.26", text: gmailDmarc }],
  },
  {
    input: gmailDmarc.replaceAll("\n", "\r\n"),
    out: [{ replyCode: 550, enhancedCode: "5.7.26", text: gmailDmarc.replaceAll("\n", "\r\n") }],
  },
  {
    input: "550-5.7.1 first line\n550 5.7.26 second line",
    out: [
      { replyCode: 550, enhancedCode: "5.7.1", text: "550-5.7.1 first line" },
      { replyCode: 550, enhancedCode: "5.7.26", text: "550 5.7.26 second line" },
    ],
  },
  {
    input: "two bounces: 550 5.1.1 user unknown\nand 452 4.2.2 mailbox full\nthen 550 5.1.1 again",
    out: [
      { replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 user unknown" },
      { replyCode: 452, enhancedCode: "4.2.2", text: "452 4.2.2 mailbox full" },
    ],
  },
  { input: "571 No PTR Record found", out: [{ replyCode: 571, enhancedCode: null }] },
  // From the labelled replies (packages/core/test/fixtures/replies, from Sisimai's corpus):
  {
    input:
      "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues.",
    out: [{ replyCode: 550, enhancedCode: null }],
  },
  { input: "550 DMARC check failed.", out: [{ replyCode: 550, enhancedCode: null }] },
  { input: "553 neko.example.com does not exist", out: [{ replyCode: 553, enhancedCode: null }] },
  { input: "550 kijitora@neko.example.org... No such user", out: [{ replyCode: 550, enhancedCode: null }] },
  {
    input: "501 <shironeko@example.co.jp>... no access from mail server",
    out: [{ replyCode: 501, enhancedCode: null }],
  },
  { input: "550 Virus Detected; Content Rejected", out: [{ replyCode: 550, enhancedCode: null }] },
  { input: "550: <otsu@ezweb.ne.jp>: User unknown", out: [{ replyCode: 550, enhancedCode: null }] },
  {
    input: "550: 5.2.2 <mailboxfull@libsisimai.org>... Mailbox Full",
    out: [{ replyCode: 550, enhancedCode: "5.2.2" }],
  },
  { input: "550 IP 74.220.202.212 is blocked by EarthLink.", out: [{ replyCode: 550, enhancedCode: null }] },
  { input: "550 rejecting spoofed message", out: [{ replyCode: 550, enhancedCode: null }] },
  {
    input: "550 cuda_nsu 5.1.1 <email@example.com>... User unknown",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.1.1",
        text: "550 cuda_nsu 5.1.1 <email@example.com>... User unknown",
      },
    ],
  },
  {
    input: "Resources temporarily unavailable, please try again later [#4.1.9].",
    out: [
      {
        replyCode: null,
        enhancedCode: "4.1.9",
        text: "Resources temporarily unavailable, please try again later [#4.1.9]",
      },
    ],
  },
  {
    input:
      "553 you are trying to use me [xx.messagelabs.com] as a relay, but I have not been configured to let you do this. (#5.7.1)",
    out: [{ replyCode: 553, enhancedCode: "5.7.1" }],
  },
  {
    input:
      "[Status: Error, Address: <kijitora@6kaku.example.co.jp>, ResponseCode 421, , Host not reachable.]",
    out: [{ replyCode: 421, enhancedCode: null }],
  },
  {
    // Postfix folds right after the code (sisimai, postfix-02)
    input:
      "<userunknown@example.co.jp>: host mx.example.co.jp[192.0.2.153] said: 550\n    5.1.1 <userunknown@example.co.jp>... User Unknown (in reply to RCPT TO command)",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.1.1",
        text: "550\n    5.1.1 <userunknown@example.co.jp>... User Unknown (in reply to RCPT TO command)",
      },
    ],
  },
  {
    // The code said twice (sisimai, gmail-18)
    input:
      "The error that the other server returned was: 550 550 5.1.1 user unknown (UserSearch) (state 14).",
    out: [{ replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 user unknown (UserSearch) (state 14)." }],
  },
  {
    // A Slack message: a code block, and Slack's escaping of < and >.
    input: "bounce from gmail:\n```550-5.7.26 Unauthenticated email\n550 5.7.26 is not accepted - gsmtp```",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.7.26",
        text: "550-5.7.26 Unauthenticated email\n550 5.7.26 is not accepted - gsmtp",
      },
    ],
  },
  {
    input: "550 &lt;<mailto:a@b.example|a@b.example>&gt;: User unknown",
    out: [{ replyCode: 550, enhancedCode: null }],
  },
  {
    // Amazon SES notification JSON (sisimai, amazonses-09)
    input:
      '{"action":"failed","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"timestamp":"2016-10-21T00:06:40.502Z"}',
    out: [{ replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 user unknown" }],
  },
  {
    // The same, JSON inside a JSON string (sisimai, amazonses-10)
    input: '{"Message":"{\\"diagnosticCode\\":\\"smtp; 550 5.1.1 user unknown\\"}],\\"timestamp\\":1}"}',
    out: [{ replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 user unknown" }],
  },
  { input: "503 Valid RCPT command must precede DATA", out: [{ replyCode: 503, enhancedCode: null }] },
  {
    input: "421 Service not available, closing transmission channel",
    out: [{ replyCode: 421, enhancedCode: null }],
  },
  { input: "> 550 5.1.1 quoted in an email reply", out: [{ replyCode: 550, enhancedCode: "5.1.1" }] },
  { input: "(550 5.1.1)", out: [{ replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1" }] },
  // A date-like code (two-digit detail outside X.7.x) counts when something says it is a code.
  { input: "4.5.23 Hop count exceeded", out: [{ replyCode: null, enhancedCode: "4.5.23" }] },
  {
    input: "the server replied 5.4.14 Hop count exceeded",
    out: [{ replyCode: null, enhancedCode: "5.4.14" }],
  },
  { input: "we keep getting 5.4.14", out: [{ replyCode: null, enhancedCode: "5.4.14", text: "5.4.14" }] },
  { input: "error 4.5.23", out: [{ replyCode: null, enhancedCode: "4.5.23" }] },
  { input: "dsn=4.5.23", out: [{ replyCode: null, enhancedCode: "4.5.23" }] },
  { input: "what is 5.7.23?", out: [{ replyCode: null, enhancedCode: "5.7.23" }] },
  { input: "see 5.1.10 please", out: [{ replyCode: null, enhancedCode: "5.1.10" }] },
  // Python's smtplib: the tuple is the finding (so parseReply reads its code), each line's enhanced code.
  {
    input:
      "smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'5.1.1 <a@example.com>: Recipient address rejected')}",
    out: [
      {
        replyCode: 550,
        enhancedCode: "5.1.1",
        text: "(550, b'5.1.1 <a@example.com>: Recipient address rejected')}",
      },
    ],
  },
  {
    input: "SMTPDataError: (554, b'Transaction failed')",
    out: [{ replyCode: 554, enhancedCode: null, text: "(554, b'Transaction failed')" }],
  },
  {
    input:
      "5.7.1 [ip 7] Gmail has detected that this message is\n5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n5.7.1 this message has been blocked.\nthanks",
    out: [
      {
        replyCode: null,
        enhancedCode: "5.7.1",
        text: "5.7.1 [ip 7] Gmail has detected that this message is\n5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n5.7.1 this message has been blocked.",
      },
    ],
  },
  // Amazon SES quotes the remote reply after its own summary.
  {
    input: "5.3.0 - Other mail system problem 550-'Unknown user a@example.com' (delivery attempts: 0)",
    out: [
      { replyCode: null, enhancedCode: "5.3.0", text: "5.3.0 - Other mail system problem" },
      { replyCode: 550, enhancedCode: null, text: "550-'Unknown user a@example.com' (delivery attempts: 0)" },
    ],
  },
  // Zoho: the record's closing bracket is not part of the reply.
  {
    input: "[Status: Error, Address: <x@example.com>, ResponseCode 421, , Host not reachable.]",
    out: [{ replyCode: 421, enhancedCode: null, text: "421, , Host not reachable." }],
  },
];

/** Numbers that are not bounce codes. */
const negatives: string[] = [
  "",
  "we had 550 signups",
  "we had 550 signups rejected",
  "sent 550 emails today",
  "550 users unsubscribed",
  "we got 550 bounces",
  "version 5.1.1 released",
  "v5.1.1",
  "upgrade to node 5.1.1",
  "fml 4.0.3 release",
  "192.0.2.1",
  "connect to 203.0.113.45 port 25",
  "port 550",
  "listening on :550",
  "$450",
  "costs 450 dollars",
  "4.2.2.1",
  "1.5.1.1",
  "5.1.1-beta",
  "5.1.1a",
  "2024-05-01",
  "10:55:00",
  "on 5.1.2024",
  "timeout after 550ms",
  "550,000 subscribers",
  "550.5 MB",
  "size=550, nrcpt=1",
  "issue #550",
  "PR #450 merged",
  "color: #555;",
  "room 421",
  "about 450 people",
  "over 550 accounts",
  "top 500 domains",
  "I live at 550 Main St",
  "mx550.example.com",
  "550MB",
  "page 5.1.1",
  "2.0.0 OK",
  "250 2.0.0 Ok: queued as 4BC",
  "3.1.1",
  "6.1.1",
  "5.8.1",
  "5.1.1000",
  "10.5.1.1",
  "ab5.1.1",
  "we have 550 IP addresses",
  "port: 550",
  "2001:db8::550 is our address",
  "ticket :550 closed",
  "There are 550 Users online",
  // Trade-off of the same rule: a capitalised plural reads as a count. Real replies that start this way
  // carry an enhanced code (Yahoo's "421 4.7.0 [TSS04] Messages from …") and are found as pairs.
  "550 Messages from 192.0.2.1 refused",
  "the API returned HTTP 503",
  "HTTP/1.1 500 Internal Server Error",
  "got status code 500 from the webhook",
  "502 Bad Gateway",
  "429 Too Many Requests",
  "503 Service Unavailable from nginx",
  "macOS 5.1.1",
  "550abc",
  // Dates that read like enhanced codes, with nothing around them that says bounce.
  "We met on 4.5.23 to discuss the plan",
  "The meeting is 4.5.23",
  "bounces since 5.6.24",
  "the mail server was moved on 4.3.22",
];

describe("findBounceCodes finds", () => {
  test.each(positives)("$input", ({ input, out }) => {
    expectFinds(input, out);
  });
});

describe("findBounceCodes ignores", () => {
  test.each(negatives)("%j", (input) => {
    expect(found(input)).toStrictEqual([]);
  });
});

describe("findBounceCodes on real bounce texts (sisimai)", () => {
  test.each([
    {
      input: [
        "<kijitora@google.example.com> (expanded from <neko@example.co.jp>): host",
        "    gmail-smtp-in.l.google.com[64.233.188.26] said: 550-5.7.26 The MAIL FROM",
        "    domain [mail4.example.com] has an SPF record with a 550-5.7.26 hard fail",
        "    policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26",
        "    [192.0.2.24]. To best protect our users from spam and phishing,",
        "    550-5.7.26 the message has been blocked. (in reply to end",
        "    of DATA command)",
        "",
        "<other@example.com>: host mx.example.com[192.0.2.2] said: 550 5.1.1 User unknown (in reply to",
        "    RCPT TO command)",
        "    --- this line is not part of the reply",
      ].join("\n"),
      out: [
        {
          replyCode: 550,
          enhancedCode: "5.7.26",
          text: [
            "550-5.7.26 The MAIL FROM",
            "    domain [mail4.example.com] has an SPF record with a 550-5.7.26 hard fail",
            "    policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26",
            "    [192.0.2.24]. To best protect our users from spam and phishing,",
            "    550-5.7.26 the message has been blocked. (in reply to end",
            "    of DATA command)",
          ].join("\n"),
        },
        {
          replyCode: 550,
          enhancedCode: "5.1.1",
          text: "550 5.1.1 User unknown (in reply to\n    RCPT TO command)",
        },
      ],
    },
    {
      input:
        "   ----- Transcript of session follows -----\n... while talking to mx.bouncehammer.jp.:\n>>> DATA\n<<< 550 5.1.1 <userunknown@bouncehammer.jp>... User Unknown\n550 5.1.1 <userunknown@bouncehammer.jp>... User unknown\n",
      out: [
        {
          replyCode: 550,
          enhancedCode: "5.1.1",
          text: "550 5.1.1 <userunknown@bouncehammer.jp>... User Unknown",
        },
      ],
    },
    {
      input:
        "    SMTP error from remote mail server after RCPT TO:<kijitora@example.jp>:\n    host mx.example.jp [192.0.2.153]: 550 5.1.1 <kijitora@example.jp>... User Unknown\n  sabatora@example.jp\n    SMTP error from remote mail server after RCPT TO:<sabatora@example.jp>:\n    host mx.example.jp [192.0.2.153]: 550 5.2.1 <sabatora@example.jp>... User Unknown\n",
      out: [
        { replyCode: 550, enhancedCode: "5.1.1", text: "550 5.1.1 <kijitora@example.jp>... User Unknown" },
        { replyCode: 550, enhancedCode: "5.2.1", text: "550 5.2.1 <sabatora@example.jp>... User Unknown" },
      ],
    },
    {
      input:
        "    SMTP error from remote mail server after RCPT TO:<kijitora@exmaple.ch>:\n    host mx1.example.eu [192.0.2.32]: 554 5.7.1 <kijitora@exmaple.ch>:\n    Recipient address rejected: Access denied\n\n------ This is a copy of the message, including all the headers. ------\n",
      out: [
        {
          replyCode: 554,
          enhancedCode: "5.7.1",
          text: "554 5.7.1 <kijitora@exmaple.ch>:\n    Recipient address rejected: Access denied",
        },
      ],
    },
    {
      input:
        "Received: from mx.example.org (192.0.2.3) by 0 with SMTP; 29 Apr 2011 23:34:45 -0000\nDate: Thu, 29 Apr 2011 23:34:45 +0900\nMessage-ID: <20110429.233445.1234@mx.example.org>\nX-Mailer: Internet Mail Service (5.5.2657.72)\n",
      out: [],
    },
  ])("$out", ({ input, out }) => {
    expectFinds(input, out);
  });
});

/**
 * Reply texts from /work/shared/reference/provider-patterns.csv (compiled from Sisimai's go-sisimai
 * rhost tables), lower case as they appear there. Rows with a code are found; the numbers inside the
 * texts (RFC numbers, versions, hop counts, tags) are not codes.
 */
describe("findBounceCodes on provider reply texts (provider-patterns.csv)", () => {
  test.each([
    { input: "552 too much mail data", out: [{ replyCode: 552, enhancedCode: null }] },
    { input: "552 too many recipients", out: [{ replyCode: 552, enhancedCode: null }] },
    { input: "503 bad sequence of commands", out: [{ replyCode: 503, enhancedCode: null }] },
    { input: "504 command parameter not implemented", out: [{ replyCode: 504, enhancedCode: null }] },
    { input: "542 ", out: [{ replyCode: 542, enhancedCode: null }] },
    { input: "5.0.911", out: [{ replyCode: null, enhancedCode: "5.0.911" }] },
    { input: "4.7.325", out: [{ replyCode: null, enhancedCode: "4.7.325" }] },
    // A row's code and text put together as the server sends them.
    {
      input: "550 5.7.512 access denied, message must be rfc 5322 section 3.6.2 compliant",
      out: [{ replyCode: 550, enhancedCode: "5.7.512" }],
    },
    { input: "554 5.4.6 message exceeded 50 hops", out: [{ replyCode: 554, enhancedCode: "5.4.6" }] },
  ])("$input", ({ input, out }) => {
    expectFinds(input, out);
  });

  test.each([
    "is not rfc 5322 compliant",
    "is not a valid rfc 5321 address",
    "message exceeded 50 hops",
    "this route requires tls version 1.2 or greater",
    "invalid x.400 address",
    "part of their network is on our block list (s3150)",
    "temporary server error. please try again later attr18",
    "requested action not taken: policy violation detected (as345)",
    "due to unresolvable rfc.5321 domain",
    "does not meet ipv6 sending guidelines regarding ptr records and authentication",
    "5.1.4-5",
  ])("%j has no code", (input) => {
    expect(found(input)).toStrictEqual([]);
  });
});

describe("findBounceCodes on bad input", () => {
  test("1 MB of digits and dots: nothing", () => {
    expect(found("5.".repeat(512 * 1024))).toStrictEqual([]);
  });
  test("1 MB of digits: nothing", () => {
    expect(found("5".repeat(1024 * 1024))).toStrictEqual([]);
  });
  test("enhanced-code lookalikes glued together", () => {
    expect(found("5.7.2.".repeat(100_000))).toStrictEqual([]);
  });
  test("a code, then 5 MB of text: one finding, text capped", () => {
    const result = found(`550 5.1.1 ${"x".repeat(5 * 1024 * 1024)}`);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ replyCode: 550, enhancedCode: "5.1.1", index: 0 });
    expect(result[0]?.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });
  test("thousands of 550- lines: one finding", () => {
    const input = `${"550-5.7.1 Message rejected as spam\r\n".repeat(20_000)}550 5.7.1 end`;
    const result = found(input);
    expect(result.map((f) => [f.replyCode, f.enhancedCode])).toStrictEqual([[550, "5.7.1"]]);
    expect(result[0]?.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });
  test("thousands of distinct codes: capped", () => {
    const codes: string[] = [];
    for (let d = 0; d < 1000; d++) codes.push(`5.7.${d}`);
    const result = found(codes.join(" "));
    expect(result).toHaveLength(MAX_FINDINGS);
    expect(result[0]?.enhancedCode).toBe("5.7.0");
  });
  test("binary and control characters", () => {
    expectFinds("\u0000\u0001550 5.1.1\u0007 user unknown\u0000", [
      { replyCode: 550, enhancedCode: "5.1.1" },
    ]);
  });
  test("unclosed brackets", () => {
    expectFinds(`550 5.1.1 ${"<a@".repeat(100_000)}`, [{ replyCode: 550, enhancedCode: "5.1.1" }]);
    expectFinds(`550 ${"[(".repeat(100_000)}`, []);
  });
  test("not a string: no throw", () => {
    for (const input of [undefined, null, {}] as unknown as string[])
      expect(findBounceCodes(input)).toStrictEqual([]);
  });
});

describe("findBounceCodes properties", () => {
  const pieces = fc
    .array(
      fc.constantFrom(
        "550",
        "550-",
        "421 ",
        "5.7.26",
        "4.2.2",
        "192.0.2.1",
        " ",
        "\n",
        "\r\n",
        "said: ",
        "<<< ",
        "(#5.1.1)",
        "smtp;",
        "'",
        ")",
        "(",
        "=",
        "$",
        "#",
        ".",
        "-",
        "s",
        "User unknown",
        "we had ",
        "version ",
        "\u0000",
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(""));

  // The internal function, so that a throw is not hidden by findBounceCodes's safety net.
  test("never throws; each find is where it says; distinct; bounce classes only", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }), pieces),
        (input) => {
          const result = findBounceCodesImpl(input);
          const keys = new Set<string>();
          for (const f of result) {
            expect(input.slice(f.index, f.index + f.text.length)).toBe(f.text);
            expect(f.replyCode !== null || f.enhancedCode !== null).toBe(true);
            if (f.replyCode !== null) expect([4, 5]).toContain(Math.floor(f.replyCode / 100));
            if (f.enhancedCode !== null) expect(f.enhancedCode).toMatch(/^[45]\.\d{1,3}\.\d{1,3}$/);
            keys.add(`${f.replyCode}|${f.enhancedCode}`);
          }
          expect(keys.size).toBe(result.length);
          expect(result.map((f) => f.index)).toStrictEqual(
            [...result.map((f) => f.index)].sort((a, b) => a - b),
          );
        },
      ),
      { numRuns: 1500 },
    );
  });
});
