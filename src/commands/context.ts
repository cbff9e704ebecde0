import type { GlobalOptions, Invocation } from "../program.js";
import type { Deps } from "./deps.js";

/** What a command runner gets: the resolved register folder (absent for `init`), deps and the invocation. */
export interface CommandContext {
  /** Register folder; commands that create one (init) resolve their own target. */
  root: string;
  cwd: string;
  deps: Deps;
  globals: GlobalOptions;
  version: string;
}

/** Adapts a parsed invocation to a command's typed options and runs it; returns the exit code. */
export type CommandRunner = (invocation: Invocation, context: CommandContext) => Promise<number>;

/** A command's runner, loaded only when that command runs; `needsRegister` false for init. */
export interface CommandEntry {
  needsRegister: boolean;
  load: () => Promise<CommandRunner>;
}
