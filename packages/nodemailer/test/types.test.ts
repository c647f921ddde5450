/**
 * Types against nodemailer 10's own declarations: both forms keep the transporter's exact type, the
 * onBounce context knows the message type, and isBounceError narrows to a typed `bounce`.
 * Checked by `pnpm typecheck` (tsc); the runtime part only proves the calls are valid.
 */
import type { Explanation } from "@bounced/core";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import type MailMessage from "nodemailer/lib/mailer/mail-message";
import SMTPPool from "nodemailer/lib/smtp-pool";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { describe, expectTypeOf, it } from "vitest";
import { type BounceError, isBounceError, wrapTransport } from "../src/index.js";

describe("types", () => {
  it("wrapTransport(transporter) returns the transporter's own type", () => {
    const transporter = wrapTransport(nodemailer.createTransport({ host: "127.0.0.1", port: 9 }), {
      onBounce(explanation, { mail, recipient, error }) {
        expectTypeOf(explanation).toEqualTypeOf<Explanation>();
        expectTypeOf(mail).toEqualTypeOf<MailMessage<SMTPTransport.SentMessageInfo>>();
        expectTypeOf(recipient).toEqualTypeOf<string | null>();
        expectTypeOf(error.bounce).toEqualTypeOf<Explanation>();
      },
    });
    expectTypeOf(transporter).toEqualTypeOf<
      Transporter<SMTPTransport.SentMessageInfo, SMTPTransport.Options>
    >();
    transporter.close();
  });

  it("createTransport(wrapTransport(transport)) keeps the transport's type", () => {
    const pool = wrapTransport(new SMTPPool({ host: "127.0.0.1", port: 9 }), {
      onBounce(_explanation, { mail }) {
        expectTypeOf(mail).toEqualTypeOf<MailMessage<SMTPPool.SentMessageInfo>>();
      },
    });
    expectTypeOf(pool).toEqualTypeOf<SMTPPool>();
    const transporter = nodemailer.createTransport(pool);
    expectTypeOf(transporter).toEqualTypeOf<Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>>();
    transporter.close();
  });

  it("isBounceError narrows unknown and Nodemailer's callback error", () => {
    const caught: unknown = new Error("x");
    if (isBounceError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<BounceError>();
      expectTypeOf(caught.bounce.suppress).toEqualTypeOf<boolean>();
      expectTypeOf(caught.rejectedErrors).toEqualTypeOf<BounceError[] | undefined>();
    }
    const transporter = nodemailer.createTransport({ jsonTransport: true });
    const message: SendMailOptions = { from: "a@example.com", to: "b@example.com", text: "x" };
    transporter.sendMail(message, (err) => {
      if (isBounceError(err)) {
        expectTypeOf(err.bounce).toEqualTypeOf<Explanation>();
        expectTypeOf(err.responseCode).toEqualTypeOf<number | undefined>();
      }
    });
  });
});
