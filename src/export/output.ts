import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { TextSink } from "../commands/deps.js";
import { EnvError, UsageError } from "../domain/errors.js";

/**
 * Where an export goes. Without `--out`, a single file goes to stdout (text only: binary XLSX to a
 * terminal is refused). With `--out F`: one file is written to F; several files are named after F,
 * `--out q3.csv` → `q3-portfolio.csv`, `q3-decisions.csv`, …; when F is an existing folder (or ends
 * in `/`) the files keep their own names inside it. Every file is written atomically (temp file in
 * the same folder, fsync, rename), no existing file is overwritten without `--force` (exit 2, nothing
 * written), and a file held open by Excel gives a plain message (exit 3), never a stack trace.
 */

/** One output file of an export: its own name (used with `--out`) and its content. */
export interface ExportFile {
  name: string;
  content: string | Uint8Array;
}

/** `--out` and `--force`. */
export interface DeliverOptions {
  out?: string;
  force: boolean;
}

/** Standard output, able to take bytes (XLSX into a pipe). */
export interface OutputSink {
  write(data: string | Uint8Array): void;
  readonly isTTY: boolean;
}

/** The file operations deliverExport uses; tests replace one to simulate a locked file. */
export interface ExportFs {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  lstat(path: string): Promise<{ isSymbolicLink(): boolean }>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string | Uint8Array, options: { flag: "wx"; flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

/** What deliverExport needs from outside; `fs` and `platform` default to the real ones. */
export interface DeliverDeps {
  stdout: OutputSink;
  fs?: Partial<ExportFs>;
  platform?: NodeJS.Platform;
}

/** Standard output of a command as an OutputSink; bytes need a sink that can take them (main.ts's stdout can). */
export function outputSink(out: TextSink): OutputSink {
  return {
    isTTY: out.isTTY,
    write: (data) => {
      if (typeof data === "string") out.write(data);
      else if (out.writeBytes) out.writeBytes(data);
      else throw new Error("this output takes text only");
    },
  };
}

/** Errors Windows gives while Excel (or a scanner) holds a file open. */
const LOCK_CODES = new Set(["EBUSY", "EPERM", "EACCES"]);

/** Writes the files to stdout or under `--out`; returns the paths written (empty for stdout). */
export async function deliverExport(files: readonly ExportFile[], options: DeliverOptions, deps: DeliverDeps): Promise<string[]> {
  if (options.out === undefined) {
    if (files.length > 1) throw new UsageError("export.needs-out", { count: files.length, names: files.map((f) => f.name).join(", "), example: exampleOut(files[0]!.name) });
    const file = files[0];
    if (file === undefined) return [];
    if (typeof file.content !== "string" && deps.stdout.isTTY) throw new UsageError("export.binary-to-terminal", { format: extname(file.name).slice(1).toUpperCase() || "binary", example: file.name });
    deps.stdout.write(file.content);
    return [];
  }
  const fs: ExportFs = { ...(nodeFs as unknown as ExportFs), ...deps.fs };
  const platform = deps.platform ?? process.platform;
  const targets = await targetPaths(files, options.out, fs);
  // Check every target before writing any, so a refusal leaves nothing half-exported.
  for (const target of targets) {
    const existing = await fs.stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw new UsageError("export.not-a-file", { file: target });
    // The rename would put a plain file in place of a link (/dev/stdout, also one to nothing), a device (/dev/null)
    // or a pipe: never replace those, with or without --force.
    if ((await fs.lstat(target).catch(() => undefined))?.isSymbolicLink()) throw new UsageError("export.link", { file: target });
    if (existing && !existing.isFile()) throw new UsageError("export.not-regular", { file: target });
    if (existing && !options.force) throw new UsageError("export.exists", { file: target });
  }
  for (const [i, target] of targets.entries()) await writeAtomic(target, files[i]!.content, fs, platform);
  return targets;
}

/** The path of each file under `--out` (see the module comment). */
export async function targetPaths(files: readonly ExportFile[], out: string, fs: Pick<ExportFs, "stat">): Promise<string[]> {
  const isDir = /[\\/]$/.test(out) || (await fs.stat(out).then((s) => s.isDirectory(), () => false));
  if (isDir) return files.map((f) => join(out, f.name));
  if (files.length === 1) return [out];
  const stem = basename(out, extname(out));
  return files.map((f) => join(dirname(out), `${stem}-${f.name}`));
}

async function writeAtomic(target: string, content: string | Uint8Array, fs: ExportFs, platform: NodeJS.Platform): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    await fs.writeFile(temp, content, { flag: "wx", flush: true });
    await renameWithRetry(temp, target, fs, platform);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw outputError(target, error, platform);
  }
}

/** Windows refuses a rename over a file that a scanner holds for a moment: retry briefly before blaming Excel. */
async function renameWithRetry(from: string, to: string, fs: ExportFs, platform: NodeJS.Platform): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (platform !== "win32" || !LOCK_CODES.has(code) || attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}

function outputError(target: string, error: unknown, platform: NodeJS.Platform): EnvError {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  // EBUSY means a lock everywhere; EPERM/EACCES mean a lock on Windows but missing rights elsewhere.
  if (code === "EBUSY" || (platform === "win32" && LOCK_CODES.has(code))) return new EnvError("export.locked", { file: target });
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return new EnvError("no-permission", { file: target });
  if (code === "EISDIR") return new EnvError("export.not-a-file", { file: target });
  if (code === "ENOSPC" || code === "EDQUOT") return new EnvError("disk-full", { file: target });
  return new EnvError("write-failed", { file: target, detail: code || (error instanceof Error ? error.message : String(error)) });
}

/** An example `--out` for a set of files named like `portfolio.csv`. */
function exampleOut(name: string): string {
  return `export${extname(name) || ".csv"}`;
}

/** `--out` resolved against the current folder, keeping a trailing `/` (path.resolve drops it): `--out neu/` means a folder. */
export function resolveOut(cwd: string, out: string): string {
  const path = resolve(cwd, out);
  return /[\\/]$/.test(out) && !/[\\/]$/.test(path) ? `${path}/` : path;
}
