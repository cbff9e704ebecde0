import { RefusedError } from "../domain/errors.js";
import { latestReport as latestOf } from "../domain/checks.js";
import { takesEffect } from "../domain/lifecycle.js";
import { byDateThenId, groupBy, indexRegister, type Rec, type RegisterIndex, type RegisterModel } from "../domain/model.js";
import type { Decision, Report } from "../domain/types.generated.js";
import { sourceAsOf, type ResolvedSource } from "../history/as-of.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { toFindings } from "../register/to-findings.js";

/** A register read for the reading commands, with the reverse links computed once. */
export interface RegisterView {
  data: RegisterData;
  model: RegisterModel;
  index: RegisterIndex;
  resolved: ResolvedSource;
  /** Each project's latest report (by submission date, then period). */
  latestReport: Map<string, Rec<Report>>;
  /** Each accepted report's accepting decision. */
  acceptedBy: Map<string, Rec<Decision>>;
  decisionsByMeeting: Map<string, Rec<Decision>[]>;
  municipalityName(id: string): string;
  fieldName(id: string): string;
  memberName(id: string): string;
}

/**
 * Refuses a register whose ikz.yaml is there but broken (exit 1, as the write commands do): without it municipalities
 * and fields would show as bare ids and every lookup by name would fail with a misleading message. A state without any
 * ikz.yaml (an --as-of before the register existed) is left to the caller.
 */
export function requireValidConfig(data: RegisterData): void {
  if (data.model.config !== undefined) return;
  const config = data.loaded.records.find((r) => r.kind === "config");
  if (config === undefined) return;
  const issue = data.issues.find((i) => i.file === config.file && i.severity === "error");
  // Schema issues get their line and column only when put into words.
  const found = issue === undefined ? undefined : toFindings([issue], [config], "de")[0];
  throw new RefusedError("config-invalid.read", { where: found ? `${config.file}:${found.line}:${found.column}` : config.file });
}

/** Reads the register (working tree, or as committed at `asOf`) and computes the links between its records. */
export async function readView(root: string, asOf: string | undefined, timeZone: string): Promise<RegisterView> {
  const resolved = await sourceAsOf(root, asOf, timeZone);
  const data = await readRegister(resolved.source);
  requireValidConfig(data);
  const { model } = data;
  // The same rule as status and the exports: a late report for an old quarter does not replace the current one.
  const latestReport = new Map<string, Rec<Report>>();
  for (const [project, reports] of groupBy(model.reports, (r) => r.data.project)) latestReport.set(project, latestOf(reports)!);
  const decisions = [...model.decisions].sort(byDateThenId);
  const acceptedBy = new Map<string, Rec<Decision>>();
  for (const d of decisions) if (d.data.type === "accept_report" && d.data.report && takesEffect(d.data.outcome) && !acceptedBy.has(d.data.report)) acceptedBy.set(d.data.report, d);
  const config = model.config?.data;
  const names = (list: Array<{ id: string; name: string }> | undefined) => new Map((list ?? []).map((x) => [x.id, x.name]));
  const municipalities = names(config?.municipalities);
  const fields = names(config?.fields);
  const members = names(config?.steering_group.members);
  return {
    data,
    model,
    index: indexRegister(model),
    resolved,
    latestReport,
    acceptedBy,
    decisionsByMeeting: groupBy(decisions, (d) => d.data.meeting),
    municipalityName: (id) => municipalities.get(id) ?? id,
    fieldName: (id) => fields.get(id) ?? id,
    memberName: (id) => members.get(id) ?? id,
  };
}
