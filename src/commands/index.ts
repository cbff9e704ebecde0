import type { CommandEntry } from "./context.js";

/** Every command's runner, imported lazily so `ikz --help` loads none of them. */
export const commandTable: Record<string, CommandEntry> = {
  validate: { needsRegister: true, load: async () => (await import("./validate.js")).runValidate },
};
