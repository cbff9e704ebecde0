import { open, rename, rm, rmdir, mkdir, readFile, writeFile, stat } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
import { randomBytes } from "node:crypto";
import { EnvError } from "../domain/errors.js";

/** Errors Windows gives while a virus scanner, the search indexer or Excel holds a file for a moment. */
const TRANSIENT = new Set(["EPERM", "EBUSY", "EACCES"]);

/** Writes a file so that it is either old or new, never half: temp file in the same folder, fsync, rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    // Inside the try: a folder that cannot be made is a disk error that names the file, like any other.
    await mkdir(dirname(path), { recursive: true });
    // The new file takes over the old one's permissions (a write-protected record stays write-protected).
    const mode = (await stat(path).catch(() => undefined))?.mode;
    const handle = await open(temp, "wx", mode === undefined ? 0o666 : mode & 0o7777);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    // ENOTDIR: the folder could not be made, so there is no temp file either; the write's own error is what counts.
    await rm(temp, { force: true }).catch((cleanup: unknown) => {
      if ((cleanup as NodeJS.ErrnoException).code !== "ENOTDIR") throw diskError(temp, cleanup);
    });
    throw diskError(path, error);
  }
}

/** Removes a file if it exists. */
export async function removeFile(path: string): Promise<void> {
  await rm(path, { force: true }).catch((error: unknown) => {
    // A folder on the way is a file: the path holds nothing to remove.
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return;
    throw diskError(path, error);
  });
}

/** Removes the folders above a deleted file while they are empty, up to (not including) `stop`. */
export async function removeEmptyParents(path: string, stop: string): Promise<void> {
  for (let dir = dirname(path); dir.startsWith(stop) && dir !== stop; dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return; // not empty (or gone): the usual way this loop ends
    }
  }
}

/** Reads a file, or undefined when it does not exist. */
export async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    // ENOTDIR: a folder on the way is a file, so nothing can be at this path either.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw diskError(path, error);
  }
}

/** Writes a small bookkeeping file (journal) durably enough for recovery after a crash. */
export async function writeDurable(path: string, data: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { flush: true } as Parameters<typeof writeFile>[2]);
  } catch (error) {
    // A torn journal (a full disk) names no file yet: take it away and say what happened, not "unexpected error".
    await rm(path, { force: true }).catch(() => undefined);
    throw diskError(path, error);
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (process.platform !== "win32" || !TRANSIENT.has(code) || attempt >= 8) throw error;
      await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}

function diskError(path: string, error: unknown): EnvError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  // Outside Windows these codes mean missing rights (a read-only folder), not a file held open by Excel.
  if (process.platform !== "win32" && (code === "EACCES" || code === "EPERM" || code === "EROFS")) return new EnvError("no-permission", { file: path });
  if (TRANSIENT.has(code)) return new EnvError("file-locked", { file: path });
  if (code === "ENOSPC" || code === "EDQUOT") return new EnvError("disk-full", { file: path });
  if (code === "EISDIR") return new EnvError("path-is-folder", { file: path });
  return new EnvError("write-failed", { file: path, detail: code || String(error) });
}
