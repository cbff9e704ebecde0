import type { Finding, FindingSummary, Issue } from "../domain/finding.js";
import { EXIT } from "../domain/errors.js";
import { readRegisterFolder, registerIssues } from "../register/register-data.js";
import { compileSchemas, type CompiledSchemas } from "../schema/compile.js";
import type { BaseDelta } from "../history/base-delta.js";
import { renderFindings, type FindingFormat } from "../render/findings/index.js";
import { plainStyler } from "../render/styler.js";
import { terminalProgress } from "../render/progress.js";
import { translate } from "../i18n/index.js";
import { cliMessages } from "../i18n/cli-messages.js";
import type { Deps } from "./deps.js";
import type { CommandRunner } from "./context.js";

export interface ValidateOptions {
  root: string;
  format: FindingFormat;
  /** Git ref of the base branch: also check append-only records and ID collisions against it. */
  base?: string;
  /** Warnings count as errors. */
  strict: boolean;
  toolVersion: string;
}

export interface ValidateResult {
  findings: Finding[];
  summary: FindingSummary;
  exitCode: number;
}

/** YAML, schema and register rules over the whole register, printed in the chosen format. */
export async function validate(options: ValidateOptions, deps: Deps): Promise<ValidateResult> {
  const progress = terminalProgress(deps.err, deps.lang, translate(cliMessages, deps.lang, "progress.read"), !deps.quiet);
  const schemas = compileSchemas();
  // With --base, a wrong ref is reported before the register is read; then Git (its own processes) works out
  // the changes while ikz reads. Git and the base rules load only when asked for: a plain validate spawns nothing.
  const baseDelta = options.base === undefined ? undefined : await startBaseDelta(options.root, options.base, schemas);
  // The parallel, compact read also with --base: the few records it compares read their texts again.
  const current = await readRegisterFolder(options.root, schemas, progress.update);
  progress.finish();
  const issues: Issue[] = registerIssues(current);
  let pathPrefix = "";
  if (baseDelta !== undefined) {
    const { baseSnapshots } = await import("../history/base-snapshots.js");
    const { checkAgainstBase } = await import("../domain/rules/base-rules.js");
    const delta = await baseDelta.pending;
    pathPrefix = delta.prefix;
    const { current: now, fork, base } = baseSnapshots(current, delta);
    issues.push(...checkAgainstBase(now, fork, { model: base, label: delta.label }));
  } else if (options.format !== "text" && options.format !== "json") {
    const { tryGit } = await import("../io/git-process.js");
    pathPrefix = (await tryGit(options.root, ["rev-parse", "--show-prefix"])) ?? "";
  }
  const strictIssues = options.strict ? issues.map((i) => (i.severity === "warning" ? { ...i, severity: "error" as const } : i)) : issues;
  // The message catalogues (about 60 KB of modules) are loaded only when there is something to say.
  const findings = strictIssues.length === 0 ? [] : (await import("../register/to-findings.js")).toFindings(strictIssues, current.loaded.records, deps.lang);
  const summary: FindingSummary = {
    files: current.loaded.fileCount,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
  const color = options.format === "text" ? deps.styler : plainStyler;
  deps.out.write(await renderFindings(options.format, findings, summary, { lang: deps.lang, color, toolVersion: options.toolVersion, pathPrefix, quiet: deps.quiet }));
  return { findings, summary, exitCode: summary.errors > 0 ? EXIT.findings : EXIT.ok };
}

/**
 * Finds the base commits (a wrong ref fails here), then starts reading their changes. The read comes back
 * wrapped, as an async function would otherwise wait for it, and is awaited once the register is read.
 */
async function startBaseDelta(root: string, ref: string, schemas: CompiledSchemas): Promise<{ pending: Promise<BaseDelta> }> {
  const { findBase, readBaseDelta } = await import("../history/base-delta.js");
  const pending = readBaseDelta(await findBase(root, ref), schemas);
  // Handled where it is awaited; until then a failure must not count as an unhandled rejection.
  pending.catch(() => undefined);
  return { pending };
}

/** `ikz validate` from the command line. */
export const runValidate: CommandRunner = async (inv, ctx) => {
  const format = (ctx.globals.json && inv.options.format === "text" ? "json" : inv.options.format) as FindingFormat;
  const base = inv.options.base as string | undefined;
  const result = await validate({ root: ctx.root, format, base, strict: inv.options.strict === true, toolVersion: ctx.version }, ctx.deps);
  return result.exitCode;
};
