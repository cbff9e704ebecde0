import { runDateChecks } from "../domain/checks.js";
import { EXIT } from "../domain/errors.js";
import type { Finding, FindingSummary, Issue } from "../domain/finding.js";
import type { RegisterModel } from "../domain/model.js";
import type { Lang } from "../i18n/index.js";
import { tryGit } from "../io/git-process.js";
import { toFindings } from "../register/to-findings.js";
import { renderCheckMarkdown, type CheckProject } from "../render/check-md.js";
import { renderFindings, type FindingFormat } from "../render/findings/index.js";
import { plainStyler } from "../render/styler.js";
import { makeFormats } from "../render/status-text.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { readRegisterAsOf } from "./status.js";

export type CheckFormat = FindingFormat | "md";

export interface CheckOptions {
  root: string;
  /** `--as-of`: the register at that date or ref, checked as of that day. */
  asOf?: string;
  format: CheckFormat;
  /** Any finding makes the exit code 1 (and is reported as an error). */
  strict: boolean;
  toolVersion: string;
}

export interface CheckResult {
  findings: Finding[];
  summary: FindingSummary;
  today: string;
  exitCode: number;
}

/** Param keys of the date checks that hold dates; they are shown as people read dates (31.03.2026). */
const DATE_PARAMS = ["due", "date", "forecast", "submitted"];

function localizeDates(issues: readonly Issue[], lang: Lang): Issue[] {
  const { date } = makeFormats(lang);
  return issues.map((issue) => {
    if (!issue.params) return issue;
    const params = { ...issue.params };
    for (const key of DATE_PARAMS) {
      const value = params[key];
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) params[key] = date(value);
    }
    return { ...issue, params };
  });
}

/** Which project a record file belongs to: the project itself, its reports, its decisions. */
function projectsByFile(model: RegisterModel): (finding: Finding) => CheckProject | undefined {
  const titles = new Map(model.projects.map((p) => [p.data.id, p.data.title]));
  const byFile = new Map<string, string>();
  for (const p of model.projects) byFile.set(p.file, p.data.id);
  for (const r of model.reports) byFile.set(r.file, r.data.project);
  for (const d of model.decisions) if (d.data.project !== undefined) byFile.set(d.file, d.data.project);
  return (finding) => {
    const id = byFile.get(finding.file);
    return id === undefined ? undefined : { id, title: titles.get(id) ?? id };
  };
}

/** The date-aware checks of spec/lifecycle.md as findings, in the formats of `ikz validate` plus Markdown. */
export async function check(options: CheckOptions, deps: Deps): Promise<CheckResult> {
  const { data, today } = await readRegisterAsOf(options.root, options.asOf, deps);
  const issues = localizeDates(runDateChecks(data.model, today), deps.lang);
  const strictIssues = options.strict ? issues.map((i) => ({ ...i, severity: "error" as const })) : issues;
  const findings = toFindings(strictIssues, data.loaded.records, deps.lang);
  const summary: FindingSummary = {
    files: data.loaded.fileCount,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
  };
  if (options.format === "md") {
    deps.out.write(renderCheckMarkdown(findings, { lang: deps.lang, today, projectOf: projectsByFile(data.model) }));
  } else {
    // CI annotations name files from the repository root; text and JSON stay register-relative like validate's.
    const pathPrefix = options.format === "text" || options.format === "json" ? "" : ((await tryGit(options.root, ["rev-parse", "--show-prefix"])) ?? "");
    const color = options.format === "text" ? deps.styler : plainStyler;
    deps.out.write(await renderFindings(options.format, findings, summary, { lang: deps.lang, color, toolVersion: options.toolVersion, pathPrefix, quiet: deps.quiet }));
  }
  return { findings, summary, today, exitCode: options.strict && findings.length > 0 ? EXIT.findings : EXIT.ok };
}

/** `ikz check` from the command line. */
export const runCheck: CommandRunner = async (inv, ctx) => {
  const format = (ctx.globals.json && inv.options.format === "text" ? "json" : inv.options.format) as CheckFormat;
  const asOf = inv.options.asOf as string | undefined;
  const result = await check({ root: ctx.root, format, strict: inv.options.strict === true, toolVersion: ctx.version, ...(asOf !== undefined ? { asOf } : {}) }, ctx.deps);
  return result.exitCode;
};
