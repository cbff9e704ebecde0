import { input, select, checkbox, confirm } from "@inquirer/prompts";
import type { Prompter } from "../commands/prompter.js";
import type { Lang } from "../i18n/index.js";

/** inquirer's key hints ("↑↓ navigate • ⏎ select") in German. */
const GERMAN_KEYS: Record<string, string> = { navigate: "blättern", select: "auswählen", submit: "bestätigen", all: "alle", invert: "umkehren", space: "Leertaste" };

function keysHelpTip(lang: Lang): (keys: [string, string][]) => string {
  return (keys) => keys.map(([key, action]) => (lang === "de" ? `${GERMAN_KEYS[key] ?? key} ${GERMAN_KEYS[action] ?? action}` : `${key} ${action}`)).join(" • ");
}

/**
 * Yes/no in the user's language: inquirer's own words are English ("(y/N)", 'You must answer with "Yes" or "No"'),
 * and a German "j" was refused with that English sentence. With Ja/Nein the hint reads "(j/N)" and "j", "ja", "n",
 * "nein" are answers; inquirer keeps accepting y/yes/n/no besides.
 */
export function confirmTheme(lang: Lang): { keywords: { yes: string; no: string; error: (k: { yes: string; no: string }) => string } } {
  if (lang === "en") return { keywords: { yes: "Yes", no: "No", error: ({ yes, no }) => `Please answer "${yes}" or "${no}"` } };
  return { keywords: { yes: "Ja", no: "Nein", error: ({ yes, no }) => `Bitte mit „${yes}“ oder „${no}“ antworten` } };
}

/** Prompts on the terminal with inquirer, drawn on stderr so stdout stays clean for --json. */
export function inquirerPrompter(lang: Lang): Prompter {
  const context = { output: process.stderr };
  const theme = { style: { keysHelpTip: keysHelpTip(lang) } };
  return {
    input: (q) => input({ message: q.message, default: q.default, validate: q.validate }, context),
    select: (q) => select({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name, description: c.description })), default: q.default, theme }, context),
    checkbox: (q) => checkbox({ message: q.message, choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked })), theme }, context),
    confirm: (q) => confirm({ message: q.message, default: q.default, theme: confirmTheme(lang) }, context),
  };
}
