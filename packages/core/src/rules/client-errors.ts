import type { Action, Reason } from "../types.js";

/** What a client-side error code means when the server sent no reply at all. */
export interface ClientErrorDefault {
  code: string;
  reason: Reason;
  type: "hard" | "soft";
  action?: Action;
  note: string;
}

/**
 * Error codes of Nodemailer (`nodemailer/lib/errors`) and Node's own socket and DNS errors. These only
 * decide when the error carries no server reply: a reply, when present, says more.
 */
export const CLIENT_ERROR_DEFAULTS: readonly ClientErrorDefault[] = [
  {
    code: "ECONNECTION",
    reason: "networkerror",
    type: "soft",
    note: "The connection could not be opened or was closed.",
  },
  { code: "ETIMEDOUT", reason: "networkerror", type: "soft", note: "The server did not answer in time." },
  { code: "ESOCKET", reason: "networkerror", type: "soft", note: "A socket error occurred." },
  {
    code: "ECONNREFUSED",
    reason: "networkerror",
    type: "soft",
    note: "The server refused the TCP connection.",
  },
  { code: "ECONNRESET", reason: "networkerror", type: "soft", note: "The connection was reset." },
  { code: "EHOSTUNREACH", reason: "networkerror", type: "soft", note: "The host is unreachable." },
  { code: "ENETUNREACH", reason: "networkerror", type: "soft", note: "The network is unreachable." },
  { code: "EPIPE", reason: "networkerror", type: "soft", note: "The connection was closed while writing." },
  {
    code: "EDNS",
    reason: "networkerror",
    type: "soft",
    action: "fix_configuration",
    note: "The mail server's host name could not be resolved.",
  },
  {
    code: "ENOTFOUND",
    reason: "networkerror",
    type: "soft",
    action: "fix_configuration",
    note: "The host name could not be resolved (DNS).",
  },
  { code: "EAI_AGAIN", reason: "networkerror", type: "soft", note: "DNS resolution failed temporarily." },
  {
    code: "ETLS",
    reason: "failedstarttls",
    type: "soft",
    note: "The TLS handshake failed (certificate, version or cipher).",
  },
  {
    code: "EREQUIRETLS",
    reason: "failedstarttls",
    type: "hard",
    note: "The message requires REQUIRETLS and the server does not support it.",
  },
  { code: "EAUTH", reason: "securityerror", type: "hard", note: "SMTP authentication failed (credentials)." },
  {
    code: "ENOAUTH",
    reason: "securityerror",
    type: "hard",
    note: "Authentication is needed but no credentials were given.",
  },
  { code: "EOAUTH2", reason: "securityerror", type: "hard", note: "The OAuth2 token could not be obtained." },
  {
    code: "EENVELOPE",
    reason: "syntaxerror",
    type: "hard",
    action: "fix_configuration",
    note: "The envelope is invalid (no sender or no recipients).",
  },
  { code: "EMESSAGE", reason: "systemerror", type: "soft", note: "The message could not be sent." },
  {
    code: "EPROTOCOL",
    reason: "systemerror",
    type: "soft",
    note: "The server answered outside the SMTP protocol.",
  },
  {
    code: "EMAXLIMIT",
    reason: "ratelimited",
    type: "soft",
    note: "The pool's message limit for one connection was reached.",
  },
  {
    code: "ESTREAM",
    reason: "contenterror",
    type: "hard",
    action: "fix_content",
    note: "The message content could not be read or built.",
  },
];
