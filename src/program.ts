import { Command, Option, type OutputConfiguration } from "commander";
import { translate, type Lang } from "./i18n/index.js";
import { cliMessages } from "./i18n/cli-messages.js";

/** Options every command understands. */
export interface GlobalOptions {
  register?: string;
  lang?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** What the command line asked for: a command name, its typed options, and the global options. */
export interface Invocation {
  command: string;
  args: string[];
  options: Record<string, unknown>;
  globals: GlobalOptions;
}

/** Commander help headings in German; commander itself only speaks English. */
const GERMAN_HEADINGS: Array<[RegExp, string]> = [
  [/^Usage:/gm, "Aufruf:"],
  [/^Options:/gm, "Optionen:"],
  [/^Commands:/gm, "Befehle:"],
  [/^Arguments:/gm, "Argumente:"],
  [/^Global Options:/gm, "Globale Optionen:"],
  [/\(default: /g, "(Standard: "],
  [/\(choices: /g, "(Auswahl: "],
];

/** Translates commander's help text headings for German output. */
export function localizeHelp(text: string, lang: Lang): string {
  return lang === "de" ? GERMAN_HEADINGS.reduce((t, [re, de]) => t.replace(re, de), text) : text;
}

/** Builds the command tree; `onInvoke` receives the parsed invocation, the caller runs it. No logic here. */
export function buildProgram(lang: Lang, version: string, output: OutputConfiguration, onInvoke: (invocation: Invocation) => void): Command {
  const t = (key: string) => translate(cliMessages, lang, key);
  const program = new Command("ikz")
    .description(t("program.description"))
    .version(version, "-V, --version", t("opt.version"))
    .helpOption("-h, --help", t("opt.help"))
    .helpCommand("help [command]", t("cmd.help"))
    .option("--register <dir>", t("opt.register"))
    .option("--lang <lang>", t("opt.lang"))
    .option("--json", t("opt.json"))
    .option("-q, --quiet", t("opt.quiet"))
    .option("--no-color", t("opt.noColor"))
    .option("--debug", t("opt.debug"))
    .addHelpText("after", t("help.examples"))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput(output)
    .configureHelp({ showGlobalOptions: true });

  const invoke = (name: string) => (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const args = params.slice(0, -2).map(String);
    onInvoke({ command: name, args, options: command.opts(), globals: command.optsWithGlobals() as GlobalOptions });
  };

  program
    .command("validate")
    .description(t("cmd.validate"))
    .addOption(new Option("--format <format>", t("opt.validate.format")).choices(["text", "json", "github", "gitlab", "junit", "sarif"]).default("text"))
    .option("--base <ref>", t("opt.validate.base"))
    .option("--strict", t("opt.validate.strict"))
    .addHelpText("after", t("help.validate.examples"))
    .action(invoke("validate"));

  for (const sub of program.commands) sub.exitOverride().helpOption("-h, --help", t("opt.help"));
  return program;
}
