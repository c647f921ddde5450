/**
 * @bounced/slack — a Slack Bolt 5 plugin that explains email bounces: `/bounce 550 5.7.26`, thread answers
 * to pasted bounce codes, mentions, a message shortcut and an App Home cheat sheet.
 *
 * Public surface, by name. Not exported on purpose: the de-duplication and rate-limit helpers (internal
 * details of `registerBounceExplainer`) and the display wording in labels.ts (may change with the layout).
 */
export { type AnalyseOptions, analyseText, type Finding, isRecognised } from "./analyse.js";
export { type BounceExplainerOptions, DEFAULT_CHEAT_SHEET, registerBounceExplainer } from "./register.js";
export {
  type Block,
  codeLabel,
  fallbackText,
  renderExplanation,
  renderFindings,
  renderHome,
  renderNothingRecognised,
  renderUsage,
  type SlackMessage,
} from "./render.js";
export { escapeMrkdwn, slackToPlainText } from "./slack-text.js";
export {
  checkRequestTimestamp,
  createHttpReceiver,
  DEFAULT_TOLERANCE_SECONDS,
  enforceTimestampWindow,
  type TimestampVerdict,
  type TimestampWindowOptions,
} from "./timestamp.js";
