/**
 * A whole bounce message — what a sender's mailbox receives: RFC 5322 header fields, a blank line, then a
 * body that is either a DSN (`multipart/report`: a human-readable notice, a `message/delivery-status` part,
 * the returned message) or a plain-text notice (qmail, Exim, IMail, Lotus Notes…) followed by a copy of the
 * returned message. The parser looks for the reply in what it is given; given a whole message, the header
 * fields and the returned message are noise (their `Content-Type`, `Received: … with SMTP` and subject
 * words are no failure report), so `bounceReport` hands it only the parts that report the failure:
 *
 * - the notice: the first `text/plain` part (or the body of a single-part message), decoded
 *   (quoted-printable, base64, its charset), cut where a copy of the returned message's header fields starts;
 * - the `message/delivery-status` (or `message/global-delivery-status`) part, whose `Diagnostic-Code:` and
 *   `Status:` fields the parser reads first wherever they are; in a complaint (ARF, RFC 5965), the
 *   `message/feedback-report` part (`Feedback-Type: abuse` …).
 *
 * `message/rfc822`, `text/rfc822-headers` and attachments are left out. Linear in the input; only the first
 * `MAX_MESSAGE_CHARS` are read (the report comes before the returned message).
 */

/** Header fields that a message has and a pasted reply, log line or DSN field list does not. */
const MESSAGE_FIELDS = new Set([
  "return-path",
  "received",
  "delivered-to",
  "x-original-to",
  "envelope-to",
  "delivery-date",
  "date",
  "from",
  "to",
  "subject",
  "message-id",
  "mime-version",
  "content-type",
  "sender",
  "reply-to",
  "x-failed-recipients",
  "auto-submitted",
  "dkim-signature",
  "arc-seal",
  "authentication-results",
  "x-received",
  "x-mailer",
]);
/** Fields that open a copy of the returned message inside a plain-text notice. */
const ORIGINAL_FIELDS = new Set([
  "return-path",
  "received",
  "delivered-to",
  "x-original-to",
  "message-id",
  "mime-version",
  "dkim-signature",
  "arc-seal",
  "authentication-results",
  "x-received",
]);

/** Only the start of a message is read: the failure report precedes the returned message. */
export const MAX_MESSAGE_CHARS = 256 * 1024;
/** Nested multiparts deeper than this are not opened. */
const MAX_DEPTH = 4;
/** A header block longer than this is no message's (real ones are a few kB); a field longer is cut. */
const MAX_HEADER_CHARS = 32 * 1024;
const MAX_FIELD_CHARS = 2048;
/** At most this many parts of one multipart are read, and this much of each part's body decoded. */
const MAX_PARTS = 32;
const MAX_PART_CHARS = 64 * 1024;

interface Part {
  /** Lower-cased field name → value (folded lines joined); the first occurrence wins. */
  fields: Map<string, string>;
  body: string;
}

/**
 * The failure report inside a whole bounce message, or `null` when `input` is not a message (it does not
 * open with header fields, none of them one that a message has, or it has no body). The result keeps line
 * breaks; it is empty when the message holds no notice and no status part.
 */
export function bounceReport(input: string): string | null {
  // Cheap refusal first: a reply, code or log line does not open with a field name and a colon.
  const first = input.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return null;
  let text = input.length > MAX_MESSAGE_CHARS ? input.slice(0, MAX_MESSAGE_CHARS) : input;
  // An mbox file's envelope line (`From MAILER-DAEMON Thu Apr 29 23:34:45 2009`).
  if (text.startsWith("From ")) {
    const nl = text.indexOf("\n");
    if (nl < 0) return null;
    text = text.slice(nl + 1);
  }
  if (fieldName(lineAt(text, 0)) === null) return null;
  const message = splitPart(text);
  if (message === null || message.body.trim() === "") return null;
  // DSN fields (`Reporting-MTA:` … a blank line … `Final-Recipient:`) look alike: a message has a field of its own.
  let isMessage = false;
  for (const name of message.fields.keys()) if (MESSAGE_FIELDS.has(name)) isMessage = true;
  if (!isMessage) return null;
  const found: Found = { notice: null, html: null, status: [] };
  collect(message, found, 0);
  const notice = found.notice ?? (found.html === null ? "" : cutReturnedMessage(htmlText(found.html)));
  // A message with no notice and no status part (a forwarded message, an attachment only) reports nothing:
  // its header fields are not read instead.
  return [notice, ...found.status].filter((s) => s.trim() !== "").join("\n\n");
}

interface Found {
  /** The first text/plain part, decoded. */
  notice: string | null;
  /** The first text/html part, decoded: the notice when there is no text/plain one. */
  html: string | null;
  /** The delivery-status (or feedback-report) parts. */
  status: string[];
}

/** The text of an HTML notice: tags dropped (block ends become line breaks), a few entities undone. */
function htmlText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function collect(part: Part, found: Found, depth: number): void {
  const type = (part.fields.get("content-type") ?? "text/plain").toLowerCase();
  const media = type.split(";", 1)[0]?.trim() ?? "";
  if (media.startsWith("multipart/")) {
    if (depth >= MAX_DEPTH) return;
    let parts = splitMultipart(part.body, parameter(part.fields.get("content-type") ?? "", "boundary"));
    // A boundary parameter that the body does not use (missing, or mangled on the way): the body's first
    // `--token` line is the boundary.
    if (parts.length === 0) parts = splitMultipart(part.body, guessBoundary(part.body));
    if (parts.length === 0) {
      if (found.notice === null) found.notice = cutReturnedMessage(part.body);
      return;
    }
    for (const child of parts) {
      const sub = splitPart(child);
      if (sub) collect(sub, found, depth + 1);
    }
    return;
  }
  if (
    media === "message/delivery-status" ||
    media === "message/global-delivery-status" ||
    media === "message/feedback-report"
  ) {
    found.status.push(decodeBody(part));
    return;
  }
  if (media === "message/rfc822" || media === "message/global") {
    // Usually the returned message (the sender's own words: never read). Opened only when it is itself a
    // bounce that a relay or a forwarding rule wrapped: a DSN, or a notice from the mailer daemon.
    const inner = splitPart(part.body);
    if (inner === null || depth >= MAX_DEPTH) return;
    const innerType = (inner.fields.get("content-type") ?? "").toLowerCase();
    const from = (inner.fields.get("from") ?? "").toLowerCase();
    const isBounce =
      (innerType.startsWith("multipart/report") && innerType.includes("delivery-status")) ||
      from.includes("mailer-daemon") ||
      from.includes("postmaster");
    if (isBounce && found.status.length === 0) collect(inner, found, depth + 1);
    return;
  }
  const disposition = (part.fields.get("content-disposition") ?? "").toLowerCase();
  if (disposition.startsWith("attachment")) return;
  if (media === "text/plain" && found.notice === null) found.notice = cutReturnedMessage(decodeBody(part));
  else if (media === "text/html" && found.html === null) found.html = decodeBody(part);
}

/** The line of `text` that starts at `start` (without its line break). */
function lineAt(text: string, start: number): string {
  const nl = text.indexOf("\n", start);
  const line = nl < 0 ? text.slice(start) : text.slice(start, nl);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** `Name` of a `Name: value` header line, lower-cased, or null. Reads at most the first 77 characters. */
function fieldName(line: string): string | null {
  const end = Math.min(line.length, 77);
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 58) return i === 0 ? null : line.slice(0, i).toLowerCase();
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!ok) return null;
  }
  return null;
}

/** Header fields up to the first blank line, and the body after it; null when there is no blank line. */
function splitPart(text: string): Part | null {
  const fields = new Map<string, string>();
  let last: string | null = null;
  let pos = 0;
  while (pos < text.length && pos < MAX_HEADER_CHARS) {
    const line = lineAt(text, pos);
    const next = text.indexOf("\n", pos);
    pos = next < 0 ? text.length : next + 1;
    if (line.trim() === "") return { fields, body: text.slice(pos) };
    const c = line.charCodeAt(0);
    if (c === 32 || c === 9) {
      // A folded line continues the field above (kept only for the first occurrence of a name).
      const value = last === null ? undefined : fields.get(last);
      if (last !== null && value !== undefined && value.length < MAX_FIELD_CHARS) {
        fields.set(last, `${value} ${line.trim()}`);
      }
      continue;
    }
    const name = fieldName(line);
    if (name === null) return null;
    if (!fields.has(name)) {
      fields.set(name, line.slice(line.indexOf(":") + 1).trim());
      last = name;
    } else {
      last = null;
    }
  }
  return null;
}

/** A `name=value` or `name="value"` parameter of a structured field. */
function parameter(value: string, name: string): string | null {
  const lower = value.toLowerCase();
  let at = lower.indexOf(`${name}=`);
  while (at > 0 && !/[;\s]/.test(lower.charAt(at - 1))) at = lower.indexOf(`${name}=`, at + 1);
  if (at < 0) return null;
  let rest = value.slice(at + name.length + 1);
  if (rest.startsWith('"')) {
    const end = rest.indexOf('"', 1);
    return end < 0 ? rest.slice(1) : rest.slice(1, end);
  }
  const end = rest.search(/[;\s]/);
  rest = end < 0 ? rest : rest.slice(0, end);
  return rest === "" ? null : rest;
}

/** The first line of `body` that looks like a boundary line (`--` and a token), without its `--`. */
function guessBoundary(body: string): string | null {
  let pos = 0;
  while (pos < body.length) {
    const line = lineAt(body, pos).trimEnd();
    if (line.length > 2 && line.startsWith("--") && !/\s/.test(line)) return line.slice(2);
    const next = body.indexOf("\n", pos);
    pos = next < 0 ? body.length : next + 1;
  }
  return null;
}

/** The parts between `--boundary` lines, up to the closing `--boundary--`. */
function splitMultipart(body: string, boundary: string | null): string[] {
  if (boundary === null || boundary === "") return [];
  const parts: string[] = [];
  const open = `--${boundary}`;
  let start = -1;
  let pos = 0;
  while (pos < body.length) {
    const line = lineAt(body, pos);
    const next = body.indexOf("\n", pos);
    const end = next < 0 ? body.length : next + 1;
    if (line.startsWith(open)) {
      if (start >= 0) parts.push(body.slice(start, pos));
      if (parts.length >= MAX_PARTS) return parts;
      const tail = line.slice(open.length).trimEnd();
      if (tail === "--") return parts;
      start = tail === "" ? end : -1;
    }
    pos = end;
  }
  if (start >= 0) parts.push(body.slice(start));
  return parts;
}

/** A part's body as text: transfer encoding undone, bytes read in the part's charset. */
function decodeBody(whole: Part): string {
  const part =
    whole.body.length > MAX_PART_CHARS ? { ...whole, body: whole.body.slice(0, MAX_PART_CHARS) } : whole;
  const encoding = (part.fields.get("content-transfer-encoding") ?? "").trim().toLowerCase();
  const charset = parameter(part.fields.get("content-type") ?? "", "charset") ?? "utf-8";
  let bytes: Uint8Array | null;
  if (encoding === "base64") bytes = fromBase64(part.body);
  else if (encoding === "quoted-printable") bytes = fromQuotedPrintable(part.body);
  // 7-bit text in an escape-sequence charset (ISO-2022-JP, common in Japanese bounces) still needs decoding.
  else if (part.body.includes("\x1b") && /^iso-2022/i.test(charset)) bytes = fromLatin1(part.body);
  else return part.body;
  if (bytes === null) return part.body;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown charset label: Latin-1 keeps every byte.
    let out = "";
    for (const b of bytes) out += String.fromCharCode(b);
    return out;
  }
}

function fromLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 255;
  return bytes;
}

function fromBase64(body: string): Uint8Array | null {
  try {
    return fromLatin1(atob(body.replace(/[^A-Za-z0-9+/=]/g, "")));
  } catch {
    return null;
  }
}

function fromQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 128) {
      bytes.push(c);
    } else {
      for (const b of new TextEncoder().encode(text.charAt(i))) bytes.push(b);
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * A plain-text notice up to the copy of the returned message: the first line, after some notice text, that
 * is a header field a message opens with (`Return-Path:`, `Received:`, `Message-ID:` …).
 */
function cutReturnedMessage(notice: string): string {
  let pos = 0;
  let seenText = false;
  while (pos < notice.length) {
    const line = lineAt(notice, pos);
    const name = fieldName(line);
    if (seenText && name !== null && ORIGINAL_FIELDS.has(name)) return notice.slice(0, pos);
    if (line.trim() !== "") seenText = true;
    const next = notice.indexOf("\n", pos);
    pos = next < 0 ? notice.length : next + 1;
  }
  return notice;
}
