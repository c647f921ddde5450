import { ACTIONS, type BounceType, REASONS, type Reason } from "@bounced/core";

// Display wording only. What a reason or an action means is core's (REASONS, ACTIONS); this file
// decides how it reads in a Slack message.

/** How each bounce type reads in a message. Typed against core's union, so a new type is a type error. */
export const TYPE_LABELS: Record<BounceType, string> = {
  hard: "Hard bounce (permanent)",
  soft: "Soft bounce (temporary)",
  none: "Not a bounce",
  unknown: "Unknown",
};

/** Core's phrase for the reason, as a sentence start: "The recipient mailbox is full". */
export function reasonLabel(reason: Reason): string {
  const phrase = REASONS[reason]?.phrase ?? reason;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** Core's description of what the action asks of the sender. */
export function actionLabel(action: keyof typeof ACTIONS): string {
  return ACTIONS[action] ?? action;
}
