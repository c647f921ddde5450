/**
 * Transports other than Nodemailer's own, and errors that cannot be explained: the wrapper must
 * forward whatever a transport has, and hand on any error as it is when annotating it is impossible.
 */
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type MailMessage from "nodemailer/lib/mailer/mail-message";
import SendmailTransport from "nodemailer/lib/sendmail-transport";
import { describe, expect, it } from "vitest";
import { annotateError } from "../src/bounce-error.js";
import * as api from "../src/index.js";
import { isBounceError, wrapTransport } from "../src/index.js";
import {
  expectOriginalAnnotated,
  recordBounces,
  settle,
  snapshot,
  type TapRecord,
  tapSend,
} from "./support/harness.js";
import { startSilentServer } from "./support/servers.js";

const MESSAGE = { from: "sender@example.com", to: "gone@example.org", text: "x" };

/** A third-party transport: a class with a private field, its own methods and extra properties. */
class QueueTransport {
  readonly name = "queue-transport";
  readonly version = "2.3.4";
  readonly region = "eu-west-1";
  #sent = 0;
  constructor(private readonly fail: (mail: MailMessage) => unknown) {}
  send(mail: MailMessage, callback: (err: unknown, info?: unknown) => void): void {
    const failure = this.fail(mail);
    if (failure !== undefined) return void setImmediate(() => callback(failure));
    this.#sent++;
    setImmediate(() =>
      callback(null, { envelope: mail.message.getEnvelope(), messageId: "<id@example.com>" }),
    );
  }
  sentCount(): number {
    return this.#sent;
  }
}

function smtpLikeError() {
  return Object.assign(new Error("Recipient command failed: 550 5.1.1 <gone@example.org>: user unknown"), {
    code: "EENVELOPE",
    response: "550 5.1.1 <gone@example.org>: user unknown",
    responseCode: 550,
    command: "RCPT TO",
  });
}

describe("third-party transports", () => {
  it("annotates the transport's own error object and forwards its properties and methods", async () => {
    const failure = smtpLikeError();
    const before = snapshot(failure);
    const transport = new QueueTransport(() => failure);
    const transporter = nodemailer.createTransport(wrapTransport(transport));
    const wrapper = transporter.transporter as unknown as QueueTransport;
    expect(wrapper.name).toBe("queue-transport");
    expect(wrapper.version).toBe("2.3.4");
    expect(wrapper.region).toBe("eu-west-1");
    // Methods run on the transport itself, so a class with private fields keeps working.
    expect(wrapper.sentCount()).toBe(0);
    expect(wrapper).toBeInstanceOf(QueueTransport);

    const { err } = await settle(transporter.sendMail(MESSAGE));
    expect(err).toBe(failure);
    expect(Object.keys(failure)).toEqual([...before.keys, "bounce"]);
    expect(failure.message).toBe(before.message);
    expect(failure.stack).toBe(before.stack);
    expect(isBounceError(err)).toBe(true);
  });

  it("hands on an error whose fields cannot be read as it was (a throwing getter)", async () => {
    const failure = new Error("odd error");
    Object.defineProperty(failure, "response", {
      enumerable: true,
      get() {
        throw new Error("getter exploded");
      },
    });
    const transporter = nodemailer.createTransport(wrapTransport(new QueueTransport(() => failure)));
    const { err } = await settle(transporter.sendMail(MESSAGE));
    // Core may explain it from the message alone or give up; either way it is the same object.
    expect(err).toBe(failure);
    expect(failure.message).toBe("odd error");
  });

  it("hands on a frozen error as it is", async () => {
    const failure = Object.freeze(smtpLikeError());
    const transporter = wrapTransport(nodemailer.createTransport(new QueueTransport(() => failure)));
    const { err } = await settle(transporter.sendMail(MESSAGE));
    expect(err).toBe(failure);
    expect(Object.hasOwn(failure, "bounce")).toBe(false);
  });

  it("hands on a non-object failure as it is", async () => {
    const transporter = wrapTransport(
      nodemailer.createTransport(new QueueTransport(() => "plain string failure")),
    );
    const { err } = await settle(transporter.sendMail(MESSAGE));
    expect(err).toBe("plain string failure");
  });

  it("wrapping twice replaces the options instead of stacking wrappers", async () => {
    const first = recordBounces();
    const second = recordBounces();
    const transport = new QueueTransport(() => smtpLikeError());
    const transporter = nodemailer.createTransport(wrapTransport(wrapTransport(transport, first.options)));
    wrapTransport(transporter, second.options);
    const { err } = await settle(transporter.sendMail(MESSAGE));
    expect(isBounceError(err)).toBe(true);
    expect(first.calls).toEqual([]);
    expect(second.calls.map((call) => call.recipient)).toEqual(["gone@example.org"]);
  });

  it("rejects what is neither a transport nor a transporter", () => {
    expect(() => wrapTransport({} as never)).toThrow(TypeError);
    expect(() => wrapTransport({ host: "smtp.example.com" } as never)).toThrow(/createTransport/);
  });
});

describe("an aborted send (nodemailer 10's AbortSignal support)", () => {
  it("is annotated but reported to onBounce for nobody", async () => {
    const server = await startSilentServer();
    try {
      const { calls, options } = recordBounces();
      const transporter = wrapTransport(
        nodemailer.createTransport({ host: "127.0.0.1", port: server.port }),
        options,
      );
      const controller = new AbortController();
      const sending = settle(transporter.sendMail({ ...MESSAGE, signal: controller.signal }));
      await server.connected;
      controller.abort();
      const { err } = await sending;
      transporter.close();
      expect((err as { code?: string }).code).toBe("EABORT");
      expect(isBounceError(err)).toBe(true);
      expect(calls).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe("the sendmail transport (a real child process)", () => {
  // A stand-in sendmail binary that reads the message and exits 67 (EX_NOUSER), as sendmail does for
  // an unknown local user.
  const directory = mkdtempSync(join(tmpdir(), "bounced-sendmail-"));
  const path = join(directory, "sendmail");
  writeFileSync(path, "#!/bin/sh\ncat > /dev/null\nexit 67\n");
  chmodSync(path, 0o755);

  it.each([
    ["createTransport(wrapTransport(new SendmailTransport()))", "transport"],
    ["wrapTransport(createTransport({ sendmail: true }))", "transporter"],
  ])("%s: the ESENDMAIL error is the same object, annotated", async (_name, form) => {
    let transporter: ReturnType<typeof nodemailer.createTransport>;
    let tap: TapRecord[];
    if (form === "transport") {
      const inner = new SendmailTransport({ path });
      tap = tapSend(inner as never);
      transporter = nodemailer.createTransport(wrapTransport(inner));
    } else {
      transporter = nodemailer.createTransport({ sendmail: true, path });
      tap = tapSend(transporter.transporter);
      wrapTransport(transporter);
    }
    expect((transporter.transporter as unknown as { name: string }).name).toBe("Sendmail");
    const { err } = await settle(transporter.sendMail(MESSAGE));
    const record = tap[0] as TapRecord;
    expectOriginalAnnotated(err, record.err, record.snapshot);
    expect((err as { code?: string }).code).toBe("ESENDMAIL");
    expect((err as Error).message).toMatch(/code 67/);
  });
});

describe("annotateError (internal)", () => {
  it("leaves the error untouched when explaining throws", () => {
    const failure = smtpLikeError();
    const before = snapshot(failure);
    const explanation = annotateError(failure, () => {
      throw new Error("explain failed");
    });
    expect(explanation).toBeUndefined();
    expect(snapshot(failure)).toEqual(before);
  });

  it("sets an enumerable, writable, configurable bounce when explaining works", () => {
    const failure = smtpLikeError();
    const explanation = annotateError(failure);
    expect(Object.getOwnPropertyDescriptor(failure, "bounce")).toEqual({
      value: explanation,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
});

describe("isBounceError", () => {
  const explanationLike = { type: "hard", reason: "userunknown", suppress: true };
  it.each([
    ["an annotated error", Object.assign(new Error("x"), { bounce: explanationLike }), true],
    ["a plain error", new Error("x"), false],
    ["null", null, false],
    ["a string", "550 5.1.1", false],
    ["a bounce that is not an explanation", Object.assign(new Error("x"), { bounce: "hard" }), false],
    ["a bounce missing suppress", { bounce: { type: "hard", reason: "userunknown" } }, false],
  ])("%s → %s", (_name, value, expected) => {
    expect(isBounceError(value)).toBe(expected);
  });
});

describe("err.bounce is enumerable", () => {
  it("shows in JSON.stringify(err) beside Nodemailer's own fields", async () => {
    const transporter = nodemailer.createTransport(wrapTransport(new QueueTransport(() => smtpLikeError())));
    const { err } = await settle(transporter.sendMail(MESSAGE));
    const logged = JSON.parse(JSON.stringify(err));
    expect(Object.keys(logged)).toEqual(["code", "response", "responseCode", "command", "bounce"]);
    expect(logged.bounce).toEqual((err as { bounce: unknown }).bounce);
  });
});

describe("public surface", () => {
  it("exports wrapTransport and isBounceError, nothing else at runtime", () => {
    expect(Object.keys(api).sort()).toEqual(["isBounceError", "wrapTransport"]);
  });
});
