import net from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** A server listening on 127.0.0.1, closed by `close()`. */
export interface LocalServer {
  port: number;
  close(): Promise<void>;
}

function listen(server: net.Server | SMTPServer, close: () => Promise<void>): Promise<LocalServer> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address =
        (server as { server?: net.Server }).server?.address() ?? (server as net.Server).address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ port, close });
    });
  });
}

/** A real smtp-server with STARTTLS off (no certificates on loopback) and plain AUTH allowed. */
export async function startSmtpServer(
  options: SMTPServerOptions = {},
): Promise<LocalServer & { messages: string[] }> {
  const messages: string[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
    ...options,
  });
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const local = await listen(server, close);
  return Object.assign(local, { messages });
}

/** An smtp-server handler error that makes the server answer `<code> <text>` exactly. */
export function reply(code: number, text: string): Error {
  // smtp-server hides enhanced codes by default, so an enhanced code at the start of the message is
  // sent verbatim after the basic code: `reply(550, "5.1.1 …")` is answered as `550 5.1.1 …`.
  return Object.assign(new Error(text), { responseCode: code });
}

/**
 * A raw SMTP server for byte-exact replies (multi-line replies, a refusing greeting). `greeting` is sent
 * on connect; `afterData` answers the message after the final dot. Everything else gets a plain 2xx/354.
 * When `closeAfterGreeting` is set, the server hangs up right after the greeting.
 */
export async function startRawSmtp(script: {
  greeting: string;
  closeAfterGreeting?: boolean;
  afterData?: string;
}): Promise<LocalServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    const send = (lines: string) => socket.write(`${lines.replace(/\r?\n/g, "\r\n")}\r\n`);
    send(script.greeting);
    if (script.closeAfterGreeting) {
      socket.end();
      return;
    }
    let buffer = "";
    let inData = false;
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          send(script.afterData ?? "250 2.0.0 OK queued");
          continue;
        }
        const lineEnd = buffer.indexOf("\r\n");
        if (lineEnd === -1) return;
        const line = buffer.slice(0, lineEnd);
        buffer = buffer.slice(lineEnd + 2);
        const verb = line.split(" ")[0]?.toUpperCase();
        if (verb === "EHLO") send("250-mx.example.net\n250-PIPELINING\n250 8BITMIME");
        else if (verb === "DATA") {
          inData = true;
          send("354 Go ahead");
        } else if (verb === "QUIT") {
          send("221 2.0.0 Bye");
          socket.end();
        } else send("250 2.1.0 OK");
      }
    });
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return listen(server, close);
}

/**
 * A server that accepts connections and never says a word (for the greeting timeout). `connected`
 * resolves when the first client has connected.
 */
export async function startSilentServer(): Promise<LocalServer & { connected: Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let onConnected: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    onConnected = resolve;
  });
  const server = net.createServer((socket) => {
    onConnected();
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return Object.assign(await listen(server, close), { connected });
}

/** A loopback port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const { port } = await listen(server, async () => {});
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
