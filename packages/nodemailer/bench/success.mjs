// What the wrapper costs on a successful send. Run after a build: `pnpm build && pnpm bench`.
// 1. The wrapper alone: a no-op transport's send() called directly vs through the wrapper.
// 2. End to end: sendMail() on a no-op transport, unwrapped vs wrapped, rounds interleaved.
//    The transport does nothing, so Nodemailer's own work (compiling the message) is the whole
//    baseline; a real SMTP send adds milliseconds of network time on top.
import nodemailer from "nodemailer";
import { wrapTransport } from "../dist/index.js";

const nullTransport = () => ({
  name: "null",
  version: "1",
  send(mail, callback) {
    callback(null, { envelope: mail.message?.getEnvelope(), messageId: "<id@example.com>" });
  },
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function sendLoop(transport, sends) {
  let delivered = 0;
  const done = (err, info) => {
    if (!err && info) delivered++;
  };
  const start = process.hrtime.bigint();
  for (let i = 0; i < sends; i++) transport.send({}, done);
  const elapsed = Number(process.hrtime.bigint() - start) / sends;
  if (delivered !== sends) throw new Error("lost a send");
  return elapsed;
}

const message = { from: "app@example.com", to: "someone@example.org", subject: "Hi", text: "Hello" };
async function sendMailLoop(transporter, sends) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < sends; i++) await transporter.sendMail(message);
  return Number(process.hrtime.bigint() - start) / sends;
}

const options = { onBounce() {} };
const direct = nullTransport();
const through = wrapTransport(nullTransport(), options);
const loops = { plain: [], wrapped: [] };
for (let round = 0; round < 7; round++) {
  loops.plain.push(sendLoop(direct, 500_000));
  loops.wrapped.push(sendLoop(through, 500_000));
}
const a = median(loops.plain);
const b = median(loops.wrapped);
console.log("transport.send(), median of 7 × 500000 calls");
console.log(`  direct           ${a.toFixed(0)} ns/send`);
console.log(`  through wrapper  ${b.toFixed(0)} ns/send  (+${(b - a).toFixed(0)} ns)`);

const plain = nodemailer.createTransport(nullTransport());
const wrapped = nodemailer.createTransport(wrapTransport(nullTransport(), options));
const sends = Number(process.argv[2] ?? 5000);
await sendMailLoop(plain, 1000);
await sendMailLoop(wrapped, 1000);
const rounds = { plain: [], wrapped: [] };
for (let round = 0; round < 7; round++) {
  const order = round % 2 ? ["wrapped", "plain"] : ["plain", "wrapped"];
  for (const which of order)
    rounds[which].push(await sendMailLoop(which === "plain" ? plain : wrapped, sends));
}
const p = median(rounds.plain);
const w = median(rounds.wrapped);
console.log(`sendMail(), no-op transport, median of 7 × ${sends} sends (interleaved)`);
console.log(`  unwrapped  ${(p / 1000).toFixed(1)} µs/send`);
console.log(`  wrapped    ${(w / 1000).toFixed(1)} µs/send  (${(((w - p) / p) * 100).toFixed(1)} %)`);
