import { byDateThenId, compareIds, reportId } from "../domain/model.js";
import type { Project } from "../domain/types.generated.js";
import type { RegisterView } from "./register-view.js";
import type { ListFilters, ListKind } from "./list.js";

/** How a column's values are shown: numbers right-aligned, dates in the language's form, codes as words. */
type ValueType = "text" | "number" | "date" | "light" | "yesno" | "code" | "period";

export interface ListColumn {
  /** Catalogue keys of the heading, and of a narrower heading for the terminal table. */
  header: string;
  short?: string;
  type: ValueType;
  /** For `code` columns: the key whose code labels apply. */
  code?: string;
  shrink?: number;
  min?: number;
  /** A long title: on a line of its own when the table is too narrow for it. */
  stack?: boolean;
  /** The table shows abbreviations of the codes: spell them out under it. */
  legend?: boolean;
}

/** One listed record: file, front matter, computed values, and the values of the columns. */
export interface ListEntry {
  file: string;
  data: Record<string, unknown>;
  computed: Record<string, unknown>;
  values: unknown[];
}

const ID: ListColumn = { header: "col.id", type: "text" };
const DATE: ListColumn = { header: "col.date", type: "date" };
export const COLUMNS: Record<ListKind, ListColumn[]> = {
  projects: [
    ID,
    { header: "col.title", type: "text", shrink: 1, min: 20, stack: true },
    // Phase gives a little first ("Vorteilhaftigkeitspr…"), so that municipality names stay readable.
    { header: "col.phase", type: "code", code: "phase", shrink: 2, min: 21 },
    { header: "col.lead", type: "text", shrink: 3, min: 12 },
    { header: "col.participants", short: "col.participants.short", type: "number" },
    { header: "col.savings", short: "col.savings.short", type: "number" },
    { header: "col.light", type: "light" },
  ],
  decisions: [
    ID,
    DATE,
    { header: "col.type", type: "code", code: "type", shrink: 1, min: 16 },
    { header: "col.outcome", type: "code", code: "outcome", shrink: 2, min: 12 },
    { header: "col.project", type: "text" },
    { header: "col.body", type: "code", code: "body", legend: true },
  ],
  meetings: [
    ID,
    DATE,
    { header: "col.kind", type: "code", code: "kind", shrink: 1, min: 10 },
    { header: "col.location", type: "text", shrink: 2, min: 16 },
    { header: "col.status", type: "code", code: "status" },
    { header: "col.decisions", short: "col.decisions.short", type: "number" },
  ],
  reports: [
    { header: "col.project", type: "text" },
    { header: "col.period", type: "period", shrink: 2, min: 10 },
    { header: "col.kind", type: "code", code: "kind", shrink: 1, min: 11 },
    { header: "col.submitted", type: "date" },
    { header: "col.overall", short: "col.overall.short", type: "light" },
    { header: "col.accepted", type: "yesno" },
  ],
  lessons: [
    ID,
    DATE,
    { header: "col.title", type: "text", shrink: 1, min: 20, stack: true },
    { header: "col.kind", type: "code", code: "kind" },
    { header: "col.category", type: "code", code: "category" },
    { header: "col.released", type: "yesno" },
  ],
};

/** The columns and the selected, sorted records of one kind. */
export function listEntries(view: RegisterView, kind: ListKind, f: ListFilters): { columns: ListColumn[]; entries: ListEntry[] } {
  const { model } = view;
  const entry = (rec: { file: string; data: object }, values: unknown[], computed: Record<string, unknown> = {}): ListEntry => ({
    file: rec.file,
    data: rec.data as Record<string, unknown>,
    computed,
    values,
  });
  const matches = projectMatcher(view, kind === "reports" || kind === "lessons" ? { ...f, light: kind === "lessons" ? f.light : undefined, field: kind === "lessons" ? undefined : f.field } : f);
  const keep = (project: string | undefined) => matches === undefined || matches(project);
  let entries: ListEntry[];
  switch (kind) {
    case "projects":
      entries = [...model.projects].filter((p) => keep(p.data.id)).sort((a, b) => compareIds(a.data.id, b.data.id)).map((p) => {
        const latest = view.latestReport.get(p.data.id);
        const d = p.data;
        return entry(p, [d.id, d.title, d.phase, d.lead === undefined ? undefined : view.municipalityName(d.lead), d.participants?.length ?? 0, d.savings_planned_eur, latest?.data.lights.overall], {
          light: latest?.data.lights.overall ?? null,
          latest_report: latest ? reportId(latest.data) : null,
        });
      });
      break;
    case "decisions":
      entries = [...model.decisions].filter((d) => keep(d.data.project)).sort(byDateThenId).map((d) => entry(d, [d.data.id, d.data.date, d.data.type, d.data.outcome, d.data.project, d.data.body]));
      break;
    case "meetings":
      entries = [...model.meetings]
        .filter((m) => matches === undefined || meetingProjects(view, m.data.id, m.data.agenda).some(matches))
        .sort((a, b) => (a.data.date !== b.data.date ? (a.data.date < b.data.date ? -1 : 1) : compareIds(a.data.id, b.data.id)))
        .map((m) => {
          const decided = (view.decisionsByMeeting.get(m.data.id) ?? []).map((d) => d.data.id);
          return entry(m, [m.data.id, m.data.date, m.data.kind, m.data.location, m.data.status, decided.length], { decisions: decided });
        });
      break;
    case "reports":
      entries = [...model.reports]
        .filter((r) => keep(r.data.project) && (f.light === undefined || r.data.lights.overall === f.light))
        .sort((a, b) => compareIds(a.data.project, b.data.project) || (a.data.submitted < b.data.submitted ? -1 : a.data.submitted > b.data.submitted ? 1 : 0))
        .map((r) => {
          const by = view.acceptedBy.get(reportId(r.data));
          return entry(r, [r.data.project, r.data.period, r.data.kind, r.data.submitted, r.data.lights.overall, by !== undefined], { id: reportId(r.data), accepted_by: by?.data.id ?? null });
        });
      break;
    case "lessons":
      entries = [...model.lessons]
        .filter((l) => keep(l.data.project) && (f.field === undefined || (l.data.applies_to ?? []).includes(f.field) || projectOf(view, l.data.project)?.field === f.field))
        .sort((a, b) => (a.data.date !== b.data.date ? (a.data.date < b.data.date ? -1 : 1) : compareIds(a.data.id, b.data.id)))
        .map((l) => entry(l, [l.data.id, l.data.date, l.data.title, l.data.kind, l.data.category, l.data.released]));
      break;
  }
  return { columns: COLUMNS[kind], entries };
}

function projectOf(view: RegisterView, id: string | undefined): Project | undefined {
  return id === undefined ? undefined : view.index.projects.get(id)?.data;
}

/** Projects a meeting dealt with: on its agenda, or named by a decision taken in it. */
export function meetingProjects(view: RegisterView, meetingId: string, agenda: ReadonlyArray<{ project?: string }> | undefined): string[] {
  const ids = new Set<string>();
  for (const item of agenda ?? []) if (item.project) ids.add(item.project);
  for (const d of view.decisionsByMeeting.get(meetingId) ?? []) if (d.data.project) ids.add(d.data.project);
  return [...ids];
}

/** A test for "the record's project is selected", or undefined when no filter selects projects. */
function projectMatcher(view: RegisterView, f: ListFilters): ((id: string | undefined) => boolean) | undefined {
  if (f.phase === undefined && f.municipality === undefined && f.field === undefined && f.light === undefined) return undefined;
  return (id) => {
    const p = projectOf(view, id);
    if (!p) return false;
    if (f.phase !== undefined && p.phase !== f.phase) return false;
    if (f.municipality !== undefined && p.lead !== f.municipality && !(p.participants ?? []).some((x) => x.municipality === f.municipality)) return false;
    if (f.field !== undefined && p.field !== f.field) return false;
    return f.light === undefined || view.latestReport.get(p.id)?.data.lights.overall === f.light;
  };
}
