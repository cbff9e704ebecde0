import type { CompiledSchemas } from "../../src/schema/compile.js";
import { readRegister, type RegisterData } from "../../src/register/register-data.js";
import { forkPoint, locateRepo, registerAtCommit, resolveCommit } from "../../src/history/git-register.js";

// The reference for validate --base and renumber --base, which read only what Git names as changed
// (src/history/base-delta.ts): the register read whole at the target's tip and at the fork point, as ikz did
// it before. test/history/base-delta.test.ts requires both ways to give the same answers.

/** The target branch of a merge request as `--base` names it: its tip, and where the current branch left it. */
export interface BaseBranch {
  label: string;
  /** Path of the register folder inside the repository ("" at the root, else with a trailing slash). */
  prefix: string;
  tip: RegisterData;
  /** The register at the fork point (the tip itself when HEAD is on it, or in a shallow clone). */
  fork: RegisterData;
}

/** Reads the register at the tip of `ref` and at the fork point of HEAD and `ref`, each whole. */
export async function readBaseBranch(root: string, ref: string, schemas?: CompiledSchemas): Promise<BaseBranch> {
  const location = await locateRepo(root, "base");
  const tipCommit = await resolveCommit(location, ref);
  const forkCommit = (await forkPoint(location, tipCommit)) ?? tipCommit;
  const tip = await readRegister(await registerAtCommit(location, tipCommit, ref), schemas);
  const fork = forkCommit === tipCommit ? tip : await readRegister(await registerAtCommit(location, forkCommit, forkCommit.slice(0, 10)), schemas);
  return { label: ref, prefix: location.prefix, tip, fork };
}
