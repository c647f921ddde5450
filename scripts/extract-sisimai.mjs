#!/usr/bin/env node
// One-off extractor: reads the Sisimai sample bounces in ../shared (read-only, optional) and prints
// one JSON line per expected record with the reply text found in the email, for hand review before it
// goes into packages/core/test/fixtures/replies/. Never needed for build or test.
//
// usage: node scripts/extract-sisimai.mjs [/work/shared/corpus/sisimai] [sisimai-v4-out.jsonl] > candidates.jsonl
//
// For each record of expected.jsonl it reports:
//   dsn:     the Diagnostic-Code of the record_index-th per-recipient block of the message/delivery-status
//            part (continuation lines unfolded, the diagnostic type such as `smtp;` removed);
//   sisimai: Sisimai v4's diagnosticcode for the same file and record (optional second input), and
//   found:   the line(s) of the decoded email that contain Sisimai's text, unfolded — for MTAs that quote
//            the reply only in the human-readable part.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SISIMAI_RENAMES, SOFT_BY_NATURE, SUPPRESS_REASONS } from "./lib/labelled-sets.mjs";

const root = process.argv[2] ?? "/work/shared/corpus/sisimai";
const v4path = process.argv[3];

function splitHeaderBody(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: "" };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function parseHeaders(head) {
  const out = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && out.length) out[out.length - 1][1] += `\n${line}`;
    else {
      const i = line.indexOf(":");
      if (i > 0) out.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1)]);
    }
  }
  return out;
}

const header = (hs, name) =>
  hs
    .find(([k]) => k === name)?.[1]
    .replace(/\r?\n[ \t]+/g, " ")
    .trim() ?? "";

function param(value, name) {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return m ? (m[1] ?? m[2]) : null;
}

function decodeBody(body, cte, charset) {
  let bytes;
  cte = (cte || "").toLowerCase();
  if (cte === "base64") bytes = Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
  else if (cte === "quoted-printable") {
    const s = body.replace(/=\r?\n/g, "");
    const arr = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
        arr.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
      } else arr.push(...Buffer.from(s[i], "latin1"));
    }
    bytes = Buffer.from(arr);
  } else bytes = Buffer.from(body, "latin1");
  const cs = (charset || "utf-8").toLowerCase();
  try {
    return new TextDecoder(cs).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

// Walk MIME parts; returns [{type, text}] of leaf parts (message/* parts are also walked).
function walk(raw, parts, depth = 0) {
  const { head, body } = splitHeaderBody(raw);
  const hs = parseHeaders(head);
  const ct = header(hs, "content-type") || "text/plain";
  const type = ct.split(";")[0].trim().toLowerCase();
  if (type.startsWith("multipart/")) {
    const b = param(ct, "boundary");
    if (!b) return parts.push({ type, text: body, depth });
    const chunks = body.split(
      new RegExp(`^--${b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:--)?[ \\t]*$`, "m"),
    );
    for (const c of chunks.slice(1, -1)) walk(c.replace(/^\r?\n/, ""), parts, depth + 1);
    return;
  }
  const text = decodeBody(body, header(hs, "content-transfer-encoding"), param(ct, "charset"));
  parts.push({ type, text, depth, headers: hs });
}

function dsnBlocks(text) {
  const groups = text
    .replace(/\r\n/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((g) => parseHeaders(g))
    .filter((g) => g.length);
  return groups
    .filter((g) => g.some(([k]) => k === "final-recipient" || k === "original-recipient"))
    .map((g) => ({
      recipient: header(g, "final-recipient") || header(g, "original-recipient"),
      status: header(g, "status"),
      action: header(g, "action"),
      remoteMta: header(g, "remote-mta"),
      diagnostic: (g.find(([k]) => k === "diagnostic-code")?.[1] ?? "").replace(/\r?\n[ \t]+/g, " ").trim(),
    }));
}

const norm = (s) => s.replace(/\s+/g, " ").trim();

// Wrappers that the reporting MTA puts around the receiving server's reply; the reply is what follows
// (or what is quoted inside). Applied in order, each at most once.
const LEAD_INS = [
  /^.*?The error that the other server returned was:\s*/,
  /^.*?Remote Server returned '(?=.*'$)/,
  /^.*?\bReported error:\s*/,
  /^.*?Remote host said:\s*/,
  /^(?:delivery temporarily suspended: )?(?:connect to )?host \S+?\[[^\]]*\](?::\d+)?:? (?:said|refused to talk to me):\s*/,
  /^.*?\bserver refused to talk to me:\s*/,
  /^(?:Delay reason: )?SMTP error from remote mail(?:er| server) after .*?: host \S+ \[[^\]]+\]:\s*/,
  /^host \S+ \[[^\]]+\]:? (?:Delay reason: )?SMTP error from remote mail server after (?:initial connection|end of data|EHLO \S+|[A-Z ]+:\s*<[^>]*>(?: SIZE=\d+)?):\s*/,
  /^host \d+\.\d+\.\d+\.\d+:\s*/,
  /^Each of the following recipients was rejected by a remote mail server\.\s*<<<\s*/,
  /^Delivery failed for the following reason: (?:Server )?\S+ (?:failed with|responded with failure):\s*/,
  /^Could not be delivered because of\s*/,
  /^Remote protocol error: (?:Connection reset by peer during result wait with \S+: )?/,
  /^User unknown: (?=\d{3} )/,
  /^Technical details of (?:permanent|temporary) failure:\s*/,
  /^.*?\bIt responded as follows: \[(?=.*\]$)/,
  /^SMTP error from remote server for \S+ command, host: \S+ \([^)]*\) reason:\s*/,
  /^Delivery to the following recipient (?:failed permanently|has been delayed):\s*(?:Message will be retried for \d+ more day\(s\)\s*)?(?:Technical details of (?:permanent|temporary) failure:\s*)?/,
];
const TRAILERS = [
  /'\s*$/,
  /\s*\(in reply to [^)]*\)\s*$/,
  /\s*This has been a permanent failure\. No further delivery attempts will be made\.$/,
  /\s*I'm not going to try again; this message has been in the queue too long\.$/,
  /\s*Giving up on \S+?\.?\s*$/,
  /\s+--$/,
];

function cleanReply(text) {
  let s = norm(text);
  for (const re of LEAD_INS) s = s.replace(re, "");
  // Only around a quoted remote reply: a reporting MTA's own sentence stays whole.
  if (/^[245]\d\d[ -:]/.test(s) || /It responded as follows/.test(text)) {
    for (const re of TRAILERS) s = s.replace(re, "");
    s = s.replace(/\]$/, (m) => (/It responded as follows/.test(text) ? "" : m));
  } else s = s.replace(TRAILERS[1], "").replace(TRAILERS[0], "");
  // A second reply with another basic code, written after the first one (e.g. "... 503 5.0.0 Need RCPT
  // (recipient)" or "... 554 5.5.1 Error: no valid recipients"), is the client's next command failing: cut it.
  const first = /^([245]\d\d)[ -]/.exec(s);
  if (first) {
    const re = /\s([245]\d\d)[ -](?=[245]\.\d{1,3}\.\d{1,3}\b|[A-Za-z])/g;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[1] !== first[1] && m.index > 4) {
        s = s.slice(0, m.index);
        break;
      }
    }
  }
  return s.trim();
}

// Receiving side, when the reply identifies it (text, host names in the reply or Remote-MTA).
const PROVIDER_SIGNS = [
  ["gmail", /gsmtp|google\.com|gmail|\bGoogle\b/i],
  [
    "microsoft",
    /outlook\.com|hotmail|office\.com|office365|\b5\.7\.(?:5\d\d|6\d\d|7\d\d)\b|\b5\.4\.3\d\d\b|\b5\.1\.351\b|S3150/i,
  ],
  ["exchange", /RESOLVER\.|STOREDRV|QUEUE\.Expired|MSEXCH/],
  ["yahoo", /yahoo|\[TSS\d\d\]|verizonmedia|aol\.com/i],
  ["apple", /icloud|apple\.com/i],
  ["qq", /qq\.com/i],
  ["mailru", /mail\.ru/i],
  ["zoho", /zoho/i],
  ["proofpoint", /proofpoint|pphosted/i],
  ["mimecast", /mimecast/i],
  ["godaddy", /secureserver\.net|x\.co\/rlbounce|\bIB\d{3}\b/i],
  ["cox", /cox\.com|cloudfilter\.net/i],
  ["orange", /OFR_?\d|orange\.fr|mwinf|wanadoo/i],
  ["laposte", /LPN\d|laposte/i],
  ["amazonses", /amazonaws\.com|amazonses|\bSES\b/i],
  ["sendgrid", /sendgrid/i],
  ["docomo", /docomo/i],
  ["kddi", /ezweb\.ne\.jp|au\.com|auone/i],
  ["spectrum", /spectrum\.net|charter/i],
  ["facebook", /facebook/i],
  ["iua", /i\.ua\b|email\.ua/i],
  ["mxlogic", /mxlogic/i],
  ["barracuda", /barracuda/i],
  ["gmx", /\bgmx\b|web\.de|1and1|1und1/i],
  ["yandex", /yandex/i],
];
// Reply syntax that names the receiving MTA software.
const MTA_SIGNS = [
  [
    "postfix",
    /Recipient address rejected:|Client host rejected:|Sender address rejected:|User unknown in (?:local recipient|virtual (?:alias|mailbox)) table|Relay access denied/,
  ],
  ["sendmail", /<[^>]*>\.\.\. |^\d{3} \d\.\d\.\d+ \S+@\S+\.\.\. /],
  ["qmail", /#5\.1\.1 - chkusr|no mailbox here by that name|\(#\d\.\d\.\d+\)|vdelivermail/],
  ["exim", /Unrouteable address|retry timeout exceeded|all hosts have been failing/],
  ["amavis", /Reject, id=\d+-\d+/],
];
// What the reporting MTA writes itself (no remote reply): that MTA is the text's author.
const ENGINE_IDS = {
  Postfix: "postfix",
  Exim: "exim",
  Sendmail: "sendmail",
  V5sendmail: "sendmail",
  qmail: "qmail",
  OpenSMTPD: "opensmtpd",
  DragonFly: "dragonfly",
  Courier: "courier",
  Exchange2003: "exchange",
  Exchange2007: "exchange",
  Domino: "domino",
  Notes: "domino",
  IMailServer: "imailserver",
  MessagingServer: "messagingserver",
  Gmail: "gmail",
  GSuite: "gmail",
  GoogleGroups: "gmail",
  Yahoo: "yahoo",
  Aol: "yahoo",
  Zoho: "zoho",
  GMX: "gmx",
  EinsUndEins: "gmx",
  MailRu: "mailru",
  Yandex: "yandex",
  Outlook: "microsoft",
  Office365: "microsoft",
  KDDI: "kddi",
  EZweb: "kddi",
  Biglobe: "biglobe",
  AmazonSES: "amazonses",
  AmazonWorkMail: "amazonses",
  FML: "fml",
  InterScanMSS: "interscanmss",
  Verizon: "verizon",
  X2: "qmail",
  X4: "qmail",
  Bigfoot: "bigfoot",
};
const RHOST_IDS = {
  "rhost-google": "gmail",
  "rhost-microsoft": "microsoft",
  "rhost-yahooinc": "yahoo",
  "rhost-apple": "apple",
  "rhost-tencent": "qq",
  "rhost-godaddy": "godaddy",
  "rhost-cox": "cox",
  "rhost-iua": "iua",
  "rhost-kddi": "kddi",
  "rhost-nttdocomo": "docomo",
  "rhost-spectrum": "spectrum",
  "rhost-mimecast": "mimecast",
};

function providerOf(reply, file, engine, remoteMta, local) {
  const rhost = RHOST_IDS[file.replace(/-\d+\.eml$/, "")];
  if (rhost) return rhost;
  if (file.startsWith("rhost-franceptt"))
    return /LPN|laposte/i.test(reply + remoteMta) ? "laposte" : "orange";
  for (const [id, re] of PROVIDER_SIGNS) if (re.test(reply) || (remoteMta && re.test(remoteMta))) return id;
  if (local) return ENGINE_IDS[engine] ?? null;
  for (const [id, re] of MTA_SIGNS) if (re.test(reply)) return id;
  return null;
}

const SKIP_REASONS = new Set(["delivered", "vacation", "feedback"]);

// The labelling policy of packages/core/test/fixtures/replies/README.md.
export function label(reply, reason, status, hardbounce) {
  const basic = /^\s*([245])\d\d(?:[ -]|$)/.exec(reply);
  const enh = /(?:^|[\s#'([:])([245])\.\d{1,3}\.\d{1,3}\b/.exec(reply);
  let type;
  if (basic || enh) type = (basic ?? enh)[1] === "5" ? "hard" : "soft";
  // No code in the reply: Sisimai's verdict. The class of its deliverystatus (its X.0.9NN pseudo-codes
  // included: they are not real codes, but their class is Sisimai's permanent/temporary judgement).
  else type = hardbounce === 1 || /^5\./.test(status) ? "hard" : "soft";
  if (type === "soft" && /\bpermanent(?:ly)?\b|not going to try again|giving up/i.test(reply)) type = "hard";
  if (SOFT_BY_NATURE.has(reason)) type = "soft";
  return { type, suppress: type === "hard" && SUPPRESS_REASONS.has(reason) };
}

// Hand review (2026-11-28) of every extracted text. `reply` replaces the automatic extraction with the
// verbatim text (whitespace unfolded) where the wrappers above do not fit; `skip` drops the record; `note`
// is carried into the fixture.
const OVERRIDES = {
  "lhost-exim-39.eml#0": {
    reply:
      "550-Your message was rejected by this system and was not delivered.\n550-Reason: This system will not accept messages from servers/devices with no reverse DNS. IP=[203.0.113.2]\n550-Protection provided by: MagicMail version 2.0\n550-For more information, please visit the URL:\n550-http://www.linuxmagic.com/best_practices/check_ip_reverse_dns.html\n550-or contact your ISP or mail server operator.\n550 7d39d529-9584-f4be-161127e61f5f54002",
  },
  "lhost-imailserver-06.eml#0": {
    reply:
      "550-REJECTED - Blacklisted URL in message. (example.com) in [black].\n550-See http://lookup.uribl.com. - Blacklisted Link - X=pascal\n550-H=mail.example.com [192.0.2.11] HELO=[mail.example.com]\n550-F=[shironeko@neko.example.com] T=[kijitora@example.jp] S=[HOT\n550 DEALS UPDATE - 04/29/08 (Special Update - Family Sale)",
    provider: null,
  },
  "lhost-qmail-14.eml#0": {
    reply:
      "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's\n550-5.7.26 DMARC policy. Please contact the administrator of example.jp domain if\n550-5.7.26 this was a legitimate mail. To learn about the DMARC initiative, go\n550-5.7.26 to\n550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 98e67ed59e1d1-2c819db36a9si6099002a91.116 - gsmtp",
  },
  "lhost-einsundeins-03.eml#0": {
    reply: "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]",
    provider: "orange",
    note: "Sisimai's label spamdetected comes from its Orange table (ofr_506 = spam); the text itself only says 'Mail rejected'.",
  },
  "lhost-exchange2003-04.eml#0": {
    reply: "Recipient Not Found",
    note: "Sisimai's label: filtered; the text alone says the recipient was not found (userunknown).",
  },
  "lhost-exim-60.eml#0": {
    reply:
      "save to /mail/spool/q002.kijitora.gol.com/gol.com/22r/cat/n2.nyaan generated by nyaan%gol.com@q002.kijitora.gol.com mailbox is full: retry timeout exceeded",
  },
  "lhost-fml-02.eml#0": { reply: "You are not a member of this mailing list <neko-nyaan@example.org>." },
  "lhost-mxlogic-03.eml#0": { reply: "550 unknown user" },
  "lhost-x6-01.eml#0": {
    reply: "554 5.4.6 Hop count exceeded - possible mail loop",
  },
  "rfc3464-37.eml#0": { reply: "unknown host" },
  "lhost-domino-02.eml#0": {
    reply: "ユーザーNeko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。",
    note: "Diagnostic-Code is ISO-2022-JP without a charset label; decoded here.",
  },
  "lhost-domino-03.eml#0": {
    reply:
      "Error transferring to neko22.example.org; Maximum hop count exceeded. Message probably in a routing loop.",
    note: "The DSN folds the header inside the word 'Maximum'; unfolded without the fold's space.",
  },
  "rhost-franceptt-11.eml#0": {
    reply:
      "220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107",
    note: "Sisimai's label undefined; the reply (a 421 'service refused, try later' after the banner) reads as a temporary refusal (blocked or ratelimited).",
  },
  "rhost-franceptt-10.eml#0": {
    note: "Sisimai's label undefined; the text says 'Service refused, please try later' (a refusal of the sending host).",
  },
  "rfc3464-01.eml#0": {
    note: "Sisimai's label mailboxfull comes from the human-readable part ('Not enough disk space'); the Diagnostic-Code itself says User Unknown.",
  },
  "lhost-postfix-01.eml#0": {
    note: "Sisimai's label mailererror (the delivery agent, procmail, failed); the agent's text ends with 'No such user'.",
  },
  "lhost-exim-08.eml#0": {
    reply: "all hosts have been failing for a long time and were last tried after this message arrived",
  },
  "rhost-nttdocomo-02.eml#0": {
    note: "Sisimai's label rejected (the rejection came after DATA); the text alone says the user is unknown.",
  },
  "lhost-ezweb-01.eml#0": {
    note: "Sisimai's label filtered; the text is only the DSN's lead-in sentence and says no more than 'rejected'.",
  },
  "lhost-dragonfly-18.eml#0": {
    note: "Sisimai's label securityerror; the text says 'Policy violation' (policyviolation).",
  },
  "lhost-dragonfly-22.eml#0": {
    note: "Sisimai's label userunknown; the text and 5.1.3 say bad mailbox address syntax (syntaxerror).",
  },
  "lhost-messagelabs-03.eml#0": { note: "Sisimai's label userunknown; the text alone only says 'Rejected'." },
  "rhost-yahooinc-02.eml#0": {
    note: "Sisimai's label rejected; the same [TSS04] deferral is labelled badreputation in lhost-opensmtpd-13 and lhost-qmail-19.",
  },
  "lhost-postfix-74.eml#0": {
    note: "Sisimai's label rejected; the same [TSS04] deferral is labelled badreputation in lhost-opensmtpd-13 and lhost-qmail-19.",
  },
  "rhost-spectrum-01.eml#0": {
    note: "Sisimai's label ratelimited (from Spectrum's error-code table); the text itself only says 'sender rejected'.",
  },
  "lhost-v5sendmail-05.eml#0": {
    note: "Sisimai's label blocked; the text says the sender may not mail itself (closer to rejected).",
  },
  "lhost-exim-56.eml#0": {
    note: "Sisimai's label blocked; the text says a daily relay quota was reached (closer to ratelimited).",
  },
  "lhost-gmail-07.eml#0": {
    note: "Sisimai's label systemerror; the text says the remote server does not support TLS (closer to failedstarttls).",
  },
  "lhost-amazonses-19.eml#0": {
    note: "5xx, so hard by the policy, although the text calls the lock temporary.",
  },
};

if (import.meta.url === `file://${process.argv[1]}`) main();

function main() {
  const v4 = new Map();
  if (v4path) {
    for (const line of readFileSync(v4path, "utf8").split("\n").filter(Boolean)) {
      const r = JSON.parse(line);
      const key = `maildir/${r.file}`;
      if (!v4.has(key)) v4.set(key, []);
      v4.get(key).push(r);
    }
  }
  const expected = readFileSync(join(root, "expected.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const perFile = new Map();
  for (const r of expected) perFile.set(r.file, (perFile.get(r.file) ?? 0) + 1);
  const usedBlocks = new Map();
  const usedV4 = new Map();
  const out = [];

  for (const rec of expected) {
    const file = rec.file.replace(/^maildir\/bsd\//, "");
    const source = `sisimai:${file}#${rec.record_index}`;
    const raw = readFileSync(join(root, rec.file), "latin1");
    const parts = [];
    walk(raw, parts);
    let blocks = parts
      .filter((p) => /^message\/(global-)?delivery-status$/.test(p.type))
      .flatMap((p) => dsnBlocks(p.text));
    // Some anonymised samples name a MIME boundary the body does not use: read the fields from the raw text.
    if (!blocks.length) blocks = dsnBlocks(raw);
    // Several records in one email: pick the recipient block whose Status is the expected one.
    const used = usedBlocks.get(file) ?? new Set();
    usedBlocks.set(file, used);
    let bi = rec.record_index;
    if (perFile.get(rec.file) > 1) {
      const byStatus = blocks.findIndex(
        (b, i) => !used.has(i) && b.status.split(/\s/)[0] === rec.deliverystatus,
      );
      if (byStatus >= 0) bi = byStatus;
    }
    used.add(bi);
    const block = blocks[bi] ?? null;
    const v4list = v4.get(rec.file) ?? [];
    const uv = usedV4.get(file) ?? new Set();
    usedV4.set(file, uv);
    let vi = v4list.findIndex((r, i) => !uv.has(i) && r.deliverystatus === rec.deliverystatus);
    if (vi < 0) vi = rec.record_index;
    uv.add(vi);
    const sis = v4list[vi]?.diagnosticcode ?? "";

    const diag = block?.diagnostic ?? "";
    const m = /^([\w-]+)\s*;\s*/.exec(diag);
    const dsnType = m?.[1]?.toLowerCase() ?? null;
    let reply = m ? diag.slice(m[0].length) : diag;
    let from = "dsn";
    // Sendmail puts only the first line of a multi-line reply into Diagnostic-Code; the whole reply is in
    // the session transcript ("<<< " lines) of the human-readable part: take it, one reply line per line.
    if (/^\d{3}-/.test(reply)) {
      const body = parts
        .map((p) => p.text)
        .join("\n")
        .replace(/\r\n/g, "\n")
        .split("\n");
      const at = body.findIndex((l) => l.startsWith("<<< ") && l.slice(4).trim() === reply.trim());
      if (at >= 0) {
        const lines = [];
        for (let i = at; i < body.length && body[i].startsWith("<<< "); i++) lines.push(body[i].slice(4));
        reply = lines.join("\n");
        from = "transcript";
      }
    }
    if (!reply || /^\d+$/.test(reply.trim())) {
      reply = sis;
      from = "sisimai-v4";
    }
    if (!reply && rec.engine === "DragonFly") {
      const body = parts
        .map((p) => p.text)
        .join("\n")
        .replace(/\r\n/g, "\n");
      const mm =
        /There was an error delivering your mail to <[^>]*>\.\n\n(?:[^\n]*did not like our [^\n]*:\n)?([\s\S]*?)\n\n/.exec(
          body,
        );
      reply = mm?.[1] ?? "";
      from = "text";
    }
    const ov = OVERRIDES[`${file}#${rec.record_index}`] ?? {};
    const reason = SISIMAI_RENAMES[rec.reason] ?? rec.reason;
    if (ov.skip || SKIP_REASONS.has(reason)) {
      process.stderr.write(`skip ${source} ${reason}: ${ov.skip ?? "not a bounce"}\n`);
      continue;
    }
    reply = ov.reply ?? (from === "transcript" ? reply : cleanReply(reply));
    if (!reply || /^\d{3}$/.test(reply)) {
      process.stderr.write(`skip ${source} ${reason}: no reply text in the email\n`);
      continue;
    }
    // Verbatim check: the reply must occur in the email (whitespace-insensitive).
    const hay = norm(`${parts.map((p) => p.text).join("\n")}\n${raw}`);
    const verbatim =
      ov.reply !== undefined || from === "transcript" || hay.includes(norm(reply).replace(/'$/, ""));
    const local = dsnType !== null && dsnType !== "smtp" && !/^[245]\d\d[ -]/.test(reply);
    const provider =
      ov.provider !== undefined
        ? ov.provider
        : providerOf(
            reply,
            file,
            rec.engine,
            block?.remoteMta ?? "",
            local || (!/[245]\d\d/.test(reply) && from !== "dsn"),
          );
    const { type, suppress } = label(reply, reason, rec.deliverystatus, rec.hardbounce);
    const entry = { reply, reason, type, suppress, provider, source };
    let note = ov.note;
    if (
      !note &&
      reason === "filtered" &&
      /user unknown|unknown user|no such user|does not exist|mailbox unavailable|Recipient Not Found|doesn't have an? \S+ account/i.test(
        reply,
      )
    )
      note =
        "Sisimai's label: it calls a user-unknown rejection 'filtered' when it came after DATA or from a filter; the text alone says userunknown.";
    if (note) entry.note = note;
    out.push(entry);
    process.stderr.write(
      `${verbatim ? "ok  " : "CHECK"} ${from} ${source} ${rec.reason}/${rec.deliverystatus}/${rec.hardbounce} ${provider}: ${reply.slice(0, 160)}\n`,
    );
  }
  // One entry per distinct reply text. Where the same text carries different labels, keep the most common
  // label (first seen on a tie) and say so in the note.
  const groups = new Map();
  for (const e of out) {
    if (!groups.has(e.reply)) groups.set(e.reply, []);
    groups.get(e.reply).push(e);
  }
  for (const list of groups.values()) {
    const key = (e) => `${e.reason}/${e.type}/${e.suppress}`;
    const count = (k) => list.filter((e) => key(e) === k).length;
    const better = (e, best) =>
      count(key(e)) > count(key(best)) || (count(key(e)) === count(key(best)) && best.note && !e.note);
    const keep = list.reduce((best, e) => (better(e, best) ? e : best), list[0]);
    const others = list.filter((e) => e !== keep && key(e) !== key(keep));
    if (others.length) {
      const also = others.map((e) => `${e.source} labels it ${e.reason}`).join("; ");
      keep.note = `${keep.note ? `${keep.note} ` : ""}Same reply elsewhere: ${also}.`;
    }
    process.stdout.write(`${JSON.stringify(keep)}\n`);
  }
}
