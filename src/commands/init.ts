import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Eta } from "eta";
import { EXIT, EnvError, IkzError } from "../domain/errors.js";
import { runGit, tryGit } from "../io/git-process.js";
import { gitPort } from "../io/git.js";
import { CONFIG_FILE, RECORD_FOLDERS } from "../register/layout.js";
import { SHIPPED_TEMPLATES } from "../register/template.js";
import { translate } from "../i18n/index.js";
import { initMessages } from "../i18n/init-messages.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { shellWord } from "../io/shell-word.js";

export type InitPreset = "gross-gerau" | "empty";
export type InitCi = "github" | "gitlab" | "both" | "none";

export interface InitOptions {
  cwd: string;
  /** Folder for the register, resolved against cwd; default cwd. Created when missing. */
  dir?: string;
  preset: InitPreset;
  /** Copy the sample register (its ikz.yaml replaces the preset). */
  sample: boolean;
  ci: InitCi;
  /** Machine output: the caller prints the result, init prints no German lines. */
  json: boolean;
}

export interface InitResult {
  dir: string;
  /** Root of the Git repository that holds the register. */
  repo: string;
  /** Written files, repository-relative with forward slashes: exactly the paths of the commit. */
  files: string[];
  /** Optional files (README, Git settings, CI) that already existed and were left alone. */
  skipped: string[];
  /** The new commit. */
  commit: string;
}

const INIT_TEMPLATES = fileURLToPath(new URL("../../templates/init/", import.meta.url));
const SAMPLE_REGISTER = fileURLToPath(new URL("../../register/", import.meta.url));
const COMMIT_MESSAGE = "ikz: Register angelegt\n\nIkz-Record: ikz.yaml\n";

interface Planned {
  repoPath: string;
  content: string | Buffer;
  /** Kept as it is when it exists (README, Git settings, CI); any other existing file refuses the init. */
  optional: boolean;
  kind: "config" | "file" | "sample";
}

/** What a failed init must take back: only what this run created. */
interface Made {
  dirs: string[];
  files: string[];
  gitDir?: string;
  staged: boolean;
}

/** Creates a register: Git repository (unless inside one), ikz.yaml, folders, templates, Git settings, CI files; one commit. */
export async function init(options: InitOptions, deps: Deps): Promise<InitResult> {
  const target = resolve(options.cwd, options.dir ?? ".");
  refuseExistingRegister(target);
  const repo = await locateRepo(target);
  const top = repo?.top ?? target;
  // Before anything is created, as every writing command does: without a name and e-mail there is no commit.
  // Asked where the commit will run (the repository, else the nearest existing folder: global config, variables).
  if ((await gitPort(repo?.top ?? nearestExisting(target)).identity()) === undefined) throw new EnvError("git-identity", {});
  const planned = planFiles(options, repo?.prefix ?? "");
  const skipped: string[] = [];
  const conflicts: string[] = [];
  for (const file of planned) {
    if (!exists(fromRepo(top, file.repoPath))) continue;
    (file.optional ? skipped : conflicts).push(file.repoPath);
  }
  if (conflicts.length > 0) {
    const shown = conflicts.map((c) => relative(target, fromRepo(top, c)).split(sep).join("/"));
    throw new EnvError("init-file-exists", { dir: target, files: shown.join(", ") });
  }
  const write = planned.filter((f) => !skipped.includes(f.repoPath));
  const files = write.map((f) => f.repoPath);
  const made: Made = { dirs: [], files: [], staged: false };
  try {
    // ikz.yaml first and exclusively: of two runs racing for one folder, only one gets past here.
    for (const [i, file] of write.entries()) {
      await writeNew(fromRepo(top, file.repoPath), file.content, made, target);
      if (i === 0 && repo === undefined) {
        // Only a .git this run creates may be removed again on failure.
        if (!exists(join(target, ".git"))) made.gitDir = join(target, ".git");
        await runGit(target, ["init", "--quiet", "-b", "main"]);
      }
    }
    made.staged = true;
    await runGit(top, ["add", "--", ...files]);
    await runGit(top, ["commit", "--quiet", "-m", COMMIT_MESSAGE, "--", ...files]);
  } catch (error) {
    const restored = await rollback(made, top, files);
    const failure = error instanceof IkzError ? error : new EnvError("write-failed", { file: target, detail: String(error) });
    failure.restored = restored;
    throw failure;
  }
  const commit = (await runGit(top, ["rev-parse", "HEAD"])).toString("utf8").trim();
  const result: InitResult = { dir: target, repo: top, files, skipped, commit };
  if (!options.json && !deps.quiet) printSummary(result, options, repo === undefined, write, deps);
  return result;
}

/** `ikz init [dir]` from the command line. */
export const runInit: CommandRunner = async (inv, ctx) => {
  const result = await init(
    {
      cwd: ctx.cwd,
      dir: inv.args[0] ?? ctx.globals.register,
      preset: (inv.options.preset ?? "gross-gerau") as InitPreset,
      sample: inv.options.sample === true,
      ci: (inv.options.ci ?? "both") as InitCi,
      json: ctx.globals.json === true,
    },
    ctx.deps,
  );
  if (ctx.globals.json) ctx.deps.out.write(`${JSON.stringify({ dir: result.dir, files: result.files, commit: result.commit, skipped: result.skipped }, null, 2)}\n`);
  return EXIT.ok;
};

/** Refuses a folder that already holds a register: an ikz.yaml or a record folder with files in it. */
function refuseExistingRegister(target: string): void {
  if (exists(target) && !statSync(target).isDirectory()) throw new EnvError("init-not-a-folder", { dir: target });
  if (exists(join(target, CONFIG_FILE))) throw new EnvError("init-exists", { dir: target, dirArg: shellWord(target), what: CONFIG_FILE });
  for (const folder of RECORD_FOLDERS) {
    if (listFiles(join(target, folder)).length > 0) throw new EnvError("init-exists", { dir: target, dirArg: shellWord(target), what: `${folder}/` });
  }
}

/** The target itself or, while it does not exist yet, its nearest existing parent folder. */
function nearestExisting(target: string): string {
  let probe = target;
  while (!exists(probe) && dirname(probe) !== probe) probe = dirname(probe);
  return probe;
}

/** The repository around the target (probed from its nearest existing folder), or undefined outside Git. */
async function locateRepo(target: string): Promise<{ top: string; prefix: string } | undefined> {
  const probe = nearestExisting(target);
  const missing = relative(probe, target).split(sep).filter((p) => p !== "");
  if ((await tryGit(probe, ["rev-parse", "--is-inside-work-tree"])) !== "true") return undefined;
  const top = await tryGit(probe, ["rev-parse", "--show-toplevel"]);
  const prefix = await tryGit(probe, ["rev-parse", "--show-prefix"]);
  if (top === undefined || prefix === undefined) return undefined;
  return { top: resolve(top), prefix: [...prefix.split("/"), ...missing].filter((p) => p !== "").join("/") };
}

/** Every file the register gets, in writing order (ikz.yaml first); CI files at the repository root. */
function planFiles(options: InitOptions, prefix: string): Planned[] {
  const inRegister = (path: string) => (prefix === "" ? path : `${prefix}/${path}`);
  const config = options.sample ? readFileSync(join(SAMPLE_REGISTER, CONFIG_FILE)) : readFileSync(join(INIT_TEMPLATES, `ikz.${options.preset}.yaml`));
  const planned: Planned[] = [{ repoPath: inRegister(CONFIG_FILE), content: config, optional: false, kind: "config" }];
  const add = (path: string, content: string | Buffer, optional = false, kind: Planned["kind"] = "file") => planned.push({ repoPath: path, content, optional, kind });
  for (const folder of RECORD_FOLDERS) {
    const sample = options.sample ? listFiles(join(SAMPLE_REGISTER, folder)) : [];
    for (const file of sample) add(inRegister(`${folder}/${file}`), readFileSync(join(SAMPLE_REGISTER, folder, ...file.split("/"))), false, "sample");
    if (sample.length === 0) add(inRegister(`${folder}/.gitkeep`), "");
  }
  for (const name of readdirSync(SHIPPED_TEMPLATES).filter((n) => n.endsWith(".md")).sort()) {
    add(inRegister(`templates/${name}`), readFileSync(join(SHIPPED_TEMPLATES, name)));
  }
  const eta = new Eta({ autoEscape: false, autoTrim: false, useWith: false, varName: "it" });
  const render = (name: string, data: Record<string, unknown>) => eta.renderString(readFileSync(join(INIT_TEMPLATES, name), "utf8"), data);
  add(inRegister(".gitattributes"), readFileSync(join(INIT_TEMPLATES, "gitattributes")), true);
  add(inRegister(".gitignore"), readFileSync(join(INIT_TEMPLATES, "gitignore")), true);
  add(inRegister("README.md"), render("readme.md", { name: configName(config.toString("utf8")) }), true);
  const registerArg = prefix === "" ? "" : ` --register ${shellWord(prefix)}`;
  if (options.ci === "github" || options.ci === "both") add(".github/workflows/ikz.yml", render("github-workflow.yml", { registerArg }), true);
  if (options.ci === "gitlab" || options.ci === "both") add(".gitlab-ci.yml", render("gitlab-ci.yml", { registerArg }), true);
  return planned;
}

/** Creates a file that must not exist yet (never overwrites), with any missing folders; records both for rollback. */
async function writeNew(path: string, content: string | Buffer, made: Made, target: string): Promise<void> {
  const missing: string[] = [];
  for (let dir = dirname(path); !exists(dir) && dirname(dir) !== dir; dir = dirname(dir)) missing.unshift(dir);
  for (const dir of missing) {
    try {
      await mkdir(dir);
      made.dirs.push(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new EnvError("write-failed", { file: dir, detail: errorCode(error) });
    }
  }
  try {
    await writeFile(path, content, { flag: "wx" });
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") throw new EnvError("init-file-exists", { dir: target, files: relative(target, path).split(sep).join("/") });
    // Created but not filled (a full disk): the file is this run's, and an empty ikz.yaml left behind would make
    // the folder look like a register to the next `ikz init`.
    await rm(path, { force: true }).catch(() => undefined);
    if (code === "ENOSPC" || code === "EDQUOT") throw new EnvError("disk-full", { file: path });
    throw new EnvError("write-failed", { file: path, detail: code });
  }
  made.files.push(path);
}

/** Takes back what this run created (index entries, files, folders, a new .git); true when all of it went. */
async function rollback(made: Made, top: string, files: readonly string[]): Promise<boolean> {
  let complete = true;
  const attempt = async (step: () => Promise<unknown>) => {
    await step().catch(() => (complete = false));
  };
  if (made.gitDir !== undefined) await attempt(() => rm(made.gitDir as string, { recursive: true, force: true }));
  else if (made.staged) {
    const head = await tryGit(top, ["rev-parse", "--verify", "--quiet", "HEAD"]);
    await attempt(() => runGit(top, head ? ["reset", "--quiet", "--", ...files] : ["rm", "--cached", "--quiet", "--ignore-unmatch", "-r", "--", ...files]));
  }
  for (const file of [...made.files].reverse()) await attempt(() => rm(file, { force: true }));
  // A folder that is not empty now holds someone else's files: it stays, and that is no failure.
  for (const dir of [...made.dirs].reverse()) await rmdir(dir).catch(() => undefined);
  return complete;
}

function printSummary(result: InitResult, options: InitOptions, gitInit: boolean, write: readonly Planned[], deps: Deps): void {
  const t = (key: string, params?: Record<string, string | number>) => translate(initMessages, deps.lang, key, params);
  const lines = [t("init.created", { dir: result.dir }), gitInit ? t("init.gitInit") : t("init.inRepo", { repo: result.repo })];
  lines.push(t(options.sample ? "init.config.sample" : `init.config.${options.preset}`));
  for (const file of write.filter((f) => f.kind === "file")) lines.push(t("init.file", { file: file.repoPath }));
  const samples = write.filter((f) => f.kind === "sample").length;
  if (samples > 0) lines.push(t("init.sampleRecords", { count: samples }));
  for (const file of result.skipped) lines.push(t("init.skipped", { file }));
  lines.push(t("init.committed", { commit: result.commit.slice(0, 10) }));
  lines.push(t("init.next"));
  const shown = relative(options.cwd, result.dir);
  if (shown !== "") lines.push(t("init.next.cd", { dir: shellWord(shown.startsWith("..") ? result.dir : shown) }));
  if (!options.sample && options.preset === "empty") lines.push(t("init.next.config"));
  lines.push(t("init.next.validate"), t("init.next.newProject"));
  deps.out.write(`${lines.join("\n")}\n`);
}

/** Files below a folder, relative with forward slashes, sorted; none when the folder does not exist. */
function listFiles(dir: string): string[] {
  if (!exists(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)).map((f) => `${entry.name}/${f}`) : [entry.name]))
    .sort();
}

/** Whether anything (file, folder, even a dangling link) is at a path. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new EnvError("read-failed", { file: path, detail: code });
  }
}

function fromRepo(top: string, repoPath: string): string {
  return join(top, ...repoPath.split("/"));
}

/** The register's name from its ikz.yaml, for the README heading. */
function configName(text: string): string {
  const raw = /^name:[ \t]*(.+?)[ \t]*(?:[ \t]#.*)?$/m.exec(text)?.[1] ?? "IKZ-Register";
  return raw.replace(/^(["'])(.*)\1$/, "$2");
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
