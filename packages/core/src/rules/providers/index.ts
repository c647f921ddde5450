import type { Rule } from "../types.js";
import { APPLE_RULES } from "./apple.js";
import { BARRACUDA_RULES } from "./barracuda.js";
import { CISCO_RULES } from "./cisco.js";
import { COMCAST_RULES } from "./comcast.js";
import { COURIER_RULES } from "./courier.js";
import { COX_RULES } from "./cox.js";
import { DNSBL_RULES } from "./dnsbl.js";
import { DOCOMO_RULES } from "./docomo.js";
import { ESP_RULES, FILTER_RULES } from "./esp.js";
import { EXCHANGE_RULES } from "./exchange.js";
import { EXIM_RULES } from "./exim.js";
import { GANDI_RULES } from "./gandi.js";
import { GMAIL_RULES } from "./gmail.js";
import { GMX_RULES, IONOS_RULES } from "./gmx.js";
import { GODADDY_RULES } from "./godaddy.js";
import { GREENARROW_RULES } from "./greenarrow.js";
import { HARAKA_RULES } from "./haraka.js";
import { HMAILSERVER_RULES } from "./hmailserver.js";
import { KDDI_RULES } from "./kddi.js";
import { MAILRU_RULES } from "./mailru.js";
import { MICROSOFT_RULES } from "./microsoft.js";
import { MIMECAST_RULES } from "./mimecast.js";
import { MOMENTUM_RULES } from "./momentum.js";
import { NETEASE_RULES } from "./netease.js";
import { LAPOSTE_RULES, ORANGE_RULES } from "./orange.js";
import { POSTFIX_RULES } from "./postfix.js";
import { PROOFPOINT_RULES } from "./proofpoint.js";
import { QMAIL_RULES } from "./qmail.js";
import { QQ_RULES } from "./qq.js";
import { REGIONAL_RULES } from "./regional.js";
import { SENDMAIL_RULES } from "./sendmail.js";
import { SYMANTEC_RULES } from "./symantec.js";
import { TONLINE_RULES } from "./tonline.js";
import { YAHOO_RULES } from "./yahoo.js";
import { YANDEX_RULES } from "./yandex.js";
import { ZOHO_RULES } from "./zoho.js";

/**
 * Every provider-specific rule. A rule is only tried when its provider was recognised (signatures.ts), and
 * within one provider the first matching rule wins, so each file lists its rules most specific first. The
 * order of the files here does not matter.
 */
export const PROVIDER_RULES: readonly Rule[] = [
  ...GMAIL_RULES,
  ...MICROSOFT_RULES,
  ...YAHOO_RULES,
  ...APPLE_RULES,
  ...COMCAST_RULES,
  ...GMX_RULES,
  ...IONOS_RULES,
  ...TONLINE_RULES,
  ...ORANGE_RULES,
  ...LAPOSTE_RULES,
  ...COX_RULES,
  ...GODADDY_RULES,
  ...ZOHO_RULES,
  ...GANDI_RULES,
  ...QQ_RULES,
  ...NETEASE_RULES,
  ...DOCOMO_RULES,
  ...KDDI_RULES,
  ...YANDEX_RULES,
  ...MAILRU_RULES,
  ...DNSBL_RULES,
  ...ESP_RULES,
  ...FILTER_RULES,
  ...PROOFPOINT_RULES,
  ...MIMECAST_RULES,
  ...SYMANTEC_RULES,
  ...BARRACUDA_RULES,
  ...CISCO_RULES,
  ...EXCHANGE_RULES,
  ...POSTFIX_RULES,
  ...EXIM_RULES,
  ...SENDMAIL_RULES,
  ...QMAIL_RULES,
  ...COURIER_RULES,
  ...HARAKA_RULES,
  ...HMAILSERVER_RULES,
  ...MOMENTUM_RULES,
  ...GREENARROW_RULES,
  ...REGIONAL_RULES,
];
