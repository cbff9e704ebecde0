import { plainStyler, type Styler } from "../render/styler.js";

/** Colour level for one stream: --no-color, then NO_COLOR, FORCE_COLOR, TERM=dumb, then whether it is a terminal. */
export function colorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const n = Number.parseInt(force, 10);
    return (Number.isNaN(n) ? 1 : Math.min(Math.max(n, 1), 3)) as 1 | 2 | 3;
  }
  if (env.TERM === "dumb" || !isTTY) return 0;
  return 1;
}

/**
 * A chalk-backed styler at a fixed level (chalk itself ignores NO_COLOR, so the level is decided here); without
 * colour the plain styler, and chalk is not even loaded (about 10 ms of every run in CI, where nothing is a terminal).
 */
export async function chalkStyler(level: 0 | 1 | 2 | 3): Promise<Styler> {
  if (level === 0) return plainStyler;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level });
  return { red: chalk.red, yellow: chalk.yellow, bold: chalk.bold, dim: chalk.dim, green: chalk.green };
}
