// A worker thread of the parallel loader (parallel-load.ts): reads, parses and schema-checks the batches it is
// sent and answers with plain data only – no texts, so that little crosses the thread boundary and the main
// thread keeps little in memory.
import { parentPort, workerData } from "node:worker_threads";
import { compileSchemas } from "../schema/compile.js";
import type { ParseMode } from "./load.js";
import { parseBatch, type Batch, type BatchResult } from "./parse-batch.js";
import type { Transport } from "./json-safe.js";

/**
 * What a worker sends back per batch: the batch result with its data packed as JSON text – JSON.parse builds
 * smaller objects than structured cloning (shared shapes), and faster. Data JSON cannot carry exactly (NaN,
 * ±Infinity, -0, a `__proto__` key) travels beside it (`exact`).
 */
export interface ParseReply extends BatchResult, Transport {
  id: number;
  /** A file that could not be read at all (vanished, no permission): the whole run fails as it would on one thread. */
  failure?: { message: string; code?: string; path?: string };
}

const { root, mode } = workerData as { root: string; mode: ParseMode };
const schemas = compileSchemas();

parentPort!.on("message", (batch: Batch) => {
  let reply: ParseReply;
  try {
    reply = { id: batch.id, ...parseBatch(root, batch, mode, schemas) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    reply = { id: batch.id, json: "[]", exact: [], firstLines: [], valid: [], parseIssues: [], schemaIssues: [], failure: { message: e.message, code: e.code, path: e.path } };
  }
  parentPort!.postMessage(reply);
});
