#!/usr/bin/env node
// Side-by-side accuracy of bounced and its peers on the labelled sets of real replies
// (packages/core/test/fixtures/replies/). A dev tool: not run in CI, not needed to build or test.
// docs/peers.md says what is compared, how, and with which results.
//
//   node scripts/compare-peers.mjs [--set main|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|all] [--json] [--wrong] [--limit N]
//                                  [--build | --core FILE] [--zonemta DIR] [--no-install] [--peers bounced,sisimai,zonemta]
//
// Every tool gets the reply text alone (no DSN fields, no remote host, no SMTP command):
//   - bounced: explain(reply) from packages/core/dist/index.js (--build runs `pnpm --filter @bounced/core build`;
//     --core FILE scores another build, e.g. one made from a clean checkout of a commit).
//   - Sisimai (Debian's libsisimai-perl 4.25): Sisimai::Reason->match(reply) and hard/soft, in ONE perl child
//     that reads JSON lines on stdin. Two readings of hard/soft, because Sisimai's own "softbounce" is not
//     our `type` (see SISIMAI_PERL and docs/peers.md).
//   - ZoneMTA's bounce rules (npm zone-mta 3.10.3, lib/bounces.js + config/bounces.txt): check(reply),
//     installed on demand into a cache directory outside the repo; ZONEMTA_MAP maps its labels to ours.
// The blind set (BLIND_SETS, when there is one): only aggregate counts are printed for it, never a reply (--wrong refuses it).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs as parseCli } from "node:util";
import {
  BLIND_SETS,
  deriveSuppress,
  fixtures,
  readJsonl,
  root,
  SET_FILES,
  SISIMAI_RENAMES,
  SOFT_BY_NATURE,
} from "./lib/labelled-sets.mjs";

const ZONEMTA_VERSION = "3.10.3";

/** "No reason found": Sisimai's `onhold` (a bounce, reason unclear) and `undefined` (nothing detected) are
 * counted as the same answer for every tool, bounced included — the labels use both for replies that
 * carry no meaning. */
const NO_REASON = new Set(["onhold", "undefined"]);

// ---------------------------------------------------------------------------------------------------------
// Sisimai
// ---------------------------------------------------------------------------------------------------------

/**
 * Version credit for Sisimai 4.25: reasons that Sisimai 5 split out of a 4.25 reason (authfailure,
 * badreputation, notcompliantrfc, requireptr; failedstarttls since Dec 2024) or that our vocabulary adds
 * (greylisted, toomanyrecipients). 4.25 cannot say them, so where it says the reason they
 * came from, the "reason" column counts it right; "reason (strict)" does not. Each line is a fact read in
 * /usr/share/perl5/Sisimai (4.25.15):
 */
const SISIMAI_CREDIT = {
  // Reason/Blocked.pm holds the PTR/reverse-DNS, SPF and "poor reputation" phrases; SMTP/Status.pm maps
  // X.7.25 (reverse DNS) and 4.7.1 (where greylisting replies land) to blocked.
  blocked: ["requireptr", "badreputation", "authfailure", "greylisted"],
  // SMTP/Status.pm maps 5.7.20–5.7.24 and 5.7.26 (DKIM/SPF/DMARC) and 5.7.10/5.7.11 (encryption needed) to
  // securityerror, and any other 5.7.x (e.g. Gmail's 5.7.1 "not RFC 5322 compliant") falls there too;
  // Reason/SecurityError.pm holds "tls required but not supported".
  securityerror: ["authfailure", "failedstarttls", "notcompliantrfc"],
  // Reason/PolicyViolation.pm holds "dmarc policy".
  policyviolation: ["authfailure"],
  // X.6.x (malformed message) is contenterror in SMTP/Status.pm.
  contenterror: ["notcompliantrfc"],
  // Reason/SpamDetected.pm holds "greylisted, please try again in".
  spamdetected: ["greylisted"],
  // Reason/TooManyConn.pm holds "too many recipients" (toomanyconn is ratelimited after the rename).
  ratelimited: ["toomanyrecipients"],
};

/**
 * The perl child: one process for every reply. Reads {"id","reply"} lines, writes
 * {"id","reason","permanent","pseudo","softbounce"} lines (ASCII JSON). The first line out is
 * {"version"}. What each field is:
 *   reason     Sisimai::Reason->match(reply): Sisimai's text-only classifier.
 *   permanent  Sisimai::SMTP::Error->is_permanent(reply): 1/0 from the class of the enhanced or basic code
 *              Sisimai finds (or the words "temporar"/"persistent"/"permanent"), undef when none.
 *   pseudo     when permanent is undef: Sisimai::SMTP::Status->code(reason, 0), the pseudo status that
 *              Sisimai::Data gives a bounce without a Status (its class is Sisimai's verdict).
 *   softbounce Sisimai::SMTP::Error->soft_or_hard(reason, reply): Sisimai's own hard/soft, which is by
 *              reason (hard = userunknown, hostunknown, hasmoved, notaccept on 5xx), i.e. "the address is
 *              bad", closer to our suppress than to our type.
 */
const SISIMAI_PERL = String.raw`
use strict; use warnings;
use JSON::PP; use Sisimai; use Sisimai::Reason; use Sisimai::SMTP::Error; use Sisimai::SMTP::Status;
binmode STDIN, ':encoding(UTF-8)'; binmode STDOUT, ':raw'; $| = 1;
my $in = JSON::PP->new->utf8(0); my $out = JSON::PP->new->ascii->canonical;
local $SIG{__WARN__} = sub {};
print $out->encode({ version => "$Sisimai::VERSION" }), "\n";
while (my $line = <STDIN>) {
  chomp $line; next unless length $line;
  my $q = $in->decode($line); my $r = { id => $q->{id} };
  eval {
    my $text = $q->{reply};
    my $reason = Sisimai::Reason->match($text) || 'undefined';
    my $perm = Sisimai::SMTP::Error->is_permanent($text);
    $r->{reason} = $reason;
    $r->{permanent} = defined $perm ? ($perm ? 1 : 0) : undef;
    $r->{pseudo} = defined $perm ? '' : (Sisimai::SMTP::Status->code($reason, 0) || '');
    $r->{softbounce} = Sisimai::SMTP::Error->soft_or_hard($reason, $text) // '';
    1;
  } or do { $r->{error} = "$@" };
  print $out->encode($r), "\n";
}
`;

/** Runs every reply through one perl child. Returns { version, byReply: Map(reply → answer) } or { skip }. */
async function runSisimai(replies) {
  const child = spawn("perl", ["-e", SISIMAI_PERL], { stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise((ok) => {
    child.on("error", (e) => ok({ error: e }));
    child.on("close", (code) => ok({ code }));
  });
  child.stdin.on("error", () => {}); // the child may exit early (Sisimai missing): reported below
  child.stdin.end(replies.map((reply, id) => `${JSON.stringify({ id, reply })}\n`).join(""));
  const end = await done;
  if (end.error) return { skip: `cannot run perl: ${end.error.message}` };
  if (end.code !== 0) return { skip: `perl exited ${end.code}: ${stderr.trim().split("\n")[0]}` };
  const lines = stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const version = lines.shift()?.version ?? "?";
  const byReply = new Map();
  for (const l of lines) byReply.set(replies[l.id], l);
  if (byReply.size !== replies.length)
    return { skip: `perl answered ${byReply.size} of ${replies.length} replies` };
  return { version, byReply };
}

/** Sisimai's answer in our terms. typeReading "permanence" (the `sisimai` row): the class of the code
 * Sisimai finds, else of its pseudo status, with our rule 3 where soft_or_hard agrees; "softbounce" (the
 * `sisimai-softbounce` row): Sisimai's own soft_or_hard, whose "hard" means the address is bad. */
function sisimaiAnswer(a, typeReading) {
  if (a.error) return { reason: "(error)", accepted: [], type: "unknown", error: a.error };
  const reason = SISIMAI_RENAMES[a.reason] ?? a.reason;
  let type;
  if (typeReading === "softbounce") type = a.softbounce || "unknown";
  // Our type rule 3 is Sisimai's own convention: these reasons are soft whatever the code, and
  // soft_or_hard says so for each of them.
  else if (SOFT_BY_NATURE.has(reason) && a.softbounce === "soft") type = "soft";
  else if (a.permanent !== null && a.permanent !== undefined) type = a.permanent ? "hard" : "soft";
  else if (/^[45]\./.test(a.pseudo)) type = a.pseudo[0] === "5" ? "hard" : "soft";
  else type = a.softbounce || "unknown"; // no code, no words, no pseudo status: Sisimai's own verdict
  return { reason, accepted: [reason, ...(SISIMAI_CREDIT[reason] ?? [])], type, raw: a.reason };
}

// ---------------------------------------------------------------------------------------------------------
// ZoneMTA
// ---------------------------------------------------------------------------------------------------------

/**
 * ZoneMTA's bounce labels → our reasons. A rule in config/bounces.txt gives `action` (reject = hard;
 * defer and slowdown = soft), `category` and a short `message`; the category alone is too coarse (its
 * "envelope" holds unknown users, bad domains and bad senders; "capacity" full mailboxes, full systems and
 * connection limits), so the key is "category|message", the label ZoneMTA reports. A row may accept more
 * than one of our reasons where ZoneMTA's label sits between two of ours (benefit of the doubt: the first
 * is the primary reading, used by "reason (strict)"); [] = no clear mapping (counted wrong for reason,
 * still scored for type). The code in brackets is what the rule matches on (IANA enhanced or basic code),
 * and the reasoning follows our taxonomy (/work/shared/reference/taxonomy.csv).
 */
const ZONEMTA_MAP = [
  // blacklist: DNSBL/RBL listings and IP blocks, deferred by design (the sender may be delisted)
  ["blacklist|Sender IP blacklisted", ["blocked"], "a DNSBL/RBL listing of the sending IP"],
  ["blacklist|Sender IP blacklisted by region", ["blocked"], "geographical IP block"],
  ["blacklist|Sender IP blocked", ["blocked"], "IP block"],
  ["blacklist|Blacklisted by Spamhaus", ["blocked"], "a DNSBL listing"],
  ["blacklist|Spam detected", ["blocked", "spamdetected"], "Outlook SC-001: filed as blacklist, named spam"],
  [
    "blacklist|Policy error that appears to be blacklist",
    ["policyviolation", "blocked"],
    "Yahoo [PH01]: our labels say policy; ZoneMTA reads a block",
  ],
  // block
  ["block|Using dynamic IP range", ["blocked"], "dynamic-IP block (connection level)"],
  ["block|Sender IP blocked", ["blocked"], "IP block"],
  ["block|Sender IP temporary blocked", ["blocked"], "IP block (temporary)"],
  [
    "block|Sender IP blocked for Spam",
    ["blocked", "badreputation"],
    "IP blocked for its spam: block or reputation",
  ],
  ["block|Sender is open relay", ["blocked"], "an open-relay listing of the sending IP"],
  ["block|Message Sender Blocked By Receiving Server", ["blocked"], "X.7.1 (Sisimai 4.25: 4.7.1 blocked)"],
  ["block|Sender Account Disabled", ["suspend"], "X.7.13 User Account Disabled (Sisimai: suspend)"],
  [
    "block|Blocked by recipient",
    ["filtered"],
    "Microsoft 5.7.105 SenderFilterConfig: the recipient's own block list",
  ],
  // capacity
  ["capacity|Mailbox Is Full", ["mailboxfull"], "X.2.2"],
  ["capacity|Mailbox is full", ["mailboxfull"], "provider wording"],
  ["capacity|Gmail Mailbox is full", ["mailboxfull"], "Gmail 452 4.2.2 over quota"],
  ["capacity|Hot.ee Mailbox is full", ["mailboxfull"], "provider wording"],
  ["capacity|Exceeded storage allocation", ["mailboxfull"], "552 (RFC 5321: exceeded storage allocation)"],
  ["capacity|Email System Is Full", ["systemfull"], "X.3.1 Mail system full"],
  [
    "capacity|Insufficient system storage",
    ["systemfull", "mailboxfull"],
    "452 (RFC 5321 wording): system or mailbox",
  ],
  ["capacity|Mailbox Is Not Accepting New Messages", ["suspend"], "X.2.1 Mailbox disabled"],
  ["capacity|Too many connections", ["ratelimited"], "connection limit"],
  ["capacity|Server currently not available", ["systemerror"], "451 4.7.1 service currently unavailable"],
  ["capacity|Server can't write to queue", ["systemerror", "systemfull"], "451 4.3.0 file write error"],
  // config (the sender's setup)
  ["config|Invalid reverse DNS", ["requireptr"], "PTR/rDNS"],
  ["config|Invalid PTR or missing DKIM", ["requireptr", "authfailure"], "Gmail IPv6 guidelines: PTR or DKIM"],
  ["config|TLS required", ["failedstarttls"], "TLS required"],
  [
    "config|Sending Address Is Bad Or Can't Accept Replies",
    ["rejected"],
    "X.1.8 bad sender's system address",
  ],
  ["config|Incorrect Configuration Of System", ["systemerror"], "5.3.5 system incorrectly configured"],
  ["config|Unknown Issue With Your Email Server", [], "X.5.0 other protocol status: no cause given"],
  // dmarc
  ["dmarc|Message failed DMARC Evaluation", ["authfailure"], "DMARC"],
  ["dmarc|Message rejected due to DMARC policy", ["authfailure"], "DMARC"],
  // envelope (addresses)
  ["envelope|User Name Of Email Address Not Valid", ["userunknown"], "5.1.1"],
  ["envelope|User Name In Email Address Not Valid", ["userunknown"], "4.1.1 (and one 451 4.3.5 rule)"],
  ["envelope|Domain Name Of Email Address Not Valid", ["hostunknown"], "X.1.2"],
  [
    "envelope|Email Address Malformed",
    ["userunknown"],
    "X.1.3: a bad recipient address is userunknown in our policy",
  ],
  ["envelope|Invalid mailbox", ["userunknown"], "554 Invalid mailbox"],
  [
    "envelope|Mailbox name not allowed",
    ["userunknown", "rejected"],
    "553 (RFC 5321): recipient or sender address",
  ],
  ["envelope|Sender's Address Is Written Incorrectly", ["rejected"], "X.1.7 bad sender's mailbox syntax"],
  [
    "envelope|Email Address Format Not Supported",
    ["contenterror"],
    "X.6.7 non-ASCII address (Sisimai: contenterror)",
  ],
  ["envelope|Too Many Recipients For Message", ["toomanyrecipients"], "5.5.3"],
  ["envelope|Unknown Issue With Email Address", ["userunknown", "rejected"], "5.1.0 other address status"],
  [
    "envelope|Unknown Issue With Recipient's Email Address",
    ["userunknown"],
    "4.1.0, named a recipient problem",
  ],
  // greylist
  ["greylist|Message temporarily Greylisted", ["greylisted"], "greylisting (and any 4xx saying 'try again')"],
  // message (content)
  ["message|Message Is Too Large", ["emailtoolarge"], "X.3.4"],
  ["message|Message Is Too Long", ["emailtoolarge"], "X.2.3"],
  ["message|Message Too Large For Given Priority Level", ["emailtoolarge"], "X.7.16"],
  ["message|Too Many Recipients For Message", ["toomanyrecipients"], "4.5.3"],
  [
    "message|Message content blocked",
    ["spamdetected", "policyviolation"],
    "Outlook HVU:B / RLY:BD content blocks",
  ],
  ["message|Invalid DKIM signature", ["authfailure"], "DKIM"],
  ["message|Malformed message", ["notcompliantrfc"], "Microsoft 5.7.512 must be RFC compliant"],
  [
    "message|Future date in message",
    ["notcompliantrfc", "contenterror"],
    "Outlook MFF: a header (Date) out of range",
  ],
  ["message|Message Authentication Issues", ["securityerror"], "X.7.5 cryptographic failure"],
  ["message|Message Encryption Issues", ["securityerror"], "X.7.6 algorithm not supported"],
  ["message|Potentially Corrupt Message", ["securityerror"], "X.7.7 message integrity failure"],
  ["message|Message Content Or Attachment Not Supported", ["contenterror"], "X.6.1"],
  ["message|Message Content Not Accepted By Recipient Server", ["contenterror"], "X.6.2"],
  ["message|Message Content Could Not Be Processed For Delivery", ["contenterror"], "X.6.3"],
  ["message|Unknown Issue With The Message Content", ["contenterror"], "X.6.0"],
  [
    "message|Message Features Not Supported By Receiving System",
    ["systemerror"],
    "4.3.3 (Sisimai: systemerror)",
  ],
  ["message|Message Features Not Supported", ["systemerror"], "5.3.3 (Sisimai: systemerror)"],
  ["message|Message Priority Issue", [], "X.3.6 priority changed: no reason of ours"],
  ["message|Message Priority Level Too Low", [], "X.7.15 priority too low: no reason of ours"],
  // network
  ["network|Message Expired Before Delivery Completed", ["expired"], "X.4.7"],
  ["network|Network Is Busy", ["expired", "networkerror"], "X.4.1 no answer from host (Sisimai: expired)"],
  ["network|Network Connection Timed Out", ["networkerror"], "X.4.2 bad connection"],
  [
    "network|Network Issue With The Receiving System",
    ["systemerror", "networkerror"],
    "X.4.3 directory server",
  ],
  [
    "network|Email Routing Issue Due To Network",
    ["networkerror", "hostunknown"],
    "X.4.4 unable to route; 550 DNS error",
  ],
  ["network|Overloaded Network", ["systemfull", "networkerror"], "X.4.5 congestion (Sisimai: systemfull)"],
  ["network|Network Issue Caused A Mail Loop", ["networkerror"], "X.4.6 routing loop"],
  ["network|Unknown Issue With Network Connection", ["networkerror"], "X.4.0"],
  ["network|Content Loss During Delivery", ["contenterror"], "X.6.4"],
  ["network|Message Content Not Accessible To Recipient Server", ["contenterror"], "X.6.5"],
  ["network|Email Content Could Not Be Accessed", ["contenterror"], "X.6.6"],
  // other: generic catch-alls are "no reason found", like Sisimai's onhold
  ["other|Unknown Issue", ["onhold"], "X.0.0: no reason given"],
  ["other|Other permanent error", ["onhold"], "any 5xx no rule knows"],
  ["other|Other temporary error", ["onhold"], "any 4xx no rule knows"],
  ["other|Transaction failed", ["onhold"], "554 (RFC 5321 wording)"],
  ["other|Mailbox unavailable", ["onhold"], "450/550 (RFC 5321 wording), no more said"],
  ["other|Local error in processing", ["systemerror"], "451 (RFC 5321 wording)"],
  ["other|User not local", ["userunknown", "hasmoved"], "551 user not local"],
  ["other|Security Features Could Not Be Interpreted", ["securityerror"], "X.7.3"],
  ["other|Sender IP blacklisted", ["blocked"], "550 too many invalid recipients: an IP block"],
  ["other|Technical error", ["systemerror"], "Outlook RTR:GE"],
  ["|Unknown", ["onhold"], "no rule matched: ZoneMTA rejects with message 'Unknown'"],
  // policy
  [
    "policy|Blocked by recipient",
    ["policyviolation", "filtered"],
    "Gmail 'policy that prohibited'; 'Rejected by … policy'",
  ],
  ["policy|Sender blocked by policy", ["policyviolation"], "5.7.0 Local Policy Violation"],
  ["policy|Unknown Security Or Policy Concern", ["securityerror", "policyviolation"], "X.7.0"],
  // protocol
  ["protocol|Bad Messaging Command In Transmission", ["syntaxerror"], "X.5.1"],
  ["protocol|Email System Sent Bad Command", ["syntaxerror"], "X.5.2, X.5.4"],
  ["protocol|Messaging Command In Transmission Too Long", ["syntaxerror"], "X.5.6"],
  [
    "protocol|Email Systems Were Incompatible",
    ["syntaxerror", "systemerror"],
    "X.5.5 wrong protocol version",
  ],
  ["protocol|Syntax error, command unrecognized", ["syntaxerror"], "500"],
  ["protocol|Syntax error in parameters or arguments", ["syntaxerror"], "501"],
  ["protocol|Command not implemented", ["syntaxerror"], "502"],
  ["protocol|Bad sequence of commands", ["syntaxerror"], "503"],
  ["protocol|Command parameter not implemented", ["syntaxerror"], "504"],
  [
    "protocol|Email Servers Are Not Responding Appropriately",
    ["contenterror"],
    "X.6.8, X.6.10 (media status)",
  ],
  ["protocol|Email Servers Are Not Communicating With Each Other", ["contenterror"], "X.6.9 (media status)"],
  // rate
  ["rate|Rate limit exceeded", ["ratelimited"], "rate limit"],
  ["rate|Relay limit exceeded", ["ratelimited"], "Gmail 'Peak SMTP relay limit'"],
  // recipient
  ["recipient|Unknown user", ["userunknown"], "unknown user"],
  ["recipient|Recipient Unknown", ["userunknown"], "unknown recipient"],
  ["recipient|The email account does not exist", ["userunknown"], "Gmail 5.1.1"],
  ["recipient|Disabled Email account", ["suspend"], "inactive user"],
  ["recipient|Expired Email account", ["suspend"], "expired account"],
  ["recipient|Domain does not accept mail", ["notaccept"], "521"],
  ["recipient|Email Address No Longer Accepts Or Forwards Messages", ["hasmoved"], "X.1.6"],
  ["recipient|Message Routed To Non-Email System", ["systemerror"], "X.1.9 (Sisimai: systemerror)"],
  ["recipient|Multiple Mailboxes For Recipient", ["userunknown", "filtered"], "X.1.4 ambiguous address"],
  ["recipient|Valid Email Address", [], "X.1.5 destination address valid: no failure reason"],
  ["recipient|Unknown Issue With Mailbox", ["filtered"], "X.2.0 (Sisimai: filtered)"],
  ["recipient|Mailbox Has A Mailing List System Issue", ["filtered"], "X.2.4 (Sisimai: filtered)"],
  ["recipient|Unknown Issue With The Receiving System", ["systemerror"], "X.3.0"],
  ["recipient|Receiving Email System Not Operating", ["notaccept"], "4.3.2 system not accepting messages"],
  ["recipient|Receiving Email System Not Operable", ["notaccept"], "X.3.2"],
  ["recipient|Recipient System Incorrectly Configured", ["systemerror"], "X.3.5"],
  ["recipient|Recipient overloaded", ["ratelimited"], "Gmail 450 4.2.1 'receiving mail too quickly'"],
  // sender
  ["sender|Unauthorized sender", ["rejected"], "Outlook RLY:SN: the sender refused"],
  // spam
  ["spam|Spam detected", ["spamdetected"], "spam"],
  ["spam|Spam message", ["spamdetected"], "spam"],
  ["spam|Message detected as spam", ["spamdetected"], "spam"],
  ["spam|Spammy URL in message", ["spamdetected"], "URI blocklist hit in content"],
  ["spam|From address is spammer", ["rejected", "spamdetected"], "the envelope sender is listed"],
  ["spam|Sender IP listed as spammer", ["blocked", "spamdetected"], "the IP is listed"],
  [
    "spam|Sender IP blocked for Spam",
    ["blocked", "badreputation"],
    "Gmail 'unsolicited mail originating from your IP'",
  ],
  [
    "spam|temporarily deferred due to user complaints",
    ["badreputation"],
    "Yahoo IPTS04 (our policy: badreputation)",
  ],
  [
    "spam|Unusual traffic or users complain about spam from this sender",
    ["badreputation", "ratelimited"],
    "Yahoo 421 4.7.0 [TSnn]",
  ],
  ["spam|Potential Security Issue For Sender", ["securityerror"], "X.7.14 trust relationship required"],
  // virus
  ["virus|Virus found", ["virusdetected"], "virus"],
  ["virus|Message contains a virus", ["virusdetected"], "virus"],
  ["virus|Suspicious attachment", ["virusdetected"], "attachment"],
  ["virus|Message contains suspicious content", ["virusdetected", "policyviolation"], "Gmail 552 5.7.0"],
  // auth (SMTP AUTH and encryption)
  ["auth|Access denied", ["securityerror", "failedstarttls"], "530: authentication or STARTTLS required"],
  ["auth|Authentication Required", ["securityerror"], "X.7.12"],
  ["auth|User Authentication Failed", ["securityerror"], "X.7.8 credentials invalid"],
  ["auth|Security Issue With User Authentication", ["securityerror"], "X.7.9 mechanism too weak"],
  ["auth|User Authentication For Message Failed", ["securityerror"], "X.7.4 security features not supported"],
  ["auth|Encryption Needed For Network Connection", ["failedstarttls", "securityerror"], "X.7.11"],
  ["auth|Stronger Security Or Encryption Needed", ["failedstarttls", "securityerror"], "X.7.10"],
  [
    "auth|Not Authorized To Send To Mailing List",
    ["securityerror", "blocked"],
    "X.7.2 (Sisimai: 5.7.2 securityerror)",
  ],
];
/** Rule lines of bounces.txt 3.10.3 whose shared label hides a narrower meaning: line → reasons. */
const ZONEMTA_LINE_MAP = {
  294: [["notcompliantrfc"], "Gmail 550 5.7.1 'not RFC 5322 compliant', labelled 'Message content blocked'"],
};
const ZONEMTA_BY_LABEL = new Map(ZONEMTA_MAP.map(([k, reasons]) => [k, reasons]));

/** Finds ZoneMTA's bounces.js: --zonemta DIR (a checkout, a node_modules/zone-mta or an install prefix),
 * else the cache dir (installing there unless --no-install). Returns { check, version, dir } or { skip }. */
function loadZoneMta(opts) {
  const cache = join(tmpdir(), "bounced-peers"); // os.tmpdir() honours $TMPDIR
  const candidates = (dir) => [dir, join(dir, "node_modules/zone-mta")];
  const find = (dir) => candidates(dir).find((d) => existsSync(join(d, "lib/bounces.js")));
  let dir = opts.zonemta ? find(resolve(opts.zonemta)) : find(cache);
  if (!dir && opts.zonemta) return { skip: `no lib/bounces.js under ${opts.zonemta}` };
  if (!dir && opts.install) {
    process.stderr.write(`installing zone-mta@${ZONEMTA_VERSION} into ${cache} (outside the repo)…\n`);
    const r = spawnSync(
      "npm",
      [
        "install",
        "--no-save",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
        "--prefix",
        cache,
        `zone-mta@${ZONEMTA_VERSION}`,
      ],
      { encoding: "utf8", timeout: 600_000 },
    );
    if (r.status !== 0)
      return {
        skip: `npm install zone-mta@${ZONEMTA_VERSION} failed: ${(r.stderr || r.error?.message || "").trim().split("\n").pop()}`,
      };
    dir = find(cache);
  }
  if (!dir)
    return { skip: `zone-mta not found in ${cache} (run without --no-install, or give --zonemta DIR)` };
  try {
    const version = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
    const bounces = createRequire(join(dir, "package.json"))("./lib/bounces.js");
    if (typeof bounces.check !== "function") return { skip: `${dir}/lib/bounces.js has no check()` };
    const check = (reply) => {
      try {
        return bounces.check(reply);
      } catch (e) {
        return { action: "(threw)", category: "(threw)", message: String(e) };
      }
    };
    return { check, version, dir };
  } catch (e) {
    return { skip: `cannot load ${dir}/lib/bounces.js: ${e.message}` };
  }
}

function zoneMtaAnswer(res, version) {
  const label = `${res.category ?? ""}|${res.message ?? ""}`;
  const byLine = version === ZONEMTA_VERSION && res.line ? ZONEMTA_LINE_MAP[res.line] : undefined;
  const accepted = byLine ? byLine[0] : (ZONEMTA_BY_LABEL.get(label) ?? []);
  const type =
    res.action === "reject"
      ? "hard"
      : res.action === "defer" || res.action === "slowdown"
        ? "soft"
        : "unknown";
  return {
    reason: accepted[0] ?? `(${label})`,
    accepted,
    type,
    raw: label,
    unmapped: !ZONEMTA_BY_LABEL.has(label),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------------------

/** Scores one tool's answer against a label. `accepted` lists the reasons that count as right (benefit of
 * the doubt); `reason` is the primary reading (strict). Suppress is the tool's own when it has one, else
 * derived by our rule from the reason it is credited with and its type. */
function score(entry, answer) {
  const same = (a, b) => a === b || (NO_REASON.has(a) && NO_REASON.has(b));
  const okStrict = same(answer.reason, entry.reason);
  const credited = answer.accepted.find((r) => same(r, entry.reason));
  const okReason = okStrict || credited !== undefined;
  const effective = okReason ? entry.reason : answer.reason;
  const suppress = answer.suppress ?? deriveSuppress(effective, answer.type);
  return {
    okStrict,
    okReason,
    okType: answer.type === entry.type,
    okSuppress: suppress === entry.suppress,
    suppress,
  };
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");

function table(rows, head) {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join("  ");
  return [line(all[0]), w.map((n) => "-".repeat(n)).join("  "), ...all.slice(1).map(line)].join("\n");
}

const oneLine = (s, n = 160) => {
  const t = s.replace(/\s+/g, " ");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function parseArgs(argv) {
  const sets = [...Object.keys(SET_FILES), "all"];
  const { values: v } = parseCli({
    args: argv,
    options: {
      set: { type: "string", default: "all" },
      json: { type: "boolean", default: false },
      wrong: { type: "boolean", default: false },
      limit: { type: "string", default: "30" },
      build: { type: "boolean", default: false },
      zonemta: { type: "string" },
      core: { type: "string" },
      "no-install": { type: "boolean", default: false },
      peers: { type: "string", default: "bounced,sisimai,zonemta" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (v.help) {
    process.stdout.write(
      `usage: node scripts/compare-peers.mjs [--set ${sets.join("|")}] [--json] [--wrong] [--limit N] [--build | --core FILE] [--zonemta DIR] [--no-install] [--peers bounced,sisimai,zonemta]\n`,
    );
    process.exit(0);
  }
  const opts = {
    set: v.set,
    json: v.json,
    wrong: v.wrong,
    limit: Number(v.limit),
    build: v.build,
    zonemta: v.zonemta ?? null,
    core: v.core ?? null,
    install: !v["no-install"],
    peers: v.peers.split(","),
  };
  if (!sets.includes(opts.set)) throw new Error(`--set must be one of ${sets.join(", ")}`);
  if (opts.wrong && BLIND_SETS.has(opts.set))
    throw new Error(`--wrong is not allowed on ${opts.set}: it is the blind set (aggregate counts only)`);
  if (!Number.isFinite(opts.limit) || opts.limit < 0) throw new Error("--limit must be a number >= 0");
  return opts;
}

const git = (...args) => spawnSync("git", ["-C", root, ...args], { encoding: "utf8" }).stdout?.trim() ?? "";

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const setNames = opts.set === "all" ? Object.keys(SET_FILES) : [opts.set];
  const sets = Object.fromEntries(setNames.map((s) => [s, readJsonl(join(fixtures, SET_FILES[s]))]));
  const notes = [];

  if (opts.build) {
    // The build's log goes to stderr, so --json output stays clean.
    const r = spawnSync("pnpm", ["--filter", "@bounced/core", "build"], {
      cwd: root,
      stdio: ["ignore", 2, 2],
    });
    if (r.status !== 0) throw new Error("pnpm --filter @bounced/core build failed");
  }
  const distPath = opts.core ? resolve(opts.core) : join(root, "packages/core/dist/index.js");
  let core;
  try {
    core = await import(pathToFileURL(distPath).href);
  } catch (e) {
    throw new Error(
      `cannot import ${distPath} (run with --build, or pnpm --filter @bounced/core build): ${e.message}`,
    );
  }
  const meta = {
    date: new Date().toISOString(),
    // With --core, the build given is scored and the commit is whatever it was built from (say it).
    core: opts.core ? distPath : "packages/core/dist/index.js",
    coreCommit: opts.core ? null : git("log", "-1", "--format=%h", "--", "packages/core"),
    coreDirty: opts.core ? null : git("status", "--porcelain", "--", "packages/core/src").length > 0,
    distBuilt: statSync(distPath).mtime.toISOString(),
    tools: {},
  };
  meta.tools.bounced = {
    version: JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8")).version,
  };

  // Every distinct reply once, through each tool.
  const replies = [...new Set(Object.values(sets).flatMap((entries) => entries.map((e) => e.reply)))];
  const answers = {}; // tool → Map(reply → answer)

  if (opts.peers.includes("bounced")) {
    answers.bounced = new Map(
      replies.map((reply) => {
        try {
          const got = core.explain(reply);
          return [
            reply,
            { reason: got.reason, accepted: [got.reason], type: got.type, suppress: got.suppress },
          ];
        } catch (e) {
          return [
            reply,
            { reason: "(threw)", accepted: [], type: "(threw)", suppress: null, error: String(e) },
          ];
        }
      }),
    );
  }
  if (opts.peers.includes("sisimai")) {
    const s = await runSisimai(replies);
    if (s.skip) notes.push(`Sisimai skipped: ${s.skip}`);
    else {
      meta.tools.sisimai = { version: s.version, driver: "one perl child, JSON lines on stdin" };
      answers.sisimai = new Map(replies.map((r) => [r, sisimaiAnswer(s.byReply.get(r), "permanence")]));
      const errors = [...s.byReply.values()].filter((a) => a.error).length;
      if (errors) notes.push(`Sisimai died on ${errors} replies (counted wrong)`);
      answers["sisimai-softbounce"] = new Map(
        replies.map((r) => [r, sisimaiAnswer(s.byReply.get(r), "softbounce")]),
      );
    }
  }
  if (opts.peers.includes("zonemta")) {
    const z = loadZoneMta(opts);
    if (z.skip) notes.push(`ZoneMTA skipped: ${z.skip}`);
    else {
      meta.tools.zonemta = { version: z.version, dir: z.dir };
      if (z.version !== ZONEMTA_VERSION)
        notes.push(
          `ZoneMTA is ${z.version}, the mapping was written for ${ZONEMTA_VERSION}: line overrides off`,
        );
      answers.zonemta = new Map(replies.map((r) => [r, zoneMtaAnswer(z.check(r), z.version)]));
      const unmapped = new Set([...answers.zonemta.values()].filter((a) => a.unmapped).map((a) => a.raw));
      if (unmapped.size) notes.push(`ZoneMTA labels with no row in ZONEMTA_MAP: ${[...unmapped].join("; ")}`);
    }
  }
  notes.push(
    "@postalsys/bounce-classifier and KumoMTA are not compared: neither is installable from the npm or Debian registries here (see docs/peers.md).",
  );

  const tools = Object.keys(answers);
  const results = {};
  for (const [name, entries] of Object.entries(sets)) {
    const blind = BLIND_SETS.has(name);
    const rows = entries.map((entry) => {
      const r = { entry };
      for (const t of tools)
        r[t] = { answer: answers[t].get(entry.reply), ...score(entry, answers[t].get(entry.reply)) };
      return r;
    });
    const n = rows.length;
    const summary = {};
    for (const t of tools) {
      const count = (k) => rows.filter((r) => r[t][k]).length;
      const s = {
        entries: n,
        reason: count("okReason"),
        reasonStrict: count("okStrict"),
        type: count("okType"),
        suppress: count("okSuppress"),
        allThree: rows.filter((r) => r[t].okReason && r[t].okType && r[t].okSuppress).length,
        // Answers that name no reason (onhold/undefined, or a ZoneMTA catch-all such as "Other permanent error").
        noReason: rows.filter((r) => r[t].answer.accepted.some((x) => NO_REASON.has(x))).length,
        typeErrors: {
          hardAsSoft: rows.filter((r) => r.entry.type === "hard" && r[t].answer.type === "soft").length,
          softAsHard: rows.filter((r) => r.entry.type === "soft" && r[t].answer.type === "hard").length,
          other: rows.filter((r) => !r[t].okType && !["hard", "soft"].includes(r[t].answer.type)).length,
        },
      };
      // ZoneMTA defers blacklist rejections by design (the sender may get delisted or move to another IP).
      if (t === "zonemta")
        s.typeErrors.deferredBlacklist = rows.filter(
          (r) =>
            r.entry.type === "hard" &&
            r[t].answer.type === "soft" &&
            r[t].answer.raw.startsWith("blacklist|"),
        ).length;
      if (t !== "bounced" && answers.bounced) {
        const vs = (k) => ({
          bouncedOnly: rows.filter((r) => r.bounced[k] && !r[t][k]).length,
          peerOnly: rows.filter((r) => !r.bounced[k] && r[t][k]).length,
        });
        s.versusBounced = { reason: vs("okReason"), type: vs("okType"), suppress: vs("okSuppress") };
      }
      // Per labelled reason: how many each tool got (aggregate counts; allowed for every set).
      s.perReason = {};
      for (const r of rows) {
        const p = s.perReason[r.entry.reason] ?? { labelled: 0, correct: 0 };
        p.labelled++;
        if (r[t].okReason) p.correct++;
        s.perReason[r.entry.reason] = p;
      }
      summary[t] = s;
    }
    const out = { set: name, file: SET_FILES[name], blind, entries: n, summary };
    if (opts.wrong && !blind && answers.bounced) {
      // Replies where bounced and a peer disagree about what is right.
      out.disagreements = rows
        .filter((r) =>
          tools.some(
            (t) =>
              t !== "bounced" && (r[t].okReason !== r.bounced.okReason || r[t].okType !== r.bounced.okType),
          ),
        )
        .slice(0, opts.limit)
        .map((r) => ({
          reply: r.entry.reply,
          source: r.entry.source,
          expected: { reason: r.entry.reason, type: r.entry.type, suppress: r.entry.suppress },
          got: Object.fromEntries(
            tools.map((t) => [
              t,
              {
                reason: r[t].answer.reason,
                raw: r[t].answer.raw,
                type: r[t].answer.type,
                suppress: r[t].suppress,
                okReason: r[t].okReason,
                okType: r[t].okType,
              },
            ]),
          ),
        }));
    }
    results[name] = out;
  }

  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ meta, notes, zonemtaMap: opts.peers.includes("zonemta") ? ZONEMTA_MAP : undefined, sisimaiCredit: SISIMAI_CREDIT, sets: results }, null, 2)}\n`,
    );
    return 0;
  }

  const o = [];
  const say = (s = "") => o.push(s);
  say(
    `bounced vs peers — ${meta.date.slice(0, 16)}Z, core ${meta.coreCommit ?? meta.core}${meta.coreDirty ? " (+ uncommitted changes in packages/core/src)" : ""}, dist built ${meta.distBuilt.slice(0, 16)}Z`,
  );
  say(
    `tools: ${tools.map((t) => (t === "sisimai-softbounce" ? t : `${t} ${meta.tools[t]?.version ?? ""}`.trim())).join(", ")}`,
  );
  for (const note of notes) say(`note: ${note}`);
  for (const out of Object.values(results)) {
    say();
    say(
      `== ${out.set} (${out.file}, ${out.entries} replies${out.blind ? "; blind set: aggregate counts only" : ""})`,
    );
    say(
      table(
        tools.map((t) => {
          const s = out.summary[t];
          const v = s.versusBounced;
          const h2h = (k) => (v ? `${v[k].bouncedOnly} / ${v[k].peerOnly}` : "");
          return [
            t,
            pct(s.reason, s.entries),
            pct(s.reasonStrict, s.entries),
            pct(s.type, s.entries),
            pct(s.suppress, s.entries),
            pct(s.allThree, s.entries),
            h2h("reason"),
            h2h("type"),
            h2h("suppress"),
          ];
        }),
        [
          "tool",
          "reason",
          "reason (strict)",
          "type",
          "suppress",
          "all three",
          "reason B/P",
          "type B/P",
          "suppress B/P",
        ],
      ),
    );
    if (out.disagreements) {
      say();
      say(`Replies where bounced and a peer differ in being right (first ${opts.limit}):`);
      for (const d of out.disagreements) {
        say(`  ${oneLine(d.reply)}`);
        say(`    expected ${d.expected.reason}/${d.expected.type}   source: ${d.source}`);
        for (const [t, g] of Object.entries(d.got))
          say(
            `    ${t.padEnd(18)} ${g.okReason ? "✓" : "✗"} ${g.reason}${g.raw && g.raw !== g.reason ? ` [${g.raw}]` : ""}  ${g.okType ? "✓" : "✗"} ${g.type}`,
          );
      }
    }
  }
  say();
  say(
    "reason: right with benefit of the doubt (onhold = undefined for all; Sisimai 4.25's older reason credited for the newer ones split from it; ZoneMTA labels that sit between two of our reasons accept either).",
  );
  say(
    "reason (strict): the primary reading only. suppress: derived by our rule from reason + type for the peers.",
  );
  say(
    "B/P: replies bounced gets right and the peer wrong / the peer right and bounced wrong. docs/peers.md explains.",
  );
  process.stdout.write(`${o.join("\n")}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`compare-peers: ${e.message}\n`);
    process.exit(2);
  },
);
