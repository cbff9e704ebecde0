import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EnvError, IkzError, UsageError } from "../../src/domain/errors.js";
import { deliverExport, type ExportFile, type OutputSink } from "../../src/export/output.js";
import { errorMessages } from "../../src/i18n/error-messages.js";
import { translate } from "../../src/i18n/index.js";
import { makeTempDir, removeTempDirs } from "../helpers/cli.js";

afterAll(removeTempDirs);

function sink(isTTY = false): OutputSink & { chunks: Array<string | Uint8Array> } {
  const chunks: Array<string | Uint8Array> = [];
  return { chunks, isTTY, write: (data) => void chunks.push(data) };
}

async function failure(run: () => Promise<unknown>): Promise<IkzError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof IkzError) return error;
    throw error;
  }
  throw new Error("expected an error");
}

const csv = (name: string, text = "a;b\r\n"): ExportFile => ({ name, content: `\uFEFF${text}` });
const errno = (code: string) => Object.assign(new Error(code), { code });

describe("deliverExport", () => {
  it("writes a single file to stdout when there is no --out", async () => {
    const out = sink();
    expect(await deliverExport([csv("register.csv")], { force: false }, { stdout: out })).toEqual([]);
    expect(out.chunks).toEqual(["\uFEFFa;b\r\n"]);
  });

  it("writes binary XLSX to a pipe, but refuses it for a terminal and asks for --out", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const pipe = sink(false);
    await deliverExport([{ name: "register.xlsx", content: bytes }], { force: false }, { stdout: pipe });
    expect(pipe.chunks).toEqual([bytes]);
    const tty = sink(true);
    const error = await failure(() => deliverExport([{ name: "register.xlsx", content: bytes }], { force: false }, { stdout: tty }));
    expect(error).toBeInstanceOf(UsageError);
    expect(translate(errorMessages, "de", error.key, error.params)).toContain("--out register.xlsx");
    expect(tty.chunks).toEqual([]);
  });

  it("needs --out for several files and names them after it: --out q3.csv → q3-portfolio.csv, q3-money.csv", async () => {
    const files = [csv("portfolio.csv", "p\r\n"), csv("money.csv", "m\r\n")];
    const error = await failure(() => deliverExport(files, { force: false }, { stdout: sink() }));
    expect(error.exitCode).toBe(2);
    expect(translate(errorMessages, "de", error.key, error.params)).toMatch(/2 Dateien \(portfolio\.csv, money\.csv\).*--out.*--section/);
    const dir = makeTempDir();
    const written = await deliverExport(files, { out: join(dir, "q3.csv"), force: false }, { stdout: sink() });
    expect(written).toEqual([join(dir, "q3-portfolio.csv"), join(dir, "q3-money.csv")]);
    expect(readFileSync(join(dir, "q3-money.csv"), "utf8")).toBe("\uFEFFm\r\n");
    expect(readdirSync(dir).sort()).toEqual(["q3-money.csv", "q3-portfolio.csv"]);
  });

  it("puts the files under their own names into an existing folder given as --out", async () => {
    const dir = makeTempDir();
    expect(await deliverExport([csv("a.csv"), csv("b.csv")], { out: dir, force: false }, { stdout: sink() })).toEqual([join(dir, "a.csv"), join(dir, "b.csv")]);
    expect(await deliverExport([csv("c.csv")], { out: `${join(dir, "sub")}/`, force: false }, { stdout: sink() })).toEqual([join(dir, "sub", "c.csv")]);
  });

  it("refuses to overwrite an existing file without --force (exit 2, nothing written) and overwrites it with --force", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "q3-money.csv"), "old");
    const files = [csv("portfolio.csv"), csv("money.csv", "new\r\n")];
    const error = await failure(() => deliverExport(files, { out: join(dir, "q3.csv"), force: false }, { stdout: sink() }));
    expect(error.exitCode).toBe(2);
    expect(translate(errorMessages, "de", error.key, error.params)).toBe(`${join(dir, "q3-money.csv")} gibt es schon – mit --force überschreiben oder mit --out einen anderen Namen wählen`);
    // The check comes first: not even the first, new file was written.
    expect(readdirSync(dir)).toEqual(["q3-money.csv"]);
    await deliverExport(files, { out: join(dir, "q3.csv"), force: true }, { stdout: sink() });
    expect(readFileSync(join(dir, "q3-money.csv"), "utf8")).toBe("\uFEFFnew\r\n");
    expect(readdirSync(dir).sort()).toEqual(["q3-money.csv", "q3-portfolio.csv"]);
  });

  it("reports a file held open by Excel in plain German (exit 3) and leaves neither a temp file nor a changed target", async () => {
    const dir = makeTempDir();
    const target = join(dir, "register.xlsx");
    writeFileSync(target, "old");
    const locked = { rename: async () => Promise.reject(errno("EBUSY")) };
    const error = await failure(() => deliverExport([{ name: "register.xlsx", content: new Uint8Array([1, 2]) }], { out: target, force: true }, { stdout: sink(), fs: locked }));
    expect(error).toBeInstanceOf(EnvError);
    expect(error.exitCode).toBe(3);
    expect(translate(errorMessages, "de", error.key, error.params)).toBe(`Die Datei ${target} ist geöffnet, vermutlich in Excel – bitte schließen und erneut versuchen`);
    expect(readdirSync(dir)).toEqual(["register.xlsx"]);
    expect(readFileSync(target, "utf8")).toBe("old");
  });

  it("treats EPERM on Windows as Excel's lock (after retrying) and elsewhere as missing rights", async () => {
    const dir = makeTempDir();
    let attempts = 0;
    const perm = {
      rename: async () => {
        attempts++;
        throw errno("EPERM");
      },
    };
    const win = await failure(() => deliverExport([csv("a.csv")], { out: join(dir, "a.csv"), force: false }, { stdout: sink(), fs: perm, platform: "win32" }));
    expect(win.key).toBe("export.locked");
    expect(attempts).toBe(6);
    const linux = await failure(() => deliverExport([csv("a.csv")], { out: join(dir, "a.csv"), force: false }, { stdout: sink(), fs: perm, platform: "linux" }));
    expect(linux.key).toBe("no-permission");
    expect(readdirSync(dir)).toEqual([]);
  });

  // Root ignores folder permissions, so this needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)("a read-only folder gives a permission error with exit 3, not a stack trace", async () => {
    const dir = makeTempDir();
    const ro = join(dir, "ro");
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    try {
      const error = await failure(() => deliverExport([csv("a.csv")], { out: join(ro, "a.csv"), force: false }, { stdout: sink() }));
      expect(error.exitCode).toBe(3);
      expect(error.key).toBe("no-permission");
    } finally {
      chmodSync(ro, 0o700);
    }
    expect(existsSync(join(ro, "a.csv"))).toBe(false);
  });

  it("refuses a folder where a file should go", async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, "q3-a.csv"));
    const error = await failure(() => deliverExport([csv("a.csv"), csv("b.csv")], { out: join(dir, "q3.csv"), force: true }, { stdout: sink() }));
    expect(error.key).toBe("export.not-a-file");
  });

  it("never replaces a symbolic link (also one to nothing), a device or a pipe, even with --force (exit 2, all left as it was)", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "real.csv"), "alt\n");
    symlinkSync(join(dir, "real.csv"), join(dir, "link.csv"));
    symlinkSync(join(dir, "nowhere.csv"), join(dir, "dangling.csv"));
    mkfifoOrSkip(join(dir, "pipe.csv"));
    for (const [name, key] of [["link.csv", "export.link"], ["dangling.csv", "export.link"], ["pipe.csv", "export.not-regular"]] as const) {
      if (!existsSync(join(dir, name)) && name === "pipe.csv") continue;
      const error = await failure(() => deliverExport([csv("a.csv")], { out: join(dir, name), force: true }, { stdout: sink() }));
      expect(error.exitCode, name).toBe(2);
      expect(error.key, name).toBe(key);
    }
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, "dangling.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.csv"), "utf8")).toBe("alt\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // Not tried on /dev/null itself: a regression run as root would replace the device.
    if (existsSync(join(dir, "pipe.csv"))) {
      const pipe = await failure(() => deliverExport([csv("a.csv")], { out: join(dir, "pipe.csv"), force: true }, { stdout: sink() }));
      expect(translate(errorMessages, "de", pipe.key, pipe.params)).toBe(`${join(dir, "pipe.csv")} ist keine gewöhnliche Datei (ein Gerät oder eine Pipe) – ikz ersetzt sie nicht; ohne --out schreibt ikz auf die Standardausgabe, die sich umleiten lässt`);
      expect(lstatSync(join(dir, "pipe.csv")).isFIFO()).toBe(true);
    }
  });
});

/** A named pipe where the platform has them (mkfifo); elsewhere the case is left out. */
function mkfifoOrSkip(path: string): void {
  try {
    execFileSync("mkfifo", [path], { stdio: "ignore" });
  } catch {
    // No mkfifo (Windows): the link cases still run.
  }
}
