import type { PathSegment } from "../finding.js";
import type { RegisterIndex, RegisterModel } from "../model.js";
import type { Project } from "../types.generated.js";
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

  // The path is built only for a finding: this runs for every reference of the register, and nearly all resolve.
  const ref = (code: string, file: string, value: string | undefined, known: Known, a: PathSegment, b?: PathSegment, c?: PathSegment) => {
    if (value === undefined || known.has(value)) return;
    const path: PathSegment[] = b === undefined ? [a] : c === undefined ? [a, b] : [a, b, c];
    out.error(code, file, path, { value, hint: suggest(value, [...known.values()]) ?? "" });
  };
  const haveConfig = config !== undefined;

  for (const { file, data: p } of model.projects) {
    if (haveConfig) {
      ref("IKZ-REF-002", file, p.field, fields, "field");
      ref("IKZ-REF-001", file, p.lead, municipalities, "lead");
      ref("IKZ-REF-001", file, p.seat, municipalities, "seat");
      ref("IKZ-REF-006", file, p.sponsor, members, "sponsor");
      ref("IKZ-REF-001", file, p.project_manager?.municipality, municipalities, "project_manager", "municipality");
      const { participants = [], interest = [], council_resolutions: councils = [], funding = [] } = p;
      for (let i = 0; i < participants.length; i++) ref("IKZ-REF-001", file, participants[i]!.municipality, municipalities, "participants", i, "municipality");
      for (let i = 0; i < interest.length; i++) ref("IKZ-REF-001", file, interest[i]!.municipality, municipalities, "interest", i, "municipality");
      for (let i = 0; i < councils.length; i++) ref("IKZ-REF-001", file, councils[i]!.municipality, municipalities, "council_resolutions", i, "municipality");
      for (let i = 0; i < funding.length; i++) ref("IKZ-REF-007", file, funding[i]!.program, programs, "funding", i, "program");
      if (p.scores !== undefined) for (const key of Object.keys(p.scores)) if (!key.startsWith("x-")) ref("IKZ-REF-008", file, key, criteria, "scores", key);
    }
    const done = p.conditions_done ?? [];
    for (let i = 0; i < done.length; i++) ref("IKZ-REF-005", file, done[i]!.decision, decisions, "conditions_done", i, "decision");
  }
  for (const { file, data: d } of model.decisions) {
    ref("IKZ-REF-003", file, d.project, projects, "project");
    ref("IKZ-REF-004", file, d.meeting, meetings, "meeting");
    ref("IKZ-REF-009", file, d.report, reports, "report");
    ref("IKZ-REF-005", file, d.supersedes, decisions, "supersedes");
    const conditions = d.conditions ?? [];
    if (haveConfig) for (let i = 0; i < conditions.length; i++) ref("IKZ-REF-001", file, conditions[i]!.owner, municipalities, "conditions", i, "owner");
    if (d.milestone !== undefined && d.project !== undefined) {
      const project = index.projects.get(d.project);
      if (project) ref("IKZ-REF-010", file, d.milestone, milestonesOf(project.data), "milestone");
    }
    if (d.report !== undefined && d.project !== undefined && !(d.report.startsWith(d.project) && d.report.charCodeAt(d.project.length) === SLASH)) {
      out.error("IKZ-REF-012", file, ["report"], { value: d.report, project: d.project });
    }
  }
  for (const { file, data: m } of model.meetings) {
    const agenda = m.agenda ?? [];
    for (let i = 0; i < agenda.length; i++) ref("IKZ-REF-003", file, agenda[i]!.project, projects, "agenda", i, "project");
    const attendance = m.attendance ?? [];
    if (haveConfig) for (let i = 0; i < attendance.length; i++) ref("IKZ-REF-006", file, attendance[i]!.member, members, "attendance", i, "member");
  }
  for (const { file, data: r } of model.reports) {
    ref("IKZ-REF-003", file, r.project, projects, "project");
    const project = index.projects.get(r.project);
    const milestones = r.milestones ?? [];
    if (project && milestones.length > 0) {
      const known = milestonesOf(project.data);
      for (let i = 0; i < milestones.length; i++) ref("IKZ-REF-010", file, milestones[i]!.id, known, "milestones", i, "id");
    }
  }
  for (const { file, data: l } of model.lessons) {
    ref("IKZ-REF-003", file, l.project, projects, "project");
    const applied = l.applied_in ?? [];
    for (let i = 0; i < applied.length; i++) ref("IKZ-REF-003", file, applied[i], projects, "applied_in", i);
    const appliesTo = l.applies_to ?? [];
    if (haveConfig) for (let i = 0; i < appliesTo.length; i++) ref("IKZ-REF-002", file, appliesTo[i], fields, "applies_to", i);
  }
}

const SLASH = 0x2f;

/** A project's milestone IDs as known values, without copying them (a project has a handful). */
function milestonesOf(project: Project): Known {
  return new MilestoneIds(project.milestones ?? []);
}

class MilestoneIds implements Known {
  constructor(private readonly list: ReadonlyArray<{ id: string }>) {}

  has(value: string): boolean {
    for (const m of this.list) if (m.id === value) return true;
    return false;
  }

  values(): Iterable<string> {
    return new Set(this.list.map((m) => m.id));
  }
}
