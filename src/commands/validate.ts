import type { Finding, FindingSummary, Issue } from "../domain/finding.js";
import { EXIT } from "../domain/errors.js";
import { readRegister, readRegisterFolder, recordTexts, registerIssues } from "../register/register-data.js";
import { compileSchemas } from "../schema/compile.js";
import { folderSource } from "../io/fs-source.js";
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
  // With --base every text is compared, so records keep their texts; otherwise the parallel, compact read.
  const schemas = compileSchemas();
  const current = options.base === undefined ? await readRegisterFolder(options.root, schemas, progress.update) : await readRegister(folderSource(options.root), schemas, progress.update);
  progress.finish();
  const issues: Issue[] = registerIssues(current);
  let pathPrefix = "";
  if (options.base !== undefined) {
    // Git and the base rules only when asked for: a plain validate spawns no process and loads none of it.
    const { readBaseBranch } = await import("../history/base-branch.js");
    const { checkAgainstBase } = await import("../domain/rules/base-rules.js");
    const base = await readBaseBranch(options.root, options.base, schemas);
    pathPrefix = base.prefix;
    issues.push(
      ...checkAgainstBase(
        { model: current.model, texts: recordTexts(current.loaded) },
        { model: base.fork.model, texts: recordTexts(base.fork.loaded) },
        { model: base.tip.model, label: base.label },
      ),
    );
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

/** `ikz validate` from the command line. */
export const runValidate: CommandRunner = async (inv, ctx) => {
  const format = (ctx.globals.json && inv.options.format === "text" ? "json" : inv.options.format) as FindingFormat;
  const base = inv.options.base as string | undefined;
  const result = await validate({ root: ctx.root, format, base, strict: inv.options.strict === true, toolVersion: ctx.version }, ctx.deps);
  return result.exitCode;
};
