import type { CommandRunner } from "./context.js";
import { EnvError } from "../domain/errors.js";

/** Placeholder until the command is implemented. */
export const runPrioritize: CommandRunner = async () => {
  throw new EnvError("not-implemented", {});
};
