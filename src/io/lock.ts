import { open, readFile, rm, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { EnvError } from "../domain/errors.js";

/** How long to wait for another ikz run on the same register before giving up. */
const WAIT_MS = 15_000;

/**
 * Takes an exclusive lock (a file created with O_EXCL holding our PID); waits while another live ikz
 * holds it, takes over a lock whose process is gone, and gives up with exit 3 after a while.
 */
export async function acquireLock(path: string): Promise<() => Promise<void>> {
  await mkdir(dirname(path), { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    let created = false;
    try {
      const handle = await open(path, "wx");
      created = true;
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return async () => {
        await rm(path, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST" || created) {
        // A lock made but not filled (a full disk) would hold off the next run for seconds: take it away again.
        if (created) await rm(path, { force: true }).catch(() => undefined);
        throw code === "ENOSPC" || code === "EDQUOT" ? new EnvError("disk-full", { file: path }) : new EnvError("write-failed", { file: path, detail: String(code) });
      }
    }
    const owner = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
    // An empty lock older than a few seconds belongs to a run killed between creating it and writing its PID.
    const emptyAndOld = !Number.isInteger(owner) && Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? Date.now()) > 5_000;
    if ((Number.isInteger(owner) && owner > 0 && !isAlive(owner)) || emptyAndOld) {
      // The holder died (killed, power loss): its lock protects nothing any more.
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new EnvError("register-locked", { file: path, pid: Number.isInteger(owner) ? owner : "?" });
    await new Promise((r) => setTimeout(r, delay));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
