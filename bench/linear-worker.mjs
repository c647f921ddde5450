// Runs in a worker thread, one adversarial case per worker, so a case that never finishes (a regex that
// backtracks catastrophically) can be stopped from outside instead of hanging the whole benchmark.
// Each case is timed at 16 kB, 64 kB and 1 MB: the growth from 16 to 64 kB shows the shape of the cost
// (linear: ×4) even where explain() reads only a prefix of a huge input.
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { timeOnce } from "./harness.mjs";
import { ADVERSARIAL, oneKilobyteReply } from "./inputs.mjs";

const { name, entry } = workerData;
const { explain } = await import(pathToFileURL(entry).href);

if (name === null) {
  parentPort.postMessage({ name, bytes: 1024, ms: timeOnce(explain, oneKilobyteReply(), 201) });
} else {
  const make = ADVERSARIAL[name];
  const at = (size, runs) => timeOnce(explain, make(size), runs);
  const ms16k = at(16 * 1024, 15);
  const ms64k = at(64 * 1024, 9);
  const input = make();
  const ms = timeOnce(explain, input, 3);
  parentPort.postMessage({ name, bytes: Buffer.byteLength(input), ms, ms16k, ms64k });
}
