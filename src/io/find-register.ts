import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { EnvError } from "../domain/errors.js";
import { CONFIG_FILE } from "../register/layout.js";

/** The register folder: --register, else IKZ_REGISTER, else the nearest ikz.yaml upwards, else ./register. */
export function findRegister(cwd: string, flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const explicit = flag ?? (env.IKZ_REGISTER || undefined);
  if (explicit !== undefined) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) break;
  }
  return resolve(cwd, "register");
}

/** Refuses a folder without ikz.yaml (exit 3) before any command reads it. */
export function requireRegister(root: string): void {
  if (!existsSync(join(root, CONFIG_FILE))) throw new EnvError("not-a-register", { dir: root });
}
