/**
 * `onBounce` is called once per bounced recipient, and nothing it does — throwing, rejecting — changes
 * the send result or escapes as an unhandled error. Every Nodemailer in the peer range, both forms.
 */
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import type { WrapTransportOptions } from "../src/index.js";
import { GMAIL_NO_SUCH_USER } from "./fixtures/replies.js";
import { expectOriginalAnnotated, FORMS, recordBounces, settle, type TapRecord } from "./support/harness.js";
import { NODEMAILERS } from "./support/nodemailer-versions.js";
import { reply, startSmtpServer } from "./support/servers.js";

const FROM = "sender@example.com";
const OK = "ok@example.org";
const GONE = "gone@example.org";
const ALSO_GONE = "also-gone@example.org";

/** A bunyan-style logger, what Nodemailer's `logger` option takes, recording error entries. */
function recordingLogger() {
  const errors: Array<{ entry: Record<string, unknown>; message: string; args: unknown[] }> = [];
  const ignore = () => {};
  const logger = {
    trace: ignore,
    debug: ignore,
    info: ignore,
    warn: ignore,
    fatal: ignore,
    error(entry: Record<string, unknown>, message: string, ...args: unknown[]) {
      errors.push({ entry, message, args });
    },
  };
  const hookFailures = () => errors.filter((logged) => logged.entry.tnx === "bounced");
  return { logger, hookFailures };
}

async function refusingServer() {
  return startSmtpServer({
    onRcptTo(address, _session, callback) {
      callback(address.address === OK ? undefined : reply(550, GMAIL_NO_SUCH_USER));
    },
  });
}

describe.each(NODEMAILERS)("nodemailer $version", (nm) => {
  describe.each(FORMS)("$name", (form) => {
    it("calls onBounce once per refused recipient, each with its own error", async () => {
      const server = await refusingServer();
      try {
        const { calls, options } = recordBounces();
        const { transporter } = form.make(nm, { host: "127.0.0.1", port: server.port }, options);
        const { err } = await settle(transporter.sendMail({ from: FROM, to: [GONE, ALSO_GONE], text: "x" }));
        transporter.close();
        const rejectedErrors = (err as { rejectedErrors: unknown[] }).rejectedErrors;
        expect(calls.map((call) => call.recipient)).toEqual([GONE, ALSO_GONE]);
        expect(calls.map((call) => call.error)).toEqual(rejectedErrors);
        expect(calls[0]?.error).toBe(rejectedErrors[0]);
        expect(calls[1]?.error).toBe(rejectedErrors[1]);
        for (const call of calls) {
          expect(call.explanation).toBe(call.error.bounce);
          expect((call.mail as { data: { text: string } }).data.text).toBe("x");
        }
      } finally {
        await server.close();
      }
    });

    it("an onBounce that throws changes nothing: same error, logged, emitted as EONBOUNCE to 'error' listeners", async () => {
      const server = await refusingServer();
      try {
        const { logger, hookFailures } = recordingLogger();
        const thrown = new Error("suppression list is down");
        const options: WrapTransportOptions<unknown> = {
          onBounce() {
            throw thrown;
          },
        };
        const { transporter, tap } = form.make(nm, { host: "127.0.0.1", port: server.port, logger }, options);
        const reported: unknown[] = [];
        transporter.on("error", (error) => reported.push(error));
        const { err, info } = await settle(transporter.sendMail({ from: FROM, to: GONE, text: "x" }));
        transporter.close();
        expect(info).toBeUndefined();
        const record = tap[0] as TapRecord;
        expectOriginalAnnotated(err, record.err, record.snapshot);
        expect(hookFailures()).toHaveLength(1);
        expect(hookFailures()[0]?.args).toEqual(["suppression list is down"]);
        expect(reported).toEqual([expect.objectContaining({ code: "EONBOUNCE", cause: thrown })]);
      } finally {
        await server.close();
      }
    });

    it("an onBounce whose promise rejects changes nothing and is reported once it rejects", async () => {
      const server = await refusingServer();
      try {
        const { logger, hookFailures } = recordingLogger();
        const rejection = new Error("metrics endpoint timed out");
        const options: WrapTransportOptions<unknown> = { onBounce: () => Promise.reject(rejection) };
        const { transporter, tap } = form.make(nm, { host: "127.0.0.1", port: server.port, logger }, options);
        const reported = once(transporter, "error");
        const info = await transporter.sendMail({ from: FROM, to: [OK, GONE], text: "x" });
        transporter.close();
        expect(info).toBe(tap[0]?.info);
        expect(info.accepted).toEqual([OK]);
        const [error] = await reported;
        expect(error).toMatchObject({ code: "EONBOUNCE", cause: rejection });
        expect(hookFailures()).toHaveLength(1);
      } finally {
        await server.close();
      }
    });

    it("an onBounce failure with no 'error' listener and no logger is swallowed, never unhandled", async () => {
      const server = await refusingServer();
      try {
        let settled = 0;
        const options: WrapTransportOptions<unknown> = {
          onBounce: () => {
            settled++;
            return Promise.reject(new Error("nobody listens"));
          },
        };
        const { transporter, tap } = form.make(nm, { host: "127.0.0.1", port: server.port }, options);
        const { err } = await settle(transporter.sendMail({ from: FROM, to: GONE, text: "x" }));
        transporter.close();
        // Let the rejection be handled; an unhandled rejection or 'error' event would fail the run.
        await new Promise((resolve) => setImmediate(resolve));
        expect(settled).toBe(1);
        expect(transporter.listenerCount("error")).toBe(0);
        const record = tap[0] as TapRecord;
        expectOriginalAnnotated(err, record.err, record.snapshot);
      } finally {
        await server.close();
      }
    });
  });
});
