import type { Explanation } from "@bounced/core";
import { describe, expect, it } from "vitest";
import {
  renderExplanation,
  renderFindings,
  renderHome,
  renderNothingRecognised,
  renderUsage,
} from "../src/index.js";
import { allStrings, messageToText } from "./support/slack-stub.js";

// Rendering input, not a classification: the shape core returns, with hostile text in every free-text
// field to prove the renderer escapes all of it.
function explanation(overrides: Partial<Explanation> = {}): Explanation {
  return {
    replyCode: 550,
    enhancedCode: "5.7.26",
    type: "hard",
    suppress: false,
    reason: "authfailure",
    action: "fix_authentication",
    provider: "gmail",
    summary: "Unauthenticated <!channel> mail & more",
    advice: "Align <@U0BOSS> SPF or DKIM with the From domain.",
    details: {
      replyCode: {
        code: 550,
        class: 5,
        meaning: "Mailbox <unavailable>",
        reference: "RFC 5321 §4.2.3",
        standard: true,
      },
      enhancedCode: {
        code: "5.7.26",
        class: 5,
        classTitle: "Permanent Failure",
        subject: 7,
        subjectTitle: "Security or Policy Status",
        title: "Multiple authentication checks failed",
        description: "A <!here> description",
        reference: "RFC 7372",
        basicCodes: [550],
        registered: true,
      },
      provider: {
        provider: "gmail",
        name: "Gmail",
        meaning: "DMARC <!everyone> failed",
        url: "https://support.google.com/a?p=x",
      },
      text: "This mail is <!channel> unauthenticated `x`",
      command: "DATA",
      errorCode: null,
    },
    evidence: {
      decidedBy: "provider",
      rules: [{ id: "gmail.dmarc", layer: "provider", note: "n" }],
      conflicts: [],
    },
    ...overrides,
  };
}

function expectNoMentions(value: unknown): void {
  for (const s of allStrings(value)) expect(s).not.toMatch(/<[!@#]/);
}

describe("renderExplanation", () => {
  it("shows meaning, hard/soft, suppress, reason, action, advice, provider note and link", () => {
    const message = renderExplanation(explanation());
    const text = messageToText(message);
    expect(text).toContain("550 5.7.26");
    expect(text).toContain("Hard bounce (permanent)");
    expect(text).toContain("*Suppress address?*\nNo");
    expect(text).toMatch(/\*Reason\*\n[A-Z].+ \(`authfailure`\)/);
    expect(text).toContain("Multiple authentication checks failed");
    expect(text).toContain("*What to do:*");
    expect(text).toContain("<https://support.google.com/a?p=x|Gmail documentation>");
    expect(text).toContain("gmail.dmarc");
    expect(message.text).toMatch(/^550 5\.7\.26: hard bounce \(permanent\), do not suppress the address\./);
  });

  it("escapes every echoed string: no mention survives", () => {
    const message = renderExplanation(explanation());
    expectNoMentions(message);
    expect(messageToText(message)).toContain("&lt;!channel&gt;");
  });

  it("keeps within Block Kit limits for huge text", () => {
    const long = "x".repeat(10_000);
    const message = renderExplanation(explanation({ summary: long, advice: long }));
    for (const block of message.blocks) {
      if (block.type === "section" && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      if (block.type === "header") expect(block.text.text.length).toBeLessThanOrEqual(150);
    }
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it("does not turn a malformed provider URL into a link", () => {
    const base = explanation();
    const message = renderExplanation(
      explanation({
        details: {
          ...base.details,
          provider: { provider: "x", name: "X", meaning: "m", url: "javascript:alert(1)|<!here>" },
        },
      }),
    );
    expect(messageToText(message)).not.toContain("javascript:");
    expectNoMentions(message);
  });
});

describe("renderFindings", () => {
  it("uses the compact form for several bounces and counts what it leaves out", () => {
    const findings = Array.from({ length: 12 }, (_, i) => ({
      found: null,
      explanation: explanation({ enhancedCode: `5.1.${i}`, summary: `summary <!here> ${i}` }),
    }));
    const message = renderFindings(findings, { command: "/bounce", maxItems: 10 });
    const text = messageToText(message);
    expect(text).toContain("12 bounce codes found");
    expect(text).toContain("5.1.9");
    expect(text).not.toContain("5.1.10");
    expect(text).toContain("2 more not shown");
    expectNoMentions(message);
  });
});

describe("usage, nothing recognised, home", () => {
  it("usage names the configured command", () => {
    expect(messageToText(renderUsage("/why"))).toContain("`/why 550 5.7.26`");
  });

  it("nothing recognised echoes the input escaped", () => {
    const message = renderNothingRecognised("<!channel> hi", "/bounce");
    expect(messageToText(message)).toContain("&lt;!channel&gt; hi");
    expectNoMentions(message);
  });

  it("the home view has usage and one cheat-sheet line per explanation", () => {
    const view = renderHome("/bounce", [
      explanation(),
      explanation({ enhancedCode: "5.1.1", type: "hard", suppress: true }),
    ]);
    expect(view.type).toBe("home");
    const text = messageToText(view);
    expect(text).toContain("Cheat sheet");
    expect(text).toContain("*550 5.1.1* (hard, suppress)");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expectNoMentions(view);
  });
});
