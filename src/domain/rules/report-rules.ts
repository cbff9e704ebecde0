import { parseQuarterLabel, quarterEnd, quarterLabel, quarterOf, quarterStart as startOf } from "../quarter.js";
import type { Project, Report } from "../types.generated.js";
import type { Rec } from "../model.js";
import type { IssueList } from "./issue-builder.js";

/** First day of a quarter period such as 2025-Q2, or undefined for assessment/final/evaluation reports. */
export function quarterStart(period: string): string | undefined {
  const x = parseQuarterLabel(period);
  return x === undefined ? undefined : startOf(x);
}

/**
 * A quarterly report cannot be submitted before its quarter began (a typo in the period or the date), nor cover a
 * quarter that ended before its project was registered (`created`): there was no project to report on. A report for
 * the quarter in which the project was created is fine. No report is submitted before its project was created.
 * A submission date before both the quarter's start and the project's creation is one mistake in one field: it gets
 * the finding of the later bound, whose fix settles both.
 */
export function checkReport(report: Rec<Report>, project: Project | undefined, out: IssueList): void {
  const { submitted, period } = report.data;
  const x = parseQuarterLabel(period);
  const start = x === undefined ? undefined : startOf(x);
  // Any report, like a decision on the project, comes after the project was registered.
  const beforeCreated = project !== undefined && submitted < project.created;
  const beforeStart = start !== undefined && submitted < start;
  if (beforeCreated && !(beforeStart && start > project.created)) {
    out.error("IKZ-PRJ-005", report.file, ["submitted"], { date: submitted, before: project.created, what: project.id, anchor: "project" });
  } else if (beforeStart) {
    out.error("IKZ-RPT-001", report.file, ["submitted"], { submitted, period, start });
  }
  if (x === undefined) return;
  if (project !== undefined && quarterEnd(x) < project.created) {
    const params = { period, end: quarterEnd(x), project: project.id, created: project.created, first: quarterLabel(quarterOf(project.created)) };
    out.error("IKZ-RPT-002", report.file, ["period"], params);
  }
}
