/**
 * A whole bounce message — what a sender's mailbox receives: RFC 5322 header fields, a blank line, then a
 * body that is either a DSN (`multipart/report`: a human-readable notice, a `message/delivery-status` part,
 * the returned message) or a plain-text notice (qmail, Exim, IMail, Lotus Notes…) followed by a copy of the
 * returned message. The parser looks for the reply in what it is given; given a whole message, the header
 * fields and the returned message are noise (their `Content-Type`, `Received: … with SMTP` and subject
 * words are no failure report), so `bounceReport` hands it only the parts that report the failure:
 *
 * - the notice: the first `text/plain` part (else the first `text/html` one, without its tags), or the body
 *   of a single-part message, decoded (quoted-printable, base64, its charset; 7-bit ISO-2022-JP too), cut
 *   where a copy of the returned message's header fields starts;
 * - the `message/delivery-status` (or `message/global-delivery-status`) part, whose `Diagnostic-Code:` and
 *   `Status:` fields the parser reads first wherever they are; in a complaint (ARF, RFC 5965), the
 *   `message/feedback-report` part (`Feedback-Type: abuse` …).
 *
 * `message/rfc822` (the returned message) is opened only when it is itself a bounce that a relay wrapped;
 * attachments are left out. A message that is not a bounce — no delivery-status part, neither a code nor
 * a bounce's words ("could not be delivered", "nicht zugestellt"…) in its notice, and neither its sender
 * (`MAILER-DAEMON`, `postmaster`, "Mail Delivery System"…), an `X-Failed-Recipients` field nor its subject
 * ("Undeliverable", "failure notice", "Unzustellbar", "エラー"…) says it is one — reports nothing: an
 * out-of-office reply or a person's answer is no failure.
 *
 * Linear in the input, and bounded: only the first `MAX_MESSAGE_CHARS` are read, at most 32 parts of a
 * multipart, 64 kB of a part's body, 1,000 header lines and 2 kB of a folded field.
 */

/** Only the start of a message is read: the failure report precedes the returned message. */
export const MAX_MESSAGE_CHARS = 256 * 1024;

/** A header field line: its name. */
const FIELD = /^([A-Za-z0-9_-]{1,76}):/;
/** Fields that a message has and a pasted reply, log line or DSN field list does not. */
const MESSAGE_FIELD =
  /^(?:return-path|received|delivered-to|date|from|to|subject|message-id|mime-version|content-type)$/;
/** Fields that open a copy of the returned message inside a plain-text notice. */
const ORIGINAL_FIELD =
  /^(?:return-path|received|delivered-to|x-original-to|message-id|mime-version|dkim-signature|arc-seal|authentication-results|x-received)$/;
/** Who sends bounces, and what they call them. */
const BOUNCE_FROM =
  /mailer.?daemon|postmaster|mail.?delivery|mail.?administrator|mail system|delivery subsystem/;
const BOUNCE_SUBJECT =
  /deliver|fail|return|bounce|reject|error|notice|problem|could not|unable|non remis|zustell|no entregado|エラー|不達|配信|退信|失败|실패/;
/** In a notice: a reply or enhanced code, Amazon SES's JSON bounce notification, or the words of a bounce. */
const BOUNCE_NOTICE =
  /\b[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b|"notificationType":"Bounce"|could ?n[o']t be delivered|undeliver|delivery (?:has )?failed|delivery failure|unable to deliver|permanent (?:error|failure)|not (?:been )?delivered|returned to sender|nicht zugestellt|non remis|no se pudo entregar|non è stato consegnato/i;

const MAX_DEPTH = 4;
const MAX_PARTS = 32;
const MAX_PART_CHARS = 64 * 1024;
const MAX_HEADER_LINES = 1000;
const MAX_FIELD_CHARS = 2048;

/** A part of the message: its header fields and the lines `[start, end)` of `lines` that are its body. */
interface Part {
  /** Lower-cased field name → value (folded lines joined); the first occurrence wins. */
  fields: Map<string, string>;
  lines: string[];
  start: number;
  end: number;
}

interface Found {
  notice: string | null;
  html: string | null;
  status: string[];
}

/**
 * The failure report inside a whole bounce message, or `null` when `input` is not a message (it does not
 * open with header fields, none of them one that a message has, or it has no body). The result keeps line
 * breaks; it is empty when the message is not a bounce or holds no notice and no status part.
 */
export function bounceReport(input: string): string | null {
  // Cheap refusals first: a message opens with a letter (a field name, or an mbox `From ` line); a reply, code
  // or log line does not open with a field name and a colon.
  const first = input.charCodeAt(0) | 32;
  if (first < 97 || first > 122) return null;
  if (!FIELD.test(input) && !input.startsWith("From ")) return null;
  const lines = input.slice(0, MAX_MESSAGE_CHARS).split(/\r?\n/);
  // An mbox file's envelope line (`From MAILER-DAEMON Thu Apr 29 23:34:45 2009`).
  const message = splitPart(lines, lines[0]?.startsWith("From ") ? 1 : 0, lines.length);
  if (message === null || ![...message.fields.keys()].some((name) => MESSAGE_FIELD.test(name))) return null;
  if (bodyOf(message).trim() === "") return null;
  const found: Found = { notice: null, html: null, status: [] };
  collect(message, found, 0);
  const notice = found.notice ?? (found.html === null ? "" : cutReturnedMessage(htmlText(found.html)));
  const field = (name: string) => (message.fields.get(name) ?? "").toLowerCase();
  const bounce =
    found.status.length > 0 ||
    BOUNCE_NOTICE.test(notice) ||
    BOUNCE_FROM.test(field("from")) ||
    message.fields.has("x-failed-recipients") ||
    BOUNCE_SUBJECT.test(field("subject"));
  return bounce ? [notice, ...found.status].filter((s) => s.trim() !== "").join("\n\n") : "";
}

function collect(part: Part, found: Found, depth: number): void {
  const type = part.fields.get("content-type") ?? "text/plain";
  const media = (type.split(";", 1)[0] ?? "").trim().toLowerCase();
  if (media.startsWith("multipart/")) {
    if (depth >= MAX_DEPTH) return;
    // A boundary parameter that the body does not use (missing, or mangled on the way): the body's first
    // `--token` line is the boundary.
    let parts = splitMultipart(part, parameter(type, "boundary"));
    if (parts.length === 0) {
      const guess = part.lines.slice(part.start, part.end).find((l) => /^--\S+$/.test(l.trimEnd()));
      parts = splitMultipart(part, guess?.trimEnd().slice(2) ?? null);
    }
    if (parts.length === 0) found.notice ??= cutReturnedMessage(bodyOf(part));
    for (const sub of parts) collect(sub, found, depth + 1);
  } else if (/^message\/(?:global-)?delivery-status$|^message\/feedback-report$/.test(media)) {
    found.status.push(decodeBody(part));
  } else if (media === "message/rfc822" || media === "message/global") {
    // Usually the returned message (the sender's own words: never read). Opened only when it is itself a
    // bounce that a relay or a forwarding rule wrapped: a DSN, or a notice from the mailer daemon.
    const inner = splitPart(part.lines, part.start, part.end);
    const innerType = (inner?.fields.get("content-type") ?? "").toLowerCase();
    const from = (inner?.fields.get("from") ?? "").toLowerCase();
    const wrapped = innerType.includes("delivery-status") || /mailer.?daemon|postmaster/.test(from);
    if (inner && wrapped && depth < MAX_DEPTH && found.status.length === 0) collect(inner, found, depth + 1);
  } else if (!/^attachment/i.test(part.fields.get("content-disposition") ?? "")) {
    if (media === "text/plain") found.notice ??= cutReturnedMessage(decodeBody(part));
    else if (media === "text/html") found.html ??= decodeBody(part);
  }
}

/** Header fields from line `start` up to the first blank line; null when a line is not a field or there is none. */
function splitPart(lines: string[], start: number, end: number): Part | null {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (let i = start; i < end && i - start < MAX_HEADER_LINES; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") return { fields, lines, start: i + 1, end };
    if (line[0] === " " || line[0] === "\t") {
      // A folded line continues the field above (kept only for the first occurrence of a name).
      const value = last === null ? undefined : fields.get(last);
      if (last !== null && value !== undefined && value.length < MAX_FIELD_CHARS)
        fields.set(last, `${value} ${line.trim()}`);
      continue;
    }
    const name = FIELD.exec(line)?.[1]?.toLowerCase();
    if (name === undefined) return null;
    last = fields.has(name) ? null : name;
    if (last !== null) fields.set(name, line.slice(name.length + 1).trim());
  }
  return null;
}

/** The parts between `--boundary` lines, up to the closing `--boundary--`. */
function splitMultipart(part: Part, boundary: string | null): Part[] {
  const parts: Part[] = [];
  if (!boundary) return parts;
  const open = `--${boundary}`;
  let from = -1;
  for (let i = part.start; i < part.end && parts.length < MAX_PARTS; i++) {
    const line = part.lines[i] ?? "";
    if (!line.startsWith(open)) continue;
    const sub = from < 0 ? null : splitPart(part.lines, from, i);
    if (sub) parts.push(sub);
    const tail = line.slice(open.length).trimEnd();
    if (tail === "--") return parts;
    from = tail === "" ? i + 1 : -1;
  }
  const sub = from < 0 ? null : splitPart(part.lines, from, part.end);
  if (sub) parts.push(sub);
  return parts;
}

/** A `name=value` or `name="value"` parameter of a structured field. */
function parameter(value: string, name: string): string | null {
  return new RegExp(`(?:^|[;\\s])${name}="?([^";\\s]+)`, "i").exec(value)?.[1] ?? null;
}

function bodyOf(part: Part): string {
  return part.lines.slice(part.start, part.end).join("\n").slice(0, MAX_PART_CHARS);
}

/** A part's body as text: transfer encoding undone, bytes read in the part's charset. */
function decodeBody(part: Part): string {
  const body = bodyOf(part);
  const encoding = (part.fields.get("content-transfer-encoding") ?? "").trim().toLowerCase();
  const charset = parameter(part.fields.get("content-type") ?? "", "charset") ?? "utf-8";
  let binary: string;
  try {
    if (encoding === "base64") binary = atob(body.replace(/[^A-Za-z0-9+/]/g, ""));
    else if (encoding === "quoted-printable")
      binary = body
        .replace(/=\n/g, "")
        .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    // 7-bit text in an escape-sequence charset (ISO-2022-JP, common in Japanese bounces) still needs decoding.
    else if (body.includes("\x1b") && /^iso-2022/i.test(charset)) binary = body;
    else return body;
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0) & 255);
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // Broken base64 or an unknown charset label: the body as it is.
    return body;
  }
}

/** The text of an HTML notice: tags dropped (block ends become line breaks), a few entities undone. */
function htmlText(html: string): string {
  const entities: Record<string, string> = { nbsp: " ", lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" };
  return html
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (_, name: string) => entities[name] ?? "");
}

/**
 * A plain-text notice up to the copy of the returned message: the first line, after some notice text, that
 * is a header field a message opens with (`Return-Path:`, `Received:`, `Message-ID:` …).
 */
function cutReturnedMessage(notice: string): string {
  const lines = notice.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  const cut = lines.findIndex(
    (l, i) => i > first && ORIGINAL_FIELD.test(FIELD.exec(l)?.[1]?.toLowerCase() ?? ""),
  );
  return cut < 0 ? notice : lines.slice(0, cut).join("\n");
}
