import { describe, expect, it } from "vitest";
import { escapeMrkdwn, slackToPlainText } from "../src/index.js";
import { inlineCode, truncate } from "../src/slack-text.js";

describe("escapeMrkdwn", () => {
  it.each([
    ["<!channel> 550", "&lt;!channel&gt; 550"],
    ["<!here>", "&lt;!here&gt;"],
    ["<@U123ABC>", "&lt;@U123ABC&gt;"],
    ["<!subteam^S1|@oncall>", "&lt;!subteam^S1|@oncall&gt;"],
    ["a & b", "a &amp; b"],
    ["already &lt;escaped&gt;", "already &amp;lt;escaped&amp;gt;"],
    ["*bold* _it_ `code` ~s~", "*bold* _it_ `code` ~s~"],
  ])("%j → %j", (input, out) => {
    expect(escapeMrkdwn(input)).toBe(out);
  });
});

describe("slackToPlainText", () => {
  it.each([
    [
      "550 5.1.1 &lt;<mailto:bob@example.com|bob@example.com>&gt;: Recipient address rejected",
      "550 5.1.1 <bob@example.com>: Recipient address rejected",
    ],
    ["<!channel> 452 4.2.2", "@channel 452 4.2.2"],
    ["<!here|here> look", "@here look"],
    ["<@U0BOUNCED> 550 5.7.26", "@U0BOUNCED 550 5.7.26"],
    ["<@U0PAT|pat> hi", "@pat hi"],
    ["<#C0GEN|general>", "#general"],
    ["<!subteam^S0ONCALL|@oncall> help", "@oncall help"],
    [
      "see <https://support.google.com/mail/?p=UnsolicitedMessageError>",
      "see https://support.google.com/mail/?p=UnsolicitedMessageError",
    ],
    ["<https://example.com|the docs>", "the docs"],
    ["5 &gt; 4 &amp;&amp; 3 &lt; 4", "5 > 4 && 3 < 4"],
  ])("%j → %j", (input, out) => {
    expect(slackToPlainText(input)).toBe(out);
  });

  it("round trip: decoded then escaped text can never contain a mention", () => {
    for (const input of ["<!channel>", "&lt;!channel&gt;", "<<!here>>", "&amp;lt;!everyone&amp;gt;"]) {
      expect(escapeMrkdwn(slackToPlainText(input))).not.toMatch(/<[!@#]/);
    }
  });
});

describe("truncate and inlineCode", () => {
  it("cuts with an ellipsis and keeps short text", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 4)).toBe("abc");
  });

  it("keeps a code span on one line, without backticks, escaped", () => {
    expect(inlineCode("550 `x`\n<!here>")).toBe("`550 'x' &lt;!here&gt;`");
  });
});
