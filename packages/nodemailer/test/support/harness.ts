import type { Explanation } from "@bounced/core";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { expect } from "vitest";
import {
  type BounceContext,
  isBounceError,
  type WrapTransportOptions,
  wrapTransport,
} from "../../src/index.js";
import type { NodemailerUnderTest } from "./nodemailer-versions.js";

type Transporter = ReturnType<NodemailerUnderTest["createTransport"]>;
type Transport = Transporter["transporter"];
export type TransportOptions = SMTPPool.Options;

/** The error-like fields of a send error, to compare before and after the wrapper saw it. */
export interface Snapshot {
  keys: string[];
  name: unknown;
  message: unknown;
  stack: unknown;
  code: unknown;
  response: unknown;
  responseCode: unknown;
  command: unknown;
  hadBounce: boolean;
}

/** What the transport itself produced, recorded underneath the wrapper. */
export interface TapRecord {
  err: unknown;
  info: unknown;
  snapshot: Snapshot | null;
  rejectedErrors: unknown[];
  rejectedSnapshots: Snapshot[];
}

export function snapshot(value: unknown): Snapshot {
  const error = value as Record<string, unknown>;
  return {
    keys: Object.keys(error),
    name: error.name,
    message: error.message,
    stack: error.stack,
    code: error.code,
    response: error.response,
    responseCode: error.responseCode,
    command: error.command,
    hadBounce: Object.hasOwn(error, "bounce"),
  };
}

function rejectedOf(value: unknown): unknown[] {
  const list = (value as { rejectedErrors?: unknown } | null | undefined)?.rejectedErrors;
  return Array.isArray(list) ? [...list] : [];
}

/**
 * Records the transport's own results by sitting between the wrapper and the real `send`, so a test can
 * prove the wrapper hands on the very same objects, with their fields as the transport left them.
 */
export function tapSend(transport: Transport): TapRecord[] {
  const records: TapRecord[] = [];
  const target = transport as unknown as {
    send: (mail: unknown, callback: (...args: unknown[]) => void) => void;
  };
  const original = target.send;
  target.send = function tapped(this: unknown, mail, callback) {
    original.call(this, mail, (...args: unknown[]) => {
      const [err, info] = args;
      const rejectedErrors = [...rejectedOf(err), ...rejectedOf(info)];
      records.push({
        err,
        info,
        snapshot: err ? snapshot(err) : null,
        rejectedErrors,
        rejectedSnapshots: rejectedErrors.map(snapshot),
      });
      callback(...args);
    });
  };
  return records;
}

export interface Made {
  transporter: Transporter;
  inner: Transport;
  tap: TapRecord[];
}

/** The two documented ways to install the wrapper; every scenario runs through both. */
export interface Form {
  name: string;
  make(nm: NodemailerUnderTest, options: TransportOptions, wrap?: WrapTransportOptions<unknown>): Made;
}

export const FORMS: Form[] = [
  {
    name: "createTransport(wrapTransport(transport))",
    make(nm, options, wrap) {
      const inner = (options.pool
        ? new nm.SMTPPool(options)
        : new nm.SMTPTransport(options as SMTPTransport.Options)) as unknown as Transport;
      const tap = tapSend(inner);
      const transporter = nm.createTransport(wrapTransport(inner, wrap));
      return { transporter, inner, tap };
    },
  },
  {
    name: "wrapTransport(createTransport(options))",
    make(nm, options, wrap) {
      const transporter = nm.createTransport(options);
      const inner = transporter.transporter;
      const tap = tapSend(inner);
      expect(wrapTransport(transporter, wrap)).toBe(transporter);
      return { transporter, inner, tap };
    },
  },
];

export interface BounceCall extends BounceContext<unknown> {
  explanation: Explanation;
}

export function recordBounces(): { calls: BounceCall[]; options: WrapTransportOptions<unknown> } {
  const calls: BounceCall[] = [];
  return {
    calls,
    options: {
      onBounce(explanation, context) {
        calls.push({ explanation, ...context });
      },
    },
  };
}

/**
 * The error the send settled with is the transport's own object: same instance, the same message,
 * stack, code, response, responseCode and command, and only `bounce` added (enumerable, as the last key).
 */
export function expectOriginalAnnotated(actual: unknown, recorded: unknown, before: Snapshot | null): void {
  expect(actual).toBe(recorded);
  expect(before).not.toBeNull();
  const after = snapshot(actual);
  expect(before?.hadBounce).toBe(false);
  expect({ ...after, keys: undefined, hadBounce: undefined }).toEqual({
    ...before,
    keys: undefined,
    hadBounce: undefined,
  });
  expect(after.keys).toEqual([...(before?.keys ?? []), "bounce"]);
  expect(isBounceError(actual)).toBe(true);
}

/** Every per-recipient error is the transport's own object too, each annotated. */
export function expectRejectedAnnotated(actualList: unknown, record: TapRecord): void {
  const list = actualList as unknown[];
  expect(list).toHaveLength(record.rejectedErrors.length);
  list.forEach((entry, i) => {
    expectOriginalAnnotated(entry, record.rejectedErrors[i], record.rejectedSnapshots[i] ?? null);
  });
}

/** `sendMail` as a promise that resolves with either outcome, so a test can look at both. */
export async function settle<T>(promise: Promise<T>): Promise<{ err: unknown; info: T | undefined }> {
  try {
    return { err: undefined, info: await promise };
  } catch (err) {
    return { err, info: undefined };
  }
}
