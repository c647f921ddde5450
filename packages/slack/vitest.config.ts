import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Real servers on loopback; the 429 test waits out a Retry-After of one second.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
