import { normaliseCommand, parseReply } from "./parse.js";
import { ACTIONS, REASONS, type ReasonInfo } from "./reasons.js";
import {
  builtInTables,
  clientErrorDefault,
  enhancedCodeDefault,
  providerSignature,
  replyCodeDefault,
} from "./rules/index.js";
import type { EnhancedCodeDefault, ReplyCodeDefault, Rule } from "./rules/types.js";
import { lookupEnhancedCode, lookupReplyCode } from "./standards.js";
import type {
  Action,
  BounceInput,
  BounceType,
  EnhancedCodeInfo,
  EvidenceConflict,
  EvidenceRule,
  Explanation,
  ProviderMeaning,
  Reason,
  ReplyCodeInfo,
} from "./types.js";

type EnhancedCodeDefaultLike = Pick<EnhancedCodeDefault, "code" | "reason">;
type ReplyCodeDefaultLike = Pick<ReplyCodeDefault, "code" | "reason">;

/** The most text kept in `details.text`. */
const MAX_DETAIL_TEXT = 2000;

/** What the pipeline reads out of any accepted input, before parsing. */
interface Source {
  reply: string;
  responseCode: number | null;
  errorCode: string | null;
  command: string | null;
}

/**
 * Explain a bounce: a reply code, an enhanced status code, a whole server reply (multi-line, as found in
 * logs and bounce emails), or an error object as SMTP clients throw it.
 *
 * The pipeline: parse the input → look up the standards → apply provider and text rules → decide.
 * The decision order, first that applies wins (each step is reported in `evidence.rules`):
 * 1. a rule of the recognised provider;
 * 2. a `strong` enhanced-code default (a specific code such as 5.1.1 or 5.7.26);
 * 3. a generic text rule (for Chinese and Japanese text, which has no spaces between words, a second pass reads each
 *    Han or kana character as a word when the first found none);
 * 4. a `weak` enhanced-code default (a catch-all code such as 5.0.0 or 5.7.1);
 * 5. a reply-code default;
 * 6. the client error code (`ETIMEDOUT`, `EAUTH`, …) when there is no server reply;
 * 7. a code-less text that says something failed or was refused (`failed`, `rejected`, `unable`, `nicht
 *    zugestellt`, `실패` …) but not why: `onhold`. Text that says neither (`hello`) stays `unknown`.
 *
 * Hard or soft comes from the deciding rule when it says so, else from the reason when it is temporary by
 * nature (mailbox full, rate limits, greylisting, too many recipients), else from the reply's own words when
 * the code is 4xx or missing (`permanently`, `giving up` → hard; a codeless `will keep trying`, `temporarily`,
 * `try again later` → soft), else hard for step 7's code-less failure report (a bounce is sent for a final
 * failure), else from the reply code's class (the enhanced code's when there is no reply code).
 *
 * Never throws for a string or number; throws a `TypeError` for other argument types (booleans,
 * functions, arrays…). Input longer than 64 kB is only read in its first 64 kB.
 *
 * @example
 * ```ts
 * const e = explain("550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy");
 * e.type;     // "hard"
 * e.suppress; // false — fix authentication, the address is fine
 * e.reason;   // "authfailure"
 * e.action;   // "fix_authentication"
 * ```
 */
export function explain(input: BounceInput): Explanation {
  return decide(readInput(input));
}

function readInput(input: unknown): Source {
  const source: Source = { reply: "", responseCode: null, errorCode: null, command: null };
  if (typeof input === "string") {
    source.reply = input;
  } else if (typeof input === "number") {
    if (Number.isInteger(input) && input >= 0) source.reply = String(input);
  } else if (input === null || input === undefined) {
    // nothing to explain: an "unknown" answer
  } else if (typeof input === "object" && !Array.isArray(input)) {
    readErrorLike(input as Record<string, unknown>, source);
  } else {
    throw new TypeError(
      `explain() expects a reply string, a reply code number or an error-like object; got ${Array.isArray(input) ? "an array" : typeof input}`,
    );
  }
  return source;
}

function readErrorLike(err: Record<string, unknown>, source: Source): void {
  // A getter on a foreign object may throw; such a field is simply absent.
  const field = (name: string): unknown => {
    try {
      return err[name];
    } catch {
      return undefined;
    }
  };
  const response = field("response");
  const message = field("message");
  if (typeof response === "string" && response.trim() !== "") source.reply = response;
  else if (typeof message === "string") source.reply = message;
  const responseCode = field("responseCode");
  const n = typeof responseCode === "string" ? Number(responseCode.trim()) : responseCode;
  if (typeof n === "number" && Number.isInteger(n) && n >= 200 && n <= 599) source.responseCode = n;
  const code = field("code");
  if (typeof code === "string" && code !== "") source.errorCode = code;
  const command = field("command");
  // Nodemailer's names (`CONN`, `AUTH PLAIN`, `RCPT TO`…) and other clients' map to the parser's; others kept.
  if (typeof command === "string" && command.trim() !== "") {
    source.command = normaliseCommand(command) ?? command.trim().toUpperCase();
  }
}

function classOf(code: number | null): number | null {
  return code === null ? null : Math.floor(code / 100);
}

function decide(source: Source): Explanation {
  const parsed = parseReply(source.reply);
  const conflicts: EvidenceConflict[] = [];
  const rules: EvidenceRule[] = [];

  // Standards: a reply code outside 2xx–5xx is no reply code at all.
  let replyCode = parsed.replyCode ?? source.responseCode;
  const replyInfo: ReplyCodeInfo | null = replyCode === null ? null : lookupReplyCode(replyCode);
  if (replyInfo === null) replyCode = null;
  let enhancedCode = parsed.enhancedCode;
  const enhancedInfo: EnhancedCodeInfo | null =
    enhancedCode === null ? null : lookupEnhancedCode(enhancedCode);
  if (enhancedInfo === null) enhancedCode = null;
  else enhancedCode = enhancedInfo.code;
  const command = parsed.command ?? source.command;

  if (replyInfo && !replyInfo.standard) {
    conflicts.push({
      kind: "nonstandard-reply-code",
      message: `${replyInfo.code} is not a reply code any RFC defines; it is read by its class (${replyInfo.class}xx).`,
    });
  }
  if (enhancedInfo && !enhancedInfo.registered) {
    conflicts.push({
      kind: "unregistered-enhanced-code",
      message: `${enhancedInfo.code} is not in the IANA registry; only its class and subject are standard.`,
    });
  }
  const replyClass = classOf(replyCode);
  if (replyClass !== null && enhancedInfo && enhancedInfo.class !== replyClass) {
    conflicts.push({
      kind: "class-mismatch",
      message:
        replyClass === 2 || replyClass === 3
          ? `The reply code ${replyCode} says success but the enhanced code ${enhancedInfo.code} says failure; read as a failure.`
          : `The reply code ${replyCode} (${replyClass}xx) and the enhanced code ${enhancedInfo.code} disagree on the class; the reply code is what SMTP clients act on.`,
    });
  }
  if (parsed.otherEnhancedCodes.length > 0) {
    conflicts.push({
      kind: "multiple-codes",
      message: `The reply carries other enhanced codes too: ${parsed.otherEnhancedCodes.join(", ")}.`,
    });
  }

  // Rules.
  // A positive reply code with a failure enhanced code (Oracle's "254 4.7.1 Suppression for user …") is a
  // failure: only the enhanced code can be right about that.
  const positiveButFailed =
    (replyClass === 2 || replyClass === 3) && enhancedInfo !== null && enhancedInfo.class !== 2;
  const cls = positiveButFailed ? (enhancedInfo?.class ?? null) : (replyClass ?? enhancedInfo?.class ?? null);
  const text = parsed.remoteHost ? `${parsed.text} ${parsed.remoteHost}` : parsed.text;
  // `raw`: the input as given, for signatures' punctuation markers the parser strips (sendmail's `<a@b>... `).
  const match = builtInTables().match({ text, raw: source.reply, replyCode, enhancedCode, command });
  // Chinese and Japanese run words together: when no text rule read such a reply, a second pass reads each Han or kana
  // character as a word, which the tables' phrases for these scripts are written in ("不 存 在").
  let textRule = match.textRule;
  if (textRule === null && HAN_OR_KANA.test(text)) {
    textRule = builtInTables().match({
      text: spaceHanAndKana(text),
      replyCode,
      enhancedCode,
      command,
    }).textRule;
  }
  const signature = match.signature;
  if (signature) rules.push(signatureEvidence(signature));
  // `provider` names the receiving side; a DNS blocklist the reply only quotes explains it (through its
  // rules and `details.provider`) but did not send it.
  const receiver = match.receiver;
  if (receiver && receiver !== signature) rules.push(signatureEvidence(receiver));

  const codeDefault = enhancedCode === null ? null : enhancedCodeDefault(enhancedCode);
  const replyDefault = replyCode === null ? null : replyCodeDefault(replyCode);
  const detailText = parsed.text.trim();
  const hasServerSignal = replyCode !== null || enhancedCode !== null || detailText !== "";
  const clientDefault = source.errorCode && replyCode === null ? clientErrorDefault(source.errorCode) : null;

  let reason: Reason = "undefined";
  let decidingRule: Rule | null = null;
  let typeOverride: "hard" | "soft" | undefined;
  let actionOverride: Action | undefined;
  let decidedBy: EvidenceRule["layer"] | "none" = "none";
  /** The type a code-less failure report gets when its words say nothing of permanence. */
  let typeFromWords: "hard" | undefined;

  if (cls === 2 || cls === 3) {
    reason = "delivered";
    decidedBy = "reply-code";
    rules.push({
      id: `reply.${replyCode ?? enhancedCode}`,
      layer: "reply-code",
      note: "A positive reply: not a failure.",
    });
  } else if (match.providerRule) {
    decidingRule = match.providerRule;
    decidedBy = "provider";
  } else if (codeDefault?.strength === "strong") {
    reason = codeDefault.reason;
    typeOverride = codeDefault.type;
    decidedBy = "enhanced-code";
  } else if (textRule) {
    decidingRule = textRule;
    decidedBy = "text";
  } else if (codeDefault && !(codeDefault.reason === "onhold" && replyDefault)) {
    // A catch-all code (x.0.0) says less than a specific reply code (503 → syntax error).
    reason = codeDefault.reason;
    typeOverride = codeDefault.type;
    decidedBy = "enhanced-code";
  } else if (replyDefault) {
    reason = replyDefault.reason;
    typeOverride = replyDefault.type;
    decidedBy = "reply-code";
  } else if (clientDefault) {
    reason = clientDefault.reason;
    typeOverride = clientDefault.type;
    actionOverride = clientDefault.action;
    decidedBy = "client-error";
  } else if (cls === 4 || cls === 5) {
    reason = "onhold";
    decidedBy = "reply-code";
  } else if (cls === null && source.errorCode === null && saysFailed(parsed.text)) {
    // A code-less report that says delivery failed, for a reason no rule knows: a bounce all the same. A client's own
    // error message under a code no table knows is no report of the receiving side.
    reason = "onhold";
    decidedBy = "text";
  }

  if (decidingRule) {
    reason = decidingRule.decide.reason;
    typeOverride = decidingRule.decide.type;
    actionOverride = decidingRule.decide.action;
    rules.push(decidedEvidence(decidingRule));
  } else if (decidedBy === "enhanced-code" && codeDefault) {
    rules.push(enhancedEvidence(reason, codeDefault, enhancedCode as string, enhancedInfo));
  } else if (decidedBy === "reply-code" && replyDefault) {
    rules.push(replyEvidence(reason, replyDefault, replyInfo));
  } else if (decidedBy === "reply-code" && reason === "onhold") {
    rules.push({
      id: `reply.class-${cls}`,
      layer: "reply-code",
      note: "A failure whose reason the reply does not say.",
    });
  } else if (decidedBy === "text" && reason === "onhold") {
    rules.push({
      id: "text.failure-words",
      layer: "text",
      note: "A code-less failure report: hard unless it says temporary.",
    });
    // A delivery report (DSN, NDR, a provider's failure notice) is sent for a final failure; a delay notice or a
    // temporary refusal says so in words, which permanenceSaid reads below.
    typeFromWords = "hard";
  } else if (decidedBy === "client-error" && clientDefault) {
    rules.push({
      id: `client.${clientDefault.code}`,
      layer: "client-error",
      note: `Decided ${reason}: ${clientDefault.note}`,
    });
  }
  // Rules that matched but did not decide are evidence too: they show what was overridden.
  const providerRule = match.providerRule;
  if (providerRule && providerRule !== decidingRule && providerRule.decide.reason !== reason) {
    rules.push(overriddenEvidence(providerRule));
  }
  if (textRule && textRule !== decidingRule && textRule.decide.reason !== reason) {
    rules.push(overriddenEvidence(textRule));
  }
  if (decidingRule && codeDefault && codeDefault.reason !== reason) {
    conflicts.push({
      kind: decidingRule.provider ? "provider-overrides-registry" : "text-overrides-code",
      message: decidingRule.provider
        ? `${providerName(decidingRule.provider)} uses ${enhancedCode} for ${reason}, where the code alone would mean ${codeDefault.reason}${enhancedInfo?.title ? ` (${enhancedInfo.title})` : ""}.`
        : `The reply text says ${reason}, where the code ${enhancedCode} alone would mean ${codeDefault.reason}.`,
    });
  }

  // Hard or soft.
  const info = REASONS[reason];
  // The reply's own words on permanence (labelling policy type rules 2 and 4), where no rule said: a 4xx or a
  // codeless report that says the failure is permanent is hard; a codeless report that says delivery goes on is soft.
  // Temporary-by-nature reasons (a full mailbox, rate limits) stay soft whatever the words.
  if (
    !typeOverride &&
    parsed.text !== "" &&
    info.nature !== "soft" &&
    info.nature !== "none" &&
    (cls === 4 || cls === null)
  ) {
    if (cls === 4) {
      // A 4xx is soft already: only words that say the failure is final can change it.
      if (saysPermanent(parsed.text)) typeOverride = "hard";
    } else {
      // "temporarily" on a code-less refusal of the sender or the message; an account "temporarily suspended"
      // is still no address to keep sending to.
      const said = permanenceSaid(parsed.text, !info.suppressWhenHard);
      if (said === "hard" || said === "soft") typeOverride = said;
      else if (said === "temporary") typeOverride = "soft";
    }
  }
  let type: BounceType;
  if (info.nature === "none") type = "none";
  else if (typeOverride) type = typeOverride;
  else if (info.nature === "soft") type = "soft";
  else if (typeFromWords) type = typeFromWords;
  else if (cls === 5) type = "hard";
  else if (cls === 4) type = "soft";
  else if (reason === "undefined") type = "unknown";
  else type = info.nature === "class-else-hard" ? "hard" : "soft";
  if (!hasServerSignal && !clientDefault) type = "unknown";

  if (typeOverride && cls !== null && (cls === 4 || cls === 5) && (typeOverride === "hard") !== (cls === 5)) {
    conflicts.push({
      kind: "text-overrides-code",
      message: `The reply says the failure is ${typeOverride === "hard" ? "permanent" : "temporary"} although its code is ${cls}xx.`,
    });
  } else if (info.nature === "soft" && cls === 5 && !typeOverride) {
    conflicts.push({
      kind: "text-overrides-code",
      message: `${capitalise(reason)} is temporary by nature: treated as soft although the code is 5xx.`,
    });
  }

  // Suppress and action.
  // Dropping a good address is the costliest mistake a sender can make, so a bare reply code (553 is
  // "mailbox name not allowed", but servers send it for relay denials and policy blocks too) is never
  // enough to suppress: that takes a rule that read the text, or an enhanced code.
  const guessedFromReplyCode = decidedBy === "reply-code" || decidedBy === "client-error";
  const ruleSuppress = decidingRule?.decide.suppress;
  const suppress =
    ruleSuppress ??
    (info.action === "suppress" &&
      !guessedFromReplyCode &&
      (type === "hard" || reason === "feedback" || reason === "suppressed"));
  let action: Action = actionOverride ?? info.action;
  if (action === "suppress" && !suppress)
    action = guessedFromReplyCode && type === "hard" ? "investigate" : "retry_later";
  if (type === "unknown") action = "investigate";

  // Provider meaning.
  const providerId = receiver?.id ?? null;
  let providerMeaning: ProviderMeaning | null = null;
  if (decidingRule?.provider && decidingRule.decide.meaning) {
    providerMeaning = {
      provider: decidingRule.provider,
      name: providerName(decidingRule.provider),
      meaning: decidingRule.decide.meaning,
      url: decidingRule.decide.url ?? providerSignature(decidingRule.provider)?.url ?? null,
    };
  }

  return {
    replyCode,
    enhancedCode,
    type,
    suppress,
    reason,
    action,
    provider: providerId,
    summary: summarise(type, reason, info, replyCode, enhancedCode, providerId, replyInfo, source.errorCode),
    advice: adviceFor(info, action, actionOverride, type),
    details: {
      replyCode: replyInfo,
      enhancedCode: enhancedInfo,
      provider: providerMeaning,
      text: detailText === "" ? null : detailText.slice(0, MAX_DETAIL_TEXT),
      command,
      errorCode: source.errorCode,
    },
    evidence: { decidedBy, rules, conflicts },
  };
}

// Notes that take more than joining a few strings are built once per rule or code (the tables are fixed,
// so these caches are bounded by them) and copied into a fresh object per result.
const decidedNotes = new WeakMap<Rule, EvidenceRule>();

/**
 * Words by which a reply or a delivery report says whether its failure is final, each seen in real replies:
 * "421 4.7.1 Your IP has been permanently blocked" (a 4xx that is final), Exim's "This is a permanent error",
 * qmail's "I'm not going to try again; this message has been in the queue too long", sendmail's "Will keep trying
 * until message is 5 days old", Exchange's "Delivery will continue to be attempted".
 */
const PERMANENT_WORDS = [
  "permanent",
  "giving up",
  "given up",
  "not going to try again",
  "will not try again",
];
/**
 * PERMANENT_WORDS looked for case-blind in the text as it is, before it is lower-cased: it finds every text whose
 * lower-cased form holds one of them (the only other characters that lower-case to these words' ASCII letters are the
 * Kelvin sign, to a k none of them has, and U+0130 İ, to an i and a combining dot, which none has after its i).
 */
const MAY_SAY_PERMANENT = /permanent|giv(?:ing|en) up|(?:not going to|will not) try again/i;
const NOT_PERMANENT_WORDS = [
  "not permanent",
  "not a permanent",
  "non permanent",
  "non-permanent",
  "temporary",
];
const STILL_TRYING_WORDS = [
  "keep trying",
  "will retry",
  "will be retried",
  "continue to be attempted",
  "not yet been delivered",
  "still undelivered",
  "do not need to resend",
];
/**
 * Words by which a code-less report says its refusal is temporary ("Indirizzo IP bloccato temporaneamente per
 * sospetto abuso", Aruba; "… Please try again later."): soft, unless it also says the failure is permanent.
 */
const TEMPORARY_WORDS = [
  "temporar",
  "temporane",
  "temporalmente",
  "vorübergehend",
  "voruebergehend",
  "try again later",
  "try later",
  "retry later",
  // "deferred", "deferring", "deferral" (Trend Micro's "Mail from [ip] deferred using Trend Micro Email Reputation
  // database"); "permanently deferred" is permanent (checked first)
  "deferr",
];
const NOT_TEMPORARY_WORDS = ["not temporar", "not a temporar", "non temporar", "non-temporar"];
/**
 * Words by which a code-less text says that something failed or was refused — what makes it a failure report rather
 * than chatter ("hello" stays unknown) — in the languages of the labelled sets' code-less reports: "Unable to deliver
 * message to <…>" (Trend Micro InterScan), "Failed to deliver due to bounce" (Mailgun's event 602), "Your mail was denied
 * from the receiver." (Dooray!), "Mail rejected", "Unable_to_run_qmail-remote", "Ihre Nachricht … konnte nicht zugestellt
 * werden" (Office 365 in German), Naver's and Dooray!'s Korean notices ("수신차단", "제한", "발송 실패"), a Chinese provider's
 * "收件人地址不存在", Domino's "エラー", IceWarp's "Domain name required", Exchange's French "n'accepte plus de messages".
 * Matched inside words (`unable_to_run`, CJK text has no spaces).
 */
const FAILURE_WORDS = [
  "fail",
  "error",
  "reject",
  "refus",
  "denied",
  "unable",
  "cannot",
  "can't",
  "could not",
  "couldn't",
  "not able",
  "undeliver",
  "not delivered",
  "not accept",
  "not allowed",
  "not permitted",
  "forbidden",
  "prohibited",
  "blocked",
  "invalid",
  "required",
  "not found",
  "not exist",
  "no such",
  "accepte pas",
  "accepte plus",
  "nicht zugestellt",
  "fehler",
  "abgelehnt",
  "echec",
  "échec",
  "erreur",
  "rechaz",
  "ошибк",
  "отклон",
  "エラー",
  "できません",
  "失敗",
  "失败",
  "拒否",
  "拒绝",
  "不存在",
  // "退回" / "退信" (returned, a bounce): QQ Mail's notice "您发送的邮件被退回，相关信息如下" (lisijie/webcron#14)
  "退回",
  "退信",
  "실패",
  "거부",
  "차단",
  "제한",
];

/** Han ideographs (with the CJK extension A and compatibility blocks) and kana: scripts written without spaces. */
const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HAN_OR_KANA_ALL = new RegExp(HAN_OR_KANA.source, "g");

/**
 * The text with every Han and kana character set apart by spaces, so that the rule engine (whose words are runs of
 * letters) reads each as a word: "收件人地址不存在的信息" holds the phrase "不 存 在" wherever it stands. Linear.
 */
export function spaceHanAndKana(text: string): string {
  return text.replace(HAN_OR_KANA_ALL, " $& ");
}

/** Whether the lower-cased text holds one of the words. */
function holdsAny(t: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (t.includes(words[i] as string)) return true;
  return false;
}

/** Whether a code-less text says that something failed or was refused (see FAILURE_WORDS). */
function saysFailed(text: string): boolean {
  return holdsAny(text.toLowerCase(), FAILURE_WORDS);
}

/**
 * Whether the text says its failure is final and not that delivery goes on: what permanenceSaid() answers "hard" for,
 * the only answer that changes a 4xx's type. The permanent words are looked for first, as most replies have none.
 */
function saysPermanent(text: string): boolean {
  if (!MAY_SAY_PERMANENT.test(text)) return false;
  const t = text.toLowerCase();
  return (
    holdsAny(t, PERMANENT_WORDS) && !holdsAny(t, NOT_PERMANENT_WORDS) && !holdsAny(t, STILL_TRYING_WORDS)
  );
}

/**
 * What the text says about permanence: "hard" (final), "soft" (still being tried), "temporary" or null; "temporary"
 * is only looked for when the caller would act on it (`temporaryMatters`), else null stands for it too.
 */
function permanenceSaid(text: string, temporaryMatters: boolean): "hard" | "soft" | "temporary" | null {
  const t = text.toLowerCase();
  if (holdsAny(t, STILL_TRYING_WORDS)) return "soft";
  if (holdsAny(t, PERMANENT_WORDS) && !holdsAny(t, NOT_PERMANENT_WORDS)) return "hard";
  if (temporaryMatters && holdsAny(t, TEMPORARY_WORDS) && !holdsAny(t, NOT_TEMPORARY_WORDS))
    return "temporary";
  return null;
}

function signatureEvidence(signature: { id: string; name: string }): EvidenceRule {
  return { id: `provider.${signature.id}`, layer: "signature", note: `Recognised ${signature.name}.` };
}

function decidedEvidence(rule: Rule): EvidenceRule {
  let e = decidedNotes.get(rule);
  if (e === undefined) {
    const meaning = rule.decide.meaning;
    e = {
      id: rule.id,
      layer: rule.provider ? "provider" : "text",
      note: `Decided ${rule.decide.reason}${meaning ? `: ${meaning.replace(/\.$/, "")}` : ""}.`,
    };
    decidedNotes.set(rule, e);
  }
  return { id: e.id, layer: e.layer, note: e.note };
}

function overriddenEvidence(rule: Rule): EvidenceRule {
  return {
    id: rule.id,
    layer: rule.provider ? "provider" : "text",
    note: `Also matched (${rule.decide.reason}), overridden by an earlier layer.`,
  };
}

/** Notes of registered enhanced codes (by code) and of reply codes (by number), as the code alone decided. */
const codeNotes = new Map<string | number, EvidenceRule>();

function enhancedEvidence(
  reason: Reason,
  codeDefault: EnhancedCodeDefaultLike,
  enhancedCode: string,
  enhancedInfo: EnhancedCodeInfo | null,
): EvidenceRule {
  // An unregistered code is built each time (unbounded).
  const key = enhancedInfo?.registered === true && reason === codeDefault.reason ? enhancedCode : null;
  let e = key === null ? undefined : codeNotes.get(key);
  if (e === undefined) {
    e = {
      id: `enhanced.${codeDefault.code}`,
      layer: "enhanced-code",
      note: `Decided ${reason}: ${enhancedCode} is "${enhancedInfo?.title ?? "an unregistered code"}".`,
    };
    if (key !== null) codeNotes.set(key, e);
  }
  return { id: e.id, layer: e.layer, note: e.note };
}

function replyEvidence(
  reason: Reason,
  replyDefault: ReplyCodeDefaultLike,
  replyInfo: ReplyCodeInfo | null,
): EvidenceRule {
  const code = replyDefault.code;
  const key = reason === replyDefault.reason && replyInfo?.code === code ? code : null;
  let e = key === null ? undefined : codeNotes.get(key);
  if (e === undefined) {
    e = {
      id: `reply.${code}`,
      layer: "reply-code",
      note: `Decided ${reason}: ${code} means "${replyInfo?.meaning ?? "a failure"}".`,
    };
    if (key !== null) codeNotes.set(key, e);
  }
  return { id: e.id, layer: e.layer, note: e.note };
}

function providerName(id: string): string {
  return providerSignature(id)?.name ?? id;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The end of a failure's summary (` from <provider>: <the reason's phrase>.`), by provider ("" for none) and reason:
 * built once for each pair (both come from the tables, so the cache is bounded by them).
 */
const summaryTails = new Map<string, Map<Reason, string>>();

function summaryTail(provider: string | null, reason: Reason, info: ReasonInfo): string {
  const key = provider ?? "";
  let byReason = summaryTails.get(key);
  if (byReason === undefined) {
    byReason = new Map();
    summaryTails.set(key, byReason);
  }
  let tail = byReason.get(reason);
  if (tail === undefined) {
    tail = `${provider ? ` from ${providerName(provider)}` : ""}: ${info.phrase}.`;
    byReason.set(reason, tail);
  }
  return tail;
}

function summarise(
  type: BounceType,
  reason: Reason,
  info: ReasonInfo,
  replyCode: number | null,
  enhancedCode: string | null,
  provider: string | null,
  replyInfo: ReplyCodeInfo | null,
  errorCode: string | null,
): string {
  if (type === "unknown") return "No bounce code or reply was recognised in the input.";
  if (type === "none") {
    if (reason === "delivered") {
      const codes =
        replyCode !== null && enhancedCode !== null
          ? `${replyCode} ${enhancedCode}`
          : String(replyCode ?? enhancedCode ?? "");
      return `Not a bounce: ${codes || "the reply"} means ${replyInfo ? lowerFirst(replyInfo.meaning) : "success"}.`;
    }
    return `Not a bounce: ${info.phrase}.`;
  }
  const label = type === "hard" ? "Hard bounce" : "Soft bounce";
  const tail = summaryTail(provider, reason, info);
  if (replyCode !== null) {
    return enhancedCode !== null
      ? `${label} (${replyCode} ${enhancedCode})${tail}`
      : `${label} (${replyCode})${tail}`;
  }
  if (enhancedCode !== null && enhancedCode !== "") return `${label} (${enhancedCode})${tail}`;
  return errorCode ? `${label} (${errorCode})${tail}` : label + tail;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function adviceFor(
  info: ReasonInfo,
  action: Action,
  actionOverride: Action | undefined,
  type: BounceType,
): string {
  if (type === "unknown") return ACTIONS.investigate;
  if (info.action === "suppress" && action === "investigate") {
    return "Only the reply code suggests a bad address, and servers use it for policy refusals too: read the reply text before removing the address.";
  }
  if (info.action === "suppress" && action !== "suppress") {
    return "Retry later; if it keeps failing, stop sending to this address.";
  }
  if (actionOverride && actionOverride !== info.action) return ACTIONS[actionOverride];
  return info.advice;
}
