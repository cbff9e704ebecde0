import { input, select, checkbox, confirm } from "@inquirer/prompts";
import type { Prompter } from "../commands/prompter.js";
import type { Lang } from "../i18n/index.js";

/** inquirer's key hints ("↑↓ navigate • ⏎ select") in German. */
const GERMAN_KEYS: Record<string, string> = { navigate: "blättern", select: "auswählen", submit: "bestätigen", all: "alle", invert: "umkehren", space: "Leertaste" };

function keysHelpTip(lang: Lang): (keys: [string, string][]) => string {
  return (keys) => keys.map(([key, action]) => (lang === "de" ? `${GERMAN_KEYS[key] ?? key} ${GERMAN_KEYS[action] ?? action}` : `${key} ${action}`)).join(" • ");
}

/** Prompts on the terminal with inquirer, drawn on stderr so stdout stays clean for --json. */
export function inquirerPrompter(lang: Lang): Prompter {
  const context = { output: process.stderr };
  const theme = { style: { keysHelpTip: keysHelpTip(lang) } };
  return {
    input: (q) => input({ message: q.message, default: q.default, validate: q.validate }, context),
    select: (q) => select({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name, description: c.description })), default: q.default, theme }, context),
    checkbox: (q) => checkbox({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked })), theme }, context),
    confirm: (q) => confirm({ message: q.message, default: q.default }, context),
  };
}
