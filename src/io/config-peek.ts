import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseLang, type Lang } from "../i18n/index.js";
import { findRegister } from "./find-register.js";

/** A top-level setting of ikz.yaml, read without parsing YAML (the full load comes later, with findings). */
export function peekConfig(root: string, key: "language" | "timezone"): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, "ikz.yaml"), "utf8");
  } catch {
    return undefined;
  }
  // A BOM (Notepad) would hide a setting on the first line from "^".
  return new RegExp(`^\uFEFF?${key}:[ \\t]*["']?([A-Za-z_/+-]+)`, "m").exec(text)?.[1];
}

/** The language ikz.yaml of a register folder sets, if it sets a known one. */
export function configLanguage(root: string): Lang | undefined {
  return parseLang(peekConfig(root, "language"));
}

/**
 * The language for what is said before any command runs (help, usage errors, cancellation): --lang, else
 * IKZ_LANG, else `language` in the ikz.yaml that --register, IKZ_REGISTER or the folders upward name, else de.
 * A register kept in English must not answer a typo in German.
 */
export function languageBeforeCommand(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string | undefined = currentFolder()): Lang {
  const fromFlagOrEnv = parseLang(flagValue(argv, "--lang")) ?? parseLang(env.IKZ_LANG);
  if (fromFlagOrEnv !== undefined || cwd === undefined) return fromFlagOrEnv ?? "de";
  return configLanguage(findRegister(cwd, flagValue(argv, "--register"), env)) ?? "de";
}

/** The current folder, or undefined when it has been removed since the shell changed into it (Node then throws). */
export function currentFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

/** The value of `--flag value` or `--flag=value` before a `--`, if given. */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
