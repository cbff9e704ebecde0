import { input, select, checkbox, confirm } from "@inquirer/prompts";
import type { Prompter } from "../commands/prompter.js";

/** Prompts on the terminal with inquirer, drawn on stderr so stdout stays clean for --json. */
export function inquirerPrompter(): Prompter {
  const context = { output: process.stderr };
  return {
    input: (q) => input({ message: q.message, default: q.default, validate: q.validate }, context),
    select: (q) => select({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name, description: c.description })), default: q.default }, context),
    checkbox: (q) => checkbox({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked })) }, context),
    confirm: (q) => confirm({ message: q.message, default: q.default }, context),
  };
}
