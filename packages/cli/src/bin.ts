#!/usr/bin/env node
import { run } from "./index.js";

// `bounce < big.log | head` closes our stdout early; that is a normal way to stop, not a crash.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
}).then((status) => {
  process.exitCode = status;
});
