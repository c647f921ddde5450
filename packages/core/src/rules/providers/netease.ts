import type { Rule } from "../types.js";

const CODES = "https://biecuoliao.com/pa/MBRrwEM.html";

/**
 * NetEase Mail (163.com, 126.com, yeah.net). Replies carry a two-part tag (`DT:SPM`, `MI:SFQ`, `HL:ICC` …)
 * that NetEase's help pages explain; the same list is copied on many Chinese developer pages.
 */
export const NETEASE_RULES: readonly Rule[] = [
  {
    id: "netease.spam",
    provider: "netease",
    match: { any: ["DT:SPM"] },
    decide: {
      reason: "spamdetected",
      meaning: "NetEase judged the message spam (DT:SPM).",
      url: CODES,
    },
    example:
      "554 DT:SPM 126 smtp10,NuRpCgC3LP0tp3VdPt4LMQ--.5577S2 1567991603,please see http://mail.163.com/help/help_spam_16.htm?ip=118.26.161.186&hostid=smtp10&time=1567991603",
    source: "https://github.com/kootenpv/yagmail/issues/144",
  },
  {
    id: "netease.sending-limit",
    provider: "netease",
    match: { any: ["MI:SFQ", "MI:DMC", "MI:STC", "HL:ICC", "HL:IFC", "RP:QRC", "RP:TRC", "RP:DRC"] },
    decide: {
      reason: "ratelimited",
      meaning: "NetEase limits connections, messages and recipients.",
      url: CODES,
    },
    example: "451 MI:SFQ",
    source: `${CODES} (NetEase's reply-code list: the sender exceeded its 15-minute sending limit)`,
  },
  {
    id: "netease.ip-blocked",
    provider: "netease",
    match: { any: ["HL:REP", "HL:MEP", "HL:IHU", "DT:RBL", "WM:BLI", "WM:BLU"] },
    decide: {
      reason: "blocked",
      meaning: "NetEase suspended the IP (abnormal sending or RBL listing).",
      url: CODES,
    },
    example: "421 HL:REP",
    source: `${CODES} (NetEase's reply-code list: the IP sends to many non-existent recipients)`,
  },
  {
    id: "netease.bad-commands",
    provider: "netease",
    match: { any: ["MI:CEL", "MI:CCL", "RP:CEL", "RP:CCL"] },
    decide: {
      reason: "syntaxerror",
      meaning: "Your client sent NetEase too many bad SMTP commands.",
    },
    example: "450 MI:CEL",
    source: `${CODES} (NetEase's reply-code list: the sender issued too many erroneous commands)`,
  },
  {
    id: "netease.local-user-only",
    provider: "netease",
    // SMTP submission with a MAIL FROM other than the authenticated account: "553 Mail from must equal authorized
    // user" (smtp.163.com, xuxueli/xxl-job#3858; smtp.yeah.net in Chinese Spring Boot notes).
    match: { any: ["Local user only", "Mail from must equal authorized user"] },
    decide: {
      reason: "rejected",
      meaning: "NetEase sends only from the logged-in account's address.",
    },
    example: "553 Local user only,163 smtp5,HdxpCgA3f+63sTNhtiNZDA--.2001S2 1630777785",
    source: "https://github.com/ruanyf/weather-action/issues/5",
  },
];
