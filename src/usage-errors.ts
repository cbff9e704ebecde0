import type { Command, CommanderError } from "commander";
import { translate, type Lang } from "./i18n/index.js";
import { cliMessages } from "./i18n/cli-messages.js";
import { argumentWords } from "./i18n/argument-words.js";
import { suggest } from "./domain/suggest.js";
import { shortened } from "./i18n/shortened.js";

/** Puts a commander parse error into the user's language, with "did you mean" for unknown names. */
export function usageMessage(error: CommanderError, argv: readonly string[], program: Command, lang: Lang): string {
  // Every value is cut to a line's worth: an unknown option or command can be a pasted 100 000 characters.
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(cliMessages, lang, key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? shortened(v) : v])));
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  // The subcommand the error is about ("meeting open", not "meeting"), so the help hint points at its own help.
  const path: Command[] = [];
  for (let at: Command = program, i = 0; i < argv.length; i++) {
    const sub = at.commands.find((c) => c.name() === argv[i] || c.aliases().includes(argv[i]!));
    if (sub) path.push((at = sub));
  }
  const command = path.at(-1);
  const commandName = path.map((c) => c.name()).join(" ");
  // Before any command ("ikz --bogus") the help to point at is the program's own, not "ikz  --help".
  const help = commandName === "" ? "ikz --help" : `ikz ${commandName} --help`;
  const hint = (value: string, known: string[]) => {
    const s = suggest(value, known);
    return s === undefined ? "" : lang === "de" ? ` – meinten Sie „${s}“?` : ` – did you mean '${s}'?`;
  };
  switch (error.code) {
    case "commander.unknownOption": {
      const options = [...(command?.options ?? []), ...program.options].map((o) => o.long ?? "").filter(Boolean);
      return t("usage.unknownOption", { option: quoted, help, hint: hint(quoted, options) });
    }
    case "commander.unknownCommand": {
      // Below a group command ("ikz participant frob") the choices and the help are the group's own.
      const group = command ?? program;
      return t("usage.unknownCommand", { name: quoted, hint: hint(quoted, group.commands.map((c) => c.name())), help });
    }
    case "commander.missingArgument": {
      // Commander names the argument by its placeholder ("decision"); people get it in words.
      return t("usage.missingArgument", { name: argumentWords(commandName, quoted, lang) ?? quoted, command: commandName });
    }
    case "commander.optionMissingArgument":
      return t("usage.optionMissingArgument", { option: quoted.split(" ")[0] ?? quoted });
    case "commander.invalidArgument": {
      const choice = /option '([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(error.message);
      if (choice) return t("usage.badChoice", { option: choice[1]!, value: choice[2]!, allowed: choice[3]! });
      return t("usage.invalidArgument", { detail: error.message.replace(/^error: /, "") });
    }
    case "commander.help": {
      // Only a group command called without its subcommand gets here (main.ts); name the subcommands.
      if (command === undefined) return t("usage.missingCommand");
      const subcommands = command.commands.map((c) => c.name()).filter((n) => n !== "help");
      return t("usage.missingSubcommand", { usage: `ikz ${commandName} ${subcommands.join("|")}`, command: `ikz ${commandName}` });
    }
    case "commander.excessArguments":
      return t("usage.excessArguments", { help });
    default:
      return t("usage.other", { detail: error.message.replace(/^error: /, "") });
  }
}
