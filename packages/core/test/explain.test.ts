import { describe, expect, test } from "vitest";
import { ACTION_NAMES, BOUNCE_TYPES, explain, REASON_NAMES } from "../src/index.js";
import type { Explanation } from "../src/types.js";

/** Every result must be a plain JSON value with fields from the documented sets. */
function expectWellFormed(e: Explanation): void {
  expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  expect(BOUNCE_TYPES).toContain(e.type);
  expect(REASON_NAMES).toContain(e.reason);
  expect(ACTION_NAMES).toContain(e.action);
  expect(typeof e.summary).toBe("string");
  expect(e.summary.length).toBeGreaterThan(10);
}

// The seed's thirteen examples (issue 2). Non-standard basic codes are explained, never rejected.
describe("the seed's examples", () => {
  const seed: {
    input: string;
    type: "hard" | "soft";
    suppress: boolean;
    reason?: string;
    nonstandard?: boolean;
  }[] = [
    { input: "550 5.7.1", type: "hard", suppress: false },
    { input: "550 5.7.26", type: "hard", suppress: false, reason: "authfailure" },
    { input: "551 5.7.1", type: "hard", suppress: false },
    { input: "552 5.2.2", type: "soft", suppress: false, reason: "mailboxfull" },
    { input: "553 5.1.2", type: "hard", suppress: true, reason: "hostunknown" },
    { input: "554 5.6.0", type: "hard", suppress: false, reason: "contenterror" },
    { input: "554 5.7.0", type: "hard", suppress: false },
    { input: "555 5.5.2", type: "hard", suppress: false, reason: "syntaxerror" },
    { input: "561 5.6.1", type: "hard", suppress: false, reason: "contenterror", nonstandard: true },
    { input: "571 5.7.1", type: "hard", suppress: false, nonstandard: true },
    { input: "573 5.7.3", type: "hard", suppress: false, nonstandard: true },
    { input: "575 5.7.5", type: "hard", suppress: false, nonstandard: true },
    { input: "576 5.7.6", type: "hard", suppress: false, nonstandard: true },
  ];
  test.each(seed)("$input", ({ input, type, suppress, reason, nonstandard }) => {
    const e = explain(input);
    expectWellFormed(e);
    const [reply, enhanced] = input.split(" ");
    expect(e.replyCode).toBe(Number(reply));
    expect(e.enhancedCode).toBe(enhanced);
    expect(e.type).toBe(type);
    expect(e.suppress).toBe(suppress);
    if (reason) expect(e.reason).toBe(reason);
    expect(e.action === "suppress").toBe(suppress);
    expect(e.details.replyCode?.code).toBe(Number(reply));
    expect(e.details.enhancedCode?.registered).toBe(true);
    expect(e.details.replyCode?.standard).toBe(!nonstandard);
    expect(e.evidence.conflicts.some((c) => c.kind === "nonstandard-reply-code")).toBe(Boolean(nonstandard));
  });
});

describe("bare codes", () => {
  test.each([
    [550, 550, null, "hard"],
    ["550", 550, null, "hard"],
    ["  421  ", 421, null, "soft"],
    ["5.7.26", null, "5.7.26", "hard"],
    ["4.2.2", null, "4.2.2", "soft"],
    ["550 5.7.26", 550, "5.7.26", "hard"],
    ["250", 250, null, "none"],
    ["250 2.0.0", 250, "2.0.0", "none"],
    ["354", 354, null, "none"],
  ] as const)("%j", (input, replyCode, enhancedCode, type) => {
    const e = explain(input);
    expectWellFormed(e);
    expect(e.replyCode).toBe(replyCode);
    expect(e.enhancedCode).toBe(enhancedCode);
    expect(e.type).toBe(type);
  });
  test("a positive reply code with a failure enhanced code is a failure", () => {
    const e = explain("254 4.7.1 Suppression for user@example.com");
    expect(e.type).toBe("soft");
    expect(e.reason).not.toBe("delivered");
    expect(e.evidence.conflicts.map((c) => c.kind)).toContain("class-mismatch");
  });
  test("a positive reply is not a bounce", () => {
    const e = explain("250 2.0.0 OK");
    expect(e).toMatchObject({ type: "none", reason: "delivered", action: "none", suppress: false });
  });
});

describe("whole replies in the shapes of logs and bounce emails", () => {
  test.each([
    {
      name: "Gmail multi-line DMARC reply",
      input:
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if\r\n550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go to\r\n550 5.7.26  https://support.google.com/mail/?p=DmarcRejection a1si123.1 - gsmtp",
      out: {
        replyCode: 550,
        enhancedCode: "5.7.26",
        type: "hard",
        suppress: false,
        reason: "authfailure",
        provider: "gmail",
      },
    },
    {
      name: "Diagnostic-Code",
      input: "smtp; 550 5.1.1 <nobody@example.org>... User unknown",
      out: {
        replyCode: 550,
        enhancedCode: "5.1.1",
        type: "hard",
        suppress: true,
        reason: "userunknown",
        action: "suppress",
      },
    },
    {
      name: "Postfix",
      input:
        "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
      out: { replyCode: 550, enhancedCode: "5.1.1", type: "hard", suppress: true, reason: "userunknown" },
    },
    {
      name: "qmail",
      input: "Sorry, no mailbox here by that name. (#5.1.1)",
      out: { enhancedCode: "5.1.1", type: "hard", suppress: true, reason: "userunknown" },
    },
    {
      name: "Exchange",
      input: "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
      out: { replyCode: 550, enhancedCode: "5.1.1", type: "hard", suppress: true, reason: "userunknown" },
    },
    {
      name: "a bare reply code with text",
      input: "554 Transaction failed",
      out: { replyCode: 554, enhancedCode: null, type: "hard" },
    },
    {
      name: "over quota (4xx)",
      input:
        "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp",
      out: {
        replyCode: 452,
        enhancedCode: "4.2.2",
        type: "soft",
        suppress: false,
        reason: "mailboxfull",
        action: "retry_later",
      },
    },
    {
      name: "mailbox full on a 5xx is still soft",
      input: "552 5.2.2 The email account that you tried to reach is over quota and inactive.",
      out: { type: "soft", suppress: false, reason: "mailboxfull" },
    },
    {
      name: "too many recipients on 552 is soft (RFC 5321 §4.5.3.1.10)",
      input: "552 5.5.3 Too many recipients",
      out: { type: "soft", reason: "toomanyrecipients" },
    },
    {
      name: "a 4xx that says retrying will not succeed is hard",
      input:
        "421 4.7.0 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes",
      out: { type: "hard", provider: "yahoo" },
    },
    {
      name: "Yahoo deferral",
      input:
        "421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      out: { replyCode: 421, enhancedCode: "4.7.0", type: "soft", suppress: false, provider: "yahoo" },
    },
    {
      name: "text with no code",
      input: "mailbox full",
      out: { replyCode: null, enhancedCode: null, type: "soft", reason: "mailboxfull" },
    },
  ])("$name", ({ input, out }) => {
    const e = explain(input);
    expectWellFormed(e);
    expect(e).toMatchObject(out);
  });
  test("the evidence names the rules that decided", () => {
    const e = explain(
      "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@b>: User unknown (in reply to RCPT TO command)",
    );
    expect(e.evidence.decidedBy).not.toBe("none");
    expect(e.evidence.rules.length).toBeGreaterThan(0);
    expect(e.details.command).toBe("RCPT TO");
  });
});

describe("error-like objects", () => {
  test("a Nodemailer envelope error", () => {
    const e = explain({
      code: "EENVELOPE",
      command: "RCPT TO",
      responseCode: 550,
      response: "550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown",
      message:
        "Recipient command failed: 550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown",
    });
    expect(e).toMatchObject({
      replyCode: 550,
      enhancedCode: "5.1.1",
      type: "hard",
      suppress: true,
      reason: "userunknown",
    });
    expect(e.details.errorCode).toBe("EENVELOPE");
    expect(e.details.command).toBe("RCPT TO");
  });
  test("a real Error instance with a multi-line response", () => {
    const err = Object.assign(new Error("Message failed"), {
      code: "EMESSAGE",
      command: "DATA",
      responseCode: 550,
      response:
        "550-5.7.26 Unauthenticated email is not accepted\n550 5.7.26 due to domain's DMARC policy - gsmtp",
    });
    expect(explain(err)).toMatchObject({ type: "hard", suppress: false, reason: "authfailure" });
  });
  test("responseCode alone", () => {
    expect(explain({ responseCode: 421 })).toMatchObject({ replyCode: 421, type: "soft" });
    expect(explain({ responseCode: "550" })).toMatchObject({ replyCode: 550, type: "hard" });
  });
  test.each([
    ["ECONNECTION", "networkerror", "soft"],
    ["ETIMEDOUT", "networkerror", "soft"],
    ["EDNS", "networkerror", "soft"],
    ["ETLS", "failedstarttls", "soft"],
    ["EAUTH", "securityerror", "hard"],
    ["ESOCKET", "networkerror", "soft"],
  ])("no server reply: %s", (code, reason, type) => {
    const e = explain({ code, message: `Error ${code}`, command: "CONN" });
    expectWellFormed(e);
    expect(e).toMatchObject({ reason, type, suppress: false, replyCode: null });
    expect(e.evidence.rules.map((r) => r.id)).toContain(`client.${code}`);
  });
});

describe("bad input never crashes", () => {
  test.each([
    ["empty", ""],
    ["null", null],
    ["undefined", undefined],
    ["whitespace", " \n\t "],
    ["an object without fields", {}],
    ["999 9.9.9", "999 9.9.9"],
    ["binary", "\u0000\u0001\u0002\uFFFD\uD800"],
    ["NaN", Number.NaN],
    ["negative", -550],
    ["float", 550.5],
    ["Infinity", Number.POSITIVE_INFINITY],
  ])("%s → unknown", (_name, input) => {
    const e = explain(input as never);
    expectWellFormed(e);
    expect(e.type).toBe("unknown");
    expect(e.action).toBe("investigate");
  });
  test("a 5 MB string", () => {
    const e = explain(`550 5.1.1 ${"x".repeat(5 * 1024 * 1024)}`);
    expectWellFormed(e);
    expect(e.replyCode).toBe(550);
    expect((e.details.text ?? "").length).toBeLessThanOrEqual(2000);
  });
  test.each([
    ["boolean", true],
    ["function", () => 550],
    ["symbol", Symbol("550")],
    ["bigint", 550n],
    ["array", [550]],
  ])("wrong argument type (%s) → TypeError", (_name, input) => {
    expect(() => explain(input as never)).toThrow(TypeError);
  });
  test("an object whose getters throw", () => {
    const evil = Object.defineProperty({}, "response", {
      get() {
        throw new Error("boom");
      },
    });
    expect(explain(evil).type).toBe("unknown");
  });
});

// The reply's own words on permanence (labelling policy type rules 2–4). These inputs are built to isolate the
// decision, not quoted replies: each pairs a wording with the condition the rule must respect.
describe("hard or soft from the reply's words", () => {
  test("a 4xx that says the failure is permanent is hard, and says so in the conflicts", () => {
    const e = explain("451 4.7.1 Your IP address has been permanently blocked");
    expect(e.type).toBe("hard");
    expect(e.evidence.conflicts.map((c) => c.kind)).toContain("text-overrides-code");
    expect(explain("451 4.7.1 Your IP address has been blocked").type).toBe("soft");
  });

  test("a 4xx reads each word that says the failure is final, in any case", () => {
    for (const words of [
      "permanently",
      "Giving up",
      "given up",
      "not going to try again",
      "will not try again",
    ]) {
      for (const said of [words, words.toUpperCase()]) {
        expect(explain(`451 4.7.1 Your IP address has been blocked, ${said}`).type).toBe("hard");
      }
    }
    expect(explain("451 4.7.1 Your IP address has been blocked, will try again").type).toBe("soft");
  });

  test("a 4xx that says it is final but also that delivery goes on stays soft", () => {
    const e = explain(
      "451 4.7.1 Your IP address has been permanently blocked. Will keep trying until message is 5 days old",
    );
    expect(e.type).toBe("soft");
    expect(e.evidence.conflicts.map((c) => c.message).join(" ")).not.toContain("permanent although");
  });

  test("a negated permanence keeps the 4xx soft", () => {
    expect(
      explain("451 4.7.1 Your IP address has been blocked (temporary, not a permanent block)").type,
    ).toBe("soft");
  });

  test("a reason temporary by nature stays soft whatever the words", () => {
    const e = explain("452 4.2.2 Mailbox full, giving up");
    expect(e.reason).toBe("mailboxfull");
    expect(e.type).toBe("soft");
  });

  test("a codeless report that says delivery goes on is soft; one that says it failed for good is hard", () => {
    const still = explain(
      "Client host 192.0.2.1 blocked using zen.spamhaus.org. Will keep trying until message is 5 days old",
    );
    expect(still.reason).toBe("blocked");
    expect(still.type).toBe("soft");
    const final = explain("Client host 192.0.2.1 blocked using zen.spamhaus.org. This is a permanent error");
    expect(final.type).toBe("hard");
  });

  test("code-less refusals of the sender, its host or its message are hard unless they say they are temporary", () => {
    // Coremail's documented replies; SparkPost/Momentum's response table; Aruba's help page (guide.pec.it)
    expect(explain("IP is rejected").type).toBe("hard");
    expect(explain("Body line too long (see RFC2822 section 3.5)").type).toBe("hard");
    // an Exchange NDR's recipient restriction with its code only in the trailer (a school district's forwarded NDR)
    expect(
      explain(
        "You do not have permission to send to this recipient. For assistance, contact your system administrator.",
      ).type,
    ).toBe("hard");
    expect(explain("Indirizzo IP bloccato temporaneamente per sospetto abuso").type).toBe("soft");
    expect(explain("IP is temporarily rejected, try again later").type).toBe("soft");
    expect(explain("This is not a temporary error: IP is rejected").type).toBe("hard");
    // an account "temporarily suspended" is still no address to keep sending to
    const suspended = explain("This account has been temporarily suspended");
    expect([suspended.reason, suspended.type, suspended.suppress]).toEqual(["suspend", "hard", true]);
  });

  test("a code-less failure report whose reason no rule knows is hard, on hold, unless it says temporary", () => {
    // Real code-less reports of the labelled sets, each labelled hard: a Python client's SMTPDataError text
    // (begleysm/ipwatch#15), qmail's own failure (fresh6), Office 365's German NDR (fschulze/jumpnbump#3), Naver's Korean
    // notice "the recipient has blocked your mail" (codechobostudy/code-chobo-study#3)
    for (const reply of [
      "2f1360f5227ac95-29a5c Mail rejected",
      "Unable_to_run_qmail-remote./",
      "Ihre Nachricht an equel@swipnet.se konnte nicht zugestellt werden.",
      "받는 사람이 회원님의 메일을 수신차단 하였습니다.",
      // IceWarp's refusal of an address without a domain (fresh5), Exchange's French NDR for a moved address (fresh5)
      "Domain name required",
      "{4} : l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages.",
    ]) {
      const e = explain(reply);
      expect([e.type, e.suppress], reply).toEqual(["hard", false]);
    }
    const e = explain("2f1360f5227ac95-29a5c Mail rejected");
    expect([e.reason, e.action, e.evidence.decidedBy]).toEqual(["onhold", "investigate", "text"]);
    expect(e.evidence.rules.map((r) => r.id)).toEqual(["text.failure-words"]);
    expect(e.summary).toMatch(/^Hard bounce/);
    // the report's own words on permanence still decide (built inputs)
    expect(explain("Mail rejected, try again later").type).toBe("soft");
    expect(explain("Mail rejected. Will keep trying until message is 5 days old").type).toBe("soft");
    // a code, even a bare class, keeps deciding as before
    expect(explain("451 Mail rejected").type).toBe("soft");
    // a client library's own error under a code no table knows is no report of the receiving side
    expect(explain({ code: "EUNKNOWNCLIENT", message: "Sending failed" }).type).toBe("unknown");
    expect(explain({ message: "Mail rejected" }).type).toBe("hard");
  });

  test("text that reports no failure stays unknown", () => {
    for (const input of [
      "hello",
      "random words",
      "Thanks for your message",
      "Your message has been queued for delivery",
    ]) {
      const e = explain(input);
      expect([e.type, e.reason, e.action, e.suppress], input).toEqual([
        "unknown",
        "undefined",
        "investigate",
        false,
      ]);
      expect(e.evidence.decidedBy, input).toBe("none");
    }
  });

  test("a 5xx stays hard even when the text speaks of retrying", () => {
    expect(explain("554 5.7.1 Client host 192.0.2.1 blocked using zen.spamhaus.org; will retry").type).toBe(
      "hard",
    );
  });
});

// The summary is assembled from pieces built once per provider and reason: each shape of the codes, with and without
// a provider, and the same reason under different types and providers.
describe("summary", () => {
  test("names the codes, the provider and the reason's phrase", () => {
    const cases: [Parameters<typeof explain>[0], string][] = [
      [
        "550 5.1.1 The email account that you tried to reach does not exist. gsmtp",
        "Hard bounce (550 5.1.1) from Gmail / Google Workspace: the recipient address does not exist.",
      ],
      ["550 5.1.1 User unknown", "Hard bounce (550 5.1.1): the recipient address does not exist."],
      ["5.1.1", "Hard bounce (5.1.1): the recipient address does not exist."],
      [550, "Hard bounce (550): the message was refused for a reason the reply does not say."],
      [
        "421 4.3.2 Service not available",
        "Soft bounce (421 4.3.2): the receiving system had an internal error.",
      ],
      [
        "550 5.3.0 Service not available",
        "Hard bounce (550 5.3.0): the receiving system had an internal error.",
      ],
      [
        { code: "ETIMEDOUT", message: "Connection timed out" },
        "Soft bounce (ETIMEDOUT): the destination could not be reached.",
      ],
      ["Mail rejected", "Hard bounce: the message was refused for a reason the reply does not say."],
      [
        "Mail rejected gsmtp",
        "Hard bounce from Gmail / Google Workspace: the message was refused for a reason the reply does not say.",
      ],
      ["hello", "No bounce code or reply was recognised in the input."],
      ["250 2.0.0 OK", "Not a bounce: 250 2.0.0 means requested mail action okay, completed."],
    ];
    // Twice: the second round reads the pieces built in the first.
    for (let round = 0; round < 2; round++) {
      for (const [input, summary] of cases) expect(explain(input).summary).toBe(summary);
    }
  });
});
