import { createRequire } from "node:module";
import type nodemailer from "nodemailer";
import type JSONTransport from "nodemailer/lib/json-transport";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

const require = createRequire(import.meta.url);

/** One installed Nodemailer, loaded the way a CommonJS user gets it. */
export interface NodemailerUnderTest {
  version: string;
  createTransport: typeof nodemailer.createTransport;
  SMTPTransport: typeof SMTPTransport;
  SMTPPool: typeof SMTPPool;
  JSONTransport: typeof JSONTransport;
}

/**
 * Every Nodemailer the peer range claims is run through the same suite: the dev dependency (10.6.0),
 * and npm aliases for the floor and the last release of each older major (see package.json).
 * Versions before 10 have no bundled types; they are typed here as 10's API, which they share.
 */
const PACKAGES = [
  "nodemailer",
  "nodemailer-10.0.0",
  "nodemailer-9.1.1",
  "nodemailer-8.0.11",
  "nodemailer-7.0.13",
  "nodemailer-6.10.1",
  "nodemailer-6.9.0",
];

function load<T>(name: string): T {
  const loaded = require(name) as T | { default: T };
  return (loaded as { default?: T }).default ?? (loaded as T);
}

export const NODEMAILERS: NodemailerUnderTest[] = (
  process.env.NODEMAILER_VERSIONS?.split(",") ?? PACKAGES
).map((name) => ({
  version: (require(`${name}/package.json`) as { version: string }).version,
  createTransport: (require(name) as typeof nodemailer).createTransport,
  SMTPTransport: load(`${name}/lib/smtp-transport`),
  SMTPPool: load(`${name}/lib/smtp-pool`),
  JSONTransport: load(`${name}/lib/json-transport`),
}));
