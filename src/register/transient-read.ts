import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { MAX_FILE_BYTES } from "./text-file.js";

/** One buffer per thread for every record file read: one byte more than the largest file ikz reads. */
let shared: Buffer | undefined;

/** A file as read by readFileTransient: its bytes, cut after MAX_FILE_BYTES + 1, and its real size. */
export interface TransientFile {
  bytes: Uint8Array;
  size: number;
}

/**
 * A file's bytes, read into a buffer that the next call overwrites: for callers that decode them at once
 * (parseRecord) and keep nothing of them. readFileSync costs a stat and a new buffer per file: at 200 projects
 * (2 800 files, read on a cold start) this saves 2–4 % of validate's instructions (bench/instructions.mjs), too
 * little to show in wall time on a noisy machine. A file over MAX_FILE_BYTES is not read further: only its size
 * is reported (IKZ-FILE-001), so that a file of gigabytes costs neither memory nor a crash.
 */
export function readFileTransient(path: string): TransientFile {
  shared ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  const fd = openSync(path, "r");
  try {
    let length = 0;
    // Until the end of the file: a read may return less than asked (network drives), so one more read says "end".
    for (;;) {
      const read = readSync(fd, shared, length, shared.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === shared.length) return { bytes: shared, size: fstatSync(fd).size };
    }
    return { bytes: shared.subarray(0, length), size: length };
  } finally {
    closeSync(fd);
  }
}
