import { UsageError } from "../domain/errors.js";

/** A choice in a list prompt. */
export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

/** The questions a command may ask; the inquirer adapter answers on a terminal, a scripted fake in tests. */
export interface Prompter {
  input(q: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T extends string>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(q: { message: string; choices: readonly Choice<T>[] }): Promise<T[]>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

/** Where answers come from: a prompter when a person is at a terminal, nothing otherwise. */
export interface PromptSource {
  /** Whether stdin and stderr are terminals (and --yes/--no-input were not given). */
  readonly interactive: boolean;
  /** The prompter; loads inquirer on first use only. */
  prompter(): Promise<Prompter>;
}

/** A flag's value, or the answer to a prompt when a person is there; without a terminal a usage error naming the flag. */
export async function valueOrAsk<T>(value: T | undefined, flag: string, source: PromptSource, ask: (p: Prompter) => Promise<T>): Promise<T> {
  if (value !== undefined) return value;
  if (!source.interactive) throw new UsageError("missing-flag", { flag });
  return ask(await source.prompter());
}
