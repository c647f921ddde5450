import type { Explanation } from "@bounced/core";
import { annotateError, type BounceError } from "./bounce-error.js";

/**
 * Anything Nodemailer accepts as a transport: an object with `send(mail, callback)` (SMTP, SMTP
 * pool, SES, sendmail, stream, JSON, or a third-party transport).
 */
export interface TransportLike {
  send(mail: never, callback: never): unknown;
}

/** What `nodemailer.createTransport()` returns (a `Mail` object holding its transport). */
export interface TransporterLike {
  sendMail(...args: never[]): unknown;
  transporter: TransportLike;
}

/** The message object Nodemailer hands to the transport (`MailMessage`), inferred from `T`. */
export type MailOf<T> = T extends { transporter: infer Inner }
  ? MailOf<Inner>
  : T extends { send(mail: infer Mail, callback: never): unknown }
    ? Mail
    : unknown;

/** What `onBounce` receives besides the explanation. */
export interface BounceContext<Mail = unknown> {
  /**
   * The recipient this bounce applies to: the refused address for a per-recipient refusal, each
   * envelope recipient in turn when the whole message failed, `null` when the envelope is unknown.
   */
  recipient: string | null;
  /** The error that was explained — the same object the send rejects with (or a `rejectedErrors` entry). */
  error: BounceError;
  /** Nodemailer's message object for this send (`mail.data` holds the `sendMail()` options). */
  mail: Mail;
}

export interface WrapTransportOptions<Mail = unknown> {
  /**
   * Called once per recipient a send failed for, after the error is annotated and before the send
   * settles. It does not delay the send (a returned promise is not awaited) and cannot change its
   * result: a throw or a rejected promise is logged through the transport's logger, and emitted as an
   * `'error'` event (code `EONBOUNCE`, the failure as `cause`) only when the transporter has an `'error'`
   * listener. Check `explanation.suppress` before suppressing: connection failures and sender-side
   * refusals are reported too.
   *
   * @example
   * wrapTransport(transporter, {
   *   async onBounce(bounce, { recipient }) {
   *     if (bounce.suppress && recipient) await suppressionList.add(recipient, bounce.reason);
   *   },
   * });
   */
  onBounce?: (explanation: Explanation, context: BounceContext<Mail>) => unknown;
}

/** Where a wrapper keeps the transport it wraps, so wrapping twice replaces rather than stacks. */
const INNER = Symbol.for("@bounced/nodemailer.inner");

type Callback = (...args: unknown[]) => unknown;
type AnyRecord = Record<PropertyKey, unknown>;
interface Transport extends AnyRecord {
  send(mail: unknown, callback: Callback): unknown;
}

/**
 * Makes every failed send carry its explanation: the error a send rejects with (or passes to the
 * callback) stays the same object with `err.bounce` set to `explain(err)`, and so does every entry of
 * `err.rejectedErrors` and of `info.rejectedErrors` (a send that is only partly refused resolves).
 *
 * Two forms, same behaviour:
 * - a transport object: `nodemailer.createTransport(wrapTransport(new SMTPPool(options)))` returns a
 *   wrapper that forwards everything else (`name`, `version`, `verify`, `close`, `isIdle`,
 *   `pendingCount`, events, `mailer`, `getSocket`) to the transport;
 * - a transporter: `wrapTransport(nodemailer.createTransport(options))` installs that wrapper as the
 *   transporter's transport and returns the same transporter (plugins, defaults, DKIM, listeners stay).
 *
 * Wrapping an already wrapped transport or transporter replaces the options instead of stacking.
 *
 * @example
 * import nodemailer from "nodemailer";
 * import { isBounceError, wrapTransport } from "@bounced/nodemailer";
 *
 * const transporter = wrapTransport(nodemailer.createTransport({ host: "smtp.example.com", port: 587 }));
 * try {
 *   await transporter.sendMail({ from: "me@example.com", to: "gone@example.org", text: "hi" });
 * } catch (err) {
 *   if (isBounceError(err)) console.log(err.bounce.type, err.bounce.reason, err.bounce.summary);
 * }
 */
export function wrapTransport<T extends TransporterLike | TransportLike>(
  transport: T,
  options?: WrapTransportOptions<MailOf<T>>,
): T {
  const settings = (options ?? {}) as WrapTransportOptions<unknown>;
  if (isTransporter(transport)) {
    const mailer = transport as unknown as { transporter: Transport };
    mailer.transporter = createWrapper(mailer.transporter, settings);
    return transport;
  }
  if (isTransport(transport)) return createWrapper(transport, settings) as unknown as T;
  throw new TypeError(
    "wrapTransport() expects a Nodemailer transport (an object with send()) or a transporter returned by nodemailer.createTransport()",
  );
}

function isTransport(value: unknown): value is Transport {
  return typeof value === "object" && value !== null && typeof (value as AnyRecord).send === "function";
}

function isTransporter(value: unknown): value is TransporterLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AnyRecord).sendMail === "function" &&
    isTransport((value as AnyRecord).transporter)
  );
}

function createWrapper(transport: Transport, options: WrapTransportOptions<unknown>): Transport {
  const inner = (transport[INNER] as Transport | undefined) ?? transport;
  const bound = new WeakMap<Callback, Callback>();

  const send = (mail: unknown, callback: Callback): unknown =>
    inner.send(mail, (...args: unknown[]) => {
      try {
        settle(args[0], args[1], mail, inner, options);
      } catch {
        // Explaining is best effort: whatever happens, the send result goes through unchanged.
      }
      return callback(...args);
    });

  // A Proxy rather than a hand-written wrapper, so that every property a transport has — including a
  // third-party transport's own — reads and writes through to it. Mail sets `mailer` and `getSocket`
  // on its transport; those writes must land on the inner transport, which is the one that reads them.
  return new Proxy(inner, {
    get(target, key) {
      if (key === INNER) return target;
      if (key === "send") return send;
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function" || key === "constructor") return value;
      // Methods run with the transport itself as `this`, so a transport calling its own `send`
      // internally is not explained twice, and state it keeps on `this` stays on one object.
      let method = bound.get(value as Callback);
      if (!method) {
        method = (value as Callback).bind(target);
        bound.set(value as Callback, method);
      }
      return method;
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target);
    },
  });
}

interface Bounce {
  error: BounceError;
  explanation: Explanation;
  recipient: string | null;
}

function settle(
  err: unknown,
  info: unknown,
  mail: unknown,
  inner: Transport,
  options: WrapTransportOptions<unknown>,
): void {
  // The success path: one property read, nothing allocated.
  if (!err && !hasRejectedErrors(info)) return;
  const rejected = [...listOf(err, "rejectedErrors"), ...listOf(info, "rejectedErrors")];

  const bounces: Bounce[] = [];
  const seen = new Set<unknown>();
  const covered = new Set<string>();
  for (const entry of rejected) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    const explanation = annotateError(entry);
    if (!explanation) continue;
    const recipient = (entry as AnyRecord).recipient;
    if (typeof recipient === "string") covered.add(recipient);
    bounces.push({
      error: entry as BounceError,
      explanation,
      recipient: typeof recipient === "string" ? recipient : null,
    });
  }

  if (err && !seen.has(err)) {
    const explanation = annotateError(err);
    // An aborted send (the caller's AbortSignal) is annotated like any error but bounced for nobody.
    if (explanation && options.onBounce && (err as AnyRecord).code !== "EABORT") {
      // The whole message failed: it bounced for every envelope recipient no per-recipient error covers.
      const uncovered = envelopeRecipients(mail).filter((recipient) => !covered.has(recipient));
      for (const recipient of uncovered) bounces.push({ error: err as BounceError, explanation, recipient });
      if (uncovered.length === 0 && bounces.length === 0) {
        bounces.push({ error: err as BounceError, explanation, recipient: null });
      }
    }
  }

  const { onBounce } = options;
  if (!onBounce) return;
  for (const bounce of bounces) {
    let result: unknown;
    try {
      result = onBounce(bounce.explanation, { recipient: bounce.recipient, error: bounce.error, mail });
    } catch (failure) {
      reportHookFailure(failure, mail, inner);
      continue;
    }
    if (isThenable(result)) {
      try {
        result.then(undefined, (failure: unknown) => reportHookFailure(failure, mail, inner));
      } catch (failure) {
        reportHookFailure(failure, mail, inner);
      }
    }
  }
}

function hasRejectedErrors(info: unknown): boolean {
  return typeof info === "object" && info !== null && Array.isArray((info as AnyRecord).rejectedErrors);
}

function listOf(value: unknown, key: string): unknown[] {
  if (typeof value !== "object" || value === null) return [];
  const list = (value as AnyRecord)[key];
  return Array.isArray(list) ? list : [];
}

function envelopeRecipients(mail: unknown): string[] {
  try {
    const message = (mail as { message?: { getEnvelope?: () => { to?: unknown } } } | null)?.message;
    const to = typeof message?.getEnvelope === "function" ? message.getEnvelope().to : undefined;
    return Array.isArray(to) ? to.filter((address): address is string => typeof address === "string") : [];
  } catch {
    return [];
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as AnyRecord).then === "function"
  );
}

interface LoggerLike {
  error?: (entry: unknown, message: string, ...args: unknown[]) => void;
}
interface EmitterLike {
  logger?: LoggerLike;
  listenerCount?: (event: string) => number;
  emit?: (event: string, ...args: unknown[]) => boolean;
}

/**
 * A failing `onBounce` must neither change the send result nor crash the process, yet must not vanish:
 * it goes to the transport's logger, and to the transporter's `'error'` listeners only when there are some (an
 * `'error'` event nobody listens to would throw).
 */
function reportHookFailure(cause: unknown, mail: unknown, inner: Transport): void {
  try {
    const message = cause instanceof Error ? cause.message : String(cause);
    const error = Object.assign(new Error(`onBounce failed: ${message}`, { cause }), { code: "EONBOUNCE" });
    const mailer = ((mail as { mailer?: EmitterLike } | null)?.mailer ?? inner.mailer) as
      | EmitterLike
      | undefined;
    // The transport's own logger first: with `createTransport(wrapTransport(transport))` only the
    // transport was given options; with `createTransport(options)` both loggers are the same.
    const logger = (inner.logger as LoggerLike | undefined) ?? mailer?.logger;
    try {
      logger?.error?.({ err: error, tnx: "bounced" }, "onBounce failed: %s", message);
    } catch {
      // a broken logger is not our send's problem
    }
    if (typeof mailer?.listenerCount === "function" && mailer.listenerCount("error") > 0) {
      mailer.emit?.("error", error);
    }
  } catch {
    // nothing left to report to
  }
}
