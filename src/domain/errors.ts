/** Exit codes of spec/cli.md. */
export const EXIT = { ok: 0, findings: 1, usage: 2, environment: 3, cancelled: 130 } as const;

/** An error ikz expects and explains: a catalogue key, its params and the exit code it maps to. */
export class IkzError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
    readonly exitCode: number,
  ) {
    super(key);
    this.name = "IkzError";
  }
  /** Set by the write pipeline when it put every touched file and the index back after this error. */
  restored = false;
}

/** Wrong or missing command-line input (exit 2). */
export class UsageError extends IkzError {
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key, params, EXIT.usage);
  }
}

/** The environment is not as needed: not a register, Git missing or failing, locked, disk (exit 3). */
export class EnvError extends IkzError {
  constructor(key: string, params: Record<string, string | number> = {}) {
    super(key, params, EXIT.environment);
  }
}

/** A change the register's rules forbid (invalid transition, guard, append-only record): exit 1, nothing changed. */
export class RefusedError extends IkzError {
  constructor(key: string, params: Record<string, string | number> = {}, readonly details: readonly string[] = []) {
    super(key, params, EXIT.findings);
  }
}
