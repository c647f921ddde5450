import type { Action, BounceType, Reason } from "@bounced/core";

// Display names for core's enums. Typed against core's unions, so a new value there is a type error here.
// Names only: what each one means and when it applies is core's knowledge.

export const TYPE_LABELS: Record<BounceType, string> = {
  hard: "Hard bounce (permanent)",
  soft: "Soft bounce (temporary)",
  none: "Not a bounce",
  unknown: "Unknown",
};

export const ACTION_LABELS: Record<Action, string> = {
  suppress: "Stop sending to this address",
  retry_later: "Retry later with back-off",
  slow_down: "Slow down, then retry",
  fix_authentication: "Fix authentication (SPF, DKIM, DMARC or SMTP AUTH)",
  fix_reputation: "Fix sender reputation",
  fix_configuration: "Fix the sending configuration",
  fix_content: "Change the message",
  contact_admin: "Ask the recipient or their admin",
  investigate: "Investigate the full bounce",
  none: "Nothing to do",
};

export const REASON_LABELS: Record<Reason, string> = {
  userunknown: "Unknown recipient",
  hostunknown: "Unknown domain or host",
  notaccept: "Domain accepts no mail",
  hasmoved: "Recipient has moved",
  suspend: "Mailbox suspended or disabled",
  mailboxfull: "Mailbox full",
  emailtoolarge: "Message too large",
  ratelimited: "Rate limited",
  greylisted: "Greylisted",
  toomanyrecipients: "Too many recipients",
  blocked: "Sender IP or host blocked",
  badreputation: "Poor sender reputation",
  spamdetected: "Detected as spam",
  virusdetected: "Virus detected",
  policyviolation: "Policy violation",
  authfailure: "Authentication failure",
  requireptr: "Reverse DNS (PTR) required",
  failedstarttls: "STARTTLS failed",
  securityerror: "Security error",
  norelaying: "Relaying denied",
  rejected: "Sender rejected",
  filtered: "Filtered by the recipient",
  contenterror: "Content error",
  notcompliantrfc: "Not RFC compliant",
  syntaxerror: "SMTP syntax error",
  systemerror: "Receiving system error",
  systemfull: "Receiving system full",
  networkerror: "Network error",
  expired: "Delivery time expired",
  mailererror: "Mailer error",
  suppressed: "Suppressed by the sending service",
  onhold: "On hold",
  undefined: "Not determined",
  delivered: "Delivered",
  vacation: "Auto-reply",
  feedback: "Feedback report",
};
