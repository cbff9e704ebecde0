// The entry point. `ikz --version` and the top-level help are answered from files here; anything else loads the
// command line (cli.ts) first. The two quickest answers thus load nothing else: they must start as fast as
// `node` itself does.
import { readFileSync } from "node:fs";
import module from "node:module";
import { parseLang, translate } from "./i18n/index.js";
import { outputMessages } from "./i18n/output-messages.js";
import { GENERATED_DIR, readVersion } from "./io/package-files.js";
import { languageBeforeCommand } from "./io/config-peek.js";

const argv = process.argv.slice(2);

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A closed pipe (ikz … | head) is not an error of ikz.
  if (error.code === "EPIPE") process.exit(0);
  // Anything else (a full disk, an I/O error) lost output: a script must not take exit 0 for a complete export.
  const lang = languageBeforeCommand(argv, process.env);
  process.stderr.write(`${translate(outputMessages, lang, "stdout-failed", { code: error.code ?? error.message })}\n`);
  process.exit(3);
});

const quick = quickAnswer(argv, process.env);
if (quick !== undefined) {
  process.stdout.write(quick);
} else {
  keepCompiledCode();
  // Not awaited at the top level: a prompt whose input closed never settles, which cli.ts reports as
  // cancelled; an unsettled top-level await would make Node warn about it instead.
  void import("./cli.js").then(
    ({ runCli }) => runCli(argv, process.env),
    (error: unknown) => {
      process.stderr.write(`ikz: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * Node 22.1 and later keep the compiled code of the modules loaded from here on between runs (in the system's
 * temporary folder; Node's own NODE_DISABLE_COMPILE_CACHE=1 turns it off), so that a command starts sooner.
 * Node 20 has no such cache.
 */
function keepCompiledCode(): void {
  try {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // A cache that cannot be used only costs speed.
  }
}

/** What `--version` and the top-level help print, or undefined for any other command line. */
function quickAnswer(args: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) return `${readVersion()}\n`;
  return prebuiltHelp(args, env);
}

/**
 * `ikz --help` / `ikz -h` (optionally with `--lang`) as rendered at build time by scripts/gen-help.mjs from the
 * same program definition; undefined (build it at run time) for anything else or when the file is missing.
 */
function prebuiltHelp(args: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  const rest = [...args];
  const at = rest.indexOf("--lang");
  const flagLang = at >= 0 ? rest.splice(at, 2)[1] : undefined;
  if (rest.length !== 1 || (rest[0] !== "--help" && rest[0] !== "-h")) return undefined;
  const raw = flagLang ?? (env.IKZ_LANG === "" ? undefined : env.IKZ_LANG);
  if (raw !== undefined && parseLang(raw) === undefined) return undefined; // an unknown language is reported by the normal path
  // Without --lang or IKZ_LANG, the register's ikz.yaml may ask for English.
  const lang = languageBeforeCommand(args, env);
  try {
    return readFileSync(new URL(`help.${lang}.txt`, GENERATED_DIR), "utf8");
  } catch {
    return undefined; // built without scripts/gen-help.mjs: commander renders the help instead
  }
}
