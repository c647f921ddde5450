import { type Explanation, explain, type FoundBounce, findBounceCodes } from "@bounced/core";

/** One explained bounce: the code as found in the text (null when the whole text was explained). */
export interface Finding {
  found: FoundBounce | null;
  explanation: Explanation;
}

export interface AnalyseOptions {
  /**
   * When no code is found, still explain the whole text (a command's `/bounce mailbox full` may be
   * recognised from its words). Off for channel messages: chatter without a code never gets an answer.
   */
  explainWithoutCode: boolean;
  /** Longest input handed to the parser; a pasted bounce email can be large. */
  maxInputLength?: number;
}

const DEFAULT_MAX_INPUT = 20_000;

/** True when core recognised anything at all: a code, or a classification from the words. */
export function isRecognised(explanation: Explanation): boolean {
  return (
    explanation.replyCode !== null || explanation.enhancedCode !== null || explanation.type !== "unknown"
  );
}

function agrees(explanation: Explanation, found: FoundBounce): boolean {
  return (
    (found.replyCode === null || found.replyCode === explanation.replyCode) &&
    (found.enhancedCode === null || found.enhancedCode === explanation.enhancedCode)
  );
}

/**
 * Finds the bounce codes in plain text and explains each distinct one with @bounced/core. All the
 * knowledge is core's; this only decides what to hand it. One code: the whole text is one reply, so core
 * gets all of it (later lines such as `- gsmtp` name the provider), unless core then reads different codes
 * out of it. Several codes: each found reply is explained on its own.
 */
export function analyseText(text: string, options: AnalyseOptions): Finding[] {
  const input = text.slice(0, options.maxInputLength ?? DEFAULT_MAX_INPUT);
  const found = findBounceCodes(input);
  if (found.length === 0) {
    if (!options.explainWithoutCode || input.trim() === "") return [];
    const explanation = explain(input);
    return isRecognised(explanation) ? [{ found: null, explanation }] : [];
  }
  if (found.length === 1) {
    const [only] = found as [FoundBounce];
    const whole = explain(input);
    return [{ found: only, explanation: agrees(whole, only) ? whole : explain(only.text) }];
  }
  return found.map((item) => ({ found: item, explanation: explain(item.text) }));
}
