import type { Worker } from "node:worker_threads";
import { onFirstUse } from "./on-first-use.js";

/** node:v8, loaded on the first look: it costs about 2 ms to load, and a small register never needs it. */
const v8 = onFirstUse<typeof import("node:v8")>("node:v8");

const FLAG = "--semi-space-growth-factor=1";
/** The young generation's size (both halves) at which it stops growing: V8 would let it grow to 32 MiB. */
const CAP_BYTES = 16 * 1024 * 1024;
/** Files listed or read between two looks at the young generation, so that looking costs nothing measurable. */
const CHECK_EVERY = 1000;

/**
 * For reading a large register (validate): stops the process's young generation from growing beyond 16 MiB.
 * Every record is kept and the reading allocates fast, so V8 doubles the young generation up to 32 MiB, which
 * only adds to the peak memory: at 10 000 projects, 16 MiB instead of 32 lowers the peak by about 12 MiB at
 * the same speed, while a smaller one (8 MiB or less) promotes more short-lived objects and raises it again.
 * A small register never gets there.
 *
 * Node offers no API for this in a running process, and V8 fixes the maximum when the process starts. But V8
 * reads its growth factor each time it would grow the young generation, so once it has reached 16 MiB the
 * factor is set to 1. Only for V8 versions known to have the flag (Node 20 to 24): V8 reports an unknown flag
 * with an "Error:" line on stderr, which would alarm people for nothing. Starting a worker thread resets V8's
 * flags to the process's own, so the flag is set again once each worker runs.
 */
export class YoungGenerationCap {
  readonly #enabled: boolean;
  #capped = false;
  #lastCheck = -CHECK_EVERY;

  constructor(v8Version: string = process.versions.v8) {
    const major = Number(v8Version.split(".")[0]);
    this.#enabled = major >= 11 && major <= 13;
  }

  /** Whether the growth has been stopped. */
  get capped(): boolean {
    return this.#capped;
  }

  /** Looks at the young generation after `files` files (listed or read) and stops its growth once it is large enough. */
  check(files: number): void {
    if (!this.#enabled || this.#capped || files - this.#lastCheck < CHECK_EVERY) return;
    this.#lastCheck = files;
    const young = v8().getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
    if (young !== undefined && young.space_size >= CAP_BYTES) this.#stop();
  }

  /** Keeps the growth stopped while `workers` start (each start resets V8's flags). */
  keepThrough(workers: readonly Worker[]): void {
    if (!this.#enabled) return;
    for (const worker of workers) worker.once("online", () => this.#capped && v8().setFlagsFromString(FLAG));
  }

  #stop(): void {
    v8().setFlagsFromString(FLAG);
    this.#capped = true;
  }
}
