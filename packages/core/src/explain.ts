import type { BounceInput, Explanation } from "./types.js";

// STUB — being written. Signature is fixed.
export function explain(_input: BounceInput): Explanation {
  return {
    replyCode: null,
    enhancedCode: null,
    type: "unknown",
    suppress: false,
    reason: "undefined",
    action: "investigate",
    provider: null,
    summary: "No bounce code or reply was recognised.",
    advice: "",
    details: { replyCode: null, enhancedCode: null, provider: null, text: null, command: null, errorCode: null },
    evidence: { decidedBy: "none", rules: [], conflicts: [] },
  };
}
