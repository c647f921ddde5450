import type { Rule } from "../types.js";

/**
 * DNS blocklists and reputation services, one provider id per list. These replies come from whatever
 * server consulted the list (Postfix's `reject_rbl_client`, appliances, hosted filters): what they share
 * is the list's name, which is what the sender must act on.
 */
export const DNSBL_RULES: readonly Rule[] = [
  // Spamhaus refuses queries from large public resolvers; a receiver that uses one rejects every sender
  // with a "listed" answer that says nothing about the sender. Checked before the listing rule. The reply is still a
  // blocklist refusal as worded (every labelled one is labelled blocked): the reason says so, the action and the
  // meaning say whose problem it is.
  {
    id: "spamhaus.open-resolver",
    provider: "spamhaus",
    match: { any: ["open resolver", "spamhaus.org/returnc"] },
    decide: {
      reason: "blocked",
      action: "contact_admin",
      meaning: "Not your listing: the receiver queries Spamhaus via an open resolver.",
      url: "https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now./",
    },
    example:
      "554 5.7.1 Service unavailable; Client host [37.x.y.z] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/44.192.176.0",
    source: "https://github.com/MailScanner/v5/issues/634",
  },
  {
    id: "spamhaus.listed",
    provider: "spamhaus",
    match: { any: ["spamhaus"] },
    decide: {
      reason: "blocked",
      meaning: "The sending IP, or a domain in the message, is on Spamhaus.",
    },
    example: "553 http://www.spamhaus.org/query/bl?ip=192.0.2.222",
    source: "sisimai:rhost-godaddy-02.eml",
  },
  {
    id: "spamcop.listed",
    provider: "spamcop",
    match: { any: ["spamcop"] },
    decide: {
      reason: "blocked",
      meaning: "The sending IP is on the SpamCop Blocking List.",
    },
    example:
      "554 5.7.1 Service unavailable; Client host [167.89.94.22] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?167.89.94.22",
    source: "https://github.com/simple-login/app/issues/497",
  },
  {
    id: "barracuda-brbl.listed",
    provider: "barracuda-brbl",
    match: { any: ["Barracuda Reputation", "barracudacentral", "barracudanetworks.com/reputation"] },
    decide: {
      reason: "blocked",
      meaning: "The sending IP is on the Barracuda Reputation Block List.",
    },
    example:
      "550 Service unavailable; Client host [smtp001.thundermail.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=5.60.96.9 (zzzzz@domain.com:blocked,xxxxx@domain.com:blocked)",
    source: "https://github.com/thunderbird/mailstrom/issues/162",
  },
  {
    id: "sorbs.listed",
    provider: "sorbs",
    match: { any: ["sorbs"] },
    decide: {
      reason: "blocked",
      meaning: "The sending IP is on a SORBS list (SORBS closed in 2024).",
    },
    example:
      "454 4.7.1 Service unavailable; Client host [1.2.3.4] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?1.2.3.4",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
  {
    id: "uceprotect.listed",
    provider: "uceprotect",
    match: { any: ["uceprotect"] },
    decide: {
      reason: "blocked",
      meaning: "The IP, its /24 or its network is on UCEPROTECT (levels 1-3).",
      url: "https://www.uceprotect.net/en/rblcheck.php",
    },
    example:
      "553 Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See: http://www.uceprotect.net/rblcheck.php?ipr=xxx.xxx.xxx.xxx",
    source: "https://github.com/dragokas/hijackthis/issues/190",
  },
  {
    id: "cloudmark.listed",
    provider: "cloudmark",
    match: { any: ["cloudmark"] },
    decide: {
      reason: "blocked",
      meaning: "Cloudmark rates the sending IP poorly.",
    },
    example:
      "554 *.terra.com cmsmtp 5.7.1 Service unavailable; Client host [1.2.3.4] blocked using cm-csi-v11; Cloudmark Poor Reputation Sender Blacklist http://csi.cloudmark.com/reset-request/?ip=1.2.3.4",
    source: "https://github.com/zone-eu/zone-mta/blob/master/config/bounces.txt",
  },
];
