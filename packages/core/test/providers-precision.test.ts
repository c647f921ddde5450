import { describe, expect, test } from "vitest";
import { explain } from "../src/explain.js";

// Signature triggers that other servers share name no one: each case is a real reply whose wording a signature
// used to claim although another receiver (or any server) writes it too, beside the reply that keeps naming
// the signature's owner.
const provider = (reply: string) => explain(reply).provider;

describe("wording every server may use names no MTA", () => {
  test("RFC 5321's 'insufficient system storage' is not Postfix's alone", () => {
    // wader/postfix-relay#7 (a Postfix relay with a full /var) and Mandrill's answer in
    // sourcegraph/sourcegraph-public-snapshot#54195: the same words from two different servers.
    for (const reply of ["452 4.3.1 Insufficient system storage", "425 4.3.2 Insufficient system storage"]) {
      const got = explain(reply);
      expect([got.provider, got.reason], reply).toEqual([null, "systemfull"]);
    }
  });

  test("a bare 'Error: authentication failed' is QQ Mail's too; Postfix's SASL refusal adds the reason", () => {
    // lossme/ComicBook#3 (QQ Mail's SMTP, through Python's smtplib) and neomutt/neomutt#2690 (Postfix).
    expect(provider("535 Error: authentication failed")).toBeNull();
    expect(provider("Error: authentication failed")).toBeNull();
    expect(provider("535 5.7.8 Error: authentication failed: Connection lost to authentication server")).toBe(
      "postfix",
    );
    expect(explain("535 Error: authentication failed").reason).toBe("securityerror");
  });

  test("'Message size exceeds fixed maximum message size' is Exchange's (5.3.4) as well as sendmail's (5.2.3)", () => {
    // bobcares.com/blog/error-552 quotes Exchange's 552 5.3.4; sisimai's lhost-sendmail-05 has sendmail's 5.2.3.
    // (edu.newpages.com.my's list has a third server's form: "552 Message size exceeds fixed maximum message size: <n> bytes")
    for (const reply of [
      "552 5.3.4 Message size exceeds fixed maximum message size",
      "552 5.2.3 Message size exceeds fixed maximum message size (10485760)",
      "552 Message size exceeds fixed maximum message size: 5242880 bytes",
    ]) {
      const got = explain(reply);
      expect([got.provider, got.reason], reply).toEqual([null, "emailtoolarge"]);
    }
  });
});

describe("sendmail's loop check is not Postfix's loop report", () => {
  test("V8.6's 'config error: mail loops back to myself' names sendmail (Sendmail, 3rd ed., F=k)", () => {
    expect(provider("553 dialup.oar.net config error: mail loops back to myself")).toBe("sendmail");
    // a sendmail 8.14 DSN transcript (an owncloud user's forum post, 2013)
    expect(
      provider("553 5.3.5 localhost.localdomain. config error: mail loops back to me (MX problem?)"),
    ).toBe("sendmail");
    // Postfix's local(8)/smtp(8) wording stays Postfix's
    expect(provider("mail for example.com loops back to myself")).toBe("postfix");
  });
});

describe("Yahoo's help pages name Yahoo", () => {
  test("an old spam-page link names Yahoo although the reply ends like qmail's '(#4.1.8)'", () => {
    // zort.org/email/excessive-unknown-recipients: a 2004 session with mx4.mail.yahoo.com
    const got = explain(
      "421 VS1-IP Excessive unknown recipients - possible Open Relay http://help.yahoo.com/help/us/mail/spam/spam-18.html (#4.1.8)",
    );
    expect(got.provider).toBe("yahoo");
    // near misses: a Yahoo address quoted by another server, and qmail's own coded ending
    expect(provider("550 5.1.1 <someone@yahoo.com>: Recipient address rejected: User unknown")).toBe(
      "postfix",
    );
    expect(provider("451 SPF lookup failure (#4.3.0)")).toBe("qmail");
  });
});

describe("Exchange's store driver: 2013+'s exception form is Exchange Online's, 2007's is Exchange Server's", () => {
  test("'STOREDRV.Submission.Exception' / 'STOREDRV.Deliver.Exception' name Microsoft; reasons stay", () => {
    // MicrosoftDocs/OfficeDocs-Support#1187, crisp-oss/email-bounce-parser's 554_5_2_2_mailbox_full fixture
    for (const [reply, reason] of [
      [
        "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
        "rejected",
      ],
      [
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException; Failed to process message due to a permanent exception with message",
        "mailboxfull",
      ],
    ]) {
      const got = explain(reply as string);
      expect([got.provider, got.reason], reply).toEqual(["microsoft", reason]);
    }
  });

  test("Exchange 2007's 'STOREDRV.Deliver: mailbox full' stays Exchange Server's", () => {
    // sisimai's lhost-exchange2007-02
    expect(
      provider(
        '550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:00.00000:FF000000, 00.00000:0000000094000000000000000000000000000000',
      ),
    ).toBe("exchange");
  });
});

describe("milter-greylist is named by its own reply, not by any greylister's 'Greylisting in action'", () => {
  test("'please come back' is milter-greylist's; 'please try again later' is another filter's", () => {
    // whyscream/postfix-grok-patterns#200; milter-greylist.c's two forms
    expect(provider("451 4.7.1 Greylisting in action, please come back later")).toBe("miltergreylist");
    expect(provider("451 4.7.1 Greylisting in action, please come back in 00:04:59")).toBe("miltergreylist");
    // a Symantec Connect forum thread: another server's greylisting, still greylisted
    const got = explain("452 4.1.1 Greylisting in action, please try again later");
    expect([got.provider, got.reason]).toEqual([null, "greylisted"]);
  });
});

describe("Postfix's relay refusal names the recipient first", () => {
  test("'<rcpt>: Relay access denied' is Postfix's; the bare words are other servers' too", () => {
    // openboxes/openboxes (a Postfix relay refusing an unauthenticated client)
    expect(provider("454 4.7.1 <justin@openboxes.com>: Relay access denied")).toBe("postfix");
    // Spambrella's FAQ and two code-less quotes: no MTA named, still a relay refusal
    for (const reply of ["550 5.7.1 Relay Access denied", "relay access denied - please authenticate"]) {
      const got = explain(reply);
      expect([got.provider, got.reason], reply).toEqual([null, "norelaying"]);
    }
  });
});

describe("tags and duplicates", () => {
  test("Exchange Online's proxy tags PRX4/PRX8 name Microsoft without a host name", () => {
    // smtpfieldmanual.com's Exchange Online Protection page
    expect(
      provider(
        "451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop: example.com [example.com]",
      ),
    ).toBe("microsoft");
    // near miss: Postfix's bare 'Temporary lookup failure' names Postfix, not Microsoft
    expect(provider("451 4.3.0 <bounces@planningalerts.org.au>: Temporary lookup failure")).toBe("postfix");
  });

  test("phrases named by a shorter one of the same signature were dropped; their replies still match", () => {
    // qmail-lspawn's 'Unable to run qmail-local' (by 'qmail'), QQ's older help host (by 'mail.qq.com')
    expect(provider("Unable to run qmail-local.")).toBe("qmail");
    expect(
      provider(
        "550 Connection frequency limited [Q1YzZ3kxdnRYYnpkbVZ0MAo+QTMzMTMzRjUxNzQ4Cg/MTI3MTY2MDge= Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
      ),
    ).toBe("qq");
  });
});
