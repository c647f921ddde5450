import type { Rule } from "../types.js";

/** GMX, WEB.DE, mail.com and 1&1/IONOS (United Internet): replies link to their postmaster pages. */
export const GMX_RULES: readonly Rule[] = [
  {
    id: "gmx.ip-block-listed",
    provider: "gmx",
    match: { any: ["IP address is block listed", "IP address is black listed"] },
    decide: {
      reason: "blocked",
      meaning: "A block list GMX uses lists the sending IP.",
    },
    example:
      "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR",
    source: "https://postmaster.gmx.com/en/error-messages",
  },
  {
    // The case code in the linked URL names the cause: "hi"/"hd" are header checks (Date, From, Sender, To
    // must be RFC 5322-valid and not repeated; raw non-ASCII in a header fails too).
    id: "gmx.header-not-compliant",
    provider: "gmx",
    match: { all: ["policy restrictions"], any: ["c=hi", "c=hd"] },
    decide: {
      reason: "notcompliantrfc",
      meaning: "GMX / WEB.DE / IONOS refuse a non-RFC 5322 header.",
    },
    example:
      "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://web.de/email/senderguidelines?ip=1.3.5.2&c=hi (in reply to end of DATA command)",
    source:
      "https://newbetuts.com/1051380-postfix-how-to-check-if-my-email-headers-are-rfc5321rfc5322-compliant (quotes WEB.DE's answer on case hi)",
  },
  {
    id: "gmx.policy-restrictions",
    provider: "gmx",
    match: { any: ["Reject due to policy restrictions"] },
    decide: {
      reason: "blocked",
      meaning: "GMX / 1&1 refuse the IP by policy (no rDNS, dynamic range).",
    },
    example:
      "550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=82.223.33.157&c=poli",
    source: "https://pastebin.com/0BCS3rhM",
  },
  {
    id: "gmx.size-limit",
    provider: "gmx",
    match: { any: ["Mail size limit exceeded"] },
    decide: {
      reason: "emailtoolarge",
      meaning: "The message exceeds the mailbox provider's size limit.",
    },
    example:
      "Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=%1s",
    source: "sisimai:lhost-einsundeins-02.eml",
  },
];

/** 1&1 IONOS runs the GMX / WEB.DE platform: the same replies and case codes, under its own id. */
export const IONOS_RULES: readonly Rule[] = GMX_RULES.map((r) => ({
  ...r,
  id: `ionos${r.id.slice(3)}`,
  provider: "ionos",
}));
