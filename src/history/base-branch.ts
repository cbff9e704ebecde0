import type { CompiledSchemas } from "../schema/compile.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { forkPoint, locateRepo, registerAtCommit, resolveCommit } from "./git-register.js";

/** The target branch of a merge request as `--base` names it: its tip, and where the current branch left it. */
export interface BaseBranch {
  label: string;
  /** Path of the register folder inside the repository ("" at the root, else with a trailing slash). */
  prefix: string;
  tip: RegisterData;
  /** The register at the fork point (the tip itself when HEAD is on it, or in a shallow clone). */
  fork: RegisterData;
}

/** Reads the register at the tip of `ref` and at the fork point of HEAD and `ref` (validate --base, renumber --base). */
export async function readBaseBranch(root: string, ref: string, schemas?: CompiledSchemas): Promise<BaseBranch> {
  const location = await locateRepo(root, "base");
  const tipCommit = await resolveCommit(location, ref);
  const forkCommit = (await forkPoint(location, tipCommit)) ?? tipCommit;
  const tip = await readRegister(await registerAtCommit(location, tipCommit, ref), schemas);
  const fork = forkCommit === tipCommit ? tip : await readRegister(await registerAtCommit(location, forkCommit, forkCommit.slice(0, 10)), schemas);
  return { label: ref, prefix: location.prefix, tip, fork };
}
