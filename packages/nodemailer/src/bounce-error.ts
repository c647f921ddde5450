import { type Explanation, explain } from "@bounced/core";

/**
 * A send error that carries its explanation: the error Nodemailer (or the transport) produced,
 * unchanged, with `bounce` added. The SMTP fields are the ones Nodemailer sets; each is optional
 * because a connection error has no reply and a third-party transport may set none of them.
 */
export interface BounceError extends Error {
  /** What `explain()` from @bounced/core made of this error. */
  bounce: Explanation;
  /** Nodemailer's error code: `EENVELOPE`, `EMESSAGE`, `EAUTH`, `ECONNECTION`, `ETIMEDOUT`, … */
  code?: string | undefined;
  /** The raw server reply; multi-line replies joined with `\n`. */
  response?: string | undefined;
  /** The 3-digit code of the first reply line. */
  responseCode?: number | undefined;
  /** The SMTP command that failed: `CONN`, `EHLO`, `AUTH PLAIN`, `MAIL FROM`, `RCPT TO`, `DATA`. */
  command?: string | undefined;
  /** The refused recipient, on a per-recipient error. */
  recipient?: string | undefined;
  /** Refused recipients, on an "all recipients were rejected" error. */
  rejected?: string[] | undefined;
  /** One error per refused recipient; each carries its own `bounce`. */
  rejectedErrors?: BounceError[] | undefined;
}

/**
 * Whether `value` is an error annotated by `wrapTransport` (it has a `bounce` explanation).
 * Works across realms and copies of this package: it checks the shape, not a class.
 *
 * @example
 * try {
 *   await transporter.sendMail(message);
 * } catch (err) {
 *   if (isBounceError(err) && err.bounce.suppress) await suppressionList.add(message.to);
 *   throw err;
 * }
 */
export function isBounceError(value: unknown): value is BounceError {
  if (typeof value !== "object" || value === null) return false;
  const bounce = (value as { bounce?: unknown }).bounce;
  if (typeof bounce !== "object" || bounce === null) return false;
  const { type, reason, suppress } = bounce as Partial<Record<keyof Explanation, unknown>>;
  return typeof type === "string" && typeof reason === "string" && typeof suppress === "boolean";
}

/**
 * Sets `error.bounce` to the explanation of `error` and returns it. Never throws: when the error
 * cannot be explained or annotated (not an object, a throwing getter, a frozen object) it is left
 * exactly as it was and `undefined` is returned.
 */
export function annotateError(
  error: unknown,
  explainError: typeof explain = explain,
): Explanation | undefined {
  if ((typeof error !== "object" && typeof error !== "function") || error === null) return undefined;
  try {
    const explanation = explainError(error as Parameters<typeof explain>[0]);
    // Enumerable on purpose: Nodemailer's own fields (code, response, responseCode, command) are
    // enumerable, so `JSON.stringify(err)` and structured loggers show the explanation beside them.
    Object.defineProperty(error, "bounce", {
      value: explanation,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return explanation;
  } catch {
    return undefined;
  }
}
