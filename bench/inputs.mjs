// Inputs for `pnpm bench`. The replies follow the shape real servers send (Gmail, Microsoft 365, Yahoo,
// Postfix, Exim); addresses, IPs and queue ids are replaced with documentation values.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Bare codes, as people type them: numbers, reply codes as strings, enhanced codes. */
export const BARE_CODES = [550, "550", "5.7.26", 421, "4.2.2", "5.1.1", 452, "5.7.1"];

/** Typical one-line replies. */
export const ONE_LINE_REPLIES = [
  "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
  "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
  "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
  "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org",
  "550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB1234.eurprd01.prod.outlook.com]",
  "451 4.7.1 <user@example.com>: Recipient address rejected: Greylisted for 300 seconds",
  "552 5.3.4 Message size exceeds fixed limit",
  "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
  "550 5.7.606 Access denied, banned sending IP [203.0.113.5].",
  "421 4.3.2 Service not available, closing transmission channel",
  "553 5.7.1 <sender@example.net>: Sender address rejected: not owned by user sender@example.net",
];

/** Long, multi-line replies (continuation lines `550-…`), and a bounce log line with a DSN. */
export const MULTI_LINE_REPLIES = [
  [
    "550-5.7.26 This mail is unauthenticated, which poses a security risk to the",
    "550-5.7.26 sender and Gmail users, and has been blocked. The sender must",
    "550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,",
    "550-5.7.26 DKIM checks did not pass and SPF check for [example.com] did not",
    "550-5.7.26 pass with ip: [203.0.113.5]. The sender should visit",
    "550-5.7.26  https://support.google.com/mail/answer/81126#authentication for",
    "550 5.7.26 instructions on setting up authentication. d2e1a72fcca58-7f2b3c1a9d.12 - gsmtp",
  ].join("\r\n"),
  [
    "421-4.7.28 [203.0.113.5      15] Our system has detected an unusual rate of",
    "421-4.7.28 unsolicited mail originating from your IP address. To protect our",
    "421-4.7.28 users from spam, mail sent from your IP address has been temporarily",
    "421-4.7.28 rate limited. Please visit",
    "421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
    "421 4.7.28 review our Bulk Email Senders Guidelines. a640c23a62f3a-ab7e4f1c.43 - gsmtp",
  ].join("\r\n"),
  "Nov 28 09:00:01 mx postfix/smtp[1234]: 4XyZ1234AbC: to=<nobody@example.org>, relay=mx.example.org[198.51.100.7]:25, delay=0.4, delays=0.01/0/0.2/0.19, dsn=5.1.1, status=bounced (host mx.example.org[198.51.100.7] said: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
  [
    "550-5.7.1 Message rejected as spam by Content Filtering. Your message could not be",
    "550-5.7.1 delivered because it was classified as spam by the recipient's content",
    "550-5.7.1 filter. The classification is based on the message content, sending",
    "550-5.7.1 infrastructure and the reputation of the domains in it. If you believe",
    "550-5.7.1 this is an error, contact the recipient by other means and ask them to",
    "550-5.7.1 add your address to their allow list, or contact your mail administrator",
    "550-5.7.1 with the full text of this message and the time it was sent so that the",
    "550-5.7.1 filtering decision can be reviewed. Reference: 7f0c1e2d-3b4a-5c6d-7e8f-",
    "550-5.7.1 90a1b2c3d4e5; server AM0PR01MB1234.eurprd01.prod.outlook.com; time",
    "550-5.7.1 2026-11-28T09:00:01Z; sending IP 203.0.113.5; envelope sender",
    "550-5.7.1 <sender@example.net>; recipient <nobody@example.org>; size 48213 bytes;",
    "550-5.7.1 spam confidence level 9; bulk complaint level 7; category SPM; action",
    "550 5.7.1 rejected. [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]",
  ].join("\r\n"),
];

/** Reply codes and their meanings, for the baseline: what a plain table lookup costs on this machine. */
export const BASELINE_TABLE = new Map(
  [
    [211, "System status"],
    [214, "Help message"],
    [220, "Service ready"],
    [221, "Service closing transmission channel"],
    [250, "Requested mail action okay, completed"],
    [251, "User not local; will forward"],
    [252, "Cannot VRFY user, but will accept message"],
    [354, "Start mail input"],
    [421, "Service not available, closing transmission channel"],
    [450, "Requested mail action not taken: mailbox unavailable"],
    [451, "Requested action aborted: local error in processing"],
    [452, "Requested action not taken: insufficient system storage"],
    [455, "Server unable to accommodate parameters"],
    [500, "Syntax error, command unrecognized"],
    [501, "Syntax error in parameters or arguments"],
    [502, "Command not implemented"],
    [503, "Bad sequence of commands"],
    [504, "Command parameter not implemented"],
    [521, "Host does not accept mail"],
    [550, "Requested action not taken: mailbox unavailable"],
    [551, "User not local"],
    [552, "Requested mail action aborted: exceeded storage allocation"],
    [553, "Requested action not taken: mailbox name not allowed"],
    [554, "Transaction failed"],
    [555, "MAIL FROM/RCPT TO parameters not recognized or not implemented"],
    [556, "Domain does not accept mail"],
  ].map(([code, meaning]) => [String(code), meaning]),
);

/** The baseline operation: read the reply code off the input and look it up in a Map. */
export function baselineLookup(input) {
  return BASELINE_TABLE.get(typeof input === "number" ? String(input) : input.slice(0, 3));
}

export const CORPUS_PATH = fileURLToPath(
  new URL("../packages/core/test/fixtures/replies/replies.jsonl", import.meta.url),
);

/** The labelled corpus of real replies, or null when it is not there (yet). */
export function loadCorpus() {
  if (!existsSync(CORPUS_PATH)) return null;
  const replies = [];
  for (const line of readFileSync(CORPUS_PATH, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const record = JSON.parse(line);
    if (typeof record.reply === "string" && record.reply !== "") replies.push(record.reply);
  }
  return replies;
}

const MB = 1024 * 1024;

/** Repeat `unit` until the string is `size` characters long. */
function fill(unit, size = MB) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * Replies of `n` characters (1 MB by default) built to make a backtracking regex or a quadratic scan blow up: long runs of digits and
 * dots, thousands of continuation lines, brackets that never close, provider keywords over and over.
 */
export const ADVERSARIAL = {
  "digits (5555…)": (n = MB) => fill("5", n),
  "reply code then digits": (n = MB) => `550 ${fill("5", n - 4)}`,
  "digits and dots (5.5.5.…)": (n = MB) => fill("5.", n),
  "enhanced-code lookalikes (5.7.2 5.7.2…)": (n = MB) => fill("5.7.2 ", n),
  "thousands of 550- lines": (n = MB) =>
    `${fill("550-5.7.1 Message rejected as spam by Content Filtering.\r\n", n - 40)}\r\n550 5.7.1 end`,
  "bare 550- lines": (n = MB) => fill("550-\n", n),
  "unclosed < brackets": (n = MB) => `550 5.1.1 ${fill("<a@", n - 10)}`,
  "unclosed [ ( brackets": (n = MB) => `550 5.7.1 ${fill("[(", n - 10)}`,
  "provider keywords": (n = MB) =>
    `550 5.7.1 ${fill("gmail google outlook.com protection.outlook.com yahoo aol icloud mimecast proofpoint ", n - 10)}`,
  "urls over and over": (n = MB) => `550 5.7.26 ${fill("https://support.google.com/mail/?p=", n - 11)}`,
  "spaces, then a letter": (n = MB) => `550 ${fill(" ", n - 5)}x`,
  "one long word": (n = MB) => `550 5.1.1 ${fill("a", n - 10)}`,
  "newlines only": (n = MB) => fill("\n", n),
  "log prefixes (status=bounced (host …)": (n = MB) =>
    fill("status=bounced (host mx.example.org[198.51.100.7] said: ", n),
};

/** The 1 kB reference: a typical reply padded with ordinary text to 1 kB. */
export function oneKilobyteReply() {
  const head =
    "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table ";
  return head + fill("lorem ipsum dolor sit amet ", 1024 - head.length);
}
