/**
 * @bounced/nodemailer — every failed Nodemailer send carries the explanation from @bounced/core.
 *
 * Public surface, by name. Deliberately not exported: the Proxy internals and the annotation helper
 * (`annotateError`); use `explain()` from @bounced/core to explain an error yourself.
 */
export { type BounceError, isBounceError } from "./bounce-error.js";
export {
  type BounceContext,
  type MailOf,
  type TransporterLike,
  type TransportLike,
  type WrapTransportOptions,
  wrapTransport,
} from "./wrap-transport.js";
