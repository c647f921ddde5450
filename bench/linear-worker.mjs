// Runs in a worker thread, one adversarial case per worker, so a case that never finishes (a regex that
// backtracks catastrophically) can be stopped from outside instead of hanging the whole benchmark.
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { timeOnce } from "./harness.mjs";
import { ADVERSARIAL, oneKilobyteReply } from "./inputs.mjs";

const { name, runs, entry } = workerData;
const { explain } = await import(pathToFileURL(entry).href);
const input = name === null ? oneKilobyteReply() : ADVERSARIAL[name]();
const ms = timeOnce(explain, input, runs);
parentPort.postMessage({ name, bytes: Buffer.byteLength(input), ms });
