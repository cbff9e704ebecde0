import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Issue } from "../domain/finding.js";
import type { CompiledSchemas } from "../schema/compile.js";
import { addToModel, emptyModel } from "../schema/check-records.js";
import { classifyFiles, type LoadedRecord, type ParseMode } from "./load.js";
import { CompactRecord } from "./compact-record.js";
import { parseBatch, parseBatchData, type Batch, type BatchResult } from "./parse-batch.js";
import { unpack } from "./json-safe.js";
import { StringPool } from "./intern.js";
import type { YoungGenerationCap } from "../io/heap-tuning.js";
import { onFirstUse } from "../io/on-first-use.js";
import type { ParseReply } from "./parse-worker.js";
import type { RegisterData } from "./register-data.js";

/** Below this many files a worker (~100 ms to start and load its modules) costs more than it saves: measured at 2 931 files. */
const MIN_FILES_FOR_WORKERS = 5000;
/** Files per batch: small enough to balance the threads and keep each worker's heap small, large enough that messages stay rare. */
const BATCH = 100;
/** Batches queued per worker, so that it never waits while the main thread parses a batch of its own. */
const IN_FLIGHT = 4;
/** Young generation of a worker: the default lets each grow by tens of MiB; a smaller one costs no time here. */
const WORKER_YOUNG_MB = 4;
/**
 * Old generation of a worker: it keeps nothing between batches (each file's data is packed as soon as it is
 * checked), so a small heap is collected often and stays small. A worker that still runs out of it (hostile
 * files) hands its batches back to the main thread.
 */
const WORKER_OLD_MB = 16;
/**
 * Old generation of a worker that compiles the schemas itself (the generated validators are stale or switched
 * off): ajv and its compiled schemas take much of 16 MB, and the worker would spend its time collecting.
 */
const WORKER_OLD_MB_COMPILING = 64;
/** Listens to a stopped worker's late errors without holding on to anything (a closure here would keep its scope). */
const ignore = (): void => {};
/** Loaded only when workers start: a small register, read without them, need not pay for it. */
const workerThreads = onFirstUse<typeof import("node:worker_threads")>("node:worker_threads");
/** The bundled worker (scripts/bundle.mjs), also when this module runs from src/ (tests). */
const WORKER_URL = new URL("../../dist/bundle/parse-worker.js", import.meta.url);

/** Whether a register of this many files is read as a large one: with workers, pooled strings and only the rules' fields. */
export function isLargeRegister(files: number): boolean {
  return files >= MIN_FILES_FOR_WORKERS;
}

/** How readRegisterParallel reports and reads. */
export interface ParallelReadOptions {
  onProgress?: (done: number, total: number) => void;
  mode?: ParseMode;
  /** Watched while a large register is read (see YoungGenerationCap). */
  youngGeneration?: YoungGenerationCap;
  /** Symbolic links the listing found in the record folders: not read, each a finding (classifyFiles). */
  links?: readonly string[];
}

/**
 * How many worker threads to start next to the main thread (which parses too): none for small registers,
 * otherwise one per further core (at most 3). `IKZ_WORKERS` overrides it (0 = no workers), for tests and
 * measurements.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.IKZ_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 8);
  if (!isLargeRegister(files)) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, 3));
}

/**
 * Reads, parses and schema-checks a register folder on the main thread and `threads` worker threads, each
 * reading one file at a time; records keep only their data (CompactRecord). The same records, issues and
 * model as readRegister, in the same order.
 */
export async function readRegisterParallel(
  root: string,
  label: string,
  listed: readonly string[],
  threads: number,
  schemas: CompiledSchemas,
  { onProgress, mode = "fast", youngGeneration, links }: ParallelReadOptions = {},
): Promise<RegisterData> {
  const { wanted, kinds, issues: listIssues } = classifyFiles(listed, links);
  const batches: Batch[] = [];
  for (let at = 0, id = 0; at < wanted.length; at += BATCH, id++) {
    const files = wanted.slice(at, at + BATCH);
    batches.push({ id, files, kinds: kinds.slice(at, at + BATCH) });
  }
  const results: Array<{ records: LoadedRecord[]; result: BatchResult }> = new Array(batches.length);
  let done = 0;
  // A small register (below MIN_FILES_FOR_WORKERS files) is read on the main thread and kept as js-yaml gives
  // it: its strings keep the files' texts alive (a few MB at most), which costs less than the JSON round trip,
  // and pooling its strings would save less memory than its time is worth (a tenth of the parse time).
  const small = !isLargeRegister(wanted.length);
  const pool = small ? undefined : new StringPool();
  const keep = (batch: Batch, result: BatchResult, data: unknown[]) => {
    results[batch.id] = { records: batch.files.map((file, i) => new CompactRecord(root, file, batch.kinds[i]!, pool ? pool.intern(data[i]) : data[i], result.firstLines[i]!)), result };
    done += batch.files.length;
    // Counted on from the listing, which the cap watched first.
    if (!small) youngGeneration?.check(listed.length + done);
    onProgress?.(done, wanted.length);
  };
  let next = 0;
  // Batches of a worker that died (out of memory on a hostile file) come back here for the main thread.
  const returned: Batch[] = [];
  const take = (): Batch | undefined => (next < batches.length ? batches[next++] : undefined);
  const oldMb = schemas.origin === "compiled" ? WORKER_OLD_MB_COMPILING : WORKER_OLD_MB;
  const workers = startWorkers(Math.min(threads, batches.length), { root, mode }, oldMb, youngGeneration, take, (lost) => returned.push(...lost), (reply) => {
    // Each reply becomes records at once, and only its small parts are kept, so that its JSON text can go.
    const { firstLines, valid, parseIssues, schemaIssues } = reply;
    keep(batches[reply.id]!, { firstLines, valid, parseIssues, schemaIssues }, unpack(reply));
  });
  // The main thread takes batches from the same queue; between two it lets the workers' replies in.
  const parseHere = (batch: Batch) => {
    if (small) {
      const { data, ...result } = parseBatchData(root, batch, mode, schemas);
      return keep(batch, result, data);
    }
    const { json, exact, ...result } = parseBatch(root, batch, mode, schemas);
    // Through JSON as well: js-yaml's strings are slices of the file text and would keep every text alive.
    keep(batch, result, unpack({ json, exact }));
  };
  for (let batch = take(); batch !== undefined; batch = take()) {
    parseHere(batch);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await workers;
  for (const batch of returned) parseHere(batch);
  const records: LoadedRecord[] = [];
  const parseIssues: Issue[] = [...listIssues];
  const schemaIssues: Issue[] = [];
  const model = emptyModel();
  for (const { records: part, result } of results) {
    for (let i = 0; i < part.length; i++) {
      records.push(part[i]!);
      addToModel(model, part[i]!, result.valid[i] === 1);
    }
    for (const issue of result.parseIssues) parseIssues.push(issue);
    for (const issue of result.schemaIssues) schemaIssues.push(issue);
  }
  return { loaded: { label, fileCount: wanted.length, records, issues: parseIssues }, model, issues: [...parseIssues, ...schemaIssues] };
}

/**
 * Starts the workers; each takes batches from `take` as it finishes others. A worker that dies (its heap is
 * kept small, and a hostile file can exhaust it) hands its unfinished batches to `onLost`. Settles when all
 * have stopped.
 */
function startWorkers(
  threads: number,
  workerData: { root: string; mode: ParseMode },
  oldMb: number,
  youngGeneration: YoungGenerationCap | undefined,
  take: () => Batch | undefined,
  onLost: (batches: Batch[]) => void,
  onReply: (reply: ParseReply) => void,
): Promise<void> {
  if (threads === 0) return Promise.resolve();
  const { Worker: WorkerThread } = workerThreads();
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const pending = new Map<Worker, Batch[]>();
    let failed = false;
    const stopAll = () => {
      for (const w of workers) {
        // All listeners go: a terminated worker lingers until its exit, and its listeners would keep every
        // record of the load alive through their closures while the rules run.
        w.removeAllListeners();
        w.on("error", ignore);
        void w.terminate();
      }
    };
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(error);
    };
    const feed = (worker: Worker) => {
      const batch = take();
      if (batch === undefined) return;
      pending.get(worker)!.push(batch);
      worker.postMessage(batch);
    };
    const finishIfIdle = () => {
      if ([...pending.values()].every((list) => list.length === 0)) {
        stopAll();
        resolve();
      }
    };
    for (let t = 0; t < threads; t++) {
      const old = Number(process.env.IKZ_WORKER_OLD ?? oldMb);
      const worker = new WorkerThread(WORKER_URL, { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: old } });
      workers.push(worker);
      pending.set(worker, []);
      worker.on("message", (reply: ParseReply) => {
        if (failed) return;
        if (reply.failure) return fail(Object.assign(new Error(reply.failure.message), { code: reply.failure.code, path: reply.failure.path }));
        const list = pending.get(worker)!;
        list.splice(list.findIndex((b) => b.id === reply.id), 1);
        feed(worker);
        try {
          onReply(reply);
        } catch (error) {
          return fail(error);
        }
        finishIfIdle();
      });
      const lost = () => {
        // Out of memory or any other death: the main thread redoes what this worker had not answered.
        if (failed) return;
        worker.removeAllListeners("message");
        const unanswered = pending.get(worker)!.splice(0);
        if (unanswered.length > 0) onLost(unanswered);
        finishIfIdle();
      };
      worker.on("error", lost);
      worker.on("exit", lost);
      for (let i = 0; i < IN_FLIGHT; i++) feed(worker);
    }
    youngGeneration?.keepThrough(workers);
    finishIfIdle();
  });
}
