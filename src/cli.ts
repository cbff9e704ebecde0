import { fstatSync, writeSync } from "node:fs";
import { CommanderError } from "commander";
import type { Invocation } from "./program.js";
import { parseLang, translate, type Catalogue, type Lang } from "./i18n/index.js";
import { cliMessages } from "./i18n/cli-messages.js";
import { shortened } from "./i18n/shortened.js";
import { EnvError, EXIT, IkzError, RefusedError } from "./domain/errors.js";
import type { Deps, TextSink } from "./commands/deps.js";
import { argumentWords } from "./i18n/argument-words.js";
import { readVersion } from "./io/package-files.js";
import { configLanguage, currentFolder, flagValue, languageBeforeCommand, peekConfig } from "./io/config-peek.js";
import { terminalSafe } from "./render/terminal-safe.js";

/** Runs ikz with argv and returns the exit code; the one place that maps errors to exit codes. */
async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { buildProgram, localizeHelp } = await import("./program.js");
  let lang: Lang = languageBeforeCommand(argv, env);
  const debug = argv.includes("--debug");
  // Only stdout has a handler for a failed write (main.ts); stderr stays Node's stream.
  const stdout = isFile(process.stdout) ? fileSink(process.stdout) : sink(process.stdout);
  const stderr = sink(process.stderr);
  for (const [source, value] of [["--lang", flagValue(argv, "--lang")], ["IKZ_LANG", env.IKZ_LANG]] as const) {
    if (value !== undefined && value !== "" && parseLang(value) === undefined) {
      // Same shape as every other error ("ikz: Fehler: …"), naming where the value came from.
      stderr.write(`ikz: ${translate(cliMessages, lang, "error.prefix")}: ${translate(cliMessages, lang, "bad-lang", { source, value })}\n`);
      return EXIT.usage;
    }
  }
  let invocation: Invocation | undefined;
  const output = {
    writeOut: (s: string) => stdout.write(localizeHelp(s, lang)),
    writeErr: (s: string) => stderr.write(localizeHelp(s, lang)),
    // Parse errors are reported once, translated, by usageMessage below.
    outputError: () => undefined,
  };
  const program = buildProgram(lang, readVersion(), output, (inv) => (invocation = inv));
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (isCommanderError(error)) {
      // A group command without its subcommand ("ikz participant") shows its help on stderr with a non-zero
      // exit code: that is a usage error (exit 2), unlike "--help", which asked for the help.
      const missingSubcommand = error.code === "commander.help" && error.exitCode !== 0;
      if (!missingSubcommand && ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) return EXIT.ok;
      const { usageMessage } = await import("./usage-errors.js");
      stderr.write(`ikz: ${translate(cliMessages, lang, "error.prefix")}: ${terminalSafe(usageMessage(error, argv, program, lang))}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (!invocation) return EXIT.ok;
  const inv = invocation as Invocation;
  try {
    const { commandTable } = await import("./commands/index.js");
    const entry = commandTable[inv.command];
    if (!entry) throw new Error(`command not wired: ${inv.command}`);
    const { findRegister, requireRegister } = await import("./io/find-register.js");
    const cwd = currentFolder();
    if (cwd === undefined) throw new EnvError("cwd-gone", {});
    const root = findRegister(cwd, inv.globals.register, env);
    if (entry.needsRegister) requireRegister(root);
    lang = parseLang(inv.globals.lang) ?? parseLang(env.IKZ_LANG) ?? (entry.needsRegister ? configLanguage(root) : undefined) ?? "de";
    const configuredZone = entry.needsRegister ? peekConfig(root, "timezone") : undefined;
    const deps = await makeDeps(inv, env, lang, configuredZone, stdout, stderr);
    const run = await entry.load();
    return await run(inv, { root, cwd, deps, globals: inv.globals, version: readVersion() });
  } catch (error) {
    const { errorMessages } = await import("./i18n/error-messages.js");
    return reportError(error, lang, debug, stderr, errorMessages, inv.command);
  }
}

function isCommanderError(error: unknown): error is CommanderError {
  // By class, not by name: bundled (scripts/bundle.mjs), commander's classes may carry other names.
  return error instanceof CommanderError;
}

async function makeDeps(inv: Invocation, env: NodeJS.ProcessEnv, lang: Lang, configuredZone: string | undefined, out: TextSink, err: TextSink): Promise<Deps> {
  const { colorLevel, chalkStyler } = await import("./io/terminal.js");
  const flag = inv.globals.color === false ? false : undefined;
  // Checked on first use: Intl's time-zone data costs about 8 MB and 15 ms, which validate never needs.
  let timeZone: string | undefined;
  const zone = (): string => (timeZone ??= validZone(configuredZone));
  return {
    out,
    err,
    lang,
    styler: await chalkStyler(colorLevel(flag, env, out.isTTY)),
    errStyler: await chalkStyler(colorLevel(flag, env, err.isTTY)),
    quiet: inv.globals.quiet === true,
    prompts: {
      // Prompts need a person at a terminal: stdin to answer, stderr to draw on; --yes means "ask nothing".
      interactive: process.stdin.isTTY === true && process.stderr.isTTY === true && inv.options.yes !== true,
      prompter: async () => (await import("./io/inquirer-prompter.js")).inquirerPrompter(lang),
    },
    get timeZone() {
      return zone();
    },
    today: () => new Intl.DateTimeFormat("en-CA", { timeZone: zone() }).format(new Date()),
  };
}

function reportError(error: unknown, lang: Lang, debug: boolean, stderr: TextSink, errorMessages: Catalogue, command: string): number {
  const prefix = translate(cliMessages, lang, "error.prefix");
  if (debug && error instanceof Error) stderr.write(`${error.stack ?? error.message}\n`);
  if (error instanceof IkzError) {
    const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === "string" ? terminalSafe(shortened(v)) : v]));
    if (typeof params.flag === "string") params.flag = argumentInWords(params.flag, command, lang);
    if (typeof params.hint === "string") params.hint = params.hint === "" ? "" : lang === "de" ? ` – meinten Sie „${params.hint}“?` : ` – did you mean '${params.hint}'?`;
    stderr.write(`ikz: ${prefix}: ${translate(errorMessages, lang, error.key, params)}\n`);
    if (error instanceof RefusedError) for (const line of error.details) stderr.write(`  ${terminalSafe(line)}\n`);
    if (error.restored) stderr.write(`ikz: ${translate(cliMessages, lang, "state.restored")}\n`);
    return error.exitCode;
  }
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === "string" && typeof e.path === "string") {
    stderr.write(`ikz: ${prefix}: ${translate(cliMessages, lang, "read-failed", { file: e.path, detail: e.code })}\n`);
    return EXIT.environment;
  }
  if (e && (e.name === "ExitPromptError" || e.name === "AbortPromptError")) {
    stderr.write(`ikz: ${translate(cliMessages, lang, "cancelled")}\n`);
    return EXIT.cancelled;
  }
  stderr.write(`ikz: ${prefix}: ${translate(cliMessages, lang, "unexpected", { detail: e instanceof Error ? e.message : String(e) })}\n`);
  return EXIT.findings;
}

/**
 * Commands name a wrong argument by its placeholder ("<municipality>"); people get it in words, from the same
 * labels as a missing argument ("argument.<command> <name>" before "argument.<name>"). Flags stay as they are.
 */
function argumentInWords(flag: string, command: string, lang: Lang): string {
  const name = /^<([\w-]+)>$/.exec(flag)?.[1];
  return name === undefined ? flag : (argumentWords(command, name, lang) ?? name);
}

function sink(stream: NodeJS.WriteStream): TextSink {
  return { write: (text: string) => void stream.write(text), writeBytes: (data: Uint8Array) => void stream.write(data), isTTY: stream.isTTY === true };
}

/**
 * Output redirected into a file (`ikz export register > x.csv`): Node writes it with one writeSync per chunk and
 * drops what a short write leaves (a full disk, a quota), so the export would end with exit 0 and a cut-off file.
 * Here every byte is written or the failure goes to the stream's error handler (main.ts: message, exit 3).
 */
function fileSink(stream: NodeJS.WriteStream): TextSink {
  const fd = (stream as NodeJS.WriteStream & { fd: number }).fd;
  const writeAll = (data: Uint8Array): void => {
    try {
      for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
    } catch (error) {
      stream.emit("error", error);
    }
  };
  return { write: (text: string) => writeAll(Buffer.from(text, "utf8")), writeBytes: writeAll, isTTY: false };
}

function isFile(stream: NodeJS.WriteStream): boolean {
  const fd = (stream as NodeJS.WriteStream & { fd?: number }).fd;
  try {
    return typeof fd === "number" && fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/** The configured time zone if Intl knows it, else Europe/Berlin (a typo must not break every command). */
function validZone(zone: string | undefined): string {
  if (zone === undefined) return "Europe/Berlin";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "Europe/Berlin";
  }
}

/**
 * Runs a command line (main.ts has answered `--version` and the top-level help already) and sets the exit code.
 */
export function runCli(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  let settled = false;
  // A prompt whose input closed (Ctrl-D) never settles: Node would just run out of work and exit 0.
  // Nothing finished means nothing was done: say so and exit as cancelled.
  process.on("beforeExit", () => {
    if (settled) return;
    settled = true;
    const lang = languageBeforeCommand(argv, env);
    process.stderr.write(`\nikz: ${translate(cliMessages, lang, "cancelled")}\n`);
    process.exitCode = EXIT.cancelled;
  });
  return main(argv, env).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error: unknown) => {
      settled = true;
      process.stderr.write(`ikz: ${error instanceof Error ? (argv.includes("--debug") ? error.stack : error.message) : String(error)}\n`);
      process.exitCode = EXIT.findings;
    },
  );
}
