import { cliMessages } from "./cli-messages.js";
import { translate, type Lang } from "./index.js";

/**
 * A command's argument in words ("Beschluss-ID (z. B. B-2025-009)" for `<decision>`), for messages about a missing or
 * wrong argument: the label for this command ("argument.meeting open id") before the general one; undefined without one.
 */
export function argumentWords(command: string, name: string, lang: Lang): string | undefined {
  const key = [`argument.${command} ${name}`, `argument.${name}`].find((k) => k in cliMessages);
  return key === undefined ? undefined : translate(cliMessages, lang, key);
}
