/**
 * The wrapper is invisible except for `bounce`: the transport's name and version, verify/close/isIdle/
 * pendingCount, its events, `mailer` and `getSocket`, pools, plugins and DKIM all behave as without it.
 * Run for every Nodemailer in the peer range and both forms.
 */
import { generateKeyPairSync } from "node:crypto";
import { once } from "node:events";
import http from "node:http";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { wrapTransport } from "../src/index.js";
import { GMAIL_NO_SUCH_USER } from "./fixtures/replies.js";
import { expectOriginalAnnotated, FORMS, recordBounces, settle, type TapRecord } from "./support/harness.js";
import { NODEMAILERS } from "./support/nodemailer-versions.js";
import { reply, startSmtpServer } from "./support/servers.js";

const FROM = "sender@example.com";
const OK = "ok@example.org";
const GONE = "gone@example.org";

type Loose = Record<string, unknown> & { [key: string]: unknown };

const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});

/** An smtp-server that refuses GONE and counts open connections, to see a pool really close. */
async function poolServer() {
  let open = 0;
  const drained: Array<() => void> = [];
  const server = await startSmtpServer({
    onConnect(_session, callback) {
      open++;
      callback();
    },
    onClose() {
      open--;
      if (open === 0) for (const resolve of drained.splice(0)) resolve();
    },
    onRcptTo(address, _session, callback) {
      callback(address.address === GONE ? reply(550, GMAIL_NO_SUCH_USER) : undefined);
    },
  });
  const allClosed = () =>
    open === 0 ? Promise.resolve() : new Promise<void>((resolve) => drained.push(() => resolve()));
  return Object.assign(server, { allClosed });
}

describe.each(NODEMAILERS)("nodemailer $version", (nm) => {
  describe.each(FORMS)("$name", (form) => {
    it("forwards name, version, mailer, verify and the absence of isIdle", async () => {
      const server = await startSmtpServer();
      try {
        const { transporter, inner } = form.make(nm, { host: "127.0.0.1", port: server.port });
        const wrapper = transporter.transporter as unknown as Loose;
        expect(wrapper).not.toBe(inner);
        expect(wrapper.name).toBe(inner.name);
        expect(wrapper.version).toBe(inner.version);
        expect(wrapper.name).toBe("SMTP");
        // Mail set `mailer` through the wrapper: it must have landed on the transport that reads it.
        expect((inner as unknown as Loose).mailer).toBe(transporter);
        expect(wrapper.mailer).toBe(transporter);
        expect(await transporter.verify()).toBe(true);
        // SMTPTransport has no isIdle; Mail must still see none (it then logs and returns false).
        expect(typeof wrapper.isIdle).toBe(typeof (inner as unknown as Loose).isIdle);
        expect(transporter.isIdle()).toBe(false);
        transporter.close();
      } finally {
        await server.close();
      }
    });

    it("forwards getSocket: a transporter-level socket handler still makes the connection", async () => {
      const server = await startSmtpServer();
      try {
        // Port 9 (discard) on loopback is closed here: only the handler's socket can reach the server.
        const { transporter } = form.make(nm, { host: "127.0.0.1", port: 9 });
        let used = 0;
        transporter.getSocket = (_options, callback) => {
          used++;
          const socket = net.connect(server.port, "127.0.0.1", () => callback(null, { connection: socket }));
          socket.once("error", (error) => callback(error));
        };
        const info = await transporter.sendMail({ from: FROM, to: OK, text: "via getSocket" });
        transporter.close();
        expect(used).toBe(1);
        expect(info.accepted).toEqual([OK]);
        expect(server.messages).toHaveLength(1);
      } finally {
        await server.close();
      }
    });

    it("forwards 'idle', 'error', 'clear' and 'log' events exactly as an unwrapped transporter does", async () => {
      const emitAll = (transporter: ReturnType<typeof nm.createTransport>, inner: unknown) => {
        const seen: Array<[string, unknown]> = [];
        for (const event of ["idle", "error", "clear"])
          transporter.on(event, (arg) => seen.push([event, arg]));
        const emitter = inner as { emit(event: string, ...args: unknown[]): boolean };
        emitter.emit("idle");
        emitter.emit("error", failure);
        emitter.emit("clear"); // Mail re-emits 'clear' since nodemailer 7; 6.x drops it
        emitter.emit("log", { type: "test", message: "a log line" }); // Mail turns these into debug logs
        return seen;
      };
      const failure = new Error("socket gone");
      const options = { host: "127.0.0.1", port: 9 };
      const plainInner = new nm.SMTPTransport(options);
      const plain = emitAll(nm.createTransport(plainInner), plainInner);
      const { transporter, inner } = form.make(nm, options);
      const wrapped = emitAll(transporter, inner);
      expect(wrapped).toEqual(plain);
      expect(wrapped).toContainEqual(["idle", undefined]);
      expect(wrapped).toContainEqual(["error", failure]);
    });

    it("forwards the 'token' event of an OAuth2 login (the transport emits it on its mailer)", async () => {
      const tokenServer = http.createServer((_request, response) => {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ access_token: "fresh-token", expires_in: 3600, token_type: "Bearer" }));
      });
      tokenServer.listen(0, "127.0.0.1");
      await once(tokenServer, "listening");
      const tokenPort = (tokenServer.address() as net.AddressInfo).port;
      const server = await startSmtpServer({
        authOptional: false,
        authMethods: ["XOAUTH2"],
        onAuth(auth, _session, callback) {
          callback(null, auth.accessToken === "fresh-token" ? { user: auth.username } : undefined);
        },
      });
      try {
        const { transporter } = form.make(nm, {
          host: "127.0.0.1",
          port: server.port,
          auth: {
            type: "OAuth2",
            user: FROM,
            clientId: "client",
            clientSecret: "secret",
            refreshToken: "refresh",
            accessUrl: `http://127.0.0.1:${tokenPort}/token`,
          },
        });
        const tokens: unknown[] = [];
        transporter.on("token", (token) => tokens.push(token));
        const info = await transporter.sendMail({ from: FROM, to: OK, text: "oauth" });
        transporter.close();
        expect(info.accepted).toEqual([OK]);
        expect(tokens).toEqual([expect.objectContaining({ user: FROM, accessToken: "fresh-token" })]);
      } finally {
        await server.close();
        tokenServer.close();
      }
    });

    it("keeps plugins and DKIM signing working", async () => {
      const server = await startSmtpServer();
      try {
        const { transporter } = form.make(nm, { host: "127.0.0.1", port: server.port });
        transporter.use("compile", (mail, done) => {
          mail.data.headers = { ...(mail.data.headers as object), "X-Compiled-By": "plugin" };
          done();
        });
        await transporter.sendMail({
          from: FROM,
          to: OK,
          subject: "signed",
          text: "signed",
          dkim: { domainName: "example.com", keySelector: "s1", privateKey },
        });
        transporter.close();
        const [message] = server.messages;
        expect(message).toMatch(/^DKIM-Signature: .*d=example\.com/m);
        expect(message).toMatch(/^X-Compiled-By: plugin/m);
      } finally {
        await server.close();
      }
    });

    it("passes errors raised before the transport (a failing plugin) through untouched", async () => {
      const server = await startSmtpServer();
      try {
        const { calls, options } = recordBounces();
        const { transporter, tap } = form.make(nm, { host: "127.0.0.1", port: server.port }, options);
        const failure = Object.assign(new Error("template missing"), { code: "ETEMPLATE" });
        transporter.use("compile", (_mail, done) => done(failure));
        const { err } = await settle(transporter.sendMail({ from: FROM, to: OK, text: "x" }));
        transporter.close();
        expect(err).toBe(failure);
        expect(Object.keys(failure)).toEqual(["code"]);
        expect(tap).toEqual([]);
        expect(calls).toEqual([]);
      } finally {
        await server.close();
      }
    });

    it("pooled: several messages, the failure annotated, 'idle' events, isIdle, pendingCount, close()", async () => {
      const server = await poolServer();
      try {
        const { calls, options } = recordBounces();
        const { transporter, inner, tap } = form.make(
          nm,
          { host: "127.0.0.1", port: server.port, pool: true, maxConnections: 2 },
          options,
        );
        const wrapper = transporter.transporter as unknown as Loose;
        expect(wrapper.name).toBe("SMTP (pool)");
        expect(wrapper).toBeInstanceOf(nm.SMTPPool);
        expect(await transporter.verify()).toBe(true);

        // More messages than connections: the pool queues, then reports 'idle' when it drains.
        const idle = once(transporter, "idle");
        const recipients = [OK, GONE, "a@example.org", "b@example.org", "c@example.org"];
        const results = await Promise.all(
          recipients.map((to) => settle(transporter.sendMail({ from: FROM, to, text: `to ${to}` }))),
        );
        await idle;

        expect(results.map((result) => (result.err ? "rejected" : "sent"))).toEqual([
          "sent",
          "rejected",
          "sent",
          "sent",
          "sent",
        ]);
        expect(server.messages).toHaveLength(4);
        const record = tap.find((entry) => entry.err) as TapRecord;
        expectOriginalAnnotated(results[1]?.err, record.err, record.snapshot);
        expect(calls.map((call) => call.recipient)).toEqual([GONE]);

        expect(transporter.isIdle()).toBe(true);
        const pendingCount = (inner as unknown as Loose).pendingCount;
        expect(typeof wrapper.pendingCount).toBe(typeof pendingCount); // 10.2+ only
        if (typeof wrapper.pendingCount === "function") expect(wrapper.pendingCount()).toBe(0);

        transporter.close();
        await server.allClosed();
      } finally {
        await server.close();
      }
    });

    it("a JSON transport (no SMTP) keeps working", async () => {
      const transporter =
        form.name === FORMS[0]?.name
          ? nm.createTransport(wrapTransport(new nm.JSONTransport({})))
          : wrapTransport(nm.createTransport({ jsonTransport: true }));
      expect((transporter.transporter as unknown as Loose).name).toBe("JSONTransport");
      const info = await transporter.sendMail({ from: FROM, to: OK, subject: "json", text: "json" });
      expect(JSON.parse(String(info.message))).toMatchObject({ subject: "json" });
    });
  });
});
