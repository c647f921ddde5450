import type { Rule } from "../types.js";

/**
 * Orange / Wanadoo and La Poste (same platform). Replies are bilingual (French, then English) and end with a
 * tag: OFR… (Orange) or LPN… (La Poste), whose last three digits are the reason code ([102], [416] …).
 */
export const ORANGE_RULES: readonly Rule[] = [
  {
    id: "orange.ip-blocked-spam",
    provider: "orange",
    match: { any: ["Client host blocked for spamming issues", "Adresse IP source bloquee"] },
    decide: {
      reason: "blocked",
      meaning: "Orange blocks the IP after spam ([102]).",
      url: "https://csi.cloudmark.com/",
    },
    example:
      "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=10.0.0.1 [102]",
    source: "sisimai:rhost-franceptt-06.eml",
  },
  {
    id: "orange.ip-blacklisted",
    provider: "orange",
    // Orange's postmaster page, as Sisimai's FrancePTT table quotes it: [103] is an IP Orange blacklisted
    // ("Service refuse" only says try later). The tag, not the bare number an IP address may contain.
    match: { any: ["OFR006_103"] },
    decide: { reason: "blocked", meaning: "Orange blacklisted the IP ([103])." },
    example:
      "550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]",
    source:
      "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm (Orange's reply, IP anonymised, and its postmaster page's meaning of 103)",
  },
  {
    id: "orange.invalid-recipient",
    provider: "orange",
    match: { any: ["Invalid recipient", "destinataire invalide"] },
    decide: {
      reason: "userunknown",
      meaning: "No Orange mailbox has this address ([416]).",
    },
    example: "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
    source: "sisimai:rhost-franceptt-01.eml",
  },
  {
    id: "orange.recipient-overquota",
    provider: "orange",
    match: { any: ["Recipient overquota", "Boite du destinataire pleine"] },
    decide: { reason: "mailboxfull", meaning: "The Orange recipient's mailbox is full ([417])." },
    example: "smtp;552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
    source: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json",
  },
  {
    id: "orange.mail-rejected",
    provider: "orange",
    match: { all: ["Mail rejete", "506"] },
    decide: {
      reason: "spamdetected",
      meaning: "Orange's filter rejected this message as spam ([506]).",
    },
    example: "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]",
    source: "sisimai:lhost-einsundeins-03.eml",
  },
  {
    id: "orange.service-refused-999",
    provider: "orange",
    match: { all: ["Service refuse", "999"] },
    decide: {
      reason: "blocked",
      meaning: "Orange refuses this IP for now ([999]).",
    },
    example:
      "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]",
    source: "sisimai:rhost-franceptt-07.eml",
  },
  {
    id: "orange.service-refused-505",
    provider: "orange",
    match: { all: ["Service refuse", "505"] },
    decide: {
      reason: "systemerror",
      meaning: "Orange refused the session temporarily ([505]).",
    },
    example:
      "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]",
    source: "sisimai:rhost-franceptt-08.eml",
  },
];

/** La Poste (laposte.net) replies: the same platform and wording, tagged LPN…. */
export const LAPOSTE_RULES: readonly Rule[] = [
  {
    id: "laposte.invalid-recipient",
    provider: "laposte",
    match: { any: ["Invalid recipient", "destinataire invalide"] },
    decide: {
      reason: "userunknown",
      meaning: "No La Poste mailbox has this address ([416]).",
    },
    example: "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416",
    source: "sisimai:rhost-franceptt-02.eml",
  },
  {
    id: "laposte.account-blocked",
    provider: "laposte",
    match: { any: ["recipient account is blocked", "compte du destinataire est bloque"] },
    decide: {
      reason: "suspend",
      meaning: "The La Poste account is blocked ([426]).",
    },
    example: "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426",
    source: "sisimai:rhost-franceptt-05.eml",
  },
  {
    id: "laposte.service-refused-510",
    provider: "laposte",
    // La Poste publishes no code table; Sisimai's La Poste codes (issue #241) file [510] as blocked, and
    // it comes after DATA: a refusal of this sender, not a fault of La Poste's servers.
    match: { all: ["Service refuse", "510"] },
    decide: {
      reason: "blocked",
      meaning: "La Poste refuses this sender ([510]).",
    },
    example:
      "550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510 (in reply to end of DATA command)",
    source: "https://github.com/JamBrain/JamBrain/issues/270",
  },
  {
    id: "laposte.no-ptr",
    provider: "laposte",
    // [107] on Orange's postmaster page (as Sisimai's FrancePTT table quotes it): the sending IP has no PTR
    // record. La Poste shares Orange's platform and codes ([104], [416], [505] mean the same under both tags).
    match: { any: ["LPN006_107"] },
    decide: { reason: "requireptr", meaning: "The sending IP has no PTR record ([107])." },
    example:
      "220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107",
    source: "sisimai:rhost-franceptt-11.eml",
  },
  {
    id: "laposte.messages-per-connection",
    provider: "laposte",
    // [109] on Orange's postmaster page (as Sisimai's FrancePTT table quotes it): too many messages in one
    // SMTP session; it recommends 100.
    match: { any: ["LPN003_109"] },
    decide: { reason: "ratelimited", meaning: "Too many messages on one connection ([109])." },
    example: "5.5.0 Service refusé; Veuillez essayer plus tard.service refused.please try later LPN003_109",
    source: "https://github.com/sisimai/p5-sisimai/issues/241",
  },
  {
    id: "laposte.client-host-policy",
    provider: "laposte",
    // The tag's last three digits are the reason: 630 is a refusal of the sending host by La Poste's policy.
    match: { all: ["client host rejected", "630"] },
    decide: {
      reason: "policyviolation",
      meaning: "La Poste refuses mail from this sending host ([630]).",
    },
    example: "554 5.7.1 <xxxx.xxxx.net[#.#.#.#]:49309>: Client host rejected: #216 lpn LPN000_630",
    source: "sisimai:rhost-franceptt-12.eml (code table: Sisimai's Rhost::FrancePTT)",
  },
];
