import { describe, expect, it } from "vitest";
import { ChannelRateLimiter, RecentKeys } from "../src/guards.js";

describe("RecentKeys (de-duplication of retried events)", () => {
  it("claims a key once; any already-seen key of a set makes the claim fail", () => {
    const keys = new RecentKeys();
    expect(keys.claim(["Ev1", "C1:1.1"])).toBe(true);
    expect(keys.claim(["Ev1", "C1:1.1"])).toBe(false);
    // Same message delivered again under a new event id (message + app_mention, or a redelivery).
    expect(keys.claim(["Ev2", "C1:1.1"])).toBe(false);
    expect(keys.claim([undefined, null, "C1:2.2"])).toBe(true);
  });

  it("is bounded: the oldest keys are forgotten first", () => {
    const keys = new RecentKeys({ max: 3 });
    for (const key of ["a", "b", "c", "d"]) keys.claim([key]);
    expect(keys.size).toBe(3);
    expect(keys.claim(["a"])).toBe(true);
    expect(keys.claim(["d"])).toBe(false);
  });

  it("forgets keys after the TTL", () => {
    let now = 0;
    const keys = new RecentKeys({ ttlMs: 1000, now: () => now });
    keys.claim(["x"]);
    now = 999;
    expect(keys.claim(["x"])).toBe(false);
    now = 3000;
    expect(keys.claim(["x"])).toBe(true);
  });
});

describe("ChannelRateLimiter", () => {
  it("allows `limit` replies per channel per window, per channel", () => {
    let now = 0;
    const limiter = new ChannelRateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect([limiter.take("C1"), limiter.take("C1"), limiter.take("C1")]).toEqual([true, true, false]);
    expect(limiter.take("C2")).toBe(true);
    now = 59_999;
    expect(limiter.take("C1")).toBe(false);
    now = 60_000;
    expect(limiter.take("C1")).toBe(true);
  });

  it("remembers a bounded number of channels", () => {
    const limiter = new ChannelRateLimiter({ limit: 1, maxChannels: 2, now: () => 0 });
    limiter.take("C1");
    limiter.take("C2");
    limiter.take("C3");
    // C1 was evicted, so it has a fresh budget; C3 does not.
    expect(limiter.take("C1")).toBe(true);
    expect(limiter.take("C3")).toBe(false);
  });
});
