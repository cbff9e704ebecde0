// The journal of the write pipeline: a failed run cleans up after itself, and a journal left by a run that died
// never overwrites what a person changed afterwards; whatever recovery does, it says so.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnvError } from "../../src/domain/errors.js";
import type { GitPort } from "../../src/io/git.js";
import { journalEntry, type Journal } from "../../src/register/journal.js";
import { rollBack } from "../../src/register/write-recovery.js";
import { shellWord } from "../../src/io/shell-word.js";
import { runWrite, type FileChange } from "../../src/register/write-transaction.js";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, status, useIdentityInProcess, writeOpts, type TestRegister } from "./register-repo.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

const P1 = "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md";
/** A path no write can create: its folder `notes/blocked` is a committed file (works as root, unlike chmod). */
const BLOCKED = "notes/blocked/x.md";
/** A write on another record than P1, as the person's next command. */
const OTHER_WRITE = ["interest", "IKZ-2025-002", "nauheim", "--level", "observer", "--date", "2025-04-01"];

/** The journal of a register at the repository's top (key: hash of the empty prefix). */
function journalPath(reg: TestRegister): string {
  return join(reg.dir, ".git", "ikz", `${createHash("sha256").update("").digest("hex").slice(0, 12)}.journal.json`);
}

/** A register whose `notes/blocked` is a committed file. */
function blockedRegister(): TestRegister {
  const reg = makeRegister();
  mkdirSync(join(reg.dir, "notes"));
  writeFileSync(join(reg.dir, "notes", "blocked"), "eine Datei, kein Ordner\n");
  git(reg.dir, "add", "notes");
  git(reg.dir, "commit", "-q", "-m", "notes");
  return reg;
}

/** P1 with one sentence changed: a valid edit, as a command would write it. */
function editedP1(reg: TestRegister): string {
  return readFileSync(join(reg.dir, P1), "utf8").replace("Jede Kommune", "Jede einzelne Kommune");
}

/** Leaves a journal as a run that died would have: HEAD as now, P1 about to get `after`. */
function leaveJournal(reg: TestRegister, after: string, version: 1 | 2 = 2): void {
  const path = join(reg.dir, P1);
  const entry = journalEntry(path, P1, readFileSync(path), after);
  if (version === 1) delete entry.after; // what ikz wrote before journals knew the written content
  const journal: Journal = { version, pid: 999_999, head: git(reg.dir, "rev-parse", "HEAD"), entries: [entry] };
  mkdirSync(join(reg.dir, ".git", "ikz"), { recursive: true });
  writeFileSync(journalPath(reg), JSON.stringify(journal));
}

describe("a write that fails cleanly", () => {
  async function failingWrite(reg: TestRegister, changes: FileChange[]): Promise<{ error: EnvError; notices: string }> {
    const notices: string[] = [];
    const err = { write: (s: string) => void notices.push(s), isTTY: false };
    const error = await runWrite(writeOpts(reg.dir, { err }), () => ({ summary: "Test", recordId: "IKZ-2025-001", changes, result: null })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnvError);
    return { error: error as EnvError, notices: notices.join("") };
  }

  it("fails at its second file: the first goes back, no journal stays, the register counts as unchanged", async () => {
    const reg = blockedRegister();
    const original = readFileSync(join(reg.dir, P1), "utf8");
    const { error, notices } = await failingWrite(reg, [{ file: P1, content: editedP1(reg) }, { file: BLOCKED, content: "x\n" }]);
    expect(error.params.file).toBe(join(reg.dir, BLOCKED));
    expect(error.restored).toBe(true);
    expect(notices).toBe("");
    expect(readFileSync(join(reg.dir, P1), "utf8")).toBe(original);
    expect(existsSync(journalPath(reg))).toBe(false);
    expect(status(reg)).toBe("");
  });

  it("fails at its first file: the files after it are never rewritten", async () => {
    const reg = blockedRegister();
    const before = statSync(join(reg.dir, P1));
    const { error } = await failingWrite(reg, [{ file: BLOCKED, content: "x\n" }, { file: P1, content: editedP1(reg) }]);
    expect(error.restored).toBe(true);
    const after = statSync(join(reg.dir, P1));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(existsSync(journalPath(reg))).toBe(false);
  });

  it("end to end: exit 3, 'Register unverändert', and the next write on another record is not blocked", async () => {
    const reg = makeRegister();
    // The report's folder is taken by a file: `report new` cannot create reports/IKZ-2025-001/2026-Q1.md.
    mkdirSync(join(reg.dir, "reports"));
    writeFileSync(join(reg.dir, "reports", "IKZ-2025-001"), "x\n");
    git(reg.dir, "add", "reports");
    git(reg.dir, "commit", "-q", "-m", "reports");
    const failed = await ikz(reg, ["report", "new", "IKZ-2025-001", "--period", "2026-Q1", "--overall", "green"]);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain("reports/IKZ-2025-001/2026-Q1.md");
    expect(failed.stderr).toContain("Register unverändert");
    expect(existsSync(journalPath(reg))).toBe(false);
    const next = await ikz(reg, OTHER_WRITE);
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
  });
});

describe("a journal left by a run that died", () => {
  it("of an older ikz (no written content in it): a later edit of its file stays, and the next run says so", async () => {
    const reg = makeRegister();
    leaveJournal(reg, editedP1(reg), 1);
    const edited = `${readFileSync(join(reg.dir, P1), "utf8")}NOTIZ\n`;
    writeFileSync(join(reg.dir, P1), edited);
    const run = await ikz(reg, OTHER_WRITE);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${join(reg.dir, P1)} wurde nach einem abgebrochenen Lauf geändert und bleibt, wie sie ist`);
    expect(readFileSync(join(reg.dir, P1), "utf8")).toBe(edited);
    expect(status(reg)).toBe(`M ${P1}`);
    expect(existsSync(journalPath(reg))).toBe(false);
  });

  it("its file still holds what the run wrote (and staged): put back, index reset, said on stderr in English", async () => {
    const reg = makeRegister();
    const original = readFileSync(join(reg.dir, P1), "utf8");
    const written = editedP1(reg);
    leaveJournal(reg, written);
    writeFileSync(join(reg.dir, P1), written);
    git(reg.dir, "add", P1);
    const run = await ikz(reg, ["--lang", "en", ...OTHER_WRITE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`ikz: an interrupted run had changed ${join(reg.dir, P1)} – put back as it was before\n`);
    expect(readFileSync(join(reg.dir, P1), "utf8")).toBe(original);
    expect(status(reg)).toBe("");
    expect(existsSync(journalPath(reg))).toBe(false);
  });

  it("its file was edited after the run wrote it: left as it is", async () => {
    const reg = makeRegister();
    const written = editedP1(reg);
    leaveJournal(reg, written);
    writeFileSync(join(reg.dir, P1), `${written}NOTIZ\n`);
    const run = await ikz(reg, OTHER_WRITE);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("bleibt, wie sie ist");
    expect(readFileSync(join(reg.dir, P1), "utf8")).toBe(`${written}NOTIZ\n`);
    expect(existsSync(journalPath(reg))).toBe(false);
  });

  it("HEAD moved since: the journal goes, no file changes, and the run says so", async () => {
    const reg = makeRegister();
    const written = editedP1(reg);
    leaveJournal(reg, written);
    writeFileSync(join(reg.dir, P1), written);
    git(reg.dir, "commit", "-q", "-am", "von Hand committet");
    const run = await ikz(reg, OTHER_WRITE);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Journal eines abgebrochenen Laufs entfernt");
    expect(readFileSync(join(reg.dir, P1), "utf8")).toBe(written);
    expect(existsSync(journalPath(reg))).toBe(false);
  });

  it("its file cannot be read back: exit 3 naming that file and how to fix it; the journal stays until it is fixed", async () => {
    const reg = makeRegister();
    leaveJournal(reg, editedP1(reg));
    // A folder where the file was: ikz can neither compare nor restore it (portable, also as root).
    rmSync(join(reg.dir, P1));
    mkdirSync(join(reg.dir, P1));
    const refused = await ikz(reg, OTHER_WRITE);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`ein abgebrochener ikz-Lauf hat ${join(reg.dir, P1)} geändert`);
    expect(refused.stderr).toContain(`git checkout HEAD -- ${join(reg.dir, P1)}`);
    expect(existsSync(journalPath(reg))).toBe(true);
    rmSync(join(reg.dir, P1), { recursive: true });
    git(reg.dir, "checkout", "HEAD", "--", P1);
    const run = await ikz(reg, OTHER_WRITE);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(journalPath(reg))).toBe(false);
  });
});

describe("a rollback whose index Git cannot put back (a full disk)", () => {
  it("puts the file back but does not claim the index is restored: it says which entries stay staged and how to undo them", async () => {
    // A register folder named like the Kreis: the suggested command must take the path as one word.
    const dir = join(makeTempDir(), "Kreis Groß-Gerau");
    mkdirSync(dir);
    const file = join(dir, "a.md");
    writeFileSync(file, "vorher\n");
    const journal: Journal = { version: 2, pid: process.pid, head: "", entries: [journalEntry(file, "a.md", readFileSync(file), "nachher\n")] };
    writeFileSync(file, "nachher\n");
    const journalFile = join(dir, "x.journal.json");
    writeFileSync(journalFile, JSON.stringify(journal));
    const fullDisk = () => Promise.reject(new EnvError("git-disk-full", { command: "git reset" }));
    const git = { unstage: fullDisk, staged: async () => ["a.md"] } as unknown as GitPort;
    const notices: string[] = [];
    const restored = await rollBack(journal, journalFile, git, true, { lang: "de", err: { write: (s: string) => void notices.push(s), isTTY: false } });
    expect(restored).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("vorher\n");
    const quoted = process.platform === "win32" ? `"${file}"` : `'${file}'`;
    expect(notices.join("")).toBe(`ikz: die Dateien sind zurückgesetzt, ihre Vormerkung im Git-Index aber nicht (Git scheiterte) – aufheben mit: git reset -q -- ${quoted}\n`);
    expect(existsSync(journalFile)).toBe(false);
  });

  it("says nothing of the index when Git, asked after the failed reset, has nothing staged (the git add had failed)", async () => {
    const dir = makeTempDir();
    const file = join(dir, "a.md");
    writeFileSync(file, "nachher\n");
    const journal: Journal = { version: 2, pid: process.pid, head: "", entries: [journalEntry(file, "a.md", Buffer.from("vorher\n"), "nachher\n")] };
    const journalFile = join(dir, "x.journal.json");
    writeFileSync(journalFile, JSON.stringify(journal));
    const git = { unstage: () => Promise.reject(new EnvError("git-disk-full", { command: "git reset" })), staged: async () => [] } as unknown as GitPort;
    const notices: string[] = [];
    const restored = await rollBack(journal, journalFile, git, true, { lang: "de", err: { write: (s: string) => void notices.push(s), isTTY: false } });
    expect(notices).toEqual([]);
    expect(restored).toBe(true);
    expect(readFileSync(file, "utf8")).toBe("vorher\n");
  });
});

/**
 * A folder with a `git` that fails like Git on a full disk, in Git's own words, for the subcommands in `fail`
 * (exit 128); every other call goes to the real Git. Put first on PATH for a spawned ikz.
 */
function fullDiskGit(fail: Record<string, string>): string {
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  const dir = makeTempDir();
  const cases = Object.entries(fail).map(([sub, words]) => `    ${sub}) printf '%s\\n' "${words}" >&2; exit 128 ;;`).join("\n");
  const script = `#!/bin/sh\nfor a in "$@"; do\n  case "$a" in\n    -*) ;;\n${cases}\n    *) break ;;\n  esac\ndone\nexec '${real}' "$@"\n`;
  writeFileSync(join(dir, "git"), script, { mode: 0o755 });
  return dir;
}

describe.skipIf(process.platform === "win32")("Git failing on a full disk during a write (a git on PATH that answers as Git does)", () => {
  /** Git's words when it cannot write the branch's lock file, and when it cannot create the index's. */
  const REF_LOCK = "fatal: couldn't write '$PWD/.git/refs/heads/main.lock'";
  const NO_INDEX_LOCK = "fatal: Unable to create '$PWD/.git/index.lock': No space left on device";
  /** `ikz set` on P1 with a Git whose subcommands in `fail` fail as on a full disk. */
  const setOnFullDisk = (reg: TestRegister, fail: Record<string, string>) => ikz(reg, ["set", "IKZ-2025-001", "duration_years=7"], { PATH: `${fullDiskGit(fail)}:${process.env.PATH ?? ""}` });

  it("a commit that cannot write the branch's lock file is a full disk (exit 3); the index goes back, no git reset is suggested", async () => {
    const reg = makeRegister();
    const head = git(reg.dir, "rev-parse", "HEAD");
    const run = await setOnFullDisk(reg, { commit: REF_LOCK });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe("ikz: Fehler: git commit ist fehlgeschlagen: kein Platz mehr auf dem Datenträger (im Git-Repository) – Platz schaffen und den Befehl erneut ausführen\nikz: Register unverändert: alle berührten Dateien und der Git-Index wurden wiederhergestellt.\n");
    expect(status(reg)).toBe("");
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    expect(existsSync(journalPath(reg))).toBe(false);
  });

  it("a git add that fails for want of space stages nothing: the failed reset after it is no reason for a git reset hint", async () => {
    const reg = makeRegister();
    const run = await setOnFullDisk(reg, { add: "error: unable to create temporary file: No space left on device", reset: NO_INDEX_LOCK });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("git add ist fehlgeschlagen: kein Platz mehr auf dem Datenträger");
    expect(run.stderr).not.toContain("git reset");
    expect(status(reg)).toBe("");
  });

  it("a commit and a reset that both fail leave the file staged: then the hint names it", async () => {
    const reg = makeRegister();
    const run = await setOnFullDisk(reg, { commit: REF_LOCK, reset: NO_INDEX_LOCK });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`aufheben mit: git reset -q -- ${shellWord(join(reg.dir, P1))}\n`);
    expect(run.stderr).toContain("git commit ist fehlgeschlagen: kein Platz mehr auf dem Datenträger");
    expect(git(reg.dir, "diff", "--cached", "--name-only")).toBe(P1);
    // The file itself is back as committed; only its index entry waits for the suggested git reset.
    expect(git(reg.dir, "diff", "HEAD", "--name-only")).toBe("");
  });
});
