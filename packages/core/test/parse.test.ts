/**
 * parseReply(): one row per shape replies take in real life. Inputs marked "sisimai" are copied from the
 * Diagnostic-Code lines and bounce texts of Sisimai's test corpus (set-of-emails/maildir/bsd), as facts.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseReplyImpl } from "../src/parse/reply.js";
import {
  MAX_INPUT_CHARS,
  MAX_REPLY_LINES,
  MAX_TEXT_CHARS,
  normaliseCommand,
  normaliseEnhancedCode,
  parseReply,
} from "../src/parse.js";
import type { ParsedReply } from "../src/types.js";

interface Case {
  name: string;
  input: string;
  out: Partial<ParsedReply>;
}

const none = { otherEnhancedCodes: [], notes: [] };

const bareCodes: Case[] = [
  {
    name: "reply code",
    input: "550",
    out: { replyCode: 550, enhancedCode: null, text: "", lines: [], ...none },
  },
  { name: "enhanced code", input: "5.7.26", out: { replyCode: null, enhancedCode: "5.7.26", text: "" } },
  { name: "both, space", input: "550 5.7.26", out: { replyCode: 550, enhancedCode: "5.7.26", text: "" } },
  { name: "both, hyphen", input: "550-5.7.26", out: { replyCode: 550, enhancedCode: "5.7.26", text: "" } },
  {
    name: "reversed order",
    input: "5.7.26 550",
    out: {
      replyCode: 550,
      enhancedCode: "5.7.26",
      text: "",
      notes: ["enhanced code written before the reply code"],
    },
  },
  {
    name: "surrounding whitespace",
    input: " \t550 5.1.1 \n",
    out: { replyCode: 550, enhancedCode: "5.1.1" },
  },
  { name: "leading zeros", input: "550 5.7.026", out: { replyCode: 550, enhancedCode: "5.7.26" } },
  { name: "three-digit detail", input: "550 5.7.606", out: { replyCode: 550, enhancedCode: "5.7.606" } },
  {
    name: "non-standard 571",
    input: "571 No PTR Record found",
    out: { replyCode: 571, text: "No PTR Record found" },
  },
  { name: "2xx", input: "250 2.0.0 OK queued as 4BC", out: { replyCode: 250, enhancedCode: "2.0.0" } },
  {
    name: "class mismatch kept as sent",
    input: "554 4.4.7 Message expired",
    out: { replyCode: 554, enhancedCode: "4.4.7", text: "Message expired" },
  },
];

const wholeReplies: Case[] = [
  {
    name: "Postfix virtual table (sisimai)",
    input:
      "550 5.1.1 <neko@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<neko@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table",
      lines: ["<neko@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table"],
      command: null,
      remoteHost: null,
      ...none,
    },
  },
  {
    name: "reply code only",
    input: "554 Transaction failed",
    out: { replyCode: 554, enhancedCode: null, text: "Transaction failed", lines: ["Transaction failed"] },
  },
  {
    name: "enhanced code only",
    input: "5.1.1 user unknown",
    out: { replyCode: null, enhancedCode: "5.1.1", text: "user unknown" },
  },
  {
    name: "no code",
    input: "mailbox full",
    out: { replyCode: null, enhancedCode: null, text: "mailbox full", lines: ["mailbox full"], ...none },
  },
  {
    name: "Yahoo deferral keeps the IP in the text",
    input:
      "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints",
    out: {
      replyCode: 421,
      enhancedCode: "4.7.0",
      text: "[TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints",
    },
  },
  {
    name: "the code said twice (sisimai, gmail-18)",
    input: "550 550 5.1.1 user unknown (UserSearch) (state 14).",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "user unknown (UserSearch) (state 14).", ...none },
  },
  {
    name: "colon right after the code (labelled replies)",
    input: "550: 5.2.2 <mailboxfull@libsisimai.org>... Mailbox Full",
    out: { replyCode: 550, enhancedCode: "5.2.2", text: "<mailboxfull@libsisimai.org>... Mailbox Full" },
  },
  {
    name: "a reply quoting another reply keeps the outer codes (labelled replies)",
    input:
      "554 5.7.1 <DM3NAM03FT063.mail.protection.outlook.com #5.7.1 smtp;550 5.7.1 Service unavailable, Client host [15.211.195.9] blocked using Spamhaus.>",
    out: { replyCode: 554, enhancedCode: "5.7.1" },
  },
  {
    name: "Barracuda tag before the enhanced code (labelled replies)",
    input: "550 cuda_nsu 5.1.1 <email@example.com>... User unknown",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "cuda_nsu 5.1.1 <email@example.com>... User unknown",
      ...none,
    },
  },
  {
    name: "[#4.1.9] after the text (labelled replies)",
    input: "Resources temporarily unavailable, please try again later [#4.1.9].",
    out: {
      replyCode: null,
      enhancedCode: "4.1.9",
      text: "Resources temporarily unavailable, please try again later .",
    },
  },
  {
    name: "ERROR_CODE :550 (labelled replies)",
    input: "Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.",
    out: { replyCode: 421 },
  },
  {
    name: "colon after the code",
    input: "550 : User unknown",
    out: { replyCode: 550, text: "User unknown" },
  },
  {
    name: "Workspace #-prefixed enhanced code (sisimai)",
    input: "550 #5.1.0 Address rejected.",
    out: { replyCode: 550, enhancedCode: "5.1.0", text: "Address rejected." },
  },
  {
    name: "an enhanced code inside the text is reported, not taken (sisimai)",
    input: "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
    out: {
      replyCode: 554,
      enhancedCode: "4.4.7",
      text: "Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
      otherEnhancedCodes: ["4.4.2"],
      notes: ["the reply text mentions other enhanced codes: 4.4.2"],
    },
  },
  {
    name: "Nodemailer error message",
    input:
      "Can't send mail - all recipients were rejected: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<a@b.example>: Recipient address rejected: User unknown",
    },
  },
  {
    name: "Nodemailer error message, reply code only",
    input: "Message failed: 554 Transaction failed: Duplicate header 'DKIM-Signature'.",
    out: {
      replyCode: 554,
      enhancedCode: null,
      text: "Transaction failed: Duplicate header 'DKIM-Signature'.",
    },
  },
  {
    name: "a code pair inside a sentence",
    input: "customer got 550 5.7.26 from gmail",
    out: { replyCode: 550, enhancedCode: "5.7.26", text: "from gmail" },
  },
];

const gmailDmarc = [
  "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's",
  "550-5.7.26 DMARC policy. Please contact the administrator of example.jp domain if",
  "550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go",
  "550-5.7.26 to",
  "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 98e67ed59e1d1-2c819db36a9si6099002a91.116 - gsmtp",
];
const gmailDmarcLines = [
  "Unauthenticated email from example.jp is not accepted due to domain's",
  "DMARC policy. Please contact the administrator of example.jp domain if",
  "this was a legitimate mail. To learn about the DMARC initiative, go",
  "to",
  "https://support.google.com/mail/?p=DmarcRejection 98e67ed59e1d1-2c819db36a9si6099002a91.116 - gsmtp",
];
const gmailDmarcOut: Partial<ParsedReply> = {
  replyCode: 550,
  enhancedCode: "5.7.26",
  lines: gmailDmarcLines,
  text: gmailDmarcLines.join(" "),
  ...none,
};

const multiLine: Case[] = [
  { name: "LF (sisimai, qmail-14)", input: gmailDmarc.join("\n"), out: gmailDmarcOut },
  { name: "CRLF", input: `${gmailDmarc.join("\r\n")}\r\n`, out: gmailDmarcOut },
  { name: "joined by spaces, as logs do", input: gmailDmarc.join(" "), out: gmailDmarcOut },
  {
    name: "lines with different enhanced codes",
    input:
      "550-5.7.1 [192.0.2.22 18] Our system has detected\n550 5.7.26 that this message is unauthenticated",
    out: {
      replyCode: 550,
      enhancedCode: "5.7.1",
      lines: ["[192.0.2.22 18] Our system has detected", "that this message is unauthenticated"],
      otherEnhancedCodes: ["5.7.26"],
      notes: ["reply lines carry different enhanced codes: 5.7.1, 5.7.26"],
    },
  },
  {
    name: "without enhanced codes",
    input: "550-REJECTED - Blacklisted URL in message.\n550 See http://lookup.example.com",
    out: {
      replyCode: 550,
      enhancedCode: null,
      lines: ["REJECTED - Blacklisted URL in message.", "See http://lookup.example.com"],
    },
  },
  {
    name: "a later line with another reply code is not part of the reply",
    input: "550 5.1.1 <a@b.example>... User unknown\n501 5.6.0 Data format error",
    out: { replyCode: 550, enhancedCode: "5.1.1", lines: ["<a@b.example>... User unknown"] },
  },
];

const dsn: Case[] = [
  {
    name: "smtp; prefix (sisimai)",
    input: "smtp; 550 5.1.1 <kijitora@example.jp>... User Unknown",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "<kijitora@example.jp>... User Unknown" },
  },
  {
    name: "SMTP; prefix, no enhanced code (sisimai)",
    input: "SMTP; 553 Invalid recipient kijitora@example.org (Mode: normal)",
    out: {
      replyCode: 553,
      enhancedCode: null,
      text: "Invalid recipient kijitora@example.org (Mode: normal)",
    },
  },
  {
    name: "Diagnostic-Code header with Status (sisimai)",
    input: "Diagnostic-Code: smtp; 550 5.1.1 user unknown\nStatus: 5.1.1\n",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "user unknown", ...none },
  },
  {
    name: "Status fills a missing enhanced code",
    input: "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: SMTP; 553 Invalid recipient kijitora@example.org",
    out: {
      replyCode: 553,
      enhancedCode: "5.1.1",
      text: "Invalid recipient kijitora@example.org",
      notes: ["enhanced code 5.1.1 taken from the DSN Status field"],
    },
  },
  {
    name: "Status that disagrees is reported",
    input: "Status: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 <a@b.example>... User Unknown",
    out: {
      enhancedCode: "5.1.1",
      otherEnhancedCodes: ["5.0.0"],
      notes: ["DSN Status 5.0.0 differs from the reply's enhanced code 5.1.1"],
    },
  },
  {
    name: "folded multi-line Diagnostic-Code, Remote-MTA (sisimai)",
    input: [
      "Final-Recipient: rfc822; kijitora@example.com",
      "Action: failed",
      "Status: 5.2.1",
      "Remote-MTA: dns; gmail-smtp-in.l.google.com",
      "Diagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is disabled. Learn more at",
      " 550 5.2.1  https://support.google.com/mail/?p=DisabledUser 000000000000eee.000 - gsmtp",
      "",
    ].join("\n"),
    out: {
      replyCode: 550,
      enhancedCode: "5.2.1",
      lines: [
        "The email account that you tried to reach is disabled. Learn more at",
        "https://support.google.com/mail/?p=DisabledUser 000000000000eee.000 - gsmtp",
      ],
      remoteHost: "gmail-smtp-in.l.google.com",
      ...none,
    },
  },
  {
    name: "X-Postfix diagnostic without a code, folded (sisimai)",
    input:
      "Status: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name\n    service error for name=example.jp type=A: Host not found\n",
    out: {
      replyCode: null,
      enhancedCode: "5.4.4",
      text: "Host or domain name not found. Name service error for name=example.jp type=A: Host not found",
    },
  },
  {
    name: "Amazon SES notification JSON (sisimai, amazonses-09)",
    input:
      '{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"a@b.example","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"timestamp":"2016-10-21T00:06:40.502Z"}',
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "user unknown" },
  },
  {
    name: "the same, JSON inside a JSON string (sisimai, amazonses-10)",
    input: '{"Message":"{\\"diagnosticCode\\":\\"smtp; 550 5.1.1 user unknown\\"}],\\"timestamp\\":1}"}',
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "user unknown" },
  },
  {
    name: "X-Unix exit status is not a reply code (sisimai)",
    input: "Status: 4.5.0\nDiagnostic-Code: X-Unix; 71\n",
    out: { replyCode: null, enhancedCode: "4.5.0", text: "71" },
  },
  {
    name: "quoted-printable soft breaks inside the code (sisimai)",
    input:
      "Content-Transfer-Encoding: quoted-printable\n\nDiagnostic-Code: smtp; 55=\n0 5.2.2 <kijitora@libsisimai.org>... Mailbox Full\n",
    out: {
      replyCode: 550,
      enhancedCode: "5.2.2",
      text: "<kijitora@libsisimai.org>... Mailbox Full",
      notes: ["quoted-printable soft line breaks were joined"],
    },
  },
];

const mtas: Case[] = [
  {
    name: "Postfix bounce text",
    input:
      "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<a@b.example>: Recipient address rejected: User unknown",
      command: "RCPT TO",
      remoteHost: "mx.example.com",
      ...none,
    },
  },
  {
    name: "Postfix: end of DATA",
    input: "host mx.b.example[192.0.2.7] said: 554 5.7.1 Message rejected (in reply to end of DATA command)",
    out: { replyCode: 554, command: "DATA", remoteHost: "mx.b.example", text: "Message rejected" },
  },
  {
    name: "Postfix: MAIL FROM (sisimai)",
    input:
      "host mgate02.dti.ne.jp[192.0.2.2] said: 452 4.3.2 Connection rate limit exceeded. (in reply to MAIL FROM command)",
    out: {
      replyCode: 452,
      enhancedCode: "4.3.2",
      command: "MAIL FROM",
      text: "Connection rate limit exceeded.",
    },
  },
  {
    name: "Postfix: initial greeting",
    input:
      "host mx.example.org[198.51.100.7] refused to talk to me: 554 5.7.1 Service unavailable (in reply to initial greeting)",
    out: { replyCode: 554, enhancedCode: "5.7.1", command: "CONN" },
  },
  {
    name: "Postfix log line",
    input:
      "Jun 24 08:54:01 mx postfix/smtp[1234]: 4BC2A1F: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<a@b.example>: Recipient address rejected: User unknown",
      command: "RCPT TO",
      remoteHost: "mx.b.example",
    },
  },
  {
    name: "Postfix log line without a reply",
    input:
      "Jun 24 08:54:01 mx postfix/smtp[1234]: 4BC2A1F: to=<a@b.example>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.b.example[192.0.2.1]:25: Connection timed out)",
    out: {
      replyCode: null,
      enhancedCode: "4.4.1",
      text: "connect to mx.b.example[192.0.2.1]:25: Connection timed out",
      remoteHost: "mx.b.example",
    },
  },
  {
    name: "Postfix folds a Gmail reply at 80 columns (sisimai, rhost-google-03)",
    input: [
      "<kijitora@google.example.com> (expanded from <neko@example.co.jp>): host",
      "    gmail-smtp-in.l.google.com[64.233.188.26] said: 550-5.7.26 The MAIL FROM",
      "    domain [mail4.example.com] has an SPF record with a 550-5.7.26 hard fail",
      "    policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26",
      "    [192.0.2.24]. To best protect our users from spam and phishing,",
      "    550-5.7.26 the message has been blocked. For instructions on setting up",
      "    550-5.7.26 authentication, go to 550 5.7.26",
      "    https://support.google.com/mail/answer/81126#authentication",
      "    2-222222630d46222222b002b2d2neko2cat2222222cat.22 - gsmtp (in reply to end",
      "    of DATA command)",
      "",
    ].join("\n"),
    out: {
      replyCode: 550,
      enhancedCode: "5.7.26",
      lines: [
        "The MAIL FROM domain [mail4.example.com] has an SPF record with a",
        "hard fail policy (-all) but it fails to pass SPF checks with the ip:",
        "[192.0.2.24]. To best protect our users from spam and phishing,",
        "the message has been blocked. For instructions on setting up",
        "authentication, go to",
        "https://support.google.com/mail/answer/81126#authentication 2-222222630d46222222b002b2d2neko2cat2222222cat.22 - gsmtp",
      ],
      command: "DATA",
      remoteHost: "gmail-smtp-in.l.google.com",
      ...none,
    },
  },
  {
    name: "Postfix wraps right after the code (sisimai, postfix-39)",
    input:
      "    mta.example.com[192.0.2.9] said: 554\n    5.6.0 This message has been scored as spam (in reply to end of DATA command)",
    out: {
      replyCode: 554,
      enhancedCode: "5.6.0",
      text: "This message has been scored as spam",
      command: "DATA",
    },
  },
  {
    name: "qmail multi-line (sisimai, qmail-14)",
    input: [
      "<pseudo@gmail.com>:",
      "74.125.204.27 failed after I sent the message.",
      `Remote host said: ${gmailDmarc.join("\n")}`,
      "Giving up on 74.125.204.27.",
      "",
    ].join("\n"),
    out: { ...gmailDmarcOut, command: "DATA", remoteHost: "74.125.204.27" },
  },
  {
    name: "qmail: recipient (sisimai)",
    input:
      "<userunknown@example.jp>:\n192.0.2.153 does not like recipient.\nRemote host said: 550 5.1.1 <userunknown@example.jp>... User Unknown\nGiving up on 192.0.2.153.\n",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<userunknown@example.jp>... User Unknown",
      command: "RCPT TO",
      remoteHost: "192.0.2.153",
    },
  },
  {
    name: "qmail: sender (sisimai)",
    input:
      "Connected to 192.0.2.225 but sender was rejected.\nRemote host said: 550 5.7.1 <root@nijo.example.jp>... Access denied",
    out: { replyCode: 550, enhancedCode: "5.7.1", command: "MAIL FROM", remoteHost: "192.0.2.225" },
  },
  {
    name: "qmail (#5.1.1) (sisimai)",
    input: "Sorry, no mailbox here by that name. (#5.1.1)",
    out: { replyCode: null, enhancedCode: "5.1.1", text: "Sorry, no mailbox here by that name." },
  },
  {
    name: "qmail chkusr (sisimai)",
    input: "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "sorry, no mailbox here by that name (#5.1.1 - chkusr)",
    },
  },
  {
    name: "Exchange #550 … ## (sisimai)",
    input: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "RESOLVER.ADR.RecipNotFound; not found", ...none },
  },
  {
    name: "Exchange Remote Server returned (sisimai)",
    input:
      "Remote Server returned '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable'",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.351",
      text: "Remote server returned unknown recipient or mailbox unavailable",
    },
  },
  {
    name: "Exchange 2003 #< #… smtp;…>",
    input: "#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found> #SMTP#",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "RESOLVER.ADR.RecipNotFound; not found" },
  },
  {
    name: "Exim one line",
    input: "SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 5.1.1 User unknown",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "User unknown", command: "RCPT TO" },
  },
  {
    name: "Exim two lines with host (sisimai, exim-30)",
    input:
      "    SMTP error from remote mail server after RCPT TO:<kijitora@exmaple.ch>:\n    host mx1.example.eu [192.0.2.32]: 554 5.7.1 <kijitora@exmaple.ch>:\n    Recipient address rejected: Access denied\n\n------ This is a copy of the message, including all the headers. ------\n",
    out: {
      replyCode: 554,
      enhancedCode: "5.7.1",
      text: "<kijitora@exmaple.ch>: Recipient address rejected: Access denied",
      command: "RCPT TO",
      remoteHost: "mx1.example.eu",
    },
  },
  {
    name: "Exim, address and host on lines of their own (sisimai, exim-05)",
    input:
      "    SMTP error from remote mailer after RCPT TO:\n    <kijitora@neko.example.co.jp>:\n    host mx49.neko.example.co.jp [192.0.2.82]:\n    553 5.1.1 unknown or illegal user:\n    kijitora@neko.example.co.jp\n",
    out: {
      replyCode: 553,
      enhancedCode: "5.1.1",
      text: "unknown or illegal user: kijitora@neko.example.co.jp",
      command: "RCPT TO",
      remoteHost: "mx49.neko.example.co.jp",
    },
  },
  {
    name: "Exim: end of data (sisimai)",
    input:
      "    SMTP error from remote mail server after end of data:\n    host mx.example.jp [192.0.2.20]: 554 5.7.0 Header error\n",
    out: {
      replyCode: 554,
      enhancedCode: "5.7.0",
      text: "Header error",
      command: "DATA",
      remoteHost: "mx.example.jp",
    },
  },
  {
    name: "Exim: initial connection (sisimai)",
    input:
      "    SMTP error from remote mail server after initial connection:\n    571 No PTR Record found. Reverse DNS required:\n    203.0.113.22\n",
    out: { replyCode: 571, text: "No PTR Record found. Reverse DNS required: 203.0.113.22", command: "CONN" },
  },
  {
    name: "Exim host line alone",
    input: "host mx.example.jp [192.0.2.153]: 550 5.2.1 <sabatora@example.jp>... User Unknown",
    out: { replyCode: 550, enhancedCode: "5.2.1", remoteHost: "mx.example.jp" },
  },
  {
    name: "Sendmail one line",
    input:
      "... while talking to mx.example.com.: >>> RCPT To:<a@b.example> <<< 550 5.1.1 <a@b.example>... User unknown",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<a@b.example>... User unknown",
      command: "RCPT TO",
      remoteHost: "mx.example.com",
    },
  },
  {
    name: "Sendmail transcript (sisimai, sendmail-01)",
    input:
      "   ----- Transcript of session follows -----\n... while talking to mx.bouncehammer.jp.:\n>>> DATA\n<<< 550 5.1.1 <userunknown@bouncehammer.jp>... User Unknown\n550 5.1.1 <userunknown@bouncehammer.jp>... User unknown\n",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      lines: ["<userunknown@bouncehammer.jp>... User Unknown"],
      command: "DATA",
      remoteHost: "mx.bouncehammer.jp",
    },
  },
  {
    name: "Sendmail multi-line transcript (sisimai)",
    input:
      ">>> DATA\n<<< 503-All RCPT commands were rejected with this error:\n<<< 503-unknown user\n<<< 503 Valid RCPT command must precede DATA\n",
    out: {
      replyCode: 503,
      lines: [
        "All RCPT commands were rejected with this error:",
        "unknown user",
        "Valid RCPT command must precede DATA",
      ],
      command: "DATA",
    },
  },
  {
    name: "a mail header 'with SMTP;' is no reply position (sisimai, activehunter-01)",
    input:
      "Received: from mx.example.org (192.0.2.3) by 0 with SMTP; 29 Apr 2011 23:34:45 -0000\n\n550 sorry, no mailbox here by that name (#5.1.1 - chkusr)\n",
    out: { replyCode: 550, enhancedCode: "5.1.1" },
  },
  {
    name: "failed with: (sisimai, mailfoundry-01)",
    input: "Server mx22.example.org[192.0.2.222] failed with: 550 <kijitora@example.org> No such user here",
    out: { replyCode: 550, text: "<kijitora@example.org> No such user here", remoteHost: "mx22.example.org" },
  },
];

/**
 * Shapes clients and relays give replies (each seen in real bounces): Go's net/smtp and Python's smtplib
 * strip the codes of continuation lines, a greeting banner before the failure, Amazon SES quoting the
 * remote reply after its own summary, Zoho's bracketed records.
 */
const clientShapes: Case[] = [
  // .NET's System.Net.Mail SmtpException: its own words for the reply code, then "The server response was: "
  // and the reply without its code (messages as public .NET code quotes them when catching the exception).
  {
    name: ".NET SmtpException: 'Mailbox unavailable.' is 550 by the enhanced code's class",
    input: "Mailbox unavailable. The server response was: 5.7.1 Unable to relay",
    out: { replyCode: 550, enhancedCode: "5.7.1", text: "Unable to relay" },
  },
  {
    name: ".NET SmtpException: 'Mailbox unavailable.' with a 4.x.x code is 450",
    input: "Mailbox unavailable. The server response was: 4.2.1 Mailbox temporarily unavailable",
    out: { replyCode: 450, enhancedCode: "4.2.1" },
  },
  {
    name: ".NET SmtpException: 'Mailbox unavailable.' without an enhanced code has no reply code",
    input: "Mailbox unavailable. The server response was: Access denied",
    out: { replyCode: null, enhancedCode: null },
  },
  {
    name: ".NET SmtpException: 530, from the words for it, wrapped as the exception prints",
    input:
      "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required",
    out: { replyCode: 530, enhancedCode: "5.7.0", text: "Authentication Required" },
  },
  {
    name: ".NET SmtpException: 501 'Syntax error in parameters or arguments.'",
    input:
      "Syntax error in parameters or arguments. The server response was: 5.1.3 Bad recipient address syntax",
    out: { replyCode: 501, enhancedCode: "5.1.3" },
  },
  {
    name: ".NET SmtpException: 554 'Transaction failed.' with no enhanced code",
    input: "Transaction failed. The server response was: Message rejected",
    out: { replyCode: 554, enhancedCode: null, text: "Message rejected" },
  },
  {
    name: "MailKit SmtpCommandException: an enhanced code right after the exception's colon",
    input:
      "MailKit.Net.Smtp.SmtpCommandException: 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
    out: { replyCode: null, enhancedCode: "5.1.1" },
  },
  {
    name: "a client's 'ERROR 550: 5.1.1 …' (code, colon, enhanced code)",
    input: "ERROR 550: 5.1.1 user unknown",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "user unknown" },
  },
  {
    name: "Java clients' '550 - 5.1.1 …' (a dash between the codes)",
    input: "SMTPResponseException: 550 - 5.1.1 <a@example.com>: Recipient address rejected",
    out: { replyCode: 550, enhancedCode: "5.1.1" },
  },
  {
    // Symfony Mailer / Swift Mailer's TransportException, as jan-vince/smallcontactform#95 quotes it.
    name: 'Symfony/Swift: \'Expected response code 250 but got code "550", with message "550 5.7.1 …"\'',
    input: 'Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied\n"',
    out: { replyCode: 550, enhancedCode: "5.7.1", text: "Relaying denied" },
  },
  {
    // WWBN/AVideo#7527: a relay's quota notice; "487" is a count, and RFC 5321 defines no second digit 8
    name: "a count at the end of a line after a colon is no reply code ('… Current quota used: 487')",
    input:
      "C13ypH3DXQO9CC140p6S9y Message would take you over your relay quota of 500 Current quota used: 487",
    out: { replyCode: null, enhancedCode: null },
  },
  {
    name: "an enhanced code after another colon stays in the text (Kerio's 'Result: delayed, Status: 4.4.1 …')",
    input: "Result: delayed, Status: 4.4.1 Cannot connect to host",
    out: { replyCode: null },
  },
  {
    name: "Go net/smtp: continuation lines without a code (GMX)",
    input:
      "554 Transaction failed\nReject due to policy restrictions.\nFor explanation visit https://www.gmx.net/mail/senderguidelines?c=hi",
    out: {
      replyCode: 554,
      enhancedCode: null,
      text: "Transaction failed Reject due to policy restrictions. For explanation visit https://www.gmx.net/mail/senderguidelines?c=hi",
      lines: [
        "Transaction failed",
        "Reject due to policy restrictions.",
        "For explanation visit https://www.gmx.net/mail/senderguidelines?c=hi",
      ],
      ...none,
    },
  },
  {
    name: "Go net/smtp, CRLF, after a client's 'failed: '",
    input: "Message failed: 554 Transaction failed\r\nReject due to policy restrictions.",
    out: { replyCode: 554, lines: ["Transaction failed", "Reject due to policy restrictions."] },
  },
  {
    name: "code-less continuation ends at a blank line",
    input: "554 Transaction failed\nReject due to policy restrictions.\n\nSent from my phone",
    out: { replyCode: 554, lines: ["Transaction failed", "Reject due to policy restrictions."] },
  },
  {
    name: "code-less continuation ends at a timestamped log record",
    input: "550 5.1.1 User unknown\n2024-05-01 10:55:00 queue run finished",
    out: { replyCode: 550, enhancedCode: "5.1.1", lines: ["User unknown"] },
  },
  {
    name: "code-less continuation ends at a syslog record",
    input: "550 5.1.1 User unknown\nMay  1 10:55:00 mx postfix/qmgr[123]: 4BC: removed",
    out: { lines: ["User unknown"] },
  },
  {
    name: "code-less continuation ends at a header field",
    input: "550 5.1.1 User unknown\nReporting-MTA: dns; mx.example.com\nArrival-Date: Wed, 1 May 2024",
    out: { lines: ["User unknown"] },
  },
  {
    name: "code-less continuation ends at another reply",
    input: "554 Transaction failed\nReject due to policy restrictions.\n250 2.0.0 Reset state",
    out: {
      replyCode: 554,
      enhancedCode: null,
      lines: ["Transaction failed", "Reject due to policy restrictions."],
    },
  },
  {
    name: "an error's stack trace is not part of the reply (Nodemailer)",
    input:
      "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n    at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1674:28)",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      lines: ["<a@b.example>: Recipient address rejected: User unknown"],
    },
  },
  {
    name: "code-less continuation ends at a stack frame",
    input:
      "Error: Message failed: 554 Transaction failed\nReject due to policy restrictions.\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)",
    out: { replyCode: 554, lines: ["Transaction failed", "Reject due to policy restrictions."] },
  },
  {
    name: "code-less continuation ends at telnet's closing line",
    input: "421 Service not available\nConnection closed by foreign host.",
    out: { replyCode: 421, lines: ["Service not available"] },
  },
  {
    name: "Python traceback with smtplib's tuple on the last line",
    input:
      "Traceback (most recent call last):\n  File \"send.py\", line 12, in <module>\n    s.sendmail(a, b, msg)\nsmtplib.SMTPDataError: (554, b'5.7.1 Message rejected')",
    out: { replyCode: 554, enhancedCode: "5.7.1", text: "Message rejected" },
  },
  {
    name: "no code-less continuation after qmail's (#5.1.1) line",
    input: "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)\nGiving up on 192.0.2.1.",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      lines: ["sorry, no mailbox here by that name (#5.1.1 - chkusr)"],
    },
  },
  {
    name: "a multi-line reply with coded lines takes no code-less line after its final line",
    input: "550-5.1.1 The email account does not exist.\n550 5.1.1 Please check.\nThanks, the support team",
    out: { lines: ["The email account does not exist.", "Please check."] },
  },
  {
    name: "Python smtplib: each line opens with the enhanced code (Gmail)",
    input:
      "5.7.1 [ip 7] Gmail has detected that this message is\n5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n5.7.1 this message has been blocked.",
    out: {
      replyCode: null,
      enhancedCode: "5.7.1",
      text: "[ip 7] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.",
      lines: [
        "[ip 7] Gmail has detected that this message is",
        "likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
        "this message has been blocked.",
      ],
      ...none,
    },
  },
  {
    name: "Python smtplib's (code, b'message') tuple",
    input:
      "(550, b'5.7.1 [ip 7] Gmail has detected that this message is\\n5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\\n5.7.1 this message has been blocked.')",
    out: {
      replyCode: 550,
      enhancedCode: "5.7.1",
      lines: [
        "[ip 7] Gmail has detected that this message is",
        "likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
        "this message has been blocked.",
      ],
      otherEnhancedCodes: [],
      notes: ["reply code 550 taken from Python's (code, message) tuple"],
    },
  },
  {
    name: "Python smtplib's SMTPRecipientsRefused dict",
    input:
      "smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table')}",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<a@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    },
  },
  {
    name: "a 220 banner before the failure on the same line (La Poste)",
    input:
      "220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107",
    out: {
      replyCode: 421,
      enhancedCode: "4.2.1",
      text: "Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107",
      otherEnhancedCodes: [],
      notes: ["a 220 greeting banner precedes the reply: the failure reply after it is read"],
    },
  },
  {
    name: "a 220 banner line, the failure on the next",
    input: "220 mx.example.com ESMTP\r\n554 5.7.1 Service unavailable; client host blocked",
    out: { replyCode: 554, enhancedCode: "5.7.1", text: "Service unavailable; client host blocked" },
  },
  {
    name: "an SMTP transcript: success replies yield to the failure",
    input:
      "220 mx.example.com ESMTP\nEHLO client.example.org\n250-mx.example.com\n250 PIPELINING\nMAIL FROM:<a@example.org>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 5.1.1 <b@example.com>: Recipient address rejected: User unknown\nQUIT\n221 2.0.0 Bye",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      lines: ["<b@example.com>: Recipient address rejected: User unknown"],
      notes: ["a 220 greeting banner precedes the reply: the failure reply after it is read"],
    },
  },
  {
    name: "a 250 reply before the failure",
    input: "250 2.0.0 Ok\n554 5.7.1 Rejected by policy",
    out: {
      replyCode: 554,
      enhancedCode: "5.7.1",
      notes: ["a 250 reply precedes the failure reply: the failure reply is read"],
    },
  },
  {
    name: "a failure before a success stays the reply",
    input: "421 4.7.0 Try again later\n250 2.0.0 Ok",
    out: { replyCode: 421, enhancedCode: "4.7.0", lines: ["Try again later"] },
  },
  {
    name: "a 220 banner alone stays the reply",
    input: "220 mx.example.com ESMTP Postfix ready for 450 clients",
    out: {
      replyCode: 220,
      enhancedCode: null,
      text: "mx.example.com ESMTP Postfix ready for 450 clients",
      ...none,
    },
  },
  {
    name: "Amazon SES: the quoted remote reply after SES's summary",
    input:
      "5.1.0 - Unknown address error 550-'5.7.1 <000001321defbd2a-788e31c8-2be1-422f-a8d4-cf7765cc9ed7-000000@email-bounces.amazonses.com>... Access denied' (delivery attempts: 0)",
    out: {
      replyCode: 550,
      enhancedCode: "5.7.1",
      text: "<000001321defbd2a-788e31c8-2be1-422f-a8d4-cf7765cc9ed7-000000@email-bounces.amazonses.com>... Access denied",
      otherEnhancedCodes: ["5.1.0"],
      notes: [
        "a relay's summary (5.1.0 - Unknown address error) wraps the remote server's reply: the quoted reply is read",
      ],
    },
  },
  {
    name: "Amazon SES: a quoted remote reply with no enhanced code",
    input: "5.3.0 - Other mail system problem 550-'Unknown user a@example.com' (delivery attempts: 0)",
    out: {
      replyCode: 550,
      enhancedCode: null,
      text: "Unknown user a@example.com",
      otherEnhancedCodes: ["5.3.0"],
    },
  },
  {
    name: "Amazon SES's wrap inside a Diagnostic-Code field",
    input:
      "Action: failed\nStatus: 5.1.0\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.1.1 <a@example.com>: Recipient address rejected: User unknown' (delivery attempts: 0)",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<a@example.com>: Recipient address rejected: User unknown",
    },
  },
  {
    name: "Amazon SES's wrap in a folded Diagnostic-Code field",
    input:
      "Status: 5.1.0\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.1.1 <a@example.com>: Recipient\n address rejected: User unknown' (delivery attempts: 0)\n",
    out: {
      replyCode: 550,
      enhancedCode: "5.1.1",
      text: "<a@example.com>: Recipient address rejected: User unknown",
      otherEnhancedCodes: ["5.1.0"],
    },
  },
  {
    name: "Zoho: bracketed record with ResponseCode 421",
    input: "[Status: Error, Address: <x@example.com>, ResponseCode 421, , Host not reachable.]",
    out: {
      replyCode: 421,
      enhancedCode: null,
      text: "Host not reachable.",
      lines: ["Host not reachable."],
      ...none,
    },
  },
  {
    name: "Zoho: bracketed record with ResponseCode 550",
    input: "[Status: Error, Address: <x@example.com>, ResponseCode 550, , User does not exist.]",
    out: { replyCode: 550, text: "User does not exist." },
  },
  {
    name: "Zoho's reply as findBounceCodes cuts it",
    input: "421, , Host not reachable.]",
    out: { replyCode: 421, text: "Host not reachable." },
  },
];

/** Numbers that are not in reply position never become codes. */
const notCodes: Case[] = [
  { name: "IP address", input: "connect to 192.0.2.1 failed", out: { replyCode: null, enhancedCode: null } },
  { name: "port", input: "connect to mx.example.com port 550: refused", out: { replyCode: null } },
  {
    name: "date and time",
    input: "Deferred since 2024-05-01 10:55:00",
    out: { replyCode: null, enhancedCode: null },
  },
  { name: "message size", input: "message size 550 bytes exceeds limit", out: { replyCode: null } },
  { name: "host name", input: "mx550.example.com refused", out: { replyCode: null } },
  {
    name: "longer dotted number",
    input: "4.2.2.1 unreachable",
    out: { replyCode: null, enhancedCode: null },
  },
  { name: "version", input: "v5.1.1 released", out: { enhancedCode: null } },
];

const bad: Case[] = [
  { name: "empty", input: "", out: { replyCode: null, enhancedCode: null, text: "", lines: [], ...none } },
  { name: "whitespace only", input: " \r\n\t ", out: { replyCode: null, text: "", lines: [] } },
  {
    name: "control characters become spaces",
    input: "550\u0000 5.1.1\u0007 user\u0001unknown\u007f",
    out: { replyCode: 550, enhancedCode: "5.1.1", text: "user unknown" },
  },
  {
    name: "unclosed brackets",
    input: `550 5.1.1 <a@b.example ${"[(".repeat(50_000)}`,
    out: { replyCode: 550, enhancedCode: "5.1.1" },
  },
  { name: "dots only", input: ".".repeat(100_000), out: { replyCode: null, enhancedCode: null } },
];

function run(cases: Case[]) {
  test.each(cases)("$name", ({ input, out }) => {
    expect(parseReply(input)).toMatchObject(out);
  });
}

describe("parseReply", () => {
  describe("bare codes", () => run(bareCodes));
  describe("whole replies", () => run(wholeReplies));
  describe("multi-line replies", () => run(multiLine));
  describe("DSN and Diagnostic-Code shapes", () => run(dsn));
  describe("MTA bounce texts and logs", () => run(mtas));
  describe("client and relay shapes", () => run(clientShapes));
  describe("numbers outside reply position", () => run(notCodes));
  describe("bad input", () => run(bad));
});

describe("parseReply limits", () => {
  test("a 5 MB input: codes from the start, text capped, truncation noted", () => {
    const input = `550 5.1.1 user unknown ${"x".repeat(5 * 1024 * 1024)}`;
    const parsed = parseReply(input);
    expect(parsed.replyCode).toBe(550);
    expect(parsed.enhancedCode).toBe("5.1.1");
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(parsed.text.startsWith("user unknown x")).toBe(true);
    expect(parsed.notes).toContain(
      `input longer than ${MAX_INPUT_CHARS} characters: only the start was read`,
    );
    expect(parsed.notes).toContain(`text longer than ${MAX_TEXT_CHARS} characters: truncated`);
  });

  test("1 MB of digits and dots has no code", () => {
    const parsed = parseReply("5.".repeat(512 * 1024));
    expect(parsed).toMatchObject({ replyCode: null, enhancedCode: null });
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  test("1 MB of digits has no code", () => {
    expect(parseReply("5".repeat(1024 * 1024))).toMatchObject({ replyCode: null, enhancedCode: null });
  });

  test("thousands of 550- lines: the first lines are read, the rest noted", () => {
    const input = `${"550-5.7.1 Message rejected as spam\r\n".repeat(30_000)}550 5.7.1 end`;
    const parsed = parseReply(input);
    expect(parsed).toMatchObject({ replyCode: 550, enhancedCode: "5.7.1", otherEnhancedCodes: [] });
    expect(parsed.lines.length).toBeGreaterThan(10);
    expect(parsed.lines.length).toBeLessThanOrEqual(MAX_REPLY_LINES);
    expect(parsed.lines.every((l) => l === "Message rejected as spam")).toBe(true);
    expect(parsed.notes).toContain(`reply longer than ${MAX_REPLY_LINES} lines: the rest was not read`);
  });

  test("thousands of 550- lines joined by spaces", () => {
    const parsed = parseReply(`${"550-5.7.1 spam ".repeat(20_000)}550 5.7.1 end`);
    expect(parsed).toMatchObject({ replyCode: 550, enhancedCode: "5.7.1" });
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(parsed.lines.length).toBeLessThanOrEqual(MAX_REPLY_LINES);
  });

  test("many <<< markers", () => {
    expect(parseReply(`550 5.1.1 ${"<<<".repeat(100_000)}`)).toMatchObject({
      replyCode: 550,
      enhancedCode: "5.1.1",
    });
  });

  test("not a string: no throw, empty result", () => {
    for (const input of [undefined, null, 42, {}] as unknown as string[]) {
      expect(() => parseReply(input)).not.toThrow();
    }
    expect(parseReply(undefined as unknown as string)).toMatchObject({
      replyCode: null,
      text: "",
      lines: [],
    });
    expect(parseReply(550 as unknown as string)).toMatchObject({ replyCode: 550 });
  });

  test("the result is plain JSON", () => {
    const parsed = parseReply(gmailDmarc.join("\n"));
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });
});

describe("normaliseCommand", () => {
  test.each([
    ["RCPT To:<a@b.example>", "RCPT TO"],
    ["rcpt to", "RCPT TO"],
    ["pipelined RCPT TO", "RCPT TO"],
    ["MAIL From:<a@b.example> SIZE=1543", "MAIL FROM"],
    ["end of DATA", "DATA"],
    ["DATA", "DATA"],
    ["BDAT 1024 LAST", "BDAT"],
    ["initial greeting", "CONN"],
    ["initial connection", "CONN"],
    ["CONN", "CONN"],
    ["EHLO neko.example.com", "EHLO"],
    ["HELO", "HELO"],
    ["STARTTLS", "STARTTLS"],
    ["AUTH PLAIN", "AUTH"],
    ["QUIT", "QUIT"],
    ["DATABASE", null],
    ["lunch", null],
    ["", null],
  ])("%s → %s", (input, out) => {
    expect(normaliseCommand(input)).toBe(out);
  });
});

describe("normaliseEnhancedCode", () => {
  test.each([
    ["5.7.26", "5.7.26"],
    ["5.7.026", "5.7.26"],
    [" 4.02.002 ", "4.2.2"],
    ["2.0.0", "2.0.0"],
    ["5.1.351", "5.1.351"],
    ["3.1.1", null],
    ["5.1", null],
    ["5.1.1.1", null],
    ["5.1.1000", null],
    ["5.1.1a", null],
    ["", null],
  ])("%s → %s", (input, out) => {
    expect(normaliseEnhancedCode(input)).toBe(out);
  });
});

/** Strings built from the pieces replies and their wrappers are made of. */
const replyish = fc
  .array(
    fc.constantFrom(
      "550",
      "550-",
      "5.7.26",
      "5.7.026",
      "4.2.2",
      " ",
      "  ",
      "\n",
      "\r\n",
      "\n    ",
      "said:",
      "host mx.example.com[192.0.2.1] ",
      "<<< ",
      ">>> RCPT To:<a@b>",
      "(#5.1.1)",
      "smtp;",
      "Diagnostic-Code: ",
      "Status: ",
      "Remote Server returned '",
      "'",
      "(",
      ")",
      "<",
      ">",
      "##",
      "(in reply to RCPT TO command)",
      "status=bounced (",
      "SMTP error from remote mail server after RCPT TO:<a@b>:",
      "=\n",
      "quoted-printable",
      "User unknown",
      "\u0000",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("parseReply properties", () => {
  // The internal function, so that a throw is not hidden by parseReply's safety net.
  test("never throws; lines and text agree; codes well-formed; caps hold", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }), replyish),
        (input) => {
          const parsed = parseReplyImpl(input);
          expect(parsed.text).toBe(parsed.lines.join(" "));
          expect(parsed.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
          expect(parsed.lines.length).toBeLessThanOrEqual(MAX_REPLY_LINES);
          expect(parsed.lines.every((l) => l !== "" && l === l.trim())).toBe(true);
          if (parsed.replyCode !== null) expect(parsed.replyCode).toBeGreaterThanOrEqual(200);
          if (parsed.replyCode !== null) expect(parsed.replyCode).toBeLessThan(600);
          for (const code of [parsed.enhancedCode, ...parsed.otherEnhancedCodes]) {
            if (code !== null) expect(normaliseEnhancedCode(code)).toBe(code);
          }
          expect(parsed.otherEnhancedCodes).not.toContain(parsed.enhancedCode);
          expect(new Set(parsed.otherEnhancedCodes).size).toBe(parsed.otherEnhancedCodes.length);
          expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
