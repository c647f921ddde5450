import { describe, expect, test } from "vitest";
import { ENHANCED_DETAIL_ROWS } from "../src/data/generated/enhanced-status-codes.js";
import { REPLY_CODE_ROWS } from "../src/data/generated/reply-codes.js";
import { explain } from "../src/explain.js";
import { parseReply } from "../src/parse.js";
import { REASONS } from "../src/reasons.js";
import { ENHANCED_CODE_DEFAULTS, REPLY_CODE_DEFAULTS } from "../src/rules/codes.js";
import { compileTables, type MatchInput } from "../src/rules/engine.js";
import { enhancedCodeDefault, replyCodeDefault } from "../src/rules/index.js";
import { normalizeText } from "../src/rules/normalize.js";
import { TEXT_RULES } from "../src/rules/text.js";
import type { Reason } from "../src/types.js";

// The generic layer alone: no provider signature or provider rule can take a reply away from it here.
const textLayer = compileTables([], [], TEXT_RULES);

function inputOf(reply: string): MatchInput {
  const parsed = parseReply(reply);
  return {
    text: parsed.text,
    replyCode: parsed.replyCode,
    enhancedCode: parsed.enhancedCode,
    command: parsed.command,
  };
}

/** The first generic text rule that matches a reply (table order), or null. */
function firstTextRule(reply: string) {
  return textLayer.match(inputOf(reply)).textRule;
}

describe("TEXT_RULES table", () => {
  test("ids are unique and named text.*", () => {
    const ids = TEXT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^text\.[a-z0-9-]+$/);
  });

  test("no generic rule names a provider", () => {
    for (const r of TEXT_RULES) expect(r.provider, r.id).toBeUndefined();
  });

  test("every rule carries a real example and where it was seen", () => {
    for (const r of TEXT_RULES) {
      expect(r.example.trim().length, r.id).toBeGreaterThan(10);
      expect(r.source, r.id).toMatch(/^(https:\/\/|sisimai:[a-z0-9-]+\.eml|reference\/)/);
    }
  });

  test("no rule lists the same phrase twice", () => {
    for (const r of TEXT_RULES) {
      for (const list of [r.match.any, r.match.all, r.match.not]) {
        const norm = (list ?? []).map(
          (p) => `${normalizeText(p).trim()}${p.trimEnd().endsWith("*") ? "*" : ""}`,
        );
        expect(new Set(norm).size, r.id).toBe(norm.length);
      }
    }
  });

  test("every decided reason is in the vocabulary", () => {
    for (const r of TEXT_RULES) expect(Object.keys(REASONS), r.id).toContain(r.decide.reason);
  });

  test.each(TEXT_RULES.map((r) => [r.id, r] as const))("%s matches its own example", (id, r) => {
    expect(textLayer.ruleMatches(id, inputOf(r.example))).toBe(true);
  });

  // Stronger than the above: no earlier rule shadows a rule on the reply it was written for.
  test.each(TEXT_RULES.map((r) => [r.id, r] as const))("%s is the first rule for its example", (id, r) => {
    expect(firstTextRule(r.example)?.id).toBe(id);
  });
});

describe("French and German wording", () => {
  // Real replies: Orange / La Poste as Sisimai's sample set records them, Orange and Free from the SMTP
  // Field Manual, Exchange's French non-delivery text from a public issue, web.de as quoted by a German
  // hosting provider's documentation (sitepackage.de, "Typische Fehlermeldungen bei Unzustellbarkeit").
  test.each<[string, Reason]>([
    ["550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416", "userunknown"],
    [
      "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
      "userunknown",
    ],
    ["552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", "mailboxfull"],
    [
      "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426",
      "suspend",
    ],
    [
      "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=10.0.0.1 [102]",
      "blocked",
    ],
    [
      "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant. Essayez de renvoyer votre message ultérieurement ou contactez directement le destinataire.",
      "mailboxfull",
    ],
    ["550 Benutzer nicht bekannt/User unknown", "userunknown"],
    [
      "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
      "mailboxfull",
    ],
    [
      "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
      "mailboxfull",
    ],
  ])("%s → %s", (reply, reason) => {
    expect(firstTextRule(reply)?.decide.reason).toBe(reason);
  });

  // The wording the issue names, as bare phrases (with and without accents, as servers send both).
  test.each<[string, Reason]>([
    ["Utilisateur inconnu", "userunknown"],
    ["Destinataire inconnu", "userunknown"],
    ["boîte aux lettres pleine", "mailboxfull"],
    ["boite aux lettres pleine", "mailboxfull"],
    ["Emetteur invalide", "rejected"],
    ["Benutzer unbekannt", "userunknown"],
    ["Empfänger unbekannt", "userunknown"],
    ["Empfaenger unbekannt", "userunknown"],
    ["Postfach voll", "mailboxfull"],
    ["Mailbox ist voll", "mailboxfull"],
    ["Postfach des Empfängers ist voll", "mailboxfull"],
  ])("phrase %s → %s", (phrase, reason) => {
    expect(firstTextRule(phrase)?.decide.reason).toBe(reason);
  });

  test("“unzustellbar” (undeliverable) alone names no reason", () => {
    expect(firstTextRule("Unzustellbar")).toBeNull();
  });
});

describe("nearby but different meanings", () => {
  // Real replies (Sisimai's sample set, provider documentation, public logs) that share words with
  // another reason's phrases.
  test.each<[string, Reason]>([
    // the envelope sender, not the recipient
    ["554 5.1.0 <IFG>: Sender address rejected: User unknown in local recipient table", "rejected"],
    ["450 4.1.8 Sender address rejected: Domain not found (in reply to RCPT TO command))", "rejected"],
    [
      "553 5.1.8 <httpd@host1.mx.example.jp>... Domain of sender address httpd@host1.mx.example.jp does not exist",
      "rejected",
    ],
    // a sender's own quota is a rate limit, not a full mailbox
    ["550 5.4.5 Daily sending quota exceeded", "ratelimited"],
    [
      "554 neko-22.nyaan.r.example.net : CAT : neko22 : CAT : You've reached your daily relay quota - 203.0.113.0",
      "ratelimited",
    ],
    ["450 4.7.3 Organization queue quota exceeded. [outlook.com]", "ratelimited"],
    // "mailbox full" wins over the time-out that followed it
    [
      "save to /mail/spool/q002.kijitora.gol.com/gol.com/22r/cat/n2.nyaan generated by nyaan%gol.com@q002.kijitora.gol.com mailbox is full: retry timeout exceeded",
      "mailboxfull",
    ],
    // greylisting and policy refusals say "recipient address rejected" too
    ["451 4.7.1 <email@example.com>: Recipient address rejected: Greylisted for 5 minutes", "greylisted"],
    [
      "450 cuda_nsu 4.7.1 <email@example.com>: Recipient address rejected: Policy Rejection- Abuse. Go away.",
      "policyviolation",
    ],
    // a missing PTR is not a blocklist
    ["450 4.7.1 Client host rejected: cannot find your hostname, []", "requireptr"],
    // Domino's "not listed" is an unknown user, not a blocklist listing
    ["User some.name (kijitora@example.jp) not listed in Domino Directory", "userunknown"],
    // 4.3.1 is "system full" only when no rule knows the text: receivers also send it for their limits
    ["421 4.3.1 You send too many messages.", "ratelimited"],
    ["452 4.3.1 Insufficient system resources", "systemfull"],
    // Exim's DEFER on sender verification is about the sender, not the receiving system
    ["451 Could not complete sender verify", "rejected"],
    // smf-spf's default text names only openspf.org
    [
      "550 5.7.1 Rejected, look at http://www.openspf.org/why.html?sender=a@b.example&ip=192.0.2.1&receiver=mx.example",
      "authfailure",
    ],
    // "e-mails" with a hyphen is a rate too; a user's own reject list is the recipient's filter
    [
      "550 5.7.1 Error.your access was denied. Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.",
      "ratelimited",
    ],
    ["550 You are registered as spammer (by user's reject list)", "filtered"],
    // Spanish wording of a Spanish bounce handler's list: full, expired from disuse, unknown, timed out
    ["552 Correo lleno", "mailboxfull"],
    ["550 Esta casilla ha expirado por falta de uso", "suspend"],
    ["550 Usuario inexistente", "userunknown"],
    ["550 Dirección de destino errónea", "userunknown"],
    ["Tiempo de entrega vencido", "expired"],
    // Italian and Polish wording collected by PHP-Bounce-Handler
    ["550 destin. Sconosciuto", "userunknown"],
    ["550 Indirizzo inesistente", "userunknown"],
    ["550 Nie ma takiego konta", "userunknown"],
    ["550 Questo indirizzo e' bloccato per inutilizzo", "suspend"],
    ["550 Podane konto jest zablokowane administracyjnie lub nieaktywne", "suspend"],
    ["550 El usuario esta en estado: inactivo", "suspend"],
    ["550 Wiadomosc zostala odrzucona przez system antyspamowy", "spamdetected"],
    ["550 Connection refused due to abuse", "blocked"],
    // German wording collected by bouncefetch, and Exchange's German unknown-recipient text
    ["552 da die Kapazität des Empfänger E-Mail Postfaches erschöpft ist.", "mailboxfull"],
    ["550 Niemand unter dieser Adresse bekannt", "userunknown"],
    [
      "550 Die E-Mail-Adresse des Empfängers wurde im E-Mail-System des Empfängers nicht gefunden.",
      "userunknown",
    ],
    ["550 mailaddress is administratively disabled", "suspend"],
    // the address between "mailbox" and "is full" still says the mailbox is full
    [
      "551 bounce as<the destination mailbox <xxxxx@yourdomain.com> is full> queue as 100.1.ZmxEL.720k.1140313037.xxxxx@yourdomain.com",
      "mailboxfull",
    ],
    ["450 user path no exist", "userunknown"],
    // Exchange's Spanish NDR text
    [
      "No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo electrónico del destinatario y trata de volver a mandar el mensaje.",
      "userunknown",
    ],
    // an hourly limit is a rate whatever it counts; SendGrid's "(throttled)" on a storage deferral is still storage
    ["452 Too many recipients received this hour", "ratelimited"],
    ["452 4.3.1 Insufficient system storage (throttled)", "systemfull"],
    ["550 Too many connect", "ratelimited"],
    // Chinese servers' English wording (Coremail's support site)
    ["550 local server don't exists that user", "userunknown"],
    ["550 not user of this server", "userunknown"],
    // a HELO that is not fully qualified is the sending host's fault, in any wording
    ["550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)", "blocked"],
    ["550 ip in prison", "blocked"],
    // … and in its Spanish and Japanese wording (a Japanese phrase is one whole token: no spaces)
    ["User some.name (kijitora@example.net) no se encuentra en el Directorio de Domino", "userunknown"],
    ["ユーザーNeko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。", "userunknown"],
    // a header named DKIM-Signature is not a DKIM failure
    ["554 Transaction failed: Duplicate header 'DKIM-Signature'.", "notcompliantrfc"],
    // reputation text that mentions spam is still about reputation
    [
      "550-5.7.1 [192.0.2.22 18] Our system has detected that this message is 550-5.7.1 likely suspicious due to the very low reputation of the sending IP 550-5.7.1 address. To best protect our users from spam, the message has been 550-5.7.1 blocked.",
      "badreputation",
    ],
    // a size limit of the mailbox is a full mailbox, not a large message
    ["552 5.2.2 Mailbox size limit exceeded", "mailboxfull"],
    // recipients per hour is a rate, not a per-message recipient limit
    [
      "550 5.1.1 <kijitora@example.com>  - 203.0.113.222 has sent to too many recipients this hour. IB607  <http://x.co/rlbounce>",
      "ratelimited",
    ],
    // SMTP AUTH, not a disabled mailbox
    [
      "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]",
      "securityerror",
    ],
    // losing the connection during HELO is a network error, not a HELO rejection
    ["lost connection with mx2.qq.com[184.105.206.86] while performing the HELO handshake", "networkerror"],
    // an expired certificate is a TLS failure, not an expired message
    ["5.7.322 certificate-expired: destination mail server's certificate is expired", "failedstarttls"],
  ])("%s → %s", (reply, reason) => {
    expect(firstTextRule(reply)?.decide.reason).toBe(reason);
  });

  test("Postfix's 'delivery temporarily suspended' is a deferral, not a suspended mailbox", () => {
    // A Postfix queue line as quoted in public mail logs.
    const reply =
      "delivery temporarily suspended: connect to yahoo.com[63.250.192.45]:25: Connection refused";
    expect(firstTextRule(reply)?.decide.reason).toBe("networkerror");
  });

  test("a licence that expired is not a delivery time-out", () => {
    expect(firstTextRule("422 License Expired")?.decide.reason).not.toBe("expired");
  });

  test("a DSN subject line is not an unknown recipient", () => {
    expect(firstTextRule("Mail delivery failed: returning message to sender")?.decide.reason).not.toBe(
      "userunknown",
    );
  });
});

describe("wording variants real servers send", () => {
  // Real replies from outside the labelled set (each from the source named beside it), so the rules are
  // checked on wording they were not written from.
  test.each<[string, Reason]>([
    // Broadcom (Symantec Email Security.cloud) KB 162445, replies quoted from recipient servers
    ["552 Requested mail action aborted: exceeded storage allocation", "mailboxfull"],
    ["550 5.7.1 Message rejected as spam by Content Filtering.", "spamdetected"],
    ["552 MS-Office file containing VBA macros found inside of the email", "virusdetected"],
    ["553 Envelope sender rejected", "rejected"],
    ["550 5.7.1 SPF unauthorized mail is prohibited.", "authfailure"],
    ["554 5.4.7 [internal] exceeded max time without delivery", "expired"],
    // zone-mta config/bounces.txt (examples quoted in its comments)
    ["550 Too many invalid recipients", "blocked"],
    ["554 5.7.1 You are not allowed to connect", "blocked"],
    ["550 Rejected due to DNSBL server response (dnsbl.cobion.com - 1.2.3.4)", "blocked"],
    // go-sisimai smtp/command tests: a refusal in reply to MAIL FROM is about the sender…
    ["5.7.1 Access denied (in reply to MAIL FROM command)", "rejected"],
    // … unless it names a more specific cause
    ["452 4.3.2 Connection rate limit exceeded. (in reply to MAIL FROM command)", "ratelimited"],
    // "Access denied" with 5.7.1 is sendmail's access map; with other words it means what they say
    ["550 5.7.1 Access denied", "rejected"],
    ["554 5.7.1 <kijitora@example.org>: Relay access denied", "norelaying"],
    ["450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]", "requireptr"],
    // GitHub issues: haraka/Haraka#1150, postalserver/postal#1074 (mail loops)
    ["552 Too many received headers - possible mail loop", "networkerror"],
    ["550 Loop detected", "networkerror"],
    // getsentry/sentry#7454: a line over RFC 5322's limit is a format fault, not a command syntax error
    ["550 maximum allowed line length is 998 octets, got 1802", "notcompliantrfc"],
    // sahat/hackathon-starter#1083 (SendGrid), MicrosoftDocs (Exchange Online 5.7.60): the From is refused
    [
      "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements",
      "rejected",
    ],
    ["550 5.7.60 SMTP; Client does not have permissions to send as this sender", "rejected"],
    // zotonic/zotonic#3508, goauthentik/authentik#10720: submission limits, not system errors
    [
      "554 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.",
      "ratelimited",
    ],
    [
      "450 4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Sorry, too many requests per time unit",
      "ratelimited",
    ],
    // Coremail's replies as its support site lists them (icoremail.vip)
    ["550 Requested mail action not taken: Invalid IP", "blocked"],
    ["550 sender is rejected", "rejected"],
    ["550 User in blacklist", "filtered"],
  ])("%s → %s", (reply, reason) => {
    expect(explain(reply).reason).toBe(reason);
  });
});

describe("wording that overrides the class", () => {
  test("a 4xx that says retrying will not succeed is hard", () => {
    const rule = firstTextRule(
      "421 4.7.1 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.",
    );
    expect(rule?.decide.type).toBe("hard");
  });

  test("a queue that gave up is a final (hard) expiry", () => {
    expect(firstTextRule("Could not deliver for the last 432000 seconds. Giving up.")?.decide).toEqual({
      reason: "expired",
      type: "hard",
    });
  });

  test("a 552 for too many recipients is soft (RFC 5321 §4.5.3.1.10)", () => {
    const e = explain("552 Too many recipients");
    expect(e.reason).toBe("toomanyrecipients");
    expect(e.type).toBe("soft");
  });

  test("a 5xx full mailbox is soft", () => {
    const e = explain("550 5.2.2 <a@example.jp>... Mailbox Full");
    expect(e.reason).toBe("mailboxfull");
    expect(e.type).toBe("soft");
    expect(e.suppress).toBe(false);
  });
});

describe("ENHANCED_CODE_DEFAULTS", () => {
  test("entries are well-formed and unique", () => {
    const seen = new Set<string>();
    for (const d of ENHANCED_CODE_DEFAULTS) {
      expect(d.code, d.code).toMatch(/^([45x])\.\d{1,3}\.\d{1,3}$/);
      expect(seen.has(d.code), `duplicate ${d.code}`).toBe(false);
      seen.add(d.code);
      expect(Object.keys(REASONS), d.code).toContain(d.reason);
      expect(d.note.length, d.code).toBeGreaterThan(10);
    }
  });

  test("every detail code of the IANA registry has a default in both failure classes", () => {
    expect(ENHANCED_DETAIL_ROWS.length).toBe(81);
    for (const [subject, detail] of ENHANCED_DETAIL_ROWS) {
      for (const cls of [4, 5]) {
        const code = `${cls}.${subject}.${detail}`;
        expect(enhancedCodeDefault(code), code).not.toBeNull();
      }
    }
  });

  test.each<[string, Reason, "strong" | "weak"]>([
    ["5.7.26", "authfailure", "strong"],
    ["5.7.25", "requireptr", "strong"],
    ["5.4.7", "expired", "strong"],
    ["5.5.3", "toomanyrecipients", "strong"],
    // catch-alls and codes servers use for several things: the wording decides first
    ["5.0.0", "onhold", "weak"],
    ["5.7.1", "policyviolation", "weak"],
    ["4.7.0", "securityerror", "weak"],
    ["5.2.1", "suspend", "weak"],
    ["5.1.1", "userunknown", "weak"],
    ["5.1.10", "notaccept", "weak"],
    ["4.7.27", "rejected", "weak"],
    // Stalwart sends 5.1.2 for a missing mailbox and a refused relay, 4.2.2 for greylisting (rcpt.rs)
    ["5.1.2", "hostunknown", "weak"],
    ["5.2.2", "mailboxfull", "weak"],
    ["4.2.2", "mailboxfull", "weak"],
    // unregistered codes large receivers send
    ["5.7.509", "authfailure", "strong"],
    ["5.7.606", "blocked", "strong"],
    ["5.7.649", "blocked", "strong"],
    ["4.7.650", "badreputation", "strong"],
  ])("%s → %s (%s)", (code, reason, strength) => {
    const d = enhancedCodeDefault(code);
    expect(d?.reason).toBe(reason);
    expect(d?.strength).toBe(strength);
  });

  test("codes the RFCs call temporary whatever the class are soft", () => {
    expect(enhancedCodeDefault("5.2.2")?.type).toBe("soft");
    expect(enhancedCodeDefault("5.5.3")?.type).toBe("soft");
  });
});

describe("REPLY_CODE_DEFAULTS", () => {
  test("entries are unique failure codes", () => {
    const codes = REPLY_CODE_DEFAULTS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of REPLY_CODE_DEFAULTS) {
      expect(d.code >= 400 && d.code < 600, String(d.code)).toBe(true);
      expect(Object.keys(REASONS)).toContain(d.reason);
    }
  });

  test("every 4xx and 5xx code of the basic table has a default", () => {
    for (const [code] of REPLY_CODE_ROWS) {
      if (code >= 400) expect(replyCodeDefault(code), String(code)).not.toBeNull();
    }
  });

  test.each([561, 571, 573, 575, 576])("non-standard %i has a default", (code) => {
    expect(replyCodeDefault(code)).not.toBeNull();
  });

  test.each<[number, Reason]>([
    [421, "systemerror"],
    [452, "systemfull"],
    [503, "syntaxerror"],
    [521, "notaccept"],
    [535, "securityerror"],
    [551, "hasmoved"],
    [552, "mailboxfull"],
    [556, "notaccept"],
  ])("%i → %s", (code, reason) => {
    expect(replyCodeDefault(code)?.reason).toBe(reason);
  });
});

describe("one concept, many wordings (issue 3, round 3)", () => {
  // Real replies from sources outside the labelled sets, each in a wording no rule was written from word
  // for word: the concept words alone (relay + denied, size words, frequency, concurrency, quota, sender +
  // refusal, tls + required, length + maximum) must carry them to the right meaning.
  test.each<[string, Reason]>([
    // Kerio Connect's troubleshooting article (support.kerioconnect.gfi.com, article 4416310418706)
    ["550 5.7.1 Relaying is denied", "norelaying"],
    // hMailServer's SMTPConnection.cpp: its relay refusal and its TLS-for-AUTH refusal
    ["550 Delivery is not allowed to this address.", "norelaying"],
    ["530 A SSL/TLS-connection is required for authentication.", "failedstarttls"],
    // qmail-smtpd.c's badmailfrom text: a sender refusal without the words "sender rejected"
    ["553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "rejected"],
    // SendGrid's SMTP errors page and Oracle Email Delivery's troubleshooting page: rates in other words
    ["450 too frequent connects from 198.37.147.135, please try again later.", "ratelimited"],
    ["455 Maximum messages sent per minute reached : limit is <limit>", "ratelimited"],
    // a Postfix DSN in pastebin.com/9ViZSXyu
    ["421 Too many concurrent SMTP connections from this IP address; please try again later.", "ratelimited"],
    // Alibaba Cloud DirectMail's return codes page: size, recipients and addresses in its own words
    ["557 The length of DATA content is achieved the maximum threshold", "emailtoolarge"],
    ["556 The number of RCPTs is over size", "toomanyrecipients"],
    ["559 Invalid rcptto", "userunknown"],
    ["552 Daily sending quota exceeded", "ratelimited"],
    // yuntunpuzi.com's list of Alibaba Mail bounces: "mail box" in two words
    ["mail box space not enough", "mailboxfull"],
    // zone-mta config/bounces.txt: an access refusal of the sending system
    ["550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.", "blocked"],
  ])("%s → %s", (reply, reason) => {
    expect(firstTextRule(reply)?.decide.reason).toBe(reason);
  });

  test("a quota that names sending is a rate; a quota of the mailbox is a full mailbox", () => {
    // Alibaba Cloud DirectMail's return codes page; Free's reply as the SMTP Field Manual quotes it
    expect(firstTextRule("552 Monthly sending quota exceeded")?.decide.reason).toBe("ratelimited");
    expect(
      firstTextRule(
        "554 5.2.2 <example@free.fr>: Recipient address rejected: Quota exceeded (mailbox for user is full)",
      )?.decide.reason,
    ).toBe("mailboxfull");
  });

  test("a blocklist named relays.* is a block of the host, not a relay denial", () => {
    // a Postfix log line quoted in tobinjt/ASO (sql/populate-rules.sql)
    const reply =
      "554 Service unavailable; Client host [148.243.214.52] blocked using relays.ordb.org; This mail was handled by an open relay - please visit <http://ORDB.org/lookup/?host=148.243.214.52>";
    expect(firstTextRule(reply)?.decide.reason).toBe("blocked");
  });
});

describe("MTA and list-manager wording not mined before (issue 3, round 5)", () => {
  // Real texts from sources outside the labelled sets: Postfix's own deferral and delivery-agent texts as
  // logs and DSNs quote them, STRATO's and Dation's lists of the refusals their customers meet, Microsoft's
  // KB Q182557, and CiviCRM's bounce patterns (literal phrases of its civicrm_mailing_bounce_pattern table).
  test.each<[string, Reason]>([
    // kernel-error.de (2015-02-02): a DANE/verify-level TLS failure, "dsn=4.7.5, status=deferred (…)"
    ["Server certificate not verified", "failedstarttls"],
    // pentan.info's Postfix notes: mailbox_size_limit reached — the mailbox is too big, not the message
    ["delivery failed to mailbox error writing message: File too large", "mailboxfull"],
    // lists.kolab.org devel 2006-May/005526: Postfix pipe(8) over command_time_limit
    ['Command time limit exceeded: "/kolab/bin/php"', "mailererror"],
    // strato.nl/faq/mail and help.dation.nl
    ["Suspected phishing attempt", "spamdetected"],
    ["5.7.1. - recipient not known", "userunknown"],
    // Microsoft KB Q182557 (Exchange 5.5): a mailbox over its receive limit
    ["The recipient was unavailable to take delivery of the message", "mailboxfull"],
    // Lotus Domino, as bounce word lists quote it
    [
      "DELIVERY FAILURE: Recipient's Domino Directory entry does not specify a valid Notes mail file",
      "userunknown",
    ],
    // CiviCRM's bounce patterns (civicrm/civicrm-core, xml/templates/civicrm_data.tpl)
    ["exceeds allowed message count", "mailboxfull"],
    ["unrecognized recipient", "userunknown"],
    ["Elektronski naslov ne obstaja", "userunknown"],
    ["Elektronski naslov je ukinjen", "suspend"],
    ["couldn't find any host named", "hostunknown"],
    ["sender ip must resolve", "requireptr"],
    ["blocked by a user configured filter", "filtered"],
    ["too many recursive forwards", "networkerror"],
    // OpenEMM's bounce rules (AGNITAS): "receiver" for recipient, German "no person with that name"
    ["Receiver not found: <x@y>", "userunknown"],
    ["Es gibt keine Person mit diesem Namen unter dieser Adresse", "userunknown"],
    // SendStudio/Interspire Email Marketer's bounce_rules.php
    ["The user's space has used up.", "mailboxfull"],
    ["over the maximum allowed number of messages", "mailboxfull"],
    ["Message Denied: Restricted attachment", "virusdetected"],
    ["sender id (pra) not permitted", "authfailure"],
    ["Mail only accepted from IPs with valid reverse lookups", "requireptr"],
    ["Unable to create a dot-lock", "mailererror"],
    ["The host does not have any mail exchanger", "hostunknown"],
  ])("%s → %s", (reply, reason) => {
    expect(firstTextRule(reply)?.decide.reason).toBe(reason);
  });

  test("a DNS server fault is a network error, never an unknown domain to suppress", () => {
    // Postfix (Sisimai's lhost-postfix set) and Exim (an exim4 log line quoted on a Debian users' forum)
    expect(
      firstTextRule(
        "Name service error for name=example.org type=MX: Malformed or unexpected name server reply",
      )?.decide.reason,
    ).toBe("networkerror");
    expect(firstTextRule("R=dnslookup defer (-1): host lookup did not complete")?.decide.reason).toBe(
      "networkerror",
    );
  });

  test("too many messages in a mailbox is a full mailbox; too many messages from a sender is a rate", () => {
    expect(firstTextRule("too many messages on this mailbox")?.decide.reason).toBe("mailboxfull");
    // SendStudio's bounce_rules.php again: a per-hour sending limit
    expect(firstTextRule("has exceeded the max emails per hour")?.decide.reason).toBe("ratelimited");
  });

  test("a disk that is full is the system's; a user without disk space left is a full mailbox", () => {
    expect(firstTextRule("452 4.3.1 Insufficient system storage")?.decide.reason).toBe("systemfull");
    expect(firstTextRule("user doesn't have enough disk space left")?.decide.reason).toBe("mailboxfull");
  });
});

describe("closed, locked and deleted accounts in any word order (issue 3, round 6)", () => {
  // Real texts: twisted1919/bounce-handler's rules.php (Diagnostic-Code lines it was written for),
  // denispan1993/vitaliy's table of Postfix bounce lines (Rambler, i.ua, bigmir.net), node-bounce-handler's list
  // of hard-bounce wording.
  test.each<[string, Reason]>([
    // rules.php: "(account|…|user).*locked" and ".*(suspend|expire)"
    ["550 <xxxxx@yourdomain.com>: User status is locked.", "suspend"],
    ["550 account expired", "suspend"],
    [
      "550 <xxxxx@yourdomain.com>: Recipient address rejected: Account closed due to inactivity. No forwarding information is available.",
      "suspend",
    ],
    ["550 Mailbox is frozen.", "suspend"],
    [": Recipient address rejected: Account deleted by user (in reply to RCPT TO command)", "userunknown"],
    // rules.php: '550-"The recipient cannot be verified.  Please check all recipients of this'
    ['550-"The recipient cannot be verified.  Please check all recipients of this', "userunknown"],
    // node-bounce-handler (lib/responses.js)
    ["We are sorry but the address is invalid", "userunknown"],
    ["mail is not currently being accepted for this mailbox", "suspend"],
    // Protocol errors, not blocks: Postfix's reject_unauth_pipelining (a NOQUEUE line quoted in
    // mhalenza/LogReporter's Postfix.pm, log trailer cut) and Exim's smtp_in.c
    [
      "503 5.5.0 <unknown[192.168.0.1]>: Client host rejected: Improper use of SMTP command pipelining",
      "syntaxerror",
    ],
    ["554 SMTP synchronization error", "syntaxerror"],
    // The sending client's TLS stack refusing the server (nodemailer/nodemailer issues 1040, 1210, 342, 1461)
    ["Error: self signed certificate in certificate chain", "failedstarttls"],
    ["not ready Error: unable to get local issuer certificate", "failedstarttls"],
    ["Error: Hostname/IP doesn't match certificate's altnames", "failedstarttls"],
    [
      "140632260122560:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:",
      "failedstarttls",
    ],
    // EveryCloud's workspace reason codes (support.everycloud.com, article 4000039509)
    ["554 5.5.6 loop detection", "networkerror"],
    ["554 5.5.7 email rejected due to content of attachment", "virusdetected"],
    ["552 5.5.2 message size (content filter)", "emailtoolarge"],
    // Postfix's per-client recipient rate (smtpd.c), as a patch sender quoted it: a rate, not one message's recipients
    ["4.7.1 Error: too many recipients from 49.7.199.65", "ratelimited"],
  ])("%s → %s", (reply, reason) => {
    expect(firstTextRule(reply)?.decide.reason).toBe(reason);
  });
});

describe("breadth per meaning (issue 3, round 7)", () => {
  // Real texts, each with where it was seen: fresh2's sources (tuned on from this round), Stalwart's own replies
  // (stalwartlabs/mail-server, crates/smtp/src/inbound/rcpt.rs), Mailgun's drop reasons (symfony/mailer's Mailgun
  // bridge), a Gmail quota reply quoted in gen-smtp/gen_smtp#140.
  test.each<[string, Reason]>([
    // suppression lists of the sending service
    ["Not delivering to previously bounced address", "suppressed"],
    [
      "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.",
      "suppressed",
    ],
    // a count per hour or per day is a rate
    ["462 Daily send limit reached. Please try again tomorrow", "ratelimited"],
    [
      "enforce_mail_permissions: Domain thedomain.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.",
      "ratelimited",
    ],
    ["550 5.4.5 Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp", "ratelimited"],
    // the envelope sender in other words
    ["550 Sender must exist", "rejected"],
    ["550 The destination mail system rejected your return address", "rejected"],
    ["550 [permfail] bellsouth.net requires valid sender domain", "rejected"],
    ["554 Sending address not accepted due to spam filter", "rejected"],
    // the recipient
    ["550 5.1.1 Suspended user", "suspend"],
    ["550 recipient e-mail adress unknown", "userunknown"],
    // content and filters
    [
      "500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.",
      "virusdetected",
    ],
    [
      "553 5.7.3 CONTENT REJECT:192.168.95.162.2011101001.XXYIvtHf:dspam check:4:http://mail.test.com/info/policy/12",
      "spamdetected",
    ],
    [
      "554 5.7.1 Your message failed several antispam checks (SCORING) and it was rejected or collected on example.net spambox. Please be sure your mailserver is configured correctly (spf , HELO, PTR) or try using an alternative email or smtp.",
      "spamdetected",
    ],
    ["550 Denied due to spam list", "blocked"],
    // the delivery program's own output
    [
      "temporary failure. Command output: lda(root): Error: net_connect_unix(/var/run/dovecot/stats-writer) failed: Permission denied",
      "mailererror",
    ],
    // merged rules keep their meaning (rate per recipient into the rate rule, address syntax into the unknown-user
    // rule, Gmail's content security wording into the policy rule)
    ["450 User is receiving mail too quickly", "ratelimited"],
    ["452 Too many recipients received this hour (throttled)", "ratelimited"],
    ["501 5.1.3 Invalid address [outlook.com]", "userunknown"],
    [
      "552 5.7.0 This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to Gmail message content and attachment guidelines.",
      "policyviolation",
    ],
    // one phrase for a concept in any wording ("no mailbox", "nonexistent", "not relay")
    ["554 Sorry, no mailbox here by that name. (#5.1.1)", "userunknown"],
    ["550 <x@example.org> has no mailbox", "userunknown"],
    ["550 5.1.1 Nonexistent mailbox <x@example.org>", "userunknown"],
    ["550 5.1.1 Non-existent user", "userunknown"],
    ["550 Nonexistent domain", "hostunknown"],
    ["553 sorry, we do not relay (#5.7.1)", "norelaying"],
    ["550 Domain not exist", "hostunknown"],
    ["550 mailbox not exist", "userunknown"],
    ["550 5.1.1 <x@example.de>: Unbekannter Empfänger", "userunknown"],
    [
      "Your message to request@o365admin.center couldn't be delivered. request wasn't found at o365admin.center.",
      "userunknown",
    ],
    ["Your message can't be delivered because delivery to this address is restricted.", "filtered"],
    ["delivery temporarily suspended: unknown mail transport error", "systemerror"],
    ["Remote host mx.example.com [192.0.2.1] closed connection in response to end of data", "networkerror"],
    ["450 4.1.2 <a@b.example>: Recipient address rejected: Malformed DNS server reply", "networkerror"],
    ["451 4.3.5 <x.example>: Client host rejected: Server configuration error", "systemerror"],
    // generic Postfix and blocklist wording that only a provider rule knew before
    [
      "550 5.1.1 <testbadrcpt@remote.com>: Recipient address rejected: User unknown in relay recipient table",
      "userunknown",
    ],
    [
      "554 example.com eaxmple.com 203.0.113.2 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
      "blocked",
    ],
    [
      "550 5.1.1 <admin@abit.dev>: Recipient address rejected: undeliverable address: mail for abit.dev loops back to myself",
      "networkerror",
    ],
    // one word for a concept in French, German and Spanish wording
    ["552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]", "mailboxfull"],
    ["452 4.2.2 Das Postfach des Empfängers ist voll", "mailboxfull"],
    [
      "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
      "mailboxfull",
    ],
    ["550 5.1.1 Empfänger nicht gefunden", "userunknown"],
    ["550 5.1.1 Domain nicht gefunden", "hostunknown"],
    ["No se pudo encontrar la dirección de correo electrónico que escribiste.", "userunknown"],
    ["450 4.7.1 Client host rejected: cannot find your hostname, forward DNS does not match", "requireptr"],
    ["451 4.4.0 DNS resolving error", "networkerror"],
    // generic wording that only provider rules knew (their examples, through the text layer alone)
    ["550 I cannot deliver mail for <k.e.-urban@arcor.de>", "norelaying"],
    [
      "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.",
      "failedstarttls",
    ],
    [
      "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group.",
      "rejected",
    ],
    // the sender's side in the same words stays the sender's
    ["550 sender does not exist", "rejected"],
    ["550 from domain does not exist", "rejected"],
    // greylisting filters' bare first refusal
    ["451 4.7.1 Please try again later", "greylisted"],
    ["4.7.1 Try again later", "greylisted"],
  ])("%s → %s", (reply, reason) => {
    expect(firstTextRule(reply)?.decide.reason).toBe(reason);
  });

  test("a delivery command's temporary failure is a soft mailer error; its permanent failure stays hard", () => {
    const temp = explain(
      "temporary failure. Command output: lda(root): Error: net_connect_unix(/var/run/dovecot/stats-writer) failed: Permission denied",
    );
    expect([temp.reason, temp.type]).toEqual(["mailererror", "soft"]);
    expect(explain("554 5.3.0 unknown mailer error 255").type).toBe("hard");
  });

  test("Dovecot's 'Invalid user settings' is the server's fault, not an unknown user", () => {
    const e = explain(
      "451 4.3.0 <a@b.example> Invalid user settings. Refer to server log for more information.",
    );
    expect(e.reason).toBe("systemerror");
    expect(e.suppress).toBe(false);
  });

  test("an AUTH refusal, the From header and a sender in other languages are never a suppressed unknown user", () => {
    for (const reply of [
      "535 Invalid user name or password",
      "535 Unknown user or password",
      "550 5.7.1 The domain of your From header does not exist",
      "550 From header domain does not exist",
      "550 La cuenta remitente no existe",
    ]) {
      expect(explain(reply).suppress, reply).toBe(false);
    }
  });

  test("a quota for sending is never a full mailbox", () => {
    expect(
      firstTextRule(
        "421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:.",
      )?.decide.reason,
    ).not.toBe("mailboxfull");
  });

  test("a report that only says the failure is permanent is on hold and hard; a temporary one is not made hard", () => {
    for (const reply of [
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      "A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed: a@b.example",
      "Delivery has failed to these recipients or groups: a@b.example",
    ]) {
      const e = explain(reply);
      expect([e.reason, e.type], reply).toEqual(["onhold", "hard"]);
    }
    expect(
      explain(
        "A message that you sent could not be delivered to one or more of its recipients. This is a temporary error.",
      ).type,
    ).not.toBe("hard");
    // a quoted remote reply that no rule knows is left to its code
    expect(
      explain(
        "This is a permanent error; I've given up. Remote host said: 550 5.1.1 szn; User hasn't got the service mapped",
      ).reason,
    ).toBe("userunknown");
    // a reason given beside the lead-in still decides
    expect(
      explain("This is a permanent error; I've given up. Sorry, no mailbox here by that name. (#5.1.1)")
        .reason,
    ).toBe("userunknown");
  });

  test("a session closed for inactivity is not an inactive mailbox", () => {
    expect(explain("554 5.4.7 Connection closed due to inactivity").reason).not.toBe("suspend");
    expect(explain("421 Timeout - closing connection due to inactivity").reason).not.toBe("suspend");
    expect(explain("550 5.2.1 Mailbox inactive for too long").reason).toBe("suspend");
  });

  test("a bare 4.7.1 'try again later' is greylisting; one that names a fault is not", () => {
    expect(firstTextRule("451 4.7.1 Cannot validate the message now. Try again later")?.id).not.toBe(
      "text.greylist-try-later",
    );
    expect(firstTextRule("4.7.1 Service unavailable - try again later")?.id).not.toBe(
      "text.greylist-try-later",
    );
    expect(firstTextRule("451 4.3.0 Please try again later")?.id).not.toBe("text.greylist-try-later");
  });

  test("'unknown' beside the recipient is an unknown user, not when it names the sender, the domain or an error", () => {
    expect(firstTextRule("550 recipient e-mail adress unknown")?.id).toBe("text.recipient-unknown-words");
    expect(firstTextRule("550 sender address unknown")?.decide.reason).not.toBe("userunknown");
    expect(firstTextRule("550 5.1.0 - Unknown address error 550-'Access denied'")?.decide.reason).not.toBe(
      "userunknown",
    );
  });

  test("Stalwart's 5.1.2 and 4.2.2 replies are read by their text (the codes are weak)", () => {
    expect(explain("550 5.1.2 Mailbox does not exist.").reason).toBe("userunknown");
    expect(explain("550 5.1.2 Relay not allowed.").reason).toBe("norelaying");
    expect(explain("452 4.2.2 Greylisted, please try again in a few moments.").reason).toBe("greylisted");
    // without words, the codes still mean what the registry says
    expect(explain("553 5.1.2").reason).toBe("hostunknown");
    expect(explain("552 5.2.2").reason).toBe("mailboxfull");
    expect(explain("552 5.2.2").type).toBe("soft");
  });
});

describe("texts the mail software writes itself, without a code (issue 3, round 8)", () => {
  // Each text as the software prints it: quoted in a public report, or its format string instantiated (source in
  // the rule's comment). Codeless, so the rule alone decides hard or soft (labelling policy, type rule 4).
  test.each<[string, Reason, "hard" | "soft"]>([
    // Exim's deliver.c, in a "This is a permanent error" bounce (linux-kernel list, 2025-02-24); transports/smtp.c
    [
      "all hosts for 'natisbad.org' have been failing for a long time (and retry time not reached)",
      "expired",
      "hard",
    ],
    ["retry time not reached for any host after a long failure period", "expired", "hard"],
    // sendmail's envelope.c: the final report and the delay warnings
    ["Cannot send message for 5 days", "expired", "hard"],
    ["Message could not be delivered for 5 days Message will be deleted from queue", "expired", "hard"],
    ["Warning: could not send message for past 4 hours", "expired", "soft"],
    ["Warning: message still undelivered after 4 hours", "expired", "soft"],
    ["Will keep trying until message is 5 days old", "expired", "soft"],
    // Exim's delay warning and its deferral while every host waits out its retry time
    [
      "A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on sandwich.ukcod.org.uk.",
      "expired",
      "soft",
    ],
    ["retry time not reached for any host", "expired", "soft"],
    // Lotus Domino's router NDR when it has no path to the domain
    [
      "No route found to domain LOTUSDOMAIN from server SERVERNAME/LOTUSDOMAIN. Check Server, Connection and Domain documents in Name and Address book.",
      "networkerror",
      "hard",
    ],
    // Exchange Online's NDR once its retries ran out
    [
      "Your message wasn't delivered. Despite repeated attempts to deliver your message, a connection to the remote server couldn't be made.",
      "expired",
      "hard",
    ],
    // Exchange Online's restricted-recipient NDR sentences
    [
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it.",
      "filtered",
      "hard",
    ],
    [
      "Your message wasn't delivered due to a permission or security issue. It may have been rejected by a moderator, the address may only accept e-mail from certain senders, or another restriction may be preventing delivery.",
      "onhold",
      "hard",
    ],
    // Exchange's delay notice
    [
      "This message hasn't been delivered yet. Delivery will continue to be attempted. The server will keep trying to deliver this message for the next 1 days, 19 hours and 56 minutes.",
      "expired",
      "soft",
    ],
    // sendmail's usersmtp.c loop check; Postfix's
    ["553 5.3.5 mail.example.com. config error: mail loops back to me (MX problem?)", "networkerror", "hard"],
    ["mail for example.com loops back to myself", "networkerror", "hard"],
    // Postfix's smtp(8) bounces a DNS answer it cannot parse (smtp_addr.c: DNS_INVAL is 5.4.4)
    [
      "Name service error for name=example.org type=MX: Malformed or unexpected name server reply",
      "networkerror",
      "hard",
    ],
    // Postfix's pipe_command.c defers a command killed by a signal; a command's own failure status bounces
    ['Command died with signal 6: "/usr/bin/procmail"', "mailererror", "soft"],
    ['Command died with status 1: "/usr/local/bin/handler"', "mailererror", "hard"],
    // Exim's pipe transport: EX_TEMPFAIL is deferred (os.c's strexit() wording), a missing command bounces
    [
      "Child process of virtual_delivery transport returned 75 (could mean temporary error) from command: /usr/lib/dovecot/deliver",
      "mailererror",
      "soft",
    ],
    [
      "Child process of address_pipe transport returned 127 (could mean unable to exec or command does not exist) from command: /usr/local/bin/parser.php",
      "mailererror",
      "hard",
    ],
    // Exchange's and Office 365's NDR sentences
    [
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
      "userunknown",
      "hard",
    ],
    ["Your message wasn't delivered because the recipient's email provider rejected it.", "onhold", "hard"],
    [
      "The e-mail system was unable to deliver the message, but did not report a specific reason. Check the address and try again.",
      "onhold",
      "hard",
    ],
  ])("%s → %s, %s", (reply, reason, type) => {
    const e = explain(reply);
    expect([e.reason, e.type]).toEqual([reason, type]);
  });

  test("a deferral's wording is never made a final expiry, and a coded DNS fault keeps its class", () => {
    // Exim's own deferral: "retry time not reached for any host" without "after a long failure period"
    expect(firstTextRule("retry time not reached for any host")?.decide.type).toBeUndefined();
    // Postfix's smtpd_check.c answers a broken DNS reply with 450: soft, not the smtp(8) bounce's hard
    expect(
      explain("450 4.1.2 <a@b.example>: Recipient address rejected: Malformed DNS server reply").type,
    ).toBe("soft");
    // a pipe command that does not exist is the delivery agent's failure, never a suppressed unknown user
    expect(
      explain(
        "Child process of address_pipe transport returned 127 (could mean unable to exec or command does not exist)",
      ).suppress,
    ).toBe(false);
  });
});

describe("Gmail's and the list managers' own texts (issue 3, round 8)", () => {
  test("Gmail's report of a domain that could not be found is an unknown domain; an address that could not be found is a user", () => {
    const e = explain(
      "Your message wasn't delivered to contact@mail.zenao.io because the domain mail.zenao.io couldn't be found. Check for typos or unnecessary spaces and try again.",
    );
    expect([e.reason, e.type, e.suppress, e.provider]).toEqual(["hostunknown", "hard", true, "gmail"]);
    expect(
      explain(
        "Your message wasn't delivered to feedback@logto.io because the address couldn't be found, or is unable to receive mail.",
      ).reason,
    ).toBe("userunknown");
    // the sender's domain is never the recipient's
    expect(firstTextRule("the sender domain couldn't be found")?.decide.reason).not.toBe("hostunknown");
    expect(firstTextRule("550 the sending domain couldn't be found")?.decide.reason).not.toBe("hostunknown");
    expect(firstTextRule("550 the domain in your From address couldn't be found")?.decide.reason).not.toBe(
      "hostunknown",
    );
  });

  test.each([
    "The message is not from a list member",
    "551 <list@example.org> - The message is not from a list member",
    "BOUNCE linux@relay.engr.sgi.com: Non-member submission from [ralf@uni-koblenz.de]",
  ])("a list's refusal of a non-member is a refused sender: %s", (reply) => {
    expect(firstTextRule(reply)?.decide.reason).toBe("rejected");
  });
});

describe("delivery reports' own lead-ins decide only when no cause they quote does (issue 3, round 8)", () => {
  test.each<[string, Reason, "hard" | "soft"]>([
    // Postfix's failure template, Exchange's classic NDR and hMailServer's send-failed notice: permanent, cause not given
    [
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.",
      "onhold",
      "hard",
    ],
    ["Your message did not reach some or all of the intended recipients.", "onhold", "hard"],
    // OpenSMTPD's bounce.c notice; Haraka's outbound bounce for a domain without MX (DSN 5.1.2)
    [
      "Hi! This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail. An error has occurred while attempting to deliver a message for the following list of recipients:",
      "onhold",
      "hard",
    ],
    ["Nowhere to deliver mail to for domain: localhost", "hostunknown", "hard"],
    // au (KDDI) ezweb's report lead-in (Sisimai's lhost-ezweb set)
    ["Each of the following recipients was rejected by a remote mail server.", "onhold", "hard"],
    // Courier's report lead-in
    ["UNDELIVERABLE MAIL Your message to the following recipients cannot be delivered:", "onhold", "hard"],
    // hMailServer's ExternalDelivery.cpp: no MX or address for the domain; a DNS query that failed
    [
      "Error Type: SMTP Error Description: No mail servers appear to exists for the recipient's address. Additional information: Please check that you have not misspelled the recipient's email address.",
      "hostunknown",
      "hard",
    ],
    [
      "Error Type: SMTP Error Description: Unable to find the recipient's email server. The DNS query has failed.",
      "networkerror",
      "soft",
    ],
    // sendmail's and Postfix's delay notices: still being retried
    ["----- The following addresses had transient non-fatal errors ----- <emdis@fgm.fr>", "expired", "soft"],
    ["THIS IS A WARNING MESSAGE ONLY YOU DO NOT NEED TO RESEND YOUR MESSAGE", "expired", "soft"],
  ])("%s → %s, %s", (reply, reason, type) => {
    const e = explain(reply);
    expect([e.reason, e.type]).toEqual([reason, type]);
  });

  test("a delay notice that quotes its cause is explained by the cause", () => {
    // sendmail's delay notice quoted on the linux-mips list (2000-11-08)
    const e = explain(
      "----- The following addresses had transient non-fatal errors ----- <ralf@oss.sgi.com> ----- Transcript of session follows ----- <ralf@oss.sgi.com>... Deferred: oss.sgi.com.: No route to host Warning: message still undelivered after 4 hours Will keep trying until message is 5 days old",
    );
    expect([e.reason, e.type]).toEqual(["networkerror", "soft"]);
    // a failure report that quotes the remote reply leaves the reason to it
    expect(
      explain(
        "I'm sorry to have to inform you that your message could not be delivered to one or more recipients. <a@b.example>: host mx.b.example[192.0.2.1] said: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown",
      ).reason,
    ).toBe("userunknown");
  });
});

describe("SmarterMail's delivery-failure reasons (issue 3, round 8)", () => {
  test("four failed connection attempts are a final network error; the domain's size limit is a full mailbox", () => {
    const e = explain("Failed four Attempts to connect to recipients mail server");
    expect([e.reason, e.type]).toEqual(["networkerror", "hard"]);
    const f = explain("The domain size limit has been exceeded");
    expect([f.reason, f.type]).toEqual(["mailboxfull", "soft"]);
    // a message over a size limit stays a message too large
    expect(explain("552 Message size exceeds the domain's size limit").reason).toBe("emailtoolarge");
  });
});

describe("report lead-ins that give no cause (issue 3: CommuniGate Pro, Russian Exchange and Mail.ru reports)", () => {
  // ronbeltran/bounce_email tests/bounces (CommuniGate Pro 4.1 and 5.0 reports, 2005–2007); zoonru/PHP-Bounce-Handler
  // eml/fixture_bounce_007.eml (Mail.ru's Exim, 2026) and fixture_bounce_008.eml (Exchange 2016, Russian, 2026)
  test.each([
    ["Failed to deliver to '<agrisa@apollo.lv>'", "onhold", "hard"],
    ["Не удалось выполнить доставку следующим получателям или группам:", "onhold", "hard"],
    [
      "К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:",
      "onhold",
      "hard",
    ],
    // the Russian Exchange NDR names its cause: the address was not found
    [
      "Не удалось выполнить доставку следующим получателям или группам:\n\nplatonov.i@example.test\nНе удалось найти введенный электронный адрес. Проверьте адрес получателя и попробуйте отправить сообщение еще раз. Если проблема возникнет снова, обратитесь к своему администратору электронной почты.",
      "userunknown",
      "hard",
    ],
    // Gmail's, Cisco Secure Email's, iCloud's and another report's lead-ins (netneutrality/savetheinternet.in#121 and
    // #166, RIPE-NCC/whois#1411, rgl/MailBounceDetector#10)
    [
      "Delivery to the following recipient failed permanently:\n\n     meenakashi.lekhi@sansad.nic.in\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain sansad.nic.in by mailgw.nic.in. [164.100.10.19].",
      "onhold",
      "hard",
    ],
    ["The following message to <nonexistant@host.org> was undeliverable.", "onhold", "hard"],
    ["Your message cannot be delivered to the following recipients:", "onhold", "hard"],
    ["Could not deliver message to the following recipient(s):", "onhold", "hard"],
    // Windows SMTP service's and sendmail's lead-ins (cfortune/PHP-Bounce-Handler eml/10.eml, sendmail-nohost.eml)
    [
      "This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       animecox_x@hotmail.com",
      "onhold",
      "hard",
    ],
    ["----- The following addresses had permanent fatal errors -----", "onhold", "hard"],
    [
      "Google tried to deliver your message, but it was rejected by the server for the recipient domain sansad.nic.in by mailgw.nic.in. [164.100.10.19].",
      "onhold",
      "hard",
    ],
  ])("%s → %s, %s", (reply, reason, type) => {
    const e = explain(reply);
    expect([e.reason, e.type]).toEqual([reason, type]);
  });

  test("a lead-in over a named cause is explained by the cause", () => {
    // CommuniGate Pro's own cause: a message without a To: header (ronbeltran/bounce_email tt_bounce_03.txt)
    expect(
      explain("Failed to deliver to '<agrisa@apollo.lv>'\nMessages without To: fields are not accepted here")
        .reason,
    ).toBe("notcompliantrfc");
    // a To: field that is present but names no valid address is not that cause
    expect(explain("Messages with To: fields naming unknown users are not accepted").reason).not.toBe(
      "notcompliantrfc",
    );
    // the same reports with their causes (RIPE-NCC/whois test mail; netneutrality/savetheinternet.in#166 and #121)
    expect(
      explain(
        "The following message to <nonexistant@host.org> was undeliverable.\nThe reason for the problem:\n5.1.0 - Unknown address error 550-'5.4.1 Recipient address rejected: Access denied. AS(3333) [xxx.protection.outlook.com]'",
      ).reason,
    ).toBe("userunknown");
    expect(
      explain(
        "Your message cannot be delivered to the following recipients:\n\n Recipient address: psrysrcp2112@gmail.com\n Reason: Remote SMTP server has rejected address\n Diagnostic code: smtp;550-5.1.1 The email account that you tried to reach does not exist. Please try the recipient's email address for typos or spaces. Learn more at https://support.google.com/mail/answer/6596 t8si11697642ywb.299 - gs\n Remote system: dns;gmail-smtp-in.l.google.com (TCP|17.164.24.103|53619|74.125.138.27|25) (mx.google.com ESMTP t8si11697642ywb.299 - gsmtp)",
      ).reason,
    ).toBe("userunknown");
    expect(
      explain(
        "Delivery to the following recipient failed permanently:\n\n     meenakashi.lekhi@sansad.nic.in\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain sansad.nic.in by mailgw.nic.in. [164.100.10.19].\n\nThe error that the other server returned was:\n550 #5.1.0 Address rejected.",
      ).reason,
    ).toBe("userunknown");
    // sendmail's report over its transcript: the cause it names decides (cfortune/PHP-Bounce-Handler sendmail-nohost.eml)
    expect(
      explain(
        "   ----- The following addresses had permanent fatal errors -----\n<baddomain@baddomainxxxsdkjfhsdhfkdsfhsd.com>\n    (reason: 550 Host unknown)\n\n   ----- Transcript of session follows -----\n550 5.1.2 <baddomain@baddomainxxxsdkjfhsdhfkdsfhsd.com>... Host unknown (Name server: baddomainxxxsdkjfhsdhfkdsfhsd.com: host not found)",
      ).reason,
    ).toBe("hostunknown");
    // Exchange's delay notice (rgl/MailBounceDetector fixture) is no failure
    const d = explain(
      "Delivery is delayed to these recipients or groups:\n\nrui.lopes@example.com\n\nSubject: test\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.",
    );
    expect([d.reason, d.type]).toEqual(["expired", "soft"]);
  });

  test("a lead-in over a quoted remote reply leaves the reason to that reply", () => {
    // CommuniGate Pro quotes the remote server as "host … says:"
    const e = explain(
      "Failed to deliver to 'ilona.kalnina@citrus.lv'\nSMTP module(domain [10.2.9.112]) reports:\n host 10.2.9.112 says:\n 550 5.1.1 User unknown",
    );
    expect([e.reason, e.type, e.suppress]).toEqual(["userunknown", "hard", true]);
    const f = explain(
      "Failed to deliver to 'evor@apollo.lv'\nSMTP module(domain pop.apollo.lv) reports:\n host pop.apollo.lv says:\n 550 evor@apollo.lv unknown user account",
    );
    expect(f.reason).toBe("userunknown");
    // Exchange's Russian lead-in over "Remote Server returned …": the code decides, not the lead-in
    expect(
      explain("Не удалось выполнить доставку следующим получателям. Remote server returned 550 5.7.708")
        .reason,
    ).not.toBe("onhold");
    // a delivery that only failed for now is no final failure: the lead-in's words are not in it
    const g = explain("<info.rietumuradio.lv@mail.studio7.lv>: temporary failure");
    expect(g.type).toBe("soft");
  });
});

describe("ISP and mailbox-provider wording (vocabulary breadth)", () => {
  test("relay refusals: qmail's rcpthosts control in any wording, Portuguese 'retransmissão negada'", () => {
    // Outlook's help as translated and quoted (office.microsoft.com/pt-br …HA010080002, viws.ru)
    for (const reply of [
      "553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)",
      "550 nome@exemplo.com... Retransmissão Negada",
      "553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)",
    ]) {
      const e = explain(reply);
      expect([e.reason, e.suppress]).toEqual(["norelaying", false]);
    }
    // qmail's sender list is no relay refusal
    expect(explain("553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)").reason).toBe(
      "rejected",
    );
  });

  test("a DNS or connection timeout is a network failure; a queue's timeout stays expired", () => {
    // mediarium.hatenadiary.org/entry/20070906
    expect(explain("451 Name server timeout").reason).toBe("networkerror");
    expect(explain("426 connection timed out").reason).toBe("networkerror");
    expect(explain("RETRY.3 Connection timed out").reason).toBe("networkerror");
    expect(explain("Timeout exceeded").reason).toBe("expired");
  });

  test("any DNS query failure is the network's, and never suppresses", () => {
    // emailhost.com.cn's bounce list ("DNS query error"), hMailServer's ExternalDelivery.cpp
    for (const reply of [
      "DNS query error",
      "Unable to find the recipient's email server. The DNS query has failed.",
    ]) {
      const e = explain(reply);
      expect([e.reason, e.suppress]).toEqual(["networkerror", false]);
    }
    // a sender domain that fails its DNS check is the sender's
    expect(explain("450 4.1.8 <user@domain.com>: Sender address rejected: Domain not found").reason).toBe(
      "rejected",
    );
  });

  test("a refused sender: 'illegal sender' (help.url.com.tw)", () => {
    const e = explain("550 illegal sender.");
    expect([e.reason, e.suppress]).toEqual(["rejected", false]);
  });

  test("the reporting MTA's network texts (wanglu.net, Yahoo Taiwan's outbound log)", () => {
    for (const reply of [
      "RETRY.17 Temporary failure of hostname lookup",
      "RETRY.23 Read/Write error over network connection",
    ]) {
      const e = explain(reply);
      expect([e.reason, e.suppress]).toEqual(["networkerror", false]);
    }
    // a network named on a block list stays a block
    expect(
      explain(
        "550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3140).",
      ).reason,
    ).toBe("blocked");
    // a missing reverse name stays requireptr
    expect(
      explain("450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.9]").reason,
    ).toBe("requireptr");
  });
});

describe("wording families the fresh3 set showed missing (issue 3, round 9)", () => {
  test("Exim's ACL default 'Administrative prohibition' refuses the connecting host: blocked, not a policy verdict", () => {
    // cyon.ch/support/a/smtp-error-550; MailCleaner/MailCleaner#310 (Exim's connect ACL, quoted from a telnet session)
    for (const reply of ["550 Administrative Prohibition", "550 Administrative prohibition"]) {
      expect(firstTextRule(reply)?.id).toBe("text.blocked");
      expect(explain(reply).reason).toBe("blocked");
    }
    // a refusal that says it is about policy stays a policy verdict
    expect(explain("554 Mail from nekonyaan@example.net rejected for policy reasons.").reason).toBe(
      "policyviolation",
    );
  });

  test("an intrusion prevention system refusing the sending host is a block", () => {
    // zytzagoo/smtp-validate-email#9; MantaMTA's bounce tests (a line of its SMTP logs, simongh/MantaMTA)
    for (const reply of [
      "421 4.7.1 Intrusion prevention active for [my ip address][R]",
      "421 4.7.1 Intrusion prevention active for [173.203.70.224][S]",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.client-host-blocked");
      expect([explain(reply).reason, explain(reply).type]).toEqual(["blocked", "soft"]);
    }
    // another 4.7.1 deferral of the same log is no intrusion block
    expect(firstTextRule("451 4.7.1 Service unavailable - try again later")?.id).not.toBe(
      "text.client-host-blocked",
    );
  });

  test("a queue's count of failed attempts is a final expiry, whatever the number", () => {
    // Ipswitch IMail's notice (jaredmauch/mailman2-python3 tests/bounces/smtp32_01.txt; sisimai:lhost-imailserver-04.eml),
    // Postal's (postalserver/postal#399)
    for (const reply of [
      "Delivery failed 20 attempts: userx@example.ph",
      "Delivery failed 20 attempts",
      // (its next sentence, "Added <x> to suppression list …", is Postal's own suppression)
      "Maximum number of delivery attempts (18) has been reached.",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.attempts-failed");
      expect([explain(reply).reason, explain(reply).type]).toEqual(["expired", "hard"]);
    }
    // a cause the report quotes comes first (Amazon SES's report, sisimai:lhost-amazonses-02.eml)
    expect(
      explain(
        "5.3.0 - Other mail system problem 550-'Unknown user this-local-part-does-not-exist-on-the-server@docomo.ne.jp' (delivery attempts: 0)",
      ).reason,
    ).toBe("userunknown");
    // attempts that will continue are no final failure (sisimai:lhost-exim-38.eml)
    expect(
      firstTextRule(
        "450 service permits 2 unverifyable sending IPs - neko.example.com is not 203.0.113.222 No action is required on your part. Delivery attempts will continue for some time, and this warning may be repeated at intervals if the message remains undelivered. Eventually the mail delivery software will give up, and when that happens, the message will be returned to you.",
      )?.id,
    ).not.toBe("text.attempts-failed");
  });

  test("directory mailers' and IMail's words for an address without a mailbox are an unknown user", () => {
    // jaredmauch/mailman2-python3 tests/bounces: simple_37 (phquery), llnl_01 (LLNL), simple_12 (Ipswitch IMail, as
    // Sisimai's IMailServer module reads it)
    for (const reply of [
      "Does not have a final email delivery point, please contact this person by alternate means.",
      "The address to which your message was addressed, user1@example.gov, did not exactly match an LLNL email address.",
      "Invalid final delivery userid: userx@example.ac.jp",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.user-unknown");
    }
    // the contracted spelling (Yahoo's, sisimai:lhost-sendmail-41.eml) already was one
    expect(
      explain(
        "554 delivery error: dd This user doesn't have a yahoo.com account (this-local-part-does-not-exist@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com",
      ).reason,
    ).toBe("userunknown");
    // a sending IP without a PTR record is the sender's (support.google.com/a/answer/3726730)
    const ptr = explain(
      "421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.",
    );
    expect([ptr.reason, ptr.suppress]).toEqual(["requireptr", false]);
  });

  test("'connect' as a word is a connection failure: Postfix's, the verb after any failure word, and Node's socket errors", () => {
    for (const reply of [
      // forwardemail/forwardemail.net#185 (Forward Email's own outbound connection, with its 550)
      "550 connect EADDRNOTAVAIL 157.245.9.156:443 - Local (138.197.213.185:0); If you need help, forward this email to support@forwardemail.net or visit https://forwardemail.net. Please note we are an email service provider and most likely not your intended recipient.",
      // nodemailer/nodemailer#710, nodemailer/nodemailer#519
      "Error: connect ECONNREFUSED 65.55.163.152:587",
      "Error: connect EACCES ***.**.**.***:25",
      // 1&1's delay notice (jaredmauch/mailman2-python3 tests/bounces/simple_40.txt)
      "connection to mail exchanger failed",
      // Postfix's own (a Plesk support article)
      "connect to example.com[203.0.113.2]:25: Connection refused",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.network-error");
    }
    // Gmail's report of a server that never accepted the connection stays an expiry (sisimai:rhost-google-*)
    expect(
      explain(
        "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [nora.nyaan.jp 192.0.2.222: timed out]",
      ).reason,
    ).toBe("expired");
  });

  test("line-ending defects are a content error even where the reply cites an RFC; an RFC non-compliance statement is not", () => {
    for (const reply of [
      // qmail-smtpd's bare-LF refusal (gen-smtp/gen_smtp#253), SparkPost (splitbrain/dokuwiki-plugin-smtp#7), and a bare-LF
      // refusal in words (muquit/mailsend#52)
      "451 See http://pobox.com/~djb/docs/smtplf.html.",
      "550 5.6.0 Lone CR or LF in headers (see RFC2822 section 2.2)",
      "554 Rejected - Message containing bare LF's.",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.content-format");
    }
    // Gmail's statements of RFC 5322 non-compliance (support.google.com/a/answer/3726730) stay notcompliantrfc
    for (const reply of [
      "550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
      "554 5.6.0 Email message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
    ]) {
      expect(explain(reply).reason).toBe("notcompliantrfc");
    }
  });

  test("a server's own idle timer closing the session is a network error; a queue's lifetime stays an expiry", () => {
    for (const reply of [
      // Postfix smtpd (crisp-oss/email-bounce-parser fixture 421_4_4_2_timeout), GMX (chatmail/filtermail#143), a reply a
      // Korean page quotes (blog.jinbo.net/007/archive/20051107)
      "421 4.4.2 mx.dashone.net Error: timeout exceeded",
      // the same with its host masked, as deltachat's log quotes it (chatmail/relay#315)
      "4.4.2 *** Error: timeout exceeded",
      "421 gmx.net Service closing transmission channel - command timeout",
      "451 4.4.2 Bad connection (io timeout)",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.session-timeout");
    }
    // Google's timeout reply (support.google.com/a/answer/3726730) and a queue's retry timeout (sisimai) stay expired
    expect(
      explain(
        "451 4.4.2 Timeout - closing connection. For more information, go to About SMTP error messages.",
      ).reason,
    ).toBe("expired");
    expect([explain("retry timeout exceeded").reason, explain("retry timeout exceeded").type]).toEqual([
      "expired",
      "hard",
    ]);
  });

  test("a wait the reply names and nothing else is a rate; greylisting that names its wait stays greylisting", () => {
    // gophish/gophish#521 (a relay after 25 messages in a row)
    const wait = explain("422 try again in 15 seconds.");
    expect(firstTextRule("422 try again in 15 seconds.")?.id).toBe("text.wait-named");
    expect([wait.reason, wait.type]).toEqual(["ratelimited", "soft"]);
    // greyfix (gist.github.com/sc68cal/ca19c404371dfcd088d4)
    expect(
      explain(
        "450 4.7.1 <mx0va6z@coreitpro.com>: Recipient address rejected: Greylisted by greyfix 0.4.0, try again in 30 seconds. See http://www.kim-minh.com/pub/greyfix/ for more information.",
      ).reason,
    ).toBe("greylisted");
  });

  test("one word for a concept a rule listed in several wordings (certificate, unrouteable, at a rate, inverse)", () => {
    for (const [reply, reason] of [
      // sisimai:lhost-mailru-06.eml; the sender's own unroutable address stays the sender's (sisimai:lhost-exim-36.eml)
      ["Unrouteable address", "hostunknown"],
      ["550 Unroutable sender address", "rejected"],
      // Gmail (support.google.com/a/answer/3726730)
      [
        "550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. For more information, go to Limits for sending & getting email.",
        "ratelimited",
      ],
      // Postfix's TLS deferral (kernel-error.de) and Node's TLS stack (nodemailer/nodemailer#342)
      ["Server certificate not verified", "failedstarttls"],
      ["Error: Hostname/IP doesn't match certificate's altnames", "failedstarttls"],
    ] as const) {
      expect(explain(reply).reason).toBe(reason);
    }
  });

  test("'Connection refused' as a server's own 5xx reply is a refusal of the sender; an MTA's failed connect stays the network's", () => {
    // an Australian vendor's table of the delivery errors its customers meet (help-atosmartdocs.theaccessgroup.com)
    const refused = explain("550 5.7.1 Connection refused");
    expect(firstTextRule("550 5.7.1 Connection refused")?.id).toBe("text.refused-in-reply");
    expect([refused.reason, refused.type]).toEqual(["blocked", "hard"]);
    // Postfix's own text (a Plesk support article) and an MTA's expiry that names the refusal (sisimai:lhost-office365-08.eml)
    expect(explain("connect to example.com[203.0.113.2]:25: Connection refused").reason).toBe("networkerror");
    expect(explain("550 5.4.316 Message expired, connection refused").reason).toBe("expired");
  });

  test("one word for a concept (loop, disk, authentication, size), with the neighbours that must keep their reasons", () => {
    for (const [reply, reason] of [
      // sisimai:lhost-sendmail-20.eml, sisimai:lhost-sendmail-39.eml
      ["554 5.4.6 Too many hops", "networkerror"],
      ["452 4.4.5 Insufficient disk space; try again later", "systemfull"],
      // NetEase (the rule's comment) and sisimai:lhost-postfix-65.eml
      ["451 Requested mail action not taken: too much fail authentication", "securityerror"],
      ["550 Unauthenticated senders not allowed", "securityerror"],
      // a message over the size limit (sisimai:lhost-sendmail-05.eml); a mailbox over its size limit stays a full mailbox
      // (the SMTP Field Manual's 552.json, sisimai:lhost-imailserver-02.eml)
      ["552 5.2.3 Message size exceeds fixed maximum message size (10485760)", "emailtoolarge"],
      ["552 5.2.2 Mailbox size limit exceeded", "mailboxfull"],
      ["User mailbox exceeds allowed size", "mailboxfull"],
      // authentication that needs TLS first stays TLS's (hMailServer's SMTPConnection.cpp)
      ["530 A SSL/TLS-connection is required for authentication.", "failedstarttls"],
    ] as const) {
      expect(explain(reply).reason).toBe(reason);
    }
  });

  test("a host or sender named a spammer is a block, unless a recipient's own reject list says so", () => {
    // help-atosmartdocs.theaccessgroup.com (an access list's verdict on the sending host)
    expect(firstTextRule("550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom")?.id).toBe(
      "text.client-host-blocked",
    );
    expect(explain("550 5.7.1 DDNS says spammer, 20191030-1 dodgyfrom").reason).toBe("blocked");
    // a Korean portal's reply quoted on puffinknight.tistory.com/102
    expect(explain("550 You are registered as spammer (by user's reject list)").reason).toBe("filtered");
  });

  test("X.400's Maximum-Time-Expired is a final expiry, like 'delivery time expired'", () => {
    // jaredmauch/mailman2-python3 tests/bounces/dsn_02.txt (an X.400 gateway's Diagnostic-Code)
    const e = explain("Reason 1 (Unable-To-Transfer); Diagnostic 5 (Maximum-Time-Expired)");
    expect(firstTextRule("Reason 1 (Unable-To-Transfer); Diagnostic 5 (Maximum-Time-Expired)")?.id).toBe(
      "text.expired-final",
    );
    expect([e.reason, e.type]).toEqual(["expired", "hard"]);
    // an expired certificate stays TLS's
    expect(
      explain("5.7.322 certificate-expired: destination mail server's certificate is expired").reason,
    ).toBe("failedstarttls");
  });

  test("'mailbox … unavailable' with the address between the words is an unknown user; a disabled one stays suspended", () => {
    // a Chinese host for a typo domain (crisp-oss/email-bounce-parser 550_no_such_recipient_variant_7)
    const reply = "550 mailbox carol@gnail.com unavailable (???䲻�???)";
    expect(firstTextRule(reply)?.id).toBe("text.mailbox-words-unavailable");
    expect([explain(reply).reason, explain(reply).suppress]).toEqual(["userunknown", true]);
    // Mail.ru's two forms (crisp-oss/email-bounce-parser; the SMTP Field Manual's 550.json)
    expect(
      explain(
        "550 Message was not accepted -- invalid mailbox.  Local mailbox a.necov@stay.ru is unavailable: user not found",
      ).reason,
    ).toBe("userunknown");
    expect(
      explain(
        "550 Message was not accepted -- invalid mailbox. Local mailbox example@mail.ru is unavailable: account is disabled",
      ).reason,
    ).toBe("suspend");
  });
});

describe("wording gaps found by probing with Sisimai's reason vocabulary", () => {
  test("a mailbox unavailable for lack of free space is the server's storage, never a suppressed unknown user", () => {
    // Sisimai's qmail table (systemfull); the bare RFC 5321 550 text stays an unknown user
    const reply = "552 Requested action not taken: mailbox unavailable (not enough free space)";
    expect(firstTextRule(reply)?.id).toBe("text.system-full");
    const e = explain(reply);
    expect([e.reason, e.type, e.suppress]).toEqual(["systemfull", "soft", false]);
    expect(explain("550 Requested action not taken: mailbox unavailable").reason).toBe("userunknown");
  });

  test("'DNS domain … does not exist' is an unknown domain; a user, mailbox or sender that does not exist is not", () => {
    // Exchange Online's 5.4.310 quoted bare, as delivery logs print it (no Microsoft host or tag named)
    for (const reply of [
      "550 5.4.310 DNS domain natautocoverage.com does not exist",
      "550 5.4.310 DNS domain example.invalid does not exist",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.dns-domain-nonexistent");
      expect([explain(reply).reason, explain(reply).suppress]).toEqual(["hostunknown", true]);
    }
    expect(explain("550 5.1.1 User user@example.com does not exist").reason).toBe("userunknown");
    expect(explain("550 5.1.1 Mailbox does not exist").reason).toBe("userunknown");
    expect(
      firstTextRule("553 5.1.8 DNS domain of sender address example.invalid does not exist")?.id,
    ).not.toBe("text.dns-domain-nonexistent");
  });

  test("a refusal by 'this user' is the recipient's own filter; one by 'this system' is not", () => {
    const reply = "Your message was rejected by this user";
    expect(firstTextRule(reply)?.id).toBe("text.recipient-filter");
    expect([explain(reply).reason, explain(reply).suppress]).toEqual(["filtered", false]);
    // MagicMail's own refusal, over a reverse-DNS reason (replies.jsonl)
    expect(firstTextRule("550 Your message was rejected by this system and was not delivered.")?.id).not.toBe(
      "text.recipient-filter",
    );
  });

  test("Courier's refusal of the sender's domain is the sender's, never an unknown recipient domain", () => {
    // courier/submit.C checkdns(): every refusal of the MAIL FROM domain ends with this line
    for (const reply of [
      "517-Domain does not exist: example.net.\n517 Invalid domain, see <URL:ftp://ftp.isi.edu/in-notes/rfc1035.txt>",
      "517-MX records for example.net violate section 3.3.9 of RFC 1035.\n517 Invalid domain, see <URL:ftp://ftp.isi.edu/in-notes/rfc1035.txt>",
      "517-RFC 1035 violation: recursive CNAME records for example.net.\n517 Invalid domain, see <URL:ftp://ftp.isi.edu/in-notes/rfc1035.txt>",
    ]) {
      expect(firstTextRule(reply)?.id).toBe("text.sender-rejected");
      expect([explain(reply).reason, explain(reply).suppress]).toEqual(["rejected", false]);
    }
    // an invalid domain with no such pointer stays the recipient's
    expect(explain("550 5.1.2 Invalid domain example.invalid").reason).toBe("hostunknown");
  });

  test("an account held back for receiving too much is a rate, never a suppressed disabled mailbox", () => {
    // Sisimai's MailboxFull list; Microsoft's 5.2.122 says the same in other words (replies.jsonl: ratelimited)
    const reply = "550 5.2.1 Account disabled temporarly for exceeding receiving limits";
    expect(firstTextRule(reply)?.id).toBe("text.rate-limited");
    expect([explain(reply).reason, explain(reply).suppress]).toEqual(["ratelimited", false]);
    // a disabled account stays one; Gmail's pointer to its "receiving limits" page is not a rate
    expect(explain("550 5.2.1 Account disabled").reason).toBe("suspend");
    expect(
      firstTextRule(
        "552 5.3.4 The size of your message (size bytes) exceeded Google's message size limits of limit bytes. To view our message size guidelines, go to Gmail receiving limits in Google Workspace.",
      )?.id,
    ).toBe("text.message-too-large");
  });

  test("the receiver's LDAP directory failing is a system error; an address not in LDAP is an unknown user", () => {
    // qmail-ldap's texts (Sisimai's qmail table: systemerror)
    for (const reply of [
      "Unable to contact LDAP server. (#4.4.3)",
      "Illegal value in LDAP attribute (#5.3.5)",
      "LDAP attribute is not given but mandatory (#5.3.5)",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.system-error");
    }
    expect(explain("Unable to contact LDAP server. (#4.4.3)").type).toBe("soft");
    expect(
      explain("550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in LDAP").reason,
    ).toBe("userunknown");
    expect(explain("550 <0.0.0.0.> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net").reason).toBe("blocked");
  });

  test("an envelope sender without a domain, or not the logged-in account, is the sender's refusal", () => {
    for (const reply of [
      // sendmail (metomi/rose#946, the address rendered away by the issue) and its usual form with the address
      "5.5.4 ... Domain name required for sender address oliverh",
      "553 5.5.4 <oliverh>... Domain name required for sender address oliverh",
      // Exim (dropbox/trapperkeeper#10, YelpArchive/elastalert#1448)
      "<trapperkeeper>: sender address must contain a domain",
      "501 <ElastAlert>: sender address must contain a domain",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.sender-rejected");
      expect([explain(reply).reason, explain(reply).suppress], reply).toEqual(["rejected", false]);
    }
    // NetEase's own wording is its provider rule's (netease.local-user-only), reached by its text alone
    expect(explain("553 Mail from must equal authorized user").reason).toBe("rejected");
    // a recipient's domain named missing is still the recipient's
    expect(explain("553 5.1.2 Domain name required for recipient").reason).not.toBe("rejected");
  });

  test("the sender's or From domain without MX or DNS is the sender's refusal", () => {
    for (const reply of [
      "450 No valid MX for your FROM address", // mjl-/mox#408
      "550 Sender domain has no MX record",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.sender-domain-mx");
      expect(explain(reply).reason, reply).toBe("rejected");
    }
    // ICGLink's helpdesk table (kb 73)
    // "domain must resolve" is text.sender-rejected's now (the envelope sender's domain, "501 Domain must resolve")
    expect(firstTextRule("451 From:domain must resolve")?.id).toBe("text.sender-rejected");
    expect(explain("451 From:domain must resolve").reason).toBe("rejected");
    // the recipient's domain without MX is not the sender's
    expect(firstTextRule("550 No MX for recipient domain example.invalid")?.id).not.toBe(
      "text.sender-domain-mx",
    );
  });

  test("a message submission rate over its limit is a rate, not a network error", () => {
    // Exchange's MessageRateLimit (support.mailprotector.com; serverfault.com/questions/833887 quotes it without codes)
    for (const reply of [
      "421 4.4.2 Message submission rate for this client has exceeded the configured limit",
      "4.4.2 Message submission rate for this client has exceeded the configured limit",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.rate-limited");
      expect([explain(reply).reason, explain(reply).type], reply).toEqual(["ratelimited", "soft"]);
    }
    // a submission refused for its content is not a rate
    expect(firstTextRule("554 5.6.0 Message submission failed: malformed headers")?.id).not.toBe(
      "text.rate-limited",
    );
  });

  test("Postfix's 'Temporary lookup failure' is the receiver's tables failing; a host name lookup failure is the network", () => {
    for (const reply of [
      "451 4.3.0 <bounces@planningalerts.org.au>: Temporary lookup failure",
      "4.3.0 <giedrius@zeusman.lt>: Temporary lookup failure", // stalwartlabs/stalwart#386, as the client printed it
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.system-error");
      expect([explain(reply).reason, explain(reply).type], reply).toEqual(["systemerror", "soft"]);
    }
    expect(explain("Deferred: Name server: example.co.jp.: host name lookup failure").reason).toBe(
      "networkerror",
    );
    expect(firstTextRule("RETRY.17 Temporary failure of hostname lookup")?.id).toBe("text.network-error");
  });

  test("an IP address 'bloccato' (Italian) or given 'no access' is a block of the sending host", () => {
    // Aruba PEC's help page (guide.pec.it); ICGLink's helpdesk table (kb 73)
    for (const reply of [
      "Indirizzo IP bloccato temporaneamente per sospetto abuso",
      "550 Sorry, no access for this ip",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.ip-blocked");
      expect(explain(reply).reason, reply).toBe("blocked");
    }
    expect(explain("Indirizzo IP bloccato temporaneamente per sospetto abuso").type).toBe("soft");
    // the bare Italian word is text.blocked's, like "bloquee" and "blockiert"
    expect(firstTextRule("554 Messaggio bloccato")?.id).toBe("text.blocked");
    // "no access" with no IP named is not a block of the host
    expect(firstTextRule("550 Sorry, no access for this domain")?.id).not.toBe("text.ip-blocked");
  });

  test("a recipient address the server calls malformed or RFC 2606-reserved is itself bad; a sender's is not", () => {
    // evercam/evercam-dashboard#1270 (Net::SMTPSyntaxError), OWASP-BLT/BLT#62 (smtplib, code printed apart)
    for (const reply of ["501 Recipient syntax error", "Recipient syntax error"]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.user-unknown");
      expect([explain(reply).reason, explain(reply).suppress], reply).toEqual(["userunknown", true]);
    }
    // frappe/frappe#8514 (smtplib, 501 printed apart)
    for (const reply of [
      "5.1.5 Recipient address reserved by RFC 2606",
      "501 5.1.5 Recipient address reserved by RFC 2606",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.host-unknown");
      expect([explain(reply).reason, explain(reply).suppress], reply).toEqual(["hostunknown", true]);
    }
    // the sender's syntax or reserved domain never suppresses the recipient
    for (const reply of ["501 5.5.4 Sender syntax error", "553 5.1.7 Sender address reserved by RFC 2606"]) {
      expect(explain(reply).suppress, reply).toBe(false);
    }
    expect(explain("501 Syntax error in parameters or arguments").reason).toBe("syntaxerror");
  });

  test("a PEC mailbox not enabled for ordinary mail is the recipient's setting, never a suppressed unknown user", () => {
    // Aruba PEC's help page (guide.pec.it)
    const reply =
      "554 <indirizzoemail>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata";
    expect(firstTextRule(reply)?.id).toBe("text.recipient-filter");
    expect([explain(reply).reason, explain(reply).suppress]).toEqual(["filtered", false]);
    // an unknown Italian address without the certified-mail clause stays unknown
    expect(explain("550 5.1.1 Indirizzo destinatario sconosciuto").reason).toBe("userunknown");
  });

  test("sendmail's 'could not be delivered for <interval>' is its final queue return, hard", () => {
    for (const reply of [
      "Message could not be delivered for 5 days", // nodemailer/mailparser#288
      // pintvl()'s form for a queue lifetime set in hours (Timeout.queuereturn=60h)
      "Message could not be delivered for 2 days, 12 hours",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.undelivered-for-interval");
      expect([explain(reply).reason, explain(reply).type], reply).toEqual(["expired", "hard"]);
    }
    // a report that names reasons, not an interval, is not an expiry
    expect(
      firstTextRule("Your message could not be delivered for the following reason: 2 days of retries")?.id,
    ).not.toBe("text.undelivered-for-interval");
    // sendmail's delay warning stays soft
    expect(explain("Warning: message still undelivered after 4 hours").type).toBe("soft");
  });

  test("wordings from the fifth labelled set's sources, each with a near-miss", () => {
    const cases: Array<[string, string, string]> = [
      // [reply, first text rule, reason] — moongray.com/20170322, eclipse-ee4j/angus-mail#160, spam-mail-blocker.de,
      // alaskacommunications.com, bastion.umanix.net, OpenACalendar#767, support.comvation.com, support.linogate.com,
      // SparkPost's responses-by-message table, IceWarp's 5xx list
      [
        "471 4.7.1 <valid@mail.com>: The limits for your account are exceeded. Please try again later.",
        "text.rate-limited",
        "ratelimited",
      ],
      [
        "4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes",
        "text.rate-limited",
        "ratelimited",
      ],
      ["452 4.3.1 Mail system storage is full.", "text.system-full", "systemfull"],
      ["554 5.7.1 spamdefang score exceeds maximum", "text.spam", "spamdetected"],
      ["The sender 192.0.2.7 is banned", "text.blocked", "blocked"],
      ["Dictionary attack detected", "text.blocked", "blocked"],
      ["421 Timeout waiting for data from client.", "text.session-timeout", "networkerror"],
      ["CNAME lookup failed temporarily. (#4.4.3)", "text.network-error", "networkerror"],
      ["host map: lookup (example.com): deferred", "text.network-error", "networkerror"],
      ["421 4.7.0 Too many bad command.", "text.syntax-error", "syntaxerror"],
      ["RFC2821 HELO/EHLO needed", "text.syntax-error", "syntaxerror"],
      ["DATA without RCPT TO", "text.syntax-error", "syntaxerror"],
      ["451 4.5.1 spool faile, please try again.", "text.system-error", "systemerror"],
      ["451 4.7.0 connection was refused, Connection closed.", "text.refused-in-reply-temporary", "blocked"],
      [
        "5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name",
        "text.reverse-dns",
        "requireptr",
      ],
      [
        "5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption",
        "text.tls-required",
        "failedstarttls",
      ],
      ["You tried to send to a recipient that has been marked as inactive.", "text.suppressed", "suppressed"],
      ["554 Message does not conform to standards", "text.not-rfc-compliant", "notcompliantrfc"],
      [
        "Recipient user name info (info@example.com) not unique.  Several matches found in Domino Directory.",
        "text.user-unknown",
        "userunknown",
      ],
      ["550 Access denied", "text.access-denied-bare", "blocked"],
      // fresh6's sources: support.toast.net, docs.gandi.net, Perl/perl5#3771, jotop.com, portal.imprezahost.com,
      // yegor256/netbout#736, major.io (jgreylist), Tivix/django-cron#148, WWBN/AVideo#7527, deltachat
      ["501 Domain must resolve", "text.sender-rejected", "rejected"],
      [
        "554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked you may be infected",
        "text.blocked",
        "blocked",
      ],
      [
        "The name was not found at the remote site. Check that the name has been entered correctly.",
        "text.user-unknown",
        "userunknown",
      ],
      ["554 Unwelcome connection rejected (2)", "text.blocked", "blocked"],
      [
        "450 4.7.1 : Recipient address rejected: Policy Rejection- Quota Exceeded",
        "text.rate-limited",
        "ratelimited",
      ],
      ["550 previously hard-bounced", "text.suppressed", "suppressed"],
      ["421 temporary envelope failure (#4.3.0)", "text.greylisted", "greylisted"],
      ["543 suspected spams or account(IP) exception", "text.spam", "spamdetected"],
      [
        "the from address and the authenticated user must be the same email. #ERR_AUTH_FAIL",
        "text.sender-rejected",
        "rejected",
      ],
      [
        "Message would take you over your relay quota of 500 Current quota used: 487",
        "text.rate-limited",
        "ratelimited",
      ],
      [
        "5.7.1 <DATA>: Data command rejected: limit of 400 rcpts per 24 hours for client a@example.me reached",
        "text.rate-limited",
        "ratelimited",
      ],
    ];
    for (const [reply, rule, reason] of cases) {
      expect(firstTextRule(reply)?.id, reply).toBe(rule);
      expect(explain(reply).reason, reply).toBe(reason);
    }
    // near-misses: a user's mailbox storage stays a full mailbox; an attachment Amavis banned is no ban of the sender;
    // a queue that timed out is still an expiry; an MTA's own "Connection refused" with no reply is the network's
    expect(explain("452 4.2.2 Mailbox storage is full").reason).toBe("mailboxfull");
    expect(firstTextRule("554 5.7.0 Reject, id=12345 - BANNED: P=p003,L=1,M=multipart/mixed")?.id).not.toBe(
      "text.blocked",
    );
    expect(explain("Message expired: timed out waiting in the queue").reason).toBe("expired");
    expect(explain("connect to mx.example.com[192.0.2.1]:25: Connection refused").reason).toBe(
      "networkerror",
    );
    // a bare "Access denied" comes last: sendmail's access-map one and a recipient's keep their rules
    expect(firstTextRule("550 5.7.1 <root@example.jp>... Access denied")?.id).toBe("text.access-map-denied");
    expect(firstTextRule("554 5.7.1 <a@example.ch>: Recipient address rejected: Access denied")?.id).not.toBe(
      "text.access-denied-bare",
    );
    // Google documents "454 4.7.0 Too many login attempts" as a refused login (the main set's label), so logins stay
    // text.smtp-auth's
    expect(explain("454 4.7.0 Too many login attempts, please try again later.").reason).toBe(
      "securityerror",
    );
  });
});

describe("session 4: fresh7's generic wording families", () => {
  test("a sending MTA's timed-out connection or conversation is the network's, not an expiry", () => {
    // spamhero.com's help on its delivery logs (Postfix), and Postfix's and sendmail's connect time-outs (fresh sets)
    for (const reply of [
      "conversation with mail.example.com[192.168.1.1] timed out while sending message body",
      "connect to relay.transip.nl[149.210.149.29]:25: Operation timed out",
      "Deferred: Connection timed out with recipient's host",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.session-timeout");
      const e = explain(reply);
      expect([e.reason, e.type, e.suppress], reply).toEqual(["networkerror", "soft", false]);
    }
    // near-misses: the queue's own expiry keeps its words
    expect(
      explain(
        "unable to connect to remote server [192.0.2.222:25]: Operation timed out I'm not going to try again; this message has been in the queue too long.",
      ).reason,
    ).toBe("expired");
    expect(
      explain("554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>")
        .reason,
    ).toBe("expired");
  });

  test("Postfix's 'Server configuration problem' is the receiver's own fault, whatever it rejected", () => {
    // modoboa/modoboa-installer#352, root-io/vmail#79, modoboa/modoboa#2516
    for (const reply of [
      "451 4.3.5 <empfänger email>: Recipient address rejected: Server configuration problem.",
      "4.3.5 <DATA>: Data command rejected: Server configuration problem.",
      "451 4.3.5 <rcpt@gmail.com>: Recipient address rejected: Server configuration problem",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.system-error");
      expect([explain(reply).reason, explain(reply).type], reply).toEqual(["systemerror", "soft"]);
    }
    // near-miss: a recipient rejected with no word of the server's configuration stays the recipient's
    expect(explain("550 <neko-nyaan@ne.auone-net.jp>: Recipient address rejected.").reason).toBe(
      "userunknown",
    );
  });

  test("sendmail's 'config error: mail loops back' is no block of a dial-up client, whatever the host is named", () => {
    // abanet.org's bounce guide for list managers; the host name's "dialup" is no refusal of a dial-up client
    const reply = "553 dialup.oar.net config error: mail loops back to myself";
    expect(firstTextRule(reply)?.id).not.toBe("text.client-host-blocked");
    expect(explain(reply).reason).not.toBe("blocked");
    // near-miss: a refusal of a dial-up client keeps its rule (T-Online's, help.creoline.com)
    expect(
      firstTextRule(
        "554: Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)",
      )?.id,
    ).toBe("text.client-host-blocked");
  });

  test("Exim's SPF refusal '<ip> is not allowed to send mail from <domain>' is an authentication failure, tag or no tag", () => {
    // fresh2 (behind JunkEmailFilter's wrapper), faq.c4.cz
    for (const reply of [
      "550-REJECTED - Server at [test.co.uk] (NOT JUNKEMAILFILTER) rejected message - 550 550 65.49.42.68 is not allowed to send mail from email.example.com",
      "[SPF] 1.2.3.4 is not allowed to send mail from nazev-vasi-domeny.cz.",
    ]) {
      expect(firstTextRule(reply)?.id, reply).toBe("text.authentication-spf-dkim-dmarc");
      expect(explain(reply).reason, reply).toBe("authfailure");
    }
    // near-miss: an ESP's own account that may not send yet is the sender's refusal (Monstarrrr/rebutify#162)
    expect(
      explain(
        "Domain sandbox[XXXXX].mailgun.org is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.",
      ).reason,
    ).toBe("rejected");
  });

  test("unauthenticated relaying refused is a relay refusal", () => {
    // libgit2/libgit2#4569 (Bluehost's bosauthsmtp hosts)
    const reply = "550 bosauthsmtp07: Host 82.216.111.42: No unauthenticated relaying permitted";
    expect(firstTextRule(reply)?.id).toBe("text.relay-word-pair");
    expect([explain(reply).reason, explain(reply).suppress]).toEqual(["norelaying", false]);
    // near-miss: unauthenticated mail refused with no relay in it is no relay refusal (mjl-/mox#352)
    expect(firstTextRule("550 Unauthenticated mail not allowed from this range")?.id).not.toBe(
      "text.relay-word-pair",
    );
  });

  test("a feedback report (ARF) is a complaint only when its type says abuse or fraud", () => {
    // RFC 5965 appendix B.1's report part; RFC 6591's auth-failure report
    const complaint = explain("Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1");
    expect([complaint.reason, complaint.suppress, complaint.action]).toEqual(["feedback", true, "suppress"]);
    for (const type of ["not-spam", "auth-failure", "virus", "other"]) {
      const r = explain(`Feedback-Type: ${type}\nUser-Agent: SomeGenerator/1.0\nVersion: 1`);
      expect([r.reason, r.suppress, r.action], type).toEqual(["feedback", false, "investigate"]);
    }
    // near-miss: a reply that talks about abuse feedback is no report
    expect(explain("550 5.7.1 Message rejected: abuse feedback received for this sender").reason).not.toBe(
      "feedback",
    );
  });
});
