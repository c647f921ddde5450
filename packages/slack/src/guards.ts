/**
 * A bounded set of recently seen keys (insertion order, oldest evicted first). Slack retries an event it
 * thinks was not acknowledged, and delivers one message both as `message` and `app_mention`: remembering
 * what was answered keeps the bot from answering twice without growing without bound.
 */
export class RecentKeys {
  readonly #keys = new Map<string, number>();
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { max?: number; ttlMs?: number; now?: () => number } = {}) {
    this.#max = Math.max(1, options.max ?? 2000);
    this.#ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  /** Records every key; returns false when any of them was already recorded (and not expired). */
  claim(keys: readonly (string | undefined | null)[]): boolean {
    const now = this.#now();
    const present = keys.filter((key): key is string => typeof key === "string" && key !== "");
    const seen = present.some((key) => {
      const at = this.#keys.get(key);
      return at !== undefined && now - at < this.#ttlMs;
    });
    for (const key of present) {
      this.#keys.delete(key);
      this.#keys.set(key, now);
    }
    while (this.#keys.size > this.#max) {
      const oldest = this.#keys.keys().next().value;
      if (oldest === undefined) break;
      this.#keys.delete(oldest);
    }
    return !seen;
  }

  get size(): number {
    return this.#keys.size;
  }
}

/**
 * At most `limit` replies per channel in any sliding `windowMs`. A busy incident channel full of pasted
 * bounces gets a few answers, not a wall of them. Bounded in the number of channels it remembers.
 */
export class ChannelRateLimiter {
  readonly #sent = new Map<string, number[]>();
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #maxChannels: number;
  readonly #now: () => number;

  constructor(options: { limit: number; windowMs?: number; maxChannels?: number; now?: () => number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#maxChannels = options.maxChannels ?? 5000;
    this.#now = options.now ?? Date.now;
  }

  /** Takes one reply slot for the channel; false when its budget for the window is spent. */
  take(channel: string): boolean {
    const now = this.#now();
    const recent = (this.#sent.get(channel) ?? []).filter((at) => now - at < this.#windowMs);
    if (recent.length >= this.#limit) {
      this.#sent.set(channel, recent);
      return false;
    }
    recent.push(now);
    this.#sent.delete(channel);
    this.#sent.set(channel, recent);
    while (this.#sent.size > this.#maxChannels) {
      const oldest = this.#sent.keys().next().value;
      if (oldest === undefined) break;
      this.#sent.delete(oldest);
    }
    return true;
  }
}
