import { describe, expect, test } from "vitest";
import { explain, spaceHanAndKana } from "../src/explain.js";

// The generic wording of replies in languages other than English: each reply is a real one (the source is named),
// each near miss is text of the same language that must not be read as that reason.

describe("Korean notices", () => {
  test.each([
    // Dooray!'s failure notices (GitHub notifications relayed through Dooray! mailboxes)
    ["받는 사람이 회원님의 메일을 수신차단 하였습니다.", "filtered"], // sparcs-kaist/taxi-front#80
    [
      "받는 사람이 현재 메일 수신을 제한하고 있습니다.\n이 설정은 개인 또는 조직의 메일 수신 정책에 의해 적용되었습니다.",
      "filtered",
    ], // aishwaryanr/awesome-generative-ai-guide#91
    [
      "받는 사람의 메일함 용량이 가득 찼습니다.\n받는 사람에게 메일함 정리를 요청하신 후 다시 발송하시기 바랍니다.",
      "mailboxfull",
    ], // specinfra/specref#873
    // Gmail's Korean non-delivery report (openspeech-team/openspeech#69)
    [
      "주소를 찾을 수 없음\nopenspeech-team@gmail.com 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.",
      "userunknown",
    ],
  ])("%s -> %s", (reply, reason) => {
    expect(explain(reply).reason).toBe(reason);
  });

  test("a full mailbox stays soft and keeps the address; an unknown address is dropped", () => {
    const full = explain(
      "받는 사람의 메일함 용량이 가득 찼습니다.\n받는 사람에게 메일함 정리를 요청하신 후 다시 발송하시기 바랍니다.",
    );
    expect([full.type, full.suppress]).toEqual(["soft", false]);
    const unknown = explain(
      "주소를 찾을 수 없음\nopenspeech-team@gmail.com 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.",
    );
    expect(unknown.suppress).toBe(true);
  });

  test("near misses: the mailbox named without being full, a server that cannot be found, a received report", () => {
    // "The recipient's mailbox capacity is 1GB." names the capacity and says nothing is full
    expect(explain("받는 사람의 메일함 용량은 1GB입니다.").reason).not.toBe("mailboxfull");
    // "The server cannot be found": not the address
    expect(explain("550 서버를 찾을 수 없습니다").reason).not.toBe("userunknown");
    // "The recipient received the mail" (a receipt, no refusal)
    expect(explain("받는 사람이 메일을 수신하였습니다.").reason).toBe("undefined");
  });
});

describe("German Exchange Online NDR: '<user> wurde nicht in <domain> gefunden'", () => {
  test("the recipient not found at its domain is an unknown user", () => {
    const e = explain(
      "Ihre Nachricht an equel@swipnet.se konnte nicht zugestellt werden.\n--\nequel wurde nicht in swipnet.se gefunden.",
    ); // fschulze/jumpnbump#3
    expect([e.reason, e.type, e.suppress]).toEqual(["userunknown", "hard", true]);
  });

  test("near miss: the sender's address not found is not the recipient's", () => {
    const e = explain("553 Absender wurde nicht in der Domain gefunden");
    expect(e.evidence.rules.map((r) => r.id)).not.toContain("text.user-unknown-at-domain-de");
    expect(e.suppress).toBe(false);
  });
});

describe("Chinese and Japanese, read a character a word", () => {
  test("spaceHanAndKana sets Han and kana apart and leaves other text as it is", () => {
    expect(spaceHanAndKana("550 用户不存在 user")).toBe("550  用  户  不  存  在  user");
    expect(spaceHanAndKana("トレイ")).toBe(" ト  レ  イ ");
    expect(spaceHanAndKana("받는 사람 550 5.1.1 No such user")).toBe("받는 사람 550 5.1.1 No such user");
  });

  test.each([
    // a Chinese provider's bounce notice (OpenXiangShan/XiangShan#1531)
    [
      "收件方服务器反馈收件人地址不存在的信息给我们服务器，建议以其他方式联系收件方，确认准确的邮件地址后再次尝试发送，或者将信件发送到收件方其他邮箱地址。",
      "userunknown",
    ],
    // QQ Mail's bounce keywords (its help page, qqmailbox.com/transceivers/169.html)
    ["该用户不存在", "userunknown"],
    ["该用户未开通QQ邮箱", "userunknown"],
    ["收件人空间不足", "mailboxfull"],
    // Gmail's Japanese notices (urashita.com/?p=36286; support.google.com/mail/answer/6596?hl=ja)
    [
      "xxxxxxxxxxxx@gmail.com にメールを配信できませんでした。宛先の受信トレイがいっぱいか、宛先で現在多数のメールを受信しています。",
      "mailboxfull",
    ],
    ["送信先のメール アカウントは存在しません", "userunknown"],
  ])("%s -> %s", (reply, reason) => {
    expect(explain(reply).reason).toBe(reason);
  });

  test("a phrase is found inside a run of characters, and the first pass still reads Japanese Domino text", () => {
    const e = explain("ユーザーNeko (kijitora@example.co.jp) は Domino ディレクトリには見つかりません。"); // sisimai
    expect(e.reason).toBe("userunknown");
    expect(e.provider).toBe("domino");
  });

  test("near misses: a connection failure notice, and the sender's address (发件人) that does not exist", () => {
    // QQ Mail's notice for a failed connection (lisijie/webcron#14): its advice names refusal policies and blocklists
    const notice =
      '系统应答：(9)connect to the "93.184.216.34(93.184.216.34) of example.com" server failed\n退信原因：连接收件方邮件系统失败，导致邮件被系统退回。';
    expect(explain(notice).reason).toBe("networkerror");
    // built from the phrase lists: the sender's word with "does not exist" must not drop the recipient
    expect(explain("550 发件人不存在").suppress).toBe(false);
  });
});

describe("a moved address in French, a receiver's refusal in Dooray!'s English", () => {
  test("Exchange's French 5.1.6 text: no forwarding address -> hasmoved", () => {
    const e = explain(
      "{4} : l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages. Aucune adresse de transfert n'a été configurée.",
    ); // uitranslation.com (Exchange UI strings, fr-fr)
    expect([e.reason, e.suppress]).toEqual(["hasmoved", true]);
  });

  test("Dooray!'s 'Your mail was denied from the receiver.' -> filtered", () => {
    expect(explain("Your mail was denied from the receiver.").reason).toBe("filtered"); // ctgk/PRML#46
  });

  test("near misses: a forwarding address that was set up, a sender denied by its own server", () => {
    // built from the phrase: a forwarding address named without 'aucune' (none); an AUTH refusal by the sender's server
    expect(explain("Le message a été remis à l'adresse de transfert.").reason).not.toBe("hasmoved");
    expect(explain("535 Authentication credentials denied by the server").reason).not.toBe("filtered");
  });
});

describe("traditional Chinese spellings", () => {
  test("a short mailbox space and the sender's word in traditional characters", () => {
    // QQ Mail's '收件人空间不足' (qqmailbox.com/transceivers/169.html) written in traditional characters (constructed)
    expect(explain("收件人空間不足").reason).toBe("mailboxfull");
    // built from the phrase lists: the sender (發件人) that does not exist keeps the recipient
    expect(explain("550 發件人不存在").suppress).toBe(false);
    // … and the sending domain's record (发信域名), a sending source (送信元) in Japanese, a disk (磁盘) that is short of space
    expect(explain("550 发信域名SPF记录不存在").suppress).toBe(false);
    expect(explain("550 送信元ドメインが存在しません").suppress).toBe(false);
    expect(explain("452 磁盘空间不足").reason).not.toBe("mailboxfull");
    expect(explain("452 ディスク容量不足").reason).not.toBe("mailboxfull");
    expect(explain("452 서버 디스크가 가득 찼습니다").reason).not.toBe("mailboxfull");
  });
});

describe("a code-less Chinese bounce notice", () => {
  test("'被退回' (was returned) says a delivery failed: a failure report with no reason named", () => {
    const e = explain("您发送的邮件被退回，相关信息如下"); // QQ Mail's notice, lisijie/webcron#14
    expect([e.reason, e.type]).toEqual(["onhold", "hard"]);
  });

  test("near miss: a Chinese sentence that reports no failure stays unknown", () => {
    expect(explain("您的邮件已送达").reason).toBe("undefined"); // constructed: "your mail was delivered"
  });
});
