/**
 * A local stand-in for Slack's Socket Mode WebSocket endpoint: just enough RFC 6455 (handshake, text,
 * ping/pong and close frames, no extensions) for @slack/socket-mode's client to connect, receive envelopes
 * and send acknowledgements. Loopback only; pair it with SlackStub answering `apps.connections.open`.
 */
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([0x80 | opcode, length]);
  } else if (length < 65536) {
    header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

export class SocketModeStub {
  /** Every JSON message the client sent (acknowledgements carry `envelope_id`). */
  readonly received: Record<string, unknown>[] = [];
  #server: Server | undefined;
  #sockets = new Set<Duplex>();
  #url = "";

  get url(): string {
    return this.#url;
  }

  get connections(): number {
    return this.#sockets.size;
  }

  async start(): Promise<this> {
    this.#server = createServer((_req, res) => {
      res.writeHead(426);
      res.end();
    });
    this.#server.on("upgrade", (req, socket) => {
      const key = req.headers["sec-websocket-key"];
      const accept = createHash("sha1").update(`${key}${GUID}`).digest("base64");
      socket.write(
        `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
      );
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
      socket.on("error", () => this.#sockets.delete(socket));
      let buffer = Buffer.alloc(0);
      socket.on("data", (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const parsed = this.#parse(buffer);
          if (!parsed) break;
          buffer = buffer.subarray(parsed.consumed);
          this.#handle(socket, parsed.opcode, parsed.payload);
        }
      });
      this.#sendTo(socket, {
        type: "hello",
        num_connections: 1,
        debug_info: { host: "stub" },
        connection_info: { app_id: "A0APP0001" },
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
    this.#url = `ws://127.0.0.1:${(this.#server.address() as AddressInfo).port}/link`;
    return this;
  }

  /** Sends an envelope to every connected client. */
  send(message: Record<string, unknown>): void {
    for (const socket of this.#sockets) this.#sendTo(socket, message);
  }

  /** Lets clients finish their close handshake (up to a second), then drops whatever is left. */
  async stop(): Promise<void> {
    const deadline = Date.now() + 1000;
    while (this.#sockets.size > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    for (const socket of this.#sockets) socket.destroy();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  #sendTo(socket: Duplex, message: Record<string, unknown>): void {
    socket.write(frame(0x1, Buffer.from(JSON.stringify(message))));
  }

  #parse(buffer: Buffer): { opcode: number; payload: Buffer; consumed: number } | null {
    if (buffer.length < 2) return null;
    const opcode = (buffer[0] ?? 0) & 0x0f;
    const masked = ((buffer[1] ?? 0) & 0x80) !== 0;
    let length = (buffer[1] ?? 0) & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (buffer.length < 4) return null;
      length = buffer.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (buffer.length < 10) return null;
      length = Number(buffer.readBigUInt64BE(2));
      offset = 10;
    }
    const maskLength = masked ? 4 : 0;
    if (buffer.length < offset + maskLength + length) return null;
    const mask = buffer.subarray(offset, offset + maskLength);
    const payload = Buffer.from(buffer.subarray(offset + maskLength, offset + maskLength + length));
    if (masked)
      for (let i = 0; i < payload.length; i += 1) payload[i] = (payload[i] ?? 0) ^ (mask[i % 4] ?? 0);
    return { opcode, payload, consumed: offset + maskLength + length };
  }

  #handle(socket: Duplex, opcode: number, payload: Buffer): void {
    if (opcode === 0x1) {
      try {
        this.received.push(JSON.parse(payload.toString("utf8")) as Record<string, unknown>);
      } catch {
        this.received.push({ unparsable: payload.toString("utf8") });
      }
    } else if (opcode === 0x9) {
      socket.write(frame(0xa, payload));
    } else if (opcode === 0x8) {
      socket.end(frame(0x8, payload.subarray(0, 2)));
    }
  }
}
