import type { CommandRunner } from "./context.js";
import { EnvError } from "../domain/errors.js";

/** Placeholder until the command is implemented. */
export const runMilestoneAdd: CommandRunner = async () => {
  throw new EnvError("not-implemented", {});
};
/** Placeholder until the command is implemented. */
export const runMilestoneSet: CommandRunner = async () => {
  throw new EnvError("not-implemented", {});
};
