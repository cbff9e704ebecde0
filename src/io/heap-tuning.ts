import { setFlagsFromString } from "node:v8";
import type { Worker } from "node:worker_threads";

const FLAG = "--semi-space-growth-factor=1";
let tuned = false;

/**
 * For `ikz validate`: keeps the process's young generation at its starting size (2 to 4 MB instead of growing
 * to 32 MB). Validate keeps every record of the register and allocates fast while reading; a large young
 * generation only adds to its peak memory (15 to 20 MB: 145 → 125 MB at 2 000 projects) and saves no
 * measurable time.
 *
 * Node offers no API for this in a running process, so it sets V8's growth factor, which V8 reads each time it
 * would grow the young generation. It must happen before the modules load (loading them grows it already), so
 * bin/ikz.js calls this with the raw arguments. Only for V8 versions known to have the flag (Node 20 to 24):
 * V8 reports an unknown flag on stdout, which would spoil machine-readable output.
 */
export function tuneHeap(args: readonly string[], v8Version: string = process.versions.v8): boolean {
  if (!args.includes("validate")) return false;
  const major = Number(v8Version.split(".")[0]);
  if (!(major >= 11 && major <= 13)) return false;
  setFlagsFromString(FLAG);
  tuned = true;
  return true;
}

/** Starting a worker thread resets V8's flags to the process's own; once the worker runs, the tuning is set again. */
export function keepHeapTuning(worker: Worker): void {
  if (tuned) worker.once("online", () => setFlagsFromString(FLAG));
}
