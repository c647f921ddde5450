#!/usr/bin/env node
/**
 * Benchmark: signed /bounce slash commands against the built bot on loopback.
 *
 *   pnpm turbo run build --filter=@bounced/slack-bot...   # builds core, the plugin and the bot
 *   pnpm --filter @bounced/slack-bot bench [-- --rate 200 --seconds 10 --concurrency 32 --json]
 *
 * Starts `dist/main.js` as a child process in HTTP mode (PORT=0), with SLACK_API_URL pointing at a local
 * stand-in that answers auth.test. Then:
 *  1. steady: an open-loop stream of commands at --rate per second for --seconds; latency is measured from
 *     each command's scheduled send time to the end of its ack (so a stall is not hidden), p50/p99 reported;
 *  2. max: --concurrency closed-loop senders for --seconds; commands/s reported.
 * Not a test: nothing here passes or fails on speed. Figures depend on the machine (2 shared cores here).
 */
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import { Agent, createServer, request } from "node:http";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const RATE = option("rate", 200);
const SECONDS = option("seconds", 10);
const CONCURRENCY = option("concurrency", 32);
const JSON_OUT = args.includes("--json");
const SECRET = "0123456789abcdef0123456789abcdef";
const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

// What on-call people paste: a bare code pair, a full reply, a multi-line reply, help, and noise.
const TEXTS = [
  "550 5.7.26",
  "550 5.1.1 The email account that you tried to reach does not exist.",
  "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
  "452 4.2.2 The email account that you tried to reach is over quota.",
  "550-5.7.1 [192.0.2.1] Our system has detected that this message is likely unsolicited mail.\n550 5.7.1 To reduce spam, this message has been blocked.",
  "5.1.1",
  "help",
  "why did this bounce",
];

function log(line) {
  if (!JSON_OUT) process.stdout.write(`${line}\n`);
}

async function startApiStub() {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, user_id: "UBENCH", bot_id: "BBENCH", team_id: "TBENCH" }));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function startBot(apiPort) {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: "xoxb-bench-token",
      SLACK_SIGNING_SECRET: SECRET,
      PORT: "0",
      SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /listening on port (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`bot exited with ${code}`)));
  });
  return { child, port };
}

const agent = new Agent({ keepAlive: true, maxSockets: Math.max(CONCURRENCY, 64) });
let counter = 0;

function sendCommand(port) {
  counter += 1;
  const body = new URLSearchParams({
    command: "/bounce",
    text: TEXTS[counter % TEXTS.length],
    user_id: "UBENCHUSER",
    user_name: "bench",
    channel_id: "CBENCH",
    channel_name: "bench",
    team_id: "TBENCH",
    api_app_id: "ABENCH",
    trigger_id: `1.${counter}`,
    response_url: "http://127.0.0.1:9/unused",
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/slack/events",
        method: "POST",
        agent,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": signature,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function steady(port, rate, seconds) {
  const total = Math.round(rate * seconds);
  const latencies = [];
  let failures = 0;
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < total; i += 1) {
    const scheduled = start + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      sendCommand(port).then(
        (status) => {
          if (status === 200) latencies.push(performance.now() - scheduled);
          else failures += 1;
        },
        () => {
          failures += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    targetRate: rate,
    sent: total,
    ok: latencies.length,
    failures,
    achievedRate: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
  };
}

async function max(port, concurrency, seconds) {
  const until = performance.now() + seconds * 1000;
  let ok = 0;
  let failures = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        try {
          if ((await sendCommand(port)) === 200) ok += 1;
          else failures += 1;
        } catch {
          failures += 1;
        }
      }
    }),
  );
  return { concurrency, ok, failures, commandsPerSecond: ok / ((performance.now() - start) / 1000) };
}

async function main() {
  if (!existsSync(MAIN)) {
    process.stderr.write(
      `${MAIN} is missing: run \`pnpm turbo run build --filter=@bounced/slack-bot...\` first\n`,
    );
    process.exit(1);
  }
  const api = await startApiStub();
  const bot = await startBot(api.address().port);
  try {
    log(`bot on 127.0.0.1:${bot.port}; node ${process.version}; warming up…`);
    await steady(bot.port, RATE, Math.min(2, SECONDS));
    const steadyResult = await steady(bot.port, RATE, SECONDS);
    const maxResult = await max(bot.port, CONCURRENCY, Math.min(SECONDS, 5));
    if (JSON_OUT) {
      process.stdout.write(
        `${JSON.stringify({ name: "slack-bot slash commands", steady: steadyResult, max: maxResult })}\n`,
      );
    } else {
      const f = (n) => (Number.isFinite(n) ? n.toFixed(2) : "n/a");
      log(
        `steady ${steadyResult.targetRate}/s for ${SECONDS}s: ${steadyResult.ok}/${steadyResult.sent} acked 200 (${steadyResult.failures} failed), ${f(steadyResult.achievedRate)} commands/s`,
      );
      log(
        `  ack latency p50 ${f(steadyResult.p50Ms)} ms, p99 ${f(steadyResult.p99Ms)} ms, max ${f(steadyResult.maxMs)} ms`,
      );
      log(
        `max throughput, ${maxResult.concurrency} concurrent senders: ${f(maxResult.commandsPerSecond)} commands/s (${maxResult.ok} ok, ${maxResult.failures} failed)`,
      );
    }
  } finally {
    agent.destroy();
    bot.child.kill("SIGTERM");
    await new Promise((resolve) => bot.child.once("exit", resolve));
    api.close();
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
