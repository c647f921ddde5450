import { describe, expect, test } from "vitest";
import { explain } from "../src/explain.js";

// Real replies that no labelled set holds, found while probing the generic wording: each with the reply it is about
// (verbatim, the source named) and a near miss that must keep its own answer.

const ids = (reply: string) => explain(reply).evidence.rules.map((r) => r.id);

describe("the sending domain's DNS check", () => {
  test("QQ Mail's refusal of a sender domain that fails its DNS check drops no recipient", () => {
    const e = explain("550 Domain may not exist or DNS check failed"); // Macr0phag3/email_hack#8
    expect([e.reason, e.suppress]).toEqual(["rejected", false]);
    expect(ids("550 Domain may not exist or DNS check failed")).toContain("text.sender-rejected");
  });

  test("near miss: a recipient domain that does not exist is still the recipient's", () => {
    const reply = "450 4.1.2 <alice@example.org>: Recipient address rejected: Domain not found"; // chatmail/core#5642
    expect(explain(reply).reason).toBe("hostunknown");
    expect(ids(reply)).not.toContain("text.sender-rejected");
  });
});

describe("Gmail's 'Address not found' notice names its cause", () => {
  test("a domain that could not be found is an unknown host, not an unknown user", () => {
    const e = explain(
      "Address not found\nYour message wasn't delivered to shlomi@sdrori.com.ogcs because the domain sdrori.com.ogcs couldn't be found. Check for typos or unnecessary spaces and try again.",
    ); // phw198/OutlookGoogleCalendarSync#2147
    expect(e.reason).toBe("hostunknown");
  });

  test("near miss: the same title over an address that could not be found stays an unknown user", () => {
    const e = explain(
      "Address not found\nYour message wasn't delivered to Musaibahmad830@gmail.com because the address couldn't be found, or is unable to receive mail.",
    ); // dwyl/learn-to-send-email-via-google-script-html-no-server#371
    expect([e.reason, e.suppress]).toEqual(["userunknown", true]);
  });
});

describe("Haraka's access plugin (haraka/Haraka plugins/access.js, its default deny messages)", () => {
  test("a sender on the block lists, by envelope or From header domain, is the sender's refusal", () => {
    expect(explain("550 spammer@example.com That sender cannot send mail here").reason).toBe("rejected");
    expect(explain("550 Email from that domain is not accepted here.").reason).toBe("rejected");
  });

  test("near misses: the plugin's recipient and connection refusals are not the sender's", () => {
    expect(ids("550 user@example.com That recipient is not allowed")).not.toContain("text.sender-rejected");
    expect(explain("554 mail.example.net [192.0.2.1] You are not allowed to connect").reason).toBe("blocked");
  });
});
