import { describe, expect, test } from "vitest";
import { explain } from "../src/explain.js";
import type { Reason } from "../src/types.js";

// Precision of the decision that costs a sender most: `suppress: true` drops the address for good. Every case is a real
// reply as its source quotes it (multi-line replies joined with "\n" as an SMTP client reports them, or flattened where
// the source shows them flattened), with the reason it must or must not get.

interface Case {
  reply: string;
  /** Where the reply was seen. */
  source: string;
  /** What the source says the reply meant. */
  why: string;
  /** The reason it must get; for the must-not-suppress cases, optional. */
  reason?: Reason;
}

/** Replies whose words a suppressing rule knows, but whose address is good (or whose failure is temporary). */
const MUST_NOT_SUPPRESS: readonly Case[] = [
  {
    // code-less, known only as a failure report (explain()'s step 7): hard, but no word says the address is bad
    reply: "Message rejected: Email address is not verified",
    source: "https://github.com/samitsolutions/fop/issues/21",
    why: "Amazon SES's sandbox refusing the sender's unverified address; the recipient is fine",
  },
  {
    reply: "550 I cannot deliver mail for savelmtr@gmail.com",
    source: "https://github.com/haraka/Haraka/issues/2884",
    why: "Haraka refusing a gmail.com recipient because the domain is not in its host_list (a relay refusal)",
    reason: "norelaying",
  },
  {
    reply: "554 5.7.1 <henning.haecker@protonmail.com>: Recipient address rejected: Access denied",
    source: "https://github.com/takeyamajp/docker-postfix/issues/6",
    why: "the relay's own check_recipient_access refusing an outside address (a valid protonmail.com user)",
    reason: "policyviolation",
  },
  {
    reply: "554 5.7.1 <user2@gmail.com>: Recipient address rejected: Access denied",
    source: "https://github.com/RainLoop/rainloop-webmail/issues/2018",
    why: "a webmail's own Postfix refusing to send to a gmail.com address",
    reason: "policyviolation",
  },
  {
    reply: "554 5.7.1 <mymail@mydomain.com>: Recipient address rejected: Access denied",
    source: "https://github.com/Turgon37/docker-smtp-relay/issues/25",
    why: "a relay container refusing the user's own Office 365 address, which works when sent to directly",
    reason: "policyviolation",
  },
  {
    reply:
      "550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record",
    source: "https://github.com/nodemailer/nodemailer/issues/510",
    why: "1&1 refusing MAIL FROM (EENVELOPE): the sender's domain has no usable DNS",
    reason: "rejected",
  },
  {
    reply: "550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record",
    source: "https://github.com/LukeSmithxyz/emailwiz/issues/82",
    why: "web.de refusing a self-hosted sender whose domain records were not set up; other providers accept the mail",
    reason: "rejected",
  },
  {
    reply: "550 Request failed; Mailbox unavailable",
    source: "https://github.com/mattermost/mattermost/issues/13652",
    why: "Yahoo's submission server refusing a From address other than the account's own (fixed in the sender's config)",
    reason: "rejected",
  },
  {
    reply: "550-Requested action not taken: mailbox unavailable\n550 Failure sending mail. Try again later",
    source: "https://github.com/jstedfast/MailKit/issues/968",
    why: "GMX's submission server refusing intermittently with the same addresses and credentials",
  },
  {
    reply: "550 5.1.0 MailProtect : Domain of sender address khcrqq@psrp.mydmain.com does not exist",
    source: "https://github.com/postalserver/postal/issues/1199",
    why: "the recipient's filter checking the envelope sender's (return-path) domain",
    reason: "rejected",
  },
  {
    reply:
      "550-Verification failed for <email address> 550-The mail server could not deliver mail to <email address>.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries. 550 Sender verify failed",
    source: "https://github.com/mailcow/mailcow/issues/775",
    why: "Exim's sender callout: the sender's postmaster address did not exist",
    reason: "rejected",
  },
  {
    reply: "550-Verification failed for <minesh@sender.xxx>\n550-No Such User Here 550 Sender verify failed",
    source: "https://github.com/mailcow/mailcow-dockerized/issues/2544",
    why: "Exim's sender callout: 'No Such User Here' is about the sender",
    reason: "rejected",
  },
  {
    reply: "450 4.1.2 <b8grvq@ubsonline.com>: Recipient address rejected: Domain not found",
    source: "https://github.com/hitobito/hitobito/issues/495",
    why: "a 450: Postfix could not resolve the domain this time (chatmail/core#5642: flaky DNS of a real domain)",
    reason: "hostunknown",
  },
  {
    reply:
      "450 4.1.1 <chchang@abc.com>: Recipient address rejected: unverified address: Address lookup failure",
    source: "https://github.com/Mailu/Mailu/issues/938",
    why: "the receiver's own address verification could not complete (its DNS), a deferral",
  },
  {
    reply: "451 Temporary failure",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/546",
    why: "OpenSMTPD deferring RCPT TO for a user its table lookup missed: a deferral, retried",
  },
  {
    reply: "535 Authentication failed: account disabled",
    source: "https://github.com/sahat/hackathon-starter/issues/539",
    why: "the sender's own SMTP login refused (Nodemailer's 'Invalid login'): no recipient was tried",
    reason: "securityerror",
  },
  {
    reply:
      "SES error: ConfigurationSetDoesNotExist: Configuration set <notifuse-261c3745-7722-4135-9180-0186aafb37e6> does not exist.",
    source: "https://github.com/Notifuse/notifuse/issues/162",
    why: "Amazon SES refusing the send because the sender's configuration set is missing",
  },
  {
    reply: "451 Temporary local problem - please try later",
    source: "https://github.com/PHPMailer/PHPMailer/issues/254",
    why: "Exim deferring RCPT TO for the user's own valid address (its sender check could not complete)",
  },
  {
    reply: '550 Outgoing mail from "(http://ilaahi.com/)" has been suspended.',
    source: "https://github.com/roundcube/roundcubemail/issues/8737",
    why: "the sender's hosting account may no longer send; its incoming mail still works",
  },
  {
    reply: "552 Your account has been suspended. Please contact us to reactivate",
    source: "https://github.com/gophish/gophish/issues/720",
    why: "SMTP2GO suspended the sending account",
  },
  {
    reply: "501 5.0.0 Invalid domain name",
    source:
      "https://github.com/hrs-allbsd/sendmail/blob/19036c0d9fafa600b0748fc7ada98a939a56b0c8/sendmail/srvrsmtp.c",
    why: "sendmail's answer to a HELO/EHLO name it cannot accept (also in Sisimai's lhost-qmail-04 sample)",
    reason: "blocked",
  },
  {
    reply: "Failed to deliver to '<agrisa@apollo.lv>'\nMessages without To: fields are not accepted here",
    source:
      "https://github.com/ronbeltran/bounce_email/blob/6de006c4cd6ce1a3ae9cdeba9a1aafca8b920c15/tests/bounces/tt_bounce_03.txt",
    why: "CommuniGate Pro refusing a message without a To: header: the address is fine",
    reason: "notcompliantrfc",
  },
  {
    reply: "К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:",
    source:
      "https://github.com/zoonru/PHP-Bounce-Handler/blob/006ee3d49a7e85cacf72c52920faef87cbd3d7a1/eml/fixture_bounce_007.eml",
    why: "Mail.ru's report lead-in alone: a failure whose cause is not given",
    reason: "onhold",
  },
];

/** Replies that do say the address is bad, which the guards above must not lose. */
const MUST_SUPPRESS: readonly Case[] = [
  {
    reply:
      "Не удалось выполнить доставку следующим получателям или группам:\n\nplatonov.i@example.test\nНе удалось найти введенный электронный адрес. Проверьте адрес получателя и попробуйте отправить сообщение еще раз. Если проблема возникнет снова, обратитесь к своему администратору электронной почты.",
    source:
      "https://github.com/zoonru/PHP-Bounce-Handler/blob/006ee3d49a7e85cacf72c52920faef87cbd3d7a1/eml/fixture_bounce_008.eml",
    why: "Exchange's Russian NDR for 550 5.1.10 RecipientNotFound (its text part, decoded from KOI8-R)",
    reason: "userunknown",
  },
  {
    reply:
      "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [PR2FRA01FT009.eop-fra01.prod.protection.outlook.com]",
    source: "https://github.com/zone-eu/zone-mta/pull/214",
    why: "Exchange Online's directory-based edge blocking: the address is not in the tenant",
    reason: "userunknown",
  },
  {
    reply:
      "550 5.4.1 [[redacted]@[redacted].br]: Recipient address rejected: Access denied [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]",
    source: "https://github.com/sisimai/rb-sisimai/issues/77",
    why: "the same Exchange Online refusal, quoted from a Postfix log",
    reason: "userunknown",
  },
  {
    reply: "550 Requested action not taken: mailbox unavailable",
    source: "https://github.com/hippich/PHPMailer-BMH/issues/3",
    why: "Hotmail's MX at RCPT TO for an address that does not exist",
    reason: "userunknown",
  },
  {
    reply: "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)",
    source: "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2836",
    why: "Outlook.com: the address is not in use (like 5.1.10)",
    reason: "userunknown",
  },
  {
    reply:
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser i189-20020a6387c6000000b00439495f4eadsor8053548pge.28 - gsmtp",
    source: "https://github.com/alistapart/AListApart/issues/442",
    why: "Gmail's NoSuchUser",
    reason: "userunknown",
  },
  {
    reply: "550 Invalid recipient",
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/541",
    why: "OpenSMTPD's answer for a user its table does not hold",
    reason: "userunknown",
  },
  {
    reply: "550 5.1.6 recipient no longer on server",
    source: "https://github.com/customeros/mailsherpa/issues/19",
    why: "the mailbox was removed (5.1.6: moved, no forwarding address)",
    reason: "hasmoved",
  },
  {
    reply: "552 5.2.1 <xxxxx@anonaddy.me>: Recipient address rejected: User disabled",
    source: "https://github.com/anonaddy/anonaddy/issues/796",
    why: "addy.io's answer for an alias whose account was disabled (anonaddy/anonaddy#580: for breaking the terms)",
    reason: "suspend",
  },
  {
    reply:
      "554 delivery error: dd Sorry, your message to email@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta4490.mail.gq1.yahoo.com",
    source: "https://github.com/sisimai/p5-sisimai/issues/312",
    why: "Yahoo's disabled mailbox",
    reason: "suspend",
  },
];

describe("replies that must never suppress", () => {
  test.each(MUST_NOT_SUPPRESS.map((c) => [c.reply, c] as const))("%s", (_reply, c) => {
    const e = explain(c.reply);
    expect(e.suppress, `${c.source}: ${c.why}`).toBe(false);
    expect(e.action).not.toBe("suppress");
    if (c.reason) expect(e.reason, c.source).toBe(c.reason);
  });
});

describe("replies that must suppress", () => {
  test.each(MUST_SUPPRESS.map((c) => [c.reply, c] as const))("%s", (_reply, c) => {
    const e = explain(c.reply);
    expect(e.suppress, `${c.source}: ${c.why}`).toBe(true);
    expect(e.type).toBe("hard");
    if (c.reason) expect(e.reason, c.source).toBe(c.reason);
  });
});

describe("the cases are real and distinct", () => {
  test("every case names where it was seen, and no reply is listed twice", () => {
    const all = [...MUST_NOT_SUPPRESS, ...MUST_SUPPRESS];
    for (const c of all) expect(c.source).toMatch(/^https:\/\//);
    expect(new Set(all.map((c) => c.reply)).size).toBe(all.length);
  });
});
