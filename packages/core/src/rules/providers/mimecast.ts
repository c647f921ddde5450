import type { Rule } from "../types.js";

const CODES =
  "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000360548755-Mimecast-SMTP-Error-Codes";
const FIELD_MANUAL = "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes";

/** Mimecast. Replies link to Mimecast's error code page (community.mimecast.com/docs/DOC-1369). */
export const MIMECAST_RULES: readonly Rule[] = [
  {
    id: "mimecast.auth-failed",
    provider: "mimecast",
    match: {
      any: ["SPF Sender Invalid", "DKIM Sender Invalid", "DMARC Sender Invalid"],
    },
    decide: {
      reason: "authfailure",
      meaning: "The message failed Mimecast's SPF/DKIM/DMARC check.",
      url: CODES,
    },
    example: "dmarc sender invalid - envelope rejected",
    source: "reference/provider-patterns.csv",
  },
  {
    id: "mimecast.poor-reputation-list",
    provider: "mimecast",
    match: { any: ["Poor Reputation Sender"] },
    decide: {
      reason: "blocked",
      meaning: "The IP is on Mimecast's poor-reputation list.",
      url: CODES,
    },
    example:
      "550 csi.mimecast.org Poor Reputation Sender. - https://community.mimecast.com/docs/DOC-1369#550 [vH7Ns8biNg-p6EfZ0QaVMQ.us149]",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "mimecast.ip-reputation",
    provider: "mimecast",
    match: {
      any: [
        "Local CT IP Reputation",
        "Internal resources are temporarily unavailable",
        "Internal resource temporarily unavailable",
      ],
    },
    decide: {
      reason: "badreputation",
      meaning: "Mimecast's reputation checks refused the IP.",
      url: CODES,
    },
    example:
      "smtp;451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [#]",
    source: `${FIELD_MANUAL}/451.json`,
  },
  {
    id: "mimecast.security-policy",
    provider: "mimecast",
    match: { any: ["Email rejected due to security policies"] },
    decide: {
      reason: "virusdetected",
      meaning: "Mimecast found a virus or a spam score above its limit.",
      url: CODES,
    },
    example:
      "smtp;554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [#]",
    source: `${FIELD_MANUAL}/554.json`,
  },
  {
    id: "mimecast.anti-spoofing",
    provider: "mimecast",
    match: { any: ["Anti-Spoofing policy"] },
    decide: {
      reason: "policyviolation",
      meaning: "Mimecast refused mail spoofing the recipient's domain.",
      url: CODES,
    },
    example:
      "smtp;550 Rejected by header based Anti-Spoofing policy: email@example.com - https://community.mimecast.com/docs/DOC-1369#550 [#]",
    source: `${FIELD_MANUAL}/550.json`,
  },
  {
    id: "mimecast.content-policy",
    provider: "mimecast",
    match: { any: ["content examination policy", "Host network not allowed"] },
    decide: {
      reason: "policyviolation",
      meaning: "A Mimecast content or geographic policy refused it.",
      url: CODES,
    },
    example:
      "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [z7qZw5BPd1zlDYHka4589ru.us222]",
    source: "sisimai:rhost-mimecast-01.eml",
  },
  {
    id: "mimecast.sender-blocked",
    provider: "mimecast",
    match: {
      any: [
        "envelope blocked",
        "Blocked Senders",
        "block policy for envelope from",
        "Sender address blocked",
      ],
    },
    decide: {
      reason: "rejected",
      action: "contact_admin",
      meaning: "The recipient blocked your address or domain in Mimecast.",
      url: CODES,
    },
    example: "smtp;550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [#]",
    source: `${FIELD_MANUAL}/550.json`,
  },
  {
    id: "mimecast.tls-required",
    provider: "mimecast",
    match: {
      any: ["This route requires encryption", "This route requires TLS", "requires high-strength ciphers"],
    },
    decide: {
      reason: "failedstarttls",
      meaning: "The recipient's Mimecast policy requires TLS from you.",
      url: CODES,
    },
    example: "this route requires encryption (tls)",
    source: "reference/provider-patterns.csv",
  },
  {
    id: "mimecast.too-large",
    provider: "mimecast",
    match: { any: ["Maximum email size exceeded"] },
    decide: {
      reason: "emailtoolarge",
      meaning: "The message exceeds the recipient's Mimecast size limit.",
      url: CODES,
    },
    example: "maximum email size exceeded",
    source: "reference/provider-patterns.csv",
  },
  {
    id: "mimecast.open-relay",
    provider: "mimecast",
    match: { any: ["Open relay not allowed", "Open relay is not allowed"] },
    decide: {
      reason: "norelaying",
      meaning: "Mimecast will not relay this for you.",
      url: CODES,
    },
    example: "smtp;451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451 [#]",
    source: `${FIELD_MANUAL}/451.json`,
  },
  {
    id: "mimecast.invalid-recipient",
    provider: "mimecast",
    match: { any: ["Invalid Recipient"] },
    decide: {
      reason: "userunknown",
      meaning: "Mimecast found no such address.",
      url: CODES,
    },
    example: "smtp;451 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#451 [#]",
    source: `${FIELD_MANUAL}/451.json`,
  },
];
