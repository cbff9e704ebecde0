import type { CommandRunner } from "./context.js";
import { EnvError } from "../domain/errors.js";

/** Placeholder until the command is implemented. */
export const runParticipantAdd: CommandRunner = async () => {
  throw new EnvError("not-implemented", {});
};
/** Placeholder until the command is implemented. */
export const runParticipantRemove: CommandRunner = async () => {
  throw new EnvError("not-implemented", {});
};
