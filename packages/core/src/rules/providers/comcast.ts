import type { Rule } from "../types.js";

const ERRORS = "https://postmaster.comcast.net/smtp-error-codes.php";
const FIELD_MANUAL = "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json";

/** Comcast / Xfinity (mailboxes are moving to Yahoo's platform from 2025; these are the legacy replies). */
export const COMCAST_RULES: readonly Rule[] = [
  {
    id: "comcast.dnsbl",
    provider: "comcast",
    match: { any: ["found on one or more DNSBLs"] },
    decide: {
      reason: "blocked",
      meaning: "Comcast: the IP is on DNS blocklists (BL000010).",
      url: `${ERRORS}#BL000010`,
    },
    example:
      "554 resimta-po-11v.sys.comcast.net resimta-po-11v.sys.comcast.net 1.2.3.4 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "comcast.blocked",
    provider: "comcast",
    match: { any: ["Comcast block for", "BL00*"] },
    decide: {
      reason: "blocked",
      meaning: "Comcast blocks the sending IP (BL0000xx).",
      url: `${ERRORS}#BL000000`,
    },
    example:
      "554 resimta-po-09v.sys.comcast.net comcast 190.210.59.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
    source: "https://pastebin.com/VQBiZTRb",
  },
  {
    id: "comcast.dmarc",
    provider: "comcast",
    match: { any: ["Message rejected due to DMARC"] },
    decide: {
      reason: "authfailure",
      meaning: "The message failed DMARC and the From: domain's policy is reject.",
      url: `${ERRORS}#DM000001`,
    },
    example:
      "smtp;550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001",
    source: FIELD_MANUAL,
  },
  {
    id: "comcast.no-such-user",
    provider: "comcast",
    match: { any: ["recipient mailbox unallocated", "Not our Customer"] },
    decide: { reason: "userunknown", meaning: "No Comcast mailbox has this address." },
    example: "smtp;550 5.1.1 <example@comcast.net> recipient mailbox unallocated",
    source: FIELD_MANUAL,
  },
];
