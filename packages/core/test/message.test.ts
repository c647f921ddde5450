/**
 * Whole bounce messages (what lands in a sender's bounce mailbox) given to explain()/parseReply(): only the
 * notice and the delivery-status part are read, never the header fields or the returned message.
 * The messages (test/fixtures/messages, see its README) are assembled in the standard shapes (RFC 3464
 * multipart/report, a plain-text notice with the returned message appended as Exim sends it); the replies
 * inside them are real ones (Gmail's and Sendmail's user-unknown replies) as quoted elsewhere in the tests.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { explain } from "../src/index.js";
import { bounceReport, MAX_MESSAGE_CHARS } from "../src/parse/message.js";
import { parseReply } from "../src/parse.js";

const crlf = (lines: string[]) => lines.join("\r\n");

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/messages/${name}`, import.meta.url), "utf8");
/** A multipart/report DSN as Postfix sends it (CRLF), Gmail's user-unknown reply in its Diagnostic-Code. */
const DSN = fixture("postfix-dsn.eml");
/** Exim's shape: one text/plain body, the notice, then a copy of the returned message. */
const PLAIN = fixture("exim-plain.eml");
/** The returned message in both: a subject and body full of bounce words. */
const RETURNED = PLAIN.slice(PLAIN.indexOf("Return-Path: <sender@")).split("\n");

describe("whole bounce messages", () => {
  test("a multipart/report DSN is read by its Diagnostic-Code; the returned message is not read", () => {
    const r = explain(DSN);
    expect(r.replyCode).toBe(550);
    expect(r.enhancedCode).toBe("5.1.1");
    expect(r.reason).toBe("userunknown");
    expect(r.suppress).toBe(true);
    expect(r.provider).toBe("gmail");
    const report = bounceReport(DSN) ?? "";
    expect(report).toContain("I'm sorry to have to inform you");
    expect(report).toContain("Diagnostic-Code: smtp; 550-5.1.1");
    expect(report).not.toContain("Upgrade your storage quota");
    expect(report).not.toContain("Subject:");
  });

  test("a plain-text notice is cut where the copy of the returned message starts", () => {
    const report = bounceReport(PLAIN) ?? "";
    expect(report).toContain("550 5.1.1 <kijitora@example.jp>... User Unknown");
    expect(report).toContain("This is a copy of the message");
    expect(report).not.toContain("Return-Path");
    expect(report).not.toContain("mailbox is full");
    const r = explain(PLAIN);
    expect(r.reason).toBe("userunknown");
    expect(r.type).toBe("hard");
    expect(parseReply(PLAIN).notes[0]).toMatch(/failure report inside a bounce message/);
  });

  test("a code-less notice is judged by its own words, not by the returned message's", () => {
    // Read whole, the returned subject ("Your mailbox is full?") made this a soft mailbox-full bounce.
    const codeless = PLAIN.replace(/ {4}SMTP error from[^\n]*\n {4}550 5\.1\.1[^\n]*\n/, "");
    expect(codeless).not.toContain("SMTP error");
    const r = explain(codeless);
    expect(r.reason).not.toBe("mailboxfull");
    expect(r.type).toBe("hard"); // "This is a permanent error."
  });

  test("base64 and quoted-printable notices are decoded, in their charset", () => {
    const notice = "452 4.2.2 The email account that you tried to reach is over quota — réessayez";
    const b64 = Buffer.from(notice, "utf8").toString("base64");
    const message = crlf([
      "From: MAILER-DAEMON@example.net",
      "Subject: failure notice",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      b64.slice(0, 40),
      b64.slice(40),
      "",
    ]);
    expect(bounceReport(message)?.trim()).toBe(notice);
    expect(explain(message).reason).toBe("mailboxfull");

    const qp = crlf([
      "From: MAILER-DAEMON@example.net",
      "Content-Type: text/plain; charset=iso-8859-1",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "552 5.2.2 Bo=EEte aux lettres pleine, le destinataire ne peut recevoir =",
      "plus de messages",
      "",
    ]);
    expect(bounceReport(qp)?.trim()).toBe(
      "552 5.2.2 Boîte aux lettres pleine, le destinataire ne peut recevoir plus de messages",
    );
  });

  test("a 7-bit ISO-2022-JP notice is decoded", () => {
    // "ユーザ不明" (user unknown) in ISO-2022-JP: ESC $ B … ESC ( B.
    const jis = "\x1b$B%f!<%6ITL@\x1b(B";
    const message = [
      "From: postmaster@example.jp",
      "Content-Type: text/plain; charset=iso-2022-jp",
      "",
      `550 ${jis} kijitora@example.jp`,
      "",
    ].join("\n");
    expect(bounceReport(message)).toContain("ユーザ不明");
  });

  test("a bounce that a relay wrapped in message/rfc822 is opened; a returned message is not", () => {
    const wrapped = crlf([
      "From: relay@example.com",
      "Subject: Fwd: Undelivered Mail Returned to Sender",
      'Content-Type: multipart/mixed; boundary="outer"',
      "",
      "--outer",
      "Content-Type: text/plain",
      "",
      "Forwarded by the relay.",
      "--outer",
      "Content-Type: message/rfc822",
      "",
      DSN,
      "--outer--",
      "",
    ]);
    expect(explain(wrapped).reason).toBe("userunknown");

    // A message that carries an ordinary message (not a bounce) as an attachment: the attachment's words stay out.
    const ordinary = crlf([
      "From: MAILER-DAEMON@example.net",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain",
      "",
      "Delivery to the following recipient failed.",
      "--b",
      "Content-Type: message/rfc822",
      "",
      ...RETURNED,
      "--b--",
      "",
    ]);
    expect(bounceReport(ordinary)).not.toContain("storage quota");
  });

  test("a boundary parameter the body does not use: the body's own boundary lines are followed", () => {
    const mangled = DSN.replace(
      'boundary="1A2B3C.1619690401/mx.example.org"',
      'boundary="1A2B3C.0000000000/mx.example.org"',
    );
    expect(mangled).not.toBe(DSN);
    expect(explain(mangled)).toMatchObject({ enhancedCode: "5.1.1", reason: "userunknown" });
  });

  test("any header field may come first (Yahoo's X-Apparently-To) when a message field follows", () => {
    const yahoo = `X-Apparently-To: sender@example.org; Mon, 21 May 2018 12:26:17 +0000\r\n${DSN}`;
    expect(bounceReport(yahoo)).toContain("Diagnostic-Code: smtp; 550-5.1.1");
  });

  test("an HTML-only notice is read without its tags", () => {
    const html = crlf([
      "From: postmaster@example.com",
      "Subject: Undeliverable: hello",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<html><body><p>Delivery has failed to these recipients:</p>",
      "<p><b>kijitora@example.com</b><br>Remote Server returned &#39;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found&#39;</p>",
      "</body></html>",
    ]);
    const report = bounceReport(html) ?? "";
    expect(report).not.toContain("<");
    expect(explain(html)).toMatchObject({ replyCode: 550, enhancedCode: "5.1.1", reason: "userunknown" });
  });

  test("a message that only forwards another one reports nothing: its header words are not read", () => {
    const forwarded = crlf([
      "Delivered-To: abuse@example.com",
      "Received-SPF: fail (domain of example.org does not designate 192.0.2.7 as permitted sender)",
      "Authentication-Results: mx.example.com; dkim=fail; spf=fail; dmarc=fail",
      'Content-Type: multipart/mixed; boundary="f"',
      "",
      "--f",
      "Content-Type: message/rfc822",
      "",
      ...RETURNED,
      "--f--",
      "",
    ]);
    expect(bounceReport(forwarded)).toBe("");
    const r = explain(forwarded);
    expect(r.reason).toBe("undefined");
    expect(r.type).toBe("unknown");
    expect(parseReply(forwarded).notes[0]).toMatch(/no failure report/);
  });

  test("a message that is not a bounce reports nothing: an out-of-office reply, a person's answer", () => {
    const reply = (subject: string, body: string) =>
      crlf([
        "From: Kijitora <kijitora@example.net>",
        `Subject: ${subject}`,
        "Auto-Submitted: auto-replied",
        "Content-Type: text/plain; charset=utf-8",
        "",
        body,
      ]);
    for (const message of [
      reply("Automatic reply: Nyaan", "I am out of the office and unable to reply until May 5th."),
      reply("Re: your offer", "Sorry, I failed to see the point of your last message. Please stop writing."),
    ]) {
      expect(bounceReport(message)).toBe("");
      expect(explain(message)).toMatchObject({ type: "unknown", reason: "undefined", suppress: false });
    }
    // The same notice words from an ordinary sender do make a bounce when they say the mail was not delivered
    // (au/KDDI's notices come from a no-reply address with the subject "Mail").
    const kddi = reply(
      "Mail",
      "Your mail sent on: Thu, 29 Apr 2013\n     Could not be delivered to: <a@example.jp>\n     As their mailbox is full.",
    );
    expect(explain(kddi).reason).toBe("mailboxfull");
  });

  test("an mbox envelope line before the header fields is skipped", () => {
    expect(explain(`From MAILER-DAEMON Thu Apr 29 23:34:45 2021\n${PLAIN}`).reason).toBe("userunknown");
  });

  test("inputs that are not a message are left alone", () => {
    for (const input of [
      "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
      "Mailbox full",
      "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
      "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.com\nStatus: 5.1.1",
      "Subject: hello",
      "Subject: hello\n\n",
      "host mx.example.com[192.0.2.1] said: 550 5.1.1 unknown",
      "",
    ]) {
      expect(bounceReport(input), input).toBeNull();
    }
  });

  test("a long message is read up to MAX_MESSAGE_CHARS; the report at its start still decides", () => {
    const big = `${PLAIN}\n${"x".repeat(MAX_MESSAGE_CHARS * 2)}`;
    expect(explain(big).reason).toBe("userunknown");
  });

  test("broken structure never throws: unclosed multiparts, missing boundaries, bad base64", () => {
    const broken = [
      'From: a@b\nContent-Type: multipart/report; boundary="x"\n\n--x\nContent-Type: text/plain\n\n550 5.1.1 unknown',
      "From: a@b\nContent-Type: multipart/mixed\n\n--x\n\nhello",
      "From: a@b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!%%%",
      "From: a@b\nContent-Type: text/plain; charset=x-unknown-charset\nContent-Transfer-Encoding: quoted-printable\n\n=E9=",
      `From: a@b\n${"Received: x\n".repeat(10000)}\n550 5.1.1 unknown`,
    ];
    for (const input of broken) expect(() => explain(input)).not.toThrow();
    expect(explain(broken[0] ?? "").enhancedCode).toBe("5.1.1");
  });

  test("property: message-shaped input of any make-up never throws and explains deterministically", () => {
    const token = fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{0,12}$/);
    const field = fc.tuple(
      fc.constantFrom("From", "Received", "Content-Type", "Content-Transfer-Encoding", "X-Test", "Subject"),
      fc.oneof(
        token,
        fc.constantFrom(
          "multipart/report; boundary=b",
          'multipart/mixed; boundary="b"',
          "message/delivery-status",
          "message/rfc822",
          "text/plain; charset=iso-2022-jp",
          "text/html",
          "base64",
          "quoted-printable",
        ),
      ),
    );
    const line = fc.oneof(
      field.map(([name, value]) => `${name}: ${value}`),
      fc.constantFrom(
        "",
        "--b",
        "--b--",
        " folded",
        "Diagnostic-Code: smtp; 550 5.1.1 unknown",
        "=E9=",
        "\x1b$B",
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(
        field,
        fc.array(line, { maxLength: 30 }),
        fc.boolean(),
        ([name, value], lines, crlfEnds) => {
          const message = [`${name}: ${value}`, ...lines].join(crlfEnds ? "\r\n" : "\n");
          const a = explain(message);
          expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
          expect(explain(message)).toStrictEqual(a);
        },
      ),
      { numRuns: 400 },
    );
  });
});
