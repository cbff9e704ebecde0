import type { PathSegment } from "../finding.js";
import type { RegisterIndex, RegisterModel } from "../model.js";
import { suggest } from "../suggest.js";
import type { IssueList } from "./issue-builder.js";

type Known = { has(value: string): boolean; values(): Iterable<string> };

/** Every reference between records and into ikz.yaml resolves; unknown values get a "did you mean". */
export function checkReferences(model: RegisterModel, index: RegisterIndex, out: IssueList): void {
  const config = model.config?.data;
  const setOf = (ids: Iterable<string>): Known => new Set(ids);
  const municipalities = index.municipalities;
  const fields = setOf(config?.fields.map((f) => f.id) ?? []);
  const members = setOf(config?.steering_group.members.map((m) => m.id) ?? []);
  const programs = setOf(config?.funding_programs?.map((p) => p.id) ?? []);
  const criteria = setOf(config?.priority_criteria?.map((c) => c.id) ?? []);
  const withInvalid = (map: Map<string, unknown>): Known => ({
    has: (v) => map.has(v) || model.invalidIds.has(v),
    values: () => map.keys(),
  });
  const projects = withInvalid(index.projects);
  const meetings = withInvalid(index.meetings);
  const decisions = withInvalid(index.decisions);
  const reports = withInvalid(index.reports);

  const ref = (code: string, file: string, path: PathSegment[], value: string | undefined, known: Known) => {
    if (value === undefined || known.has(value)) return;
    out.error(code, file, path, { value, hint: suggest(value, [...known.values()]) ?? "" });
  };
  const haveConfig = config !== undefined;

  for (const { file, data: p } of model.projects) {
    if (haveConfig) {
      ref("IKZ-REF-002", file, ["field"], p.field, fields);
      ref("IKZ-REF-001", file, ["lead"], p.lead, municipalities);
      ref("IKZ-REF-001", file, ["seat"], p.seat, municipalities);
      ref("IKZ-REF-006", file, ["sponsor"], p.sponsor, members);
      ref("IKZ-REF-001", file, ["project_manager", "municipality"], p.project_manager?.municipality, municipalities);
      p.participants?.forEach((x, i) => ref("IKZ-REF-001", file, ["participants", i, "municipality"], x.municipality, municipalities));
      p.interest?.forEach((x, i) => ref("IKZ-REF-001", file, ["interest", i, "municipality"], x.municipality, municipalities));
      p.council_resolutions?.forEach((x, i) => ref("IKZ-REF-001", file, ["council_resolutions", i, "municipality"], x.municipality, municipalities));
      p.funding?.forEach((x, i) => ref("IKZ-REF-007", file, ["funding", i, "program"], x.program, programs));
      for (const key of Object.keys(p.scores ?? {}).filter((k) => !k.startsWith("x-"))) ref("IKZ-REF-008", file, ["scores", key], key, criteria);
    }
    p.conditions_done?.forEach((x, i) => ref("IKZ-REF-005", file, ["conditions_done", i, "decision"], x.decision, decisions));
  }
  for (const { file, data: d } of model.decisions) {
    ref("IKZ-REF-003", file, ["project"], d.project, projects);
    ref("IKZ-REF-004", file, ["meeting"], d.meeting, meetings);
    ref("IKZ-REF-009", file, ["report"], d.report, reports);
    ref("IKZ-REF-005", file, ["supersedes"], d.supersedes, decisions);
    d.conditions?.forEach((c, i) => haveConfig && ref("IKZ-REF-001", file, ["conditions", i, "owner"], c.owner, municipalities));
    if (d.milestone !== undefined && d.project !== undefined) {
      const project = index.projects.get(d.project);
      const ids = new Set(project?.data.milestones?.map((m) => m.id) ?? []);
      if (project) ref("IKZ-REF-010", file, ["milestone"], d.milestone, ids);
    }
    if (d.report !== undefined && d.project !== undefined && !d.report.startsWith(`${d.project}/`)) {
      out.error("IKZ-REF-012", file, ["report"], { value: d.report, project: d.project });
    }
  }
  for (const { file, data: m } of model.meetings) {
    m.agenda?.forEach((a, i) => ref("IKZ-REF-003", file, ["agenda", i, "project"], a.project, projects));
    if (haveConfig) m.attendance?.forEach((a, i) => ref("IKZ-REF-006", file, ["attendance", i, "member"], a.member, members));
  }
  for (const { file, data: r } of model.reports) {
    ref("IKZ-REF-003", file, ["project"], r.project, projects);
    const project = index.projects.get(r.project);
    if (project) {
      const ids = new Set(project.data.milestones?.map((m) => m.id) ?? []);
      r.milestones?.forEach((m, i) => ref("IKZ-REF-010", file, ["milestones", i, "id"], m.id, ids));
    }
  }
  for (const { file, data: l } of model.lessons) {
    ref("IKZ-REF-003", file, ["project"], l.project, projects);
    l.applied_in?.forEach((p, i) => ref("IKZ-REF-003", file, ["applied_in", i], p, projects));
    if (haveConfig) l.applies_to?.forEach((f, i) => ref("IKZ-REF-002", file, ["applies_to", i], f, fields));
  }
}
