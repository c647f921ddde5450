import { describe, expect, test } from "vitest";
import { explain } from "../src/explain.js";

// Providers named by their own documented wording, tags and links: each case is a real reply (source in the
// comment) and a near miss that must not be taken for that provider.
const provider = (reply: string) => explain(reply).provider;

describe("Gmail's and Google Groups' own wording names Gmail without 'gsmtp'", () => {
  test.each([
    // kaushalvivek/Mass-Mailing-Script#2 (with its link and gsmtp), neilmunday-style logs that keep only the first line
    ["535-5.7.8 Username and Password not accepted. Learn more at", "securityerror"],
    // Google's 421 4.7.0 reputation refusal, first line cut by the reporting MTA
    [
      "Our system has detected that this message is 421-4.7.0 suspicious due to the very low reputation of the sending IP address. 421-4.7.0 To protect our users from spam, mail sent from your IP address has 421-4.7.0 been temporarily rate limited. Please visit 421 4.7.0 for more information.",
      "badreputation",
    ],
    // drazen.dotlic.name (2007): the last line of Gmail's 550 5.7.1, and Google Groups' refusal of the same era
    ["550 5.7.1 our Bulk Email Senders Guidelines. 50si6194057ugb", "spamdetected"],
    [
      "Message rejected by Google Groups. Please visit http://mail.google.com/support/answer/188131?hl=en to review our Bulk Email Senders Guidelines.",
      "spamdetected",
    ],
    // opencollective/opencollective#2760: Google Groups' notice for a group that refuses the post
    [
      "We're writing to let you know that the group you tried to contact (security)\nmay not exist, or you may not have permission to post messages to the\ngroup. A few more details on why you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n * The owner of the group may have removed this group.\n * You may need to join the group before receiving permission to post.\n * This group may not be open to posting.",
      "rejected",
    ],
    // Jolg42/awesome-typography#12: the German notice for a domain that does not resolve
    [
      "Ihre Nachricht wurde nicht an Jolg42@users.noreply.github.com zugestellt, da die Domain users.noreply.github.com nicht gefunden werden konnte. Prüfen Sie die Empfängeradresse auf Tippfehler und überflüssige Leerzeichen und versuchen Sie es noch einmal.",
      "hostunknown",
    ],
  ])("%s", (reply, reason) => {
    const got = explain(reply);
    expect([got.provider, got.reason]).toEqual(["gmail", reason]);
  });

  test("near misses: ImprovMX's reputation wording, Exim's AUTH refusal, Exchange's German NDR", () => {
    expect(
      provider(
        "551 5.7.1 Due to the very low reputation of the sending domain, this message has been blocked (Code 2).",
      ),
    ).not.toBe("gmail");
    expect(provider("535 Incorrect authentication data")).not.toBe("gmail");
    expect(
      provider(
        "Ihre Nachricht an equel@swipnet.se konnte nicht zugestellt werden.\n--\nequel wurde nicht in swipnet.se gefunden.",
      ),
    ).not.toBe("gmail");
  });
});

describe("Exchange's NDR sentences and Outlook.com's authentication refusals name Microsoft", () => {
  test.each([
    // nexu-io/open-design#5862 (Exchange Online); OUCS quotes the same sentence from Exchange Server 2007
    [
      "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      "mailboxfull",
    ],
    // KotlinIsland/basedmypy#146, SocialGouv/code-du-travail-numerique#3069 (French), portainer/portainer#4711,
    // jal278/spotify-playlist-export#16
    [
      "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.",
      "userunknown",
    ],
    [
      "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez le support technique de votre organisation.",
      "userunknown",
    ],
    [
      "Your message to Reggie-Kiwi@github.com couldn't be delivered.\nReggie-Kiwi wasn't found at github.com.",
      "userunknown",
    ],
    [
      "The address you sent your message to wasn't found at the destination domain. It might be misspelled or it might not exist.",
      "userunknown",
    ],
    // eclecticiq/cabby#39: a group's sender restriction
    [
      "The group Engineering only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
      "filtered",
    ],
    // ropensci/daiquiri#29 (5.7.515 without its code) and debian-user (Hotmail's DMARC refusal, 2015)
    [
      "Access denied, sending domain WU.AC.AT doesn't meet the required\n  authentication level.",
      "authfailure",
    ],
    [
      "5.7.0 (COL004-MC1F52) Unfortunately, messages from (82.195.75.100) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions.",
      "authfailure",
    ],
  ])("%s", (reply, reason) => {
    const got = explain(reply);
    expect([got.provider, got.reason]).toEqual(["microsoft", reason]);
  });

  test("near misses: other servers' 'not found at' and full-mailbox wording, Gmail's IPv6 authentication text", () => {
    // Perl/perl5's bounce from another gateway; a qmail-style full-mailbox notice
    expect(
      provider("The name was not found at the remote site. Check that the name has been entered correctly."),
    ).not.toBe("microsoft");
    expect(provider("Recipient's mailbox is full, message returned to sender.")).not.toBe("microsoft");
    expect(
      provider(
        "550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to Email sender guidelines.",
      ),
    ).toBe("gmail");
  });
});

describe("other providers' documented texts", () => {
  test("Yandex's spam refusal (its help page) names Yandex; Rspamd's 'Spam message rejected' does not", () => {
    expect(provider("554 5.7.1 Message rejected under suspicion of SPAM")).toBe("yandex");
    expect(provider("554 5.7.1 Spam message rejected")).not.toBe("yandex");
  });

  test("Cox's URIBL refusal names Cox; an Exim ACL quoting uribl.com does not", () => {
    const got = explain(
      "552 5.2.0 F77u1Y00B2ccxfT0000000 Message Refused. A URL in the content of your message was found on...uribl.com. For resolution do not contact Cox Communications, contact the block list administrators.",
    );
    expect([got.provider, got.reason]).toEqual(["cox", "spamdetected"]);
    expect(
      provider(
        "550-REJECTED - Blacklisted URL in message. (example.com) in [black].\n550-See http://lookup.uribl.com. - Blacklisted Link - X=pascal\n550-H=mail.example.com [192.0.2.11] HELO=[mail.example.com]\n550-F=[shironeko@neko.example.com] T=[kijitora@example.jp] S=[HOT\n550 DEALS UPDATE - 04/29/08 (Special Update - Family Sale)",
      ),
    ).not.toBe("cox");
  });

  test("Dovecot's 'Not enough disk quota' names Dovecot; another server's 'disk quota exceeded' does not", () => {
    const got = explain("552 5.2.2 <contact@jsdelivr.com> Not enough disk quota");
    expect([got.provider, got.reason]).toEqual(["dovecot", "mailboxfull"]);
    expect(provider("552 Error: disk quota exceeded")).not.toBe("dovecot");
  });

  test("Tencent Cloud SES's JSON error names it; another server's 'Transaction failed' does not", () => {
    // QuantumNous/new-api#1347
    expect(
      provider(
        '554 5.0.0 Error: transaction failed, blame it on the weather: ##SES-response-json:{"Response":{"RequestId":"111d9e76-96b9-46a8-9a0b-e19dba0a75d6","QcloudError":{"Error":{"Code":"FailedOperation.NotAuthenticatedSender.操作失败。发件sender没有经过认证，无法发送。"}}}}',
      ),
    ).toBe("tencentcloud");
    // near miss: another server's bare "554 Transaction failed" (SMTP Field Manual) is not Tencent Cloud's
    expect(provider("554 Transaction failed")).not.toBe("tencentcloud");
  });

  test("Postini's 'Failed in remote data' is its session to the receiver failing; its relay refusal stays one", () => {
    // hostdepot.com's knowledge base on this deferral
    const got = explain("451 Failed in remote data - psmtp");
    expect([got.provider, got.reason, got.type]).toEqual(["postini", "networkerror", "soft"]);
    expect(explain("554 No relaying allowed - psmtp").reason).toBe("norelaying");
  });
});

describe("Spamhaus's open-resolver answer", () => {
  test("is a blocklist refusal as worded, whose action is the receiver's admin, not the sender's reputation", () => {
    // MailScanner/v5#634 (the rule's example) and rsyslog/rsyslog#5584
    for (const reply of [
      "554 5.7.1 Service unavailable; Client host [37.x.y.z] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/44.192.176.0",
      "554 5.7.1 Service unavailable; Client host [45.59.xxx.xxx] blocked using\n    zen.spamhaus.org; Error: open resolver;\n    https://check.spamhaus.org/returnc/pub/2a01:4f8:0:a0a2::/",
    ]) {
      const got = explain(reply);
      expect([got.reason, got.action], reply).toEqual(["blocked", "contact_admin"]);
    }
    // near miss: a real listing is the sender's to fix
    expect(
      explain("554 Service unavailable; Client host [111.111.111.111] blocked using zen.spamhaus.org").action,
    ).toBe("fix_reputation");
  });
});

describe("Namecheap's and qmail-local's own refusal texts", () => {
  test("Namecheap's 'Mailbox might be disabled, full, or may not exist … Reason: JFE…' names Namecheap, not Postfix", () => {
    // DigiByte-Core/digibyte#450 (its forwarder eforward1.registrar-servers.com) and the 450 'unverified address' form
    for (const reply of [
      "554 5.1.1 <security@digibyte.org>: Recipient address rejected: undeliverable address: Mailbox might be disabled, full, or may not exist on the server. Reason: JFE030050",
      "450 4.1.1 <bert@example.com>: Recipient address rejected: unverified address: Mailbox might be disabled, full, or may not exist on the server. Reason: JFE030050",
    ])
      expect(provider(reply), reply).toBe("namecheap");
    // near miss: Proton's refusal in the same Postfix syntax
    expect(provider("550 5.1.1 <koonzakky@pm.me>: Recipient address rejected: Address does not exist")).toBe(
      "postfix",
    );
  });

  test("qmail-local's over-quota text names qmail with or without its code; Exchange's full-mailbox NDR does not", () => {
    // faq.megaegg.jp (with the code) and help.carerix.com (without)
    for (const reply of [
      "Recipient's mailbox is full, message returned to sender.(#5.2.2)",
      "Recipient's mailbox is full, message returned to sender.",
    ]) {
      const got = explain(reply);
      expect([got.provider, got.reason], reply).toEqual(["qmail", "mailboxfull"]);
    }
    expect(
      provider(
        "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
      ),
    ).toBe("microsoft");
  });
});

describe("Google Groups' external-recipient limit", () => {
  test("names Gmail and is a rate limit, for a group and for a whole domain", () => {
    // codeforamerica/brigade#242 and codenote.net's G Suite notice
    for (const reply of [
      "The group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.",
      "The domain example.com has exceeded its quota for the maximum number of external recipients.",
    ]) {
      const got = explain(reply);
      expect([got.provider, got.reason, got.type], reply).toEqual(["gmail", "ratelimited", "soft"]);
    }
    // near miss: Outlook.com's own recipient limit (MicrosoftDocs/OfficeDocs-Support) stays Microsoft's
    expect(
      provider(
        "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
      ),
    ).toBe("microsoft");
  });
});
