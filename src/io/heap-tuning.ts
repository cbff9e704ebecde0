import { setFlagsFromString } from "node:v8";
import type { Worker } from "node:worker_threads";

const FLAG = "--semi-space-growth-factor=1";

/**
 * For reading a large register (validate): keeps the process's young generation at its size so far (a few MB)
 * instead of letting it grow to 32 MB. Every record is kept and the reading allocates fast; a large young
 * generation then only adds to the peak memory (145 → 125 MB at 2 000 projects) and saves no measurable time.
 * A small register does not need it: there it costs time in more frequent collections.
 *
 * Node offers no API for this in a running process, so it sets V8's growth factor, which V8 reads each time it
 * would grow the young generation. Only for V8 versions known to have the flag (Node 20 to 24): V8 reports an
 * unknown flag with an "Error:" line on stderr, which would alarm people for nothing. Starting a worker thread
 * resets V8's flags to the process's own, so each worker passed here sets it again once it runs.
 */
export function keepYoungGenerationSmall(workers: readonly Worker[], v8Version: string = process.versions.v8): boolean {
  const major = Number(v8Version.split(".")[0]);
  if (!(major >= 11 && major <= 13)) return false;
  setFlagsFromString(FLAG);
  for (const worker of workers) worker.once("online", () => setFlagsFromString(FLAG));
  return true;
}
