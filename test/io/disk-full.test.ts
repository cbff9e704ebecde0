// A full disk while ikz writes its own bookkeeping (lock, journal) or while Git runs: exit 3 with words, and
// nothing left behind that would stall or confuse the next run.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EnvError } from "../../src/domain/errors.js";
import { errorMessages } from "../../src/i18n/error-messages.js";
import { translate } from "../../src/i18n/index.js";

const full = { on: false };
const enospc = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });

// Writes fail like on a full disk while `full.on`: the file is created (and torn), its content is not written.
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...fs,
    writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
      if (!full.on) return fs.writeFile(...args);
      await fs.writeFile(args[0], "{\"ver");
      throw enospc();
    },
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (!full.on) return handle;
      return Object.assign(Object.create(handle) as typeof handle, { writeFile: async () => Promise.reject(enospc()), close: () => handle.close() });
    },
  };
});

const { acquireLock } = await import("../../src/io/lock.js");
const { writeDurable } = await import("../../src/io/atomic-fs.js");
const { gitFailure } = await import("../../src/io/git.js");
const { init } = await import("../../src/commands/init.js");
const { testDeps, useIdentityInProcess } = await import("../write/register-repo.js");

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ikz-full-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  full.on = false;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function words(error: unknown): string {
  expect(error).toBeInstanceOf(EnvError);
  const e = error as EnvError;
  expect(e.exitCode).toBe(3);
  return translate(errorMessages, "de", e.key, e.params as Record<string, string>);
}

describe("a full disk", () => {
  it("while taking the lock: exit 3 in words, and no empty lock file that would hold off the next run", async () => {
    const dir = tempDir();
    const lock = join(dir, "ikz", "x.lock");
    full.on = true;
    const error = await acquireLock(lock).catch((e: unknown) => e);
    expect(words(error)).toBe(`${lock} ließ sich nicht schreiben: kein Platz mehr auf dem Datenträger – Platz schaffen und den Befehl erneut ausführen`);
    expect(readdirSync(join(dir, "ikz"))).toEqual([]);
    full.on = false;
    const release = await acquireLock(lock);
    await release();
  });

  it("while writing the journal: exit 3 in words (not 'unexpected error', exit 1), and no torn journal", async () => {
    const dir = tempDir();
    const journal = join(dir, "ikz", "x.journal.json");
    full.on = true;
    const error = await writeDurable(journal, "{}").catch((e: unknown) => e);
    expect(words(error)).toContain("kein Platz mehr auf dem Datenträger");
    expect(existsSync(journal)).toBe(false);
  });

  it("in Git: a full disk is said as such, even where Git names index.lock; only an existing index.lock is a lock", () => {
    const noLock = gitFailure("add", "fatal: Unable to create '/r/.git/index.lock': No space left on device");
    expect(words(noLock)).toBe("git add ist fehlgeschlagen: kein Platz mehr auf dem Datenträger (im Git-Repository) – Platz schaffen und den Befehl erneut ausführen");
    expect(gitFailure("commit", "fatal: sha1 file '/r/.git/index.lock' write error. Out of diskspace").key).toBe("git-disk-full");
    expect(gitFailure("add", "fatal: unable to write loose object file: No space left on device").key).toBe("git-disk-full");
    expect(gitFailure("add", "fatal: Unable to create '/r/.git/index.lock': File exists.\n\nAnother git process seems to be running").key).toBe("git-index-locked");
    expect(gitFailure("commit", "fatal: bad object HEAD").key).toBe("git-failed");
    // Where Git gives no strerror: it could not write a lock file it had just created (the branch, the index).
    expect(gitFailure("commit", "fatal: couldn't write '/r/.git/refs/heads/main.lock'").key).toBe("git-disk-full");
    expect(gitFailure("commit", "fatal: couldn't write 'C:/Users/Amt/Kreis Groß-Gerau/.git/HEAD.lock'").key).toBe("git-disk-full");
    expect(gitFailure("add", "fatal: unable to write new index file").key).toBe("git-disk-full");
    expect(gitFailure("commit", "fatal: cannot lock ref 'HEAD': Unable to create '/r/.git/HEAD.lock': File exists.").key).toBe("git-failed");
  });

  it("while ikz init writes ikz.yaml: no empty ikz.yaml and no folder left that would pass for a register", async () => {
    const parent = tempDir();
    useIdentityInProcess(tempDir());
    full.on = true;
    const error = await init({ cwd: parent, dir: "neu", preset: "empty", sample: false, ci: "none", json: true }, testDeps().deps).catch((e: unknown) => e);
    expect(words(error)).toBe(`${join(parent, "neu", "ikz.yaml")} ließ sich nicht schreiben: kein Platz mehr auf dem Datenträger – Platz schaffen und den Befehl erneut ausführen`);
    expect(readdirSync(parent)).toEqual([]);
  });
});
