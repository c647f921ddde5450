import type { FoundBounce, ParsedReply } from "./types.js";

// STUB — being written (parser helper). Signatures are fixed.
export function parseReply(input: string): ParsedReply {
  return {
    replyCode: null,
    enhancedCode: null,
    text: input,
    lines: [input],
    command: null,
    remoteHost: null,
    otherEnhancedCodes: [],
    notes: [],
  };
}

export function findBounceCodes(_text: string): FoundBounce[] {
  return [];
}
