import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { HTTPReceiver, type HTTPReceiverOptions } from "@slack/bolt";

/** Slack's replay window: a signed request is valid for five minutes. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export type TimestampVerdict = "ok" | "missing" | "stale" | "future";

/**
 * Judges an `x-slack-request-timestamp` header against the clock, in both directions. Bolt refuses stale
 * timestamps but accepts any timestamp in the future, so a signed request dated ahead could be replayed
 * for as long as its date allows; this closes that.
 *
 * @example
 * checkRequestTimestamp(String(Math.floor(Date.now() / 1000) + 3600)); // "future"
 */
export function checkRequestTimestamp(
  header: string | string[] | undefined,
  options: { nowMs?: number; toleranceSeconds?: number } = {},
): TimestampVerdict {
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header.trim())) return "missing";
  const seconds = Number(header.trim());
  const now = Math.floor((options.nowMs ?? Date.now()) / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (seconds > now + tolerance) return "future";
  if (seconds < now - tolerance) return "stale";
  return "ok";
}

export interface TimestampWindowOptions {
  toleranceSeconds?: number;
  now?: () => number;
}

/**
 * Makes an `HTTPReceiver` answer 401 to requests whose timestamp is more than the tolerance in the future
 * (or the past) before Bolt reads them. It wraps the receiver's public `requestListener`, which is what the
 * receiver's own server calls for every request (Bolt 5.1.0 `HTTPReceiver.start`), so it applies to
 * `app.start()` and to anyone mounting `receiver.requestListener` on their own server. Requests without
 * the header (health checks, Slack's `ssl_check`) go on to Bolt, which does its own checks.
 */
export function enforceTimestampWindow<R extends { requestListener: RequestListener }>(
  receiver: R,
  options: TimestampWindowOptions = {},
): R {
  const inner = receiver.requestListener;
  const now = options.now ?? Date.now;
  const wrapped: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers["x-slack-request-timestamp"];
    if (header !== undefined) {
      const verdict = checkRequestTimestamp(header, {
        nowMs: now(),
        toleranceSeconds: options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
      });
      if (verdict === "future" || verdict === "stale") {
        res.writeHead(401);
        res.end();
        // Let the unread body drain so a keep-alive connection stays usable.
        req.resume();
        return;
      }
    }
    inner.call(receiver, req, res);
  };
  receiver.requestListener = wrapped;
  return receiver;
}

/**
 * A Bolt `HTTPReceiver` with the two-sided timestamp window already enforced. Takes Bolt's own options.
 *
 * @example
 * const receiver = createHttpReceiver({ signingSecret, customRoutes: [healthz] });
 * const app = new App({ token, receiver });
 */
export function createHttpReceiver(options: HTTPReceiverOptions & TimestampWindowOptions): HTTPReceiver {
  const { toleranceSeconds, now, ...boltOptions } = options;
  return enforceTimestampWindow(new HTTPReceiver(boltOptions), { toleranceSeconds, now });
}
