import type { Rec, RegisterModel } from "../domain/model.js";
import type { Decision, Lesson, Meeting, Project, Report } from "../domain/types.generated.js";
import type { Audience } from "./document.js";

/**
 * The one place where an export's audience is enforced (spec/register.md, "Audiences"). Every
 * export computes its figures from the register this returns, so no renderer can leak what the
 * audience may not see: a record narrower than the audience is dropped with everything that
 * hangs on it, and fields classified `internal` are removed from what remains.
 */

const RANK: Readonly<Record<Audience, number>> = { public: 0, council: 1, internal: 2 };

/** Fields that are internal wherever they stand, by record kind. */
export const INTERNAL_FIELDS = {
  project: ["project_manager"],
  report: ["risks", "support_needed", "author"],
  decision: ["present", "excluded", "votes"],
  meeting: ["attendance", "actions", "guests"],
  lesson: ["author"],
} as const;

/** Whether a record whose widest audience is `visibility` may reach `audience` (a public record reaches everyone, an internal one only the steering group). */
export function reaches(visibility: Audience, audience: Audience): boolean {
  return RANK[visibility] <= RANK[audience];
}

function defaultVisibility(kind: keyof typeof INTERNAL_FIELDS, data: { released?: boolean }): Audience {
  if (kind === "report") return "council";
  if (kind === "meeting") return "internal";
  if (kind === "lesson") return data.released === true ? "public" : "internal";
  return "public";
}

/** The widest audience a record may reach: its own `visibility`, else the default for its kind. */
export function visibilityOf(kind: keyof typeof INTERNAL_FIELDS, data: { visibility?: string; released?: boolean }): Audience {
  const v = data.visibility;
  return v === "public" || v === "council" || v === "internal" ? v : defaultVisibility(kind, data);
}

/** Drops internal fields and unclassified extension keys (`x-…`), which may hold anything. */
function strip<T extends object>(data: T, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (fields.includes(key) || key.startsWith("x-")) continue;
    out[key] = value;
  }
  return out as T;
}

function keep<T extends object>(kind: keyof typeof INTERNAL_FIELDS, records: readonly Rec<T>[], audience: Audience, extra: (data: T) => boolean = () => true): Rec<T>[] {
  return records
    .filter((r) => reaches(visibilityOf(kind, r.data as { visibility?: string; released?: boolean }), audience) && extra(r.data))
    .map((r) => ({ ...r, data: strip(r.data, INTERNAL_FIELDS[kind]) }));
}

/**
 * The register as `audience` may see it. `internal` returns the model unchanged. For `council`
 * and `public`: records narrower than the audience are dropped; decisions, reports and lessons of
 * a dropped project are dropped too (they would reveal it); decisions of a dropped meeting keep
 * their content but lose the meeting reference; internal fields go everywhere. Bodies of meetings
 * never leave the steering group (the minutes name members and votes).
 */
export function forAudience(model: RegisterModel, audience: Audience): RegisterModel {
  if (audience === "internal") return model;
  const projects = keep<Project>("project", model.projects, audience);
  const visibleProjects = new Set(projects.map((p) => p.data.id));
  const projectVisible = (id: string | undefined) => id === undefined || visibleProjects.has(id);
  const meetings = keep<Meeting>("meeting", model.meetings, audience).map((m) => ({ ...m, body: "" }));
  const visibleMeetings = new Set(meetings.map((m) => m.data.id));
  const decisions = keep<Decision>("decision", model.decisions, audience, (d) => projectVisible(d.project)).map((d) => {
    if (d.data.meeting === undefined || visibleMeetings.has(d.data.meeting)) return d;
    const { meeting: _hidden, ...rest } = d.data;
    return { ...d, data: rest as Decision };
  });
  const reports = keep<Report>("report", model.reports, audience, (r) => projectVisible(r.project));
  const lessons = keep<Lesson>("lesson", model.lessons, audience, (l) => projectVisible(l.project));
  return { config: model.config, projects, decisions, meetings, reports, lessons, invalidIds: new Set() };
}
