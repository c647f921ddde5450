/**
 * The scenarios against real servers on 127.0.0.1, for every Nodemailer in the peer range and
 * both forms of the wrapper. Each scenario is one send, shared by two tests:
 * - "… same error, annotated": identity, untouched fields, `bounce` present, onBounce calls — this
 *   package's own guarantees;
 * - "… [core]": what the explanation says (hard/soft, suppress, reason, provider) — depends on
 *   @bounced/core's `explain()` being real.
 */
import type { Explanation } from "@bounced/core";
import { describe, expect, it } from "vitest";
import {
  DOVECOT_LMTP_OVER_QUOTA,
  GMAIL_BAD_CREDENTIALS,
  GMAIL_DMARC_REJECTION,
  GMAIL_NO_SUCH_USER,
  GMAIL_OVER_QUOTA,
  GREYLISTED_AT_CONNECT,
  POSTFIX_SENDER_NOT_OWNED,
} from "./fixtures/replies.js";
import {
  type BounceCall,
  expectOriginalAnnotated,
  expectRejectedAnnotated,
  FORMS,
  type Made,
  recordBounces,
  settle,
  type TapRecord,
  type TransportOptions,
} from "./support/harness.js";
import { NODEMAILERS } from "./support/nodemailer-versions.js";
import {
  closedPort,
  type LocalServer,
  reply,
  startRawSmtp,
  startSilentServer,
  startSmtpServer,
} from "./support/servers.js";

const FROM = "sender@example.com";
const OK = "ok@example.org";
const GONE = "gone@example.org";
const SECOND = "second@example.org";

interface Outcome {
  err: unknown;
  info: unknown;
  tap: TapRecord[];
  calls: BounceCall[];
}

type Errorish = Record<string, unknown> & {
  bounce: Explanation;
  rejectedErrors?: unknown[];
};

interface Scenario {
  name: string;
  /** Starts the server and says how to reach it. */
  server(): Promise<{ server: LocalServer; options?: TransportOptions }>;
  to: string[];
  /** This package's guarantees. */
  check(outcome: Outcome, version: string): void;
  /** What the explanation must say once @bounced/core is real. */
  core(outcome: Outcome): void;
  /** Versions whose Nodemailer hands on no error to explain (the core test is skipped there). */
  nothingToExplain?(version: string): boolean;
}

/** `a < b` for plain x.y.z versions. */
function older(a: string, b: string): boolean {
  const [x, y] = [a, b].map((version) => version.split(".").map(Number));
  for (let i = 0; i < 3; i++) {
    const diff = (x?.[i] ?? 0) - (y?.[i] ?? 0);
    if (diff !== 0) return diff < 0;
  }
  return false;
}

/** Refuses `GONE` at RCPT TO with `code text`, accepts everyone else. */
function refusingRecipient(code: number, text: string) {
  return async () => ({
    server: await startSmtpServer({
      onRcptTo(address, _session, callback) {
        callback(address.address === GONE ? reply(code, text) : undefined);
      },
    }),
  });
}

function onlyRecord(outcome: Outcome): TapRecord {
  expect(outcome.tap).toHaveLength(1);
  return outcome.tap[0] as TapRecord;
}

/** The send rejected with the transport's own error object, annotated and otherwise untouched. */
function expectRejectedWithOriginal(outcome: Outcome): Errorish {
  const record = onlyRecord(outcome);
  expect(outcome.info).toBeUndefined();
  expect(record.err).toBeTruthy();
  expectOriginalAnnotated(outcome.err, record.err, record.snapshot);
  return outcome.err as Errorish;
}

const SCENARIOS: Scenario[] = [
  {
    name: "RCPT TO refused with 550 5.1.1",
    server: refusingRecipient(550, GMAIL_NO_SUCH_USER),
    to: [GONE],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.code).toBe("EENVELOPE");
      expect(err.command).toBe("RCPT TO");
      expect(err.responseCode).toBe(550);
      expectRejectedAnnotated(err.rejectedErrors, onlyRecord(outcome));
      expect(outcome.calls.map((call) => call.recipient)).toEqual([GONE]);
      expect(outcome.calls[0]?.error).toBe(err.rejectedErrors?.[0]);
    },
    core(outcome) {
      const err = outcome.err as Errorish;
      expect(err.bounce).toMatchObject({ type: "hard", suppress: true, reason: "userunknown" });
      const entry = err.rejectedErrors?.[0] as Errorish;
      expect(entry.bounce).toMatchObject({ type: "hard", suppress: true, reason: "userunknown" });
      expect(outcome.calls[0]?.explanation).toMatchObject({ suppress: true });
    },
  },
  {
    name: "two recipients, one refused with 550 5.1.1 (the send resolves)",
    server: refusingRecipient(550, GMAIL_NO_SUCH_USER),
    to: [OK, GONE],
    check(outcome) {
      const record = onlyRecord(outcome);
      expect(outcome.err).toBeUndefined();
      expect(outcome.info).toBe(record.info);
      const info = outcome.info as { accepted: string[]; rejected: string[]; rejectedErrors: unknown[] };
      expect(info.accepted).toEqual([OK]);
      expect(info.rejected).toEqual([GONE]);
      expect(Object.hasOwn(info, "bounce")).toBe(false);
      expectRejectedAnnotated(info.rejectedErrors, record);
      expect(outcome.calls.map((call) => call.recipient)).toEqual([GONE]);
      expect(outcome.calls[0]?.error).toBe(info.rejectedErrors[0]);
    },
    core(outcome) {
      const info = outcome.info as { rejectedErrors: Errorish[] };
      expect(info.rejectedErrors[0]?.bounce).toMatchObject({
        type: "hard",
        suppress: true,
        reason: "userunknown",
      });
    },
  },
  {
    name: "RCPT TO deferred with 452 4.2.2 (mailbox full)",
    server: refusingRecipient(452, GMAIL_OVER_QUOTA),
    to: [GONE],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.responseCode).toBe(452);
      expectRejectedAnnotated(err.rejectedErrors, onlyRecord(outcome));
      expect(outcome.calls.map((call) => call.recipient)).toEqual([GONE]);
    },
    core(outcome) {
      const err = outcome.err as Errorish;
      expect(err.bounce).toMatchObject({ type: "soft", suppress: false, reason: "mailboxfull" });
    },
  },
  {
    name: "Gmail's multi-line 550-5.7.26 DMARC rejection after DATA",
    server: async () => ({
      server: await startRawSmtp({
        greeting: "220 mx.google.com ESMTP ready",
        afterData: GMAIL_DMARC_REJECTION,
      }),
    }),
    to: [OK, SECOND],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.code).toBe("EMESSAGE");
      expect(err.command).toBe("DATA");
      expect(err.responseCode).toBe(550);
      expect(err.response).toBe(GMAIL_DMARC_REJECTION);
      // The whole message failed: one call per recipient, each with the same error.
      expect(outcome.calls.map((call) => call.recipient)).toEqual([OK, SECOND]);
      for (const call of outcome.calls) expect(call.error).toBe(err);
    },
    core(outcome) {
      const err = outcome.err as Errorish;
      expect(err.bounce).toMatchObject({
        type: "hard",
        suppress: false,
        reason: "authfailure",
        provider: "gmail",
        enhancedCode: "5.7.26",
        replyCode: 550,
      });
    },
  },
  {
    name: "LMTP: one recipient refused after DATA with 552 5.2.2 (the send resolves)",
    server: async () => ({
      server: await startSmtpServer({
        lmtp: true,
        onData(stream, session, callback) {
          stream.resume();
          stream.on("end", () => {
            const replies = session.envelope.rcptTo.map((rcpt) =>
              rcpt.address === GONE ? reply(552, DOVECOT_LMTP_OVER_QUOTA) : "2.0.0 Saved",
            );
            callback(null, replies as unknown as string);
          });
        },
      }),
      options: { lmtp: true },
    }),
    to: [OK, GONE],
    // Nodemailer before 10.6 (10.0.0 and older, measured) lists an LMTP refusal after DATA in
    // `info.rejected` only and drops the reply, so there is no error to annotate or report.
    nothingToExplain: (version) => older(version, "10.6.0"),
    check(outcome, version) {
      const record = onlyRecord(outcome);
      expect(outcome.err).toBeUndefined();
      expect(outcome.info).toBe(record.info);
      const info = outcome.info as { accepted: string[]; rejected: string[]; rejectedErrors: Errorish[] };
      expect(info.accepted).toEqual([OK]);
      expect(info.rejected).toEqual([GONE]);
      if (older(version, "10.6.0")) {
        expect(info.rejectedErrors).toBeUndefined();
        expect(outcome.calls).toEqual([]);
        return;
      }
      expectRejectedAnnotated(info.rejectedErrors, record);
      expect(info.rejectedErrors[0]?.command).toBe("DATA");
      expect(outcome.calls.map((call) => call.recipient)).toEqual([GONE]);
    },
    core(outcome) {
      const info = outcome.info as { rejectedErrors: Errorish[] };
      expect(info.rejectedErrors[0]?.bounce).toMatchObject({ suppress: false, reason: "mailboxfull" });
    },
  },
  {
    name: "MAIL FROM refused with 553 5.7.1",
    server: async () => ({
      server: await startSmtpServer({
        onMailFrom(_address, _session, callback) {
          callback(reply(553, POSTFIX_SENDER_NOT_OWNED));
        },
      }),
    }),
    to: [OK],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.code).toBe("EENVELOPE");
      expect(err.command).toBe("MAIL FROM");
      expect(err.responseCode).toBe(553);
      expect(outcome.calls.map((call) => call.recipient)).toEqual([OK]);
    },
    core(outcome) {
      // The sender was refused, not the recipient: never a reason to suppress the address.
      expect((outcome.err as Errorish).bounce).toMatchObject({ type: "hard", suppress: false });
    },
  },
  {
    name: "421 4.7.0 greylisting at connect",
    server: async () => ({
      server: await startRawSmtp({ greeting: GREYLISTED_AT_CONNECT, closeAfterGreeting: true }),
    }),
    to: [OK],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.responseCode).toBe(421);
      expect(err.response).toBe(GREYLISTED_AT_CONNECT);
      expect(outcome.calls.map((call) => call.recipient)).toEqual([OK]);
    },
    core(outcome) {
      expect((outcome.err as Errorish).bounce).toMatchObject({
        type: "soft",
        suppress: false,
        reason: "greylisted",
        action: "retry_later",
      });
    },
  },
  {
    name: "AUTH refused with 535 5.7.8",
    server: async () => ({
      server: await startSmtpServer({
        authOptional: false,
        onAuth(_auth, _session, callback) {
          callback(reply(535, GMAIL_BAD_CREDENTIALS));
        },
      }),
      options: { auth: { user: FROM, pass: "wrong" } },
    }),
    to: [OK],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.code).toBe("EAUTH");
      expect(err.responseCode).toBe(535);
      expect(String(err.command)).toMatch(/^AUTH /);
    },
    core(outcome) {
      expect((outcome.err as Errorish).bounce).toMatchObject({
        suppress: false,
        action: "fix_authentication",
      });
    },
  },
  {
    name: "STARTTLS with a certificate the client does not trust",
    // smtp-server's built-in certificate is self-signed (and, in 3.21.6, expired): verification fails.
    server: async () => ({
      server: await startSmtpServer({ disabledCommands: [] }),
      options: { requireTLS: true },
    }),
    to: [OK],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(["ESOCKET", "ETLS"]).toContain(err.code);
      expect(err.response).toBeUndefined();
      expect(outcome.calls.map((call) => call.recipient)).toEqual([OK]);
    },
    core(outcome) {
      expect((outcome.err as Errorish).bounce).toMatchObject({
        suppress: false,
        reason: "failedstarttls",
        action: "fix_configuration",
      });
    },
  },
  {
    name: "connection refused",
    server: async () => {
      const port = await closedPort();
      return { server: { port, close: async () => {} } };
    },
    to: [OK],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.response).toBeUndefined();
      expect(["ECONNECTION", "ESOCKET"]).toContain(err.code);
      expect(outcome.calls.map((call) => call.recipient)).toEqual([OK]);
    },
    core(outcome) {
      expect((outcome.err as Errorish).bounce).toMatchObject({
        type: "soft",
        suppress: false,
        reason: "networkerror",
      });
    },
  },
  {
    name: "a server that never answers (greeting timeout)",
    server: async () => ({ server: await startSilentServer(), options: { greetingTimeout: 200 } }),
    to: [OK],
    check(outcome) {
      const err = expectRejectedWithOriginal(outcome);
      expect(err.code).toBe("ETIMEDOUT");
      expect(err.response).toBeUndefined();
    },
    core(outcome) {
      expect((outcome.err as Errorish).bounce).toMatchObject({
        type: "soft",
        suppress: false,
        reason: "networkerror",
      });
    },
  },
];

async function run(made: (options: TransportOptions) => Made, scenario: Scenario, calls: BounceCall[]) {
  const { server, options } = await scenario.server();
  try {
    const { transporter, tap } = made({ host: "127.0.0.1", port: server.port, ...options });
    try {
      const { err, info } = await settle(
        transporter.sendMail({ from: FROM, to: scenario.to, subject: "hello", text: "hello" }),
      );
      return { err, info, tap, calls };
    } finally {
      transporter.close();
    }
  } finally {
    await server.close();
  }
}

describe.each(NODEMAILERS)("nodemailer $version", (nm) => {
  describe.each(FORMS)("$name", (form) => {
    for (const scenario of SCENARIOS) {
      let outcome: Promise<Outcome> | undefined;
      const once = () => {
        if (!outcome) {
          const { calls, options } = recordBounces();
          outcome = run((transport) => form.make(nm, transport, options), scenario, calls);
        }
        return outcome;
      };
      it(`${scenario.name}: same error, annotated`, async () => scenario.check(await once(), nm.version));
      it.skipIf(scenario.nothingToExplain?.(nm.version))(`${scenario.name}: explanation [core]`, async () =>
        scenario.core(await once()),
      );
    }

    it("passes the same error instance to a sendMail callback", async () => {
      const server = await startSmtpServer({
        onRcptTo(_address, _session, callback) {
          callback(reply(550, GMAIL_NO_SUCH_USER));
        },
      });
      const { transporter, tap } = form.make(nm, { host: "127.0.0.1", port: server.port });
      const err = await new Promise((resolve) =>
        transporter.sendMail({ from: FROM, to: GONE, text: "hi" }, (error) => resolve(error)),
      );
      transporter.close();
      await server.close();
      const record = tap[0] as TapRecord;
      expectOriginalAnnotated(err, record.err, record.snapshot);
    });

    it("leaves a successful send untouched and does not call onBounce", async () => {
      const server = await startSmtpServer();
      const { calls, options } = recordBounces();
      const { transporter, tap } = form.make(nm, { host: "127.0.0.1", port: server.port }, options);
      const info = await transporter.sendMail({ from: FROM, to: [OK, SECOND], text: "hi" });
      transporter.close();
      await server.close();
      expect(info).toBe(tap[0]?.info);
      expect(info.accepted).toEqual([OK, SECOND]);
      expect(Object.hasOwn(info, "bounce")).toBe(false);
      expect(calls).toEqual([]);
      expect(server.messages).toHaveLength(1);
    });
  });
});
