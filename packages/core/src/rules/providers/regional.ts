import type { Rule } from "../types.js";

const ALIYUN = "http://bestwisewords.com/document_detail/36612.html (a copy of Alibaba Mail's bounce table)";

/** Regional providers whose replies say little by themselves: their own tables give the meaning. */
export const REGIONAL_RULES: readonly Rule[] = [
  {
    id: "aliyun.sending-limit",
    provider: "aliyun",
    match: { any: ["RCPT attempts is achieved", "total of RCPTs is achieved", "too frequently sending"] },
    decide: {
      reason: "ratelimited",
      meaning: "You passed Alibaba Mail's sending count or rate limit.",
    },
    example: "504 the number of RCPT attempts is achieved the maximum threshold",
    source: ALIYUN,
  },
  {
    id: "aliyun.size-limit",
    provider: "aliyun",
    match: { any: ["length of DATA content is achieved", "length of Attach is achieved"] },
    decide: {
      reason: "emailtoolarge",
      meaning: "The message is over Alibaba Mail's size limit.",
    },
    example: "510 The length of DATA content is achieved the maximum threshold",
    source: ALIYUN,
  },
  {
    id: "aliyun.not-local",
    provider: "aliyun",
    match: { any: ["Rcptto account"] },
    decide: { reason: "userunknown", meaning: "No Alibaba Mail account has this address." },
    example: "503 Rcptto account isn’t a local account",
    source: ALIYUN,
  },
  {
    // "대외비/기밀 메일은 외부 계정으로 발송이 제한되어 일부 메일 발송 실패(수신자가 전달 설정한 경우 포함)": the sending
    // organisation's rule keeps confidential mail inside it (also when a recipient forwards outside).
    id: "dooray.confidential-external",
    provider: "dooray",
    match: { any: ["외부 계정으로 발송이"] },
    decide: { reason: "policyviolation", meaning: "Your organisation keeps confidential mail inside." },
    example:
      "대외비/기밀 메일은 외부 계정으로 발송이 제한되어 일부 메일 발송 실패(수신자가 전달 설정한 경우 포함)",
    source: "https://github.com/lmizrahi/etas/pull/14",
  },
  {
    id: "paran.ip-control",
    provider: "paran",
    match: { any: ["IP_CONTROL"] },
    decide: { reason: "blocked", meaning: "Paran blocks the sending IP after bulk sending." },
    example: "550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'",
    source: "https://puffinknight.tistory.com/102",
  },
  {
    // Spectrum's AUP#In-13xx/14xx codes (its error-code page, as tabled in Sisimai's Spectrum module):
    // connection limits (1300-1340) and message/recipient volume limits (1350-1490, 1540, 1580).
    id: "spectrum.volume-limits",
    provider: "spectrum",
    match: { any: ["AUP#In-13*", "AUP#In-14*", "AUP#In-1540", "AUP#In-1580"] },
    decide: {
      reason: "ratelimited",
      meaning: "Spectrum limits connections and messages per sender.",
      url: "https://www.spectrum.net/support/internet/understanding-email-error-codes",
    },
    example:
      "550 5.1.0 <010001725d8ad4fc-9fe8fb1f-0292-430b-a634-1eba65166dbb-000000@amazonses.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310",
    source: "sisimai:rhost-spectrum-01.eml",
  },
  {
    id: "spectrum.suspicious",
    provider: "spectrum",
    // Spectrum's moderator on community.spectrum.net: a block of the sending address for suspicious activity
    // (likely spam complaints), not an IP blocklist; it expires by itself.
    match: { any: ["AUP#In-1020", "AUP#I-1020"] },
    decide: {
      reason: "badreputation",
      meaning: "Spectrum blocks the sender (suspicious activity).",
    },
    example:
      "554 impin004.msg.chrl.nc.charter.net cmsmtp blocked. Please see for more information. AUP#In-1020",
    source:
      "https://community.spectrum.net/discussion/172891/i-manage-a-domain-stovebolt-com-that-is-having-emails-to-spectum-users-blocked",
  },
  {
    id: "forpsi.ip-quota",
    provider: "forpsi",
    // The linked page: over 100 messages an hour from one IP, half undeliverable, blocks it for an hour.
    match: { any: ["support.forpsi.com/kb/a4081"] },
    decide: {
      reason: "ratelimited",
      meaning: "Forpsi blocks the IP for an hour after too many failures.",
      url: "https://support.forpsi.com/kb/a4081",
    },
    example: "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081",
    source: "https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx",
  },
];
