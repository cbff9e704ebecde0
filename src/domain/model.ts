import type { IkzConfig, Project, Decision, Meeting, Report, Lesson } from "./types.generated.js";

/** A record with the file it came from. */
export interface Rec<T> {
  file: string;
  data: T;
  body: string;
}

/** The register as typed data: only records that passed their schema, plus every ID seen at all. */
export interface RegisterModel {
  config?: Rec<IkzConfig>;
  projects: Rec<Project>[];
  decisions: Rec<Decision>[];
  meetings: Rec<Meeting>[];
  reports: Rec<Report>[];
  lessons: Rec<Lesson>[];
  /** IDs of records that exist but failed their schema: references to them are not "unknown". */
  invalidIds: Set<string>;
}

/** Report ID as other records name it: `<project-id>/<period>`. */
export function reportId(report: Pick<Report, "project" | "period">): string {
  return `${report.project}/${report.period}`;
}

/** Whether a steering-group member belongs to the roster on a date (ISO strings compare as dates). */
export function isMemberOn(member: { from: string; until?: string }, date: string): boolean {
  return member.from <= date && (member.until === undefined || date <= member.until);
}

/** Groups items by a key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Orders IDs `<prefix>-<year>-<n>` by prefix, year and number as numbers (B-2025-999 before B-2025-1000):
 * segment by segment, numeric segments as numbers. Sorting a large register calls this millions of times,
 * so it walks the strings in place and cuts out only the first pair of segments that differ.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  // Start of the current segment in each ID, or -1 once it has no more (a missing segment counts as "").
  let ia = 0;
  let ib = 0;
  while (ia !== -1 || ib !== -1) {
    const ea = segmentEnd(a, ia);
    const eb = segmentEnd(b, ib);
    if (!sameSegment(a, ia, ea, b, ib, eb)) {
      const x = ia === -1 ? "" : a.slice(ia, ea);
      const y = ib === -1 ? "" : b.slice(ib, eb);
      const nx = Number(x);
      const ny = Number(y);
      if (x !== "" && y !== "" && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
      return x < y ? -1 : 1;
    }
    ia = ia === -1 || ea === a.length ? -1 : ea + 1;
    ib = ib === -1 || eb === b.length ? -1 : eb + 1;
  }
  return 0;
}

function segmentEnd(id: string, start: number): number {
  if (start === -1) return -1;
  const dash = id.indexOf("-", start);
  return dash === -1 ? id.length : dash;
}

function sameSegment(a: string, ia: number, ea: number, b: string, ib: number, eb: number): boolean {
  const length = ia === -1 ? 0 : ea - ia;
  if (length !== (ib === -1 ? 0 : eb - ib)) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(ia + k) !== b.charCodeAt(ib + k)) return false;
  return true;
}

/** Decisions in replay order: by date, then ID. */
export function byDateThenId(a: Rec<Decision>, b: Rec<Decision>): number {
  if (a.data.date !== b.data.date) return a.data.date < b.data.date ? -1 : 1;
  return compareIds(a.data.id, b.data.id);
}

/** Indexes over a register, built once so every rule is a single pass. */
export interface RegisterIndex {
  projects: Map<string, Rec<Project>>;
  decisions: Map<string, Rec<Decision>>;
  meetings: Map<string, Rec<Meeting>>;
  reports: Map<string, Rec<Report>>;
  decisionsByProject: Map<string, Rec<Decision>[]>;
  /** Per replaced decision ID the decision that replaced it first (by date, then ID). */
  firstReplacement: Map<string, Decision>;
  lessons: Map<string, Rec<Lesson>>;
  lessonsByProject: Map<string, Rec<Lesson>[]>;
  municipalities: Set<string>;
}

/** Builds the indexes; when an ID occurs twice the first record wins (the duplicate is its own finding). */
export function indexRegister(model: RegisterModel): RegisterIndex {
  const first = <T extends { id: string }>(recs: Rec<T>[]) => {
    const map = new Map<string, Rec<T>>();
    for (const r of recs) if (!map.has(r.data.id)) map.set(r.data.id, r);
    return map;
  };
  const reports = new Map<string, Rec<Report>>();
  for (const r of model.reports) if (!reports.has(reportId(r.data))) reports.set(reportId(r.data), r);
  const decisionsByProject = groupBy([...model.decisions].sort(byDateThenId), (d) => d.data.project);
  const decisions = first(model.decisions);
  return {
    projects: first(model.projects),
    decisions,
    firstReplacement: firstReplacements(decisions.values()),
    meetings: first(model.meetings),
    reports,
    decisionsByProject,
    lessons: first(model.lessons),
    lessonsByProject: groupBy(model.lessons, (l) => l.data.project),
    municipalities: new Set(model.config?.data.municipalities.map((m) => m.id) ?? []),
  };
}

/** The earliest decision (by date, then ID; the first of equals) replacing each replaced decision, in one pass. */
function firstReplacements(decisions: Iterable<Rec<Decision>>): Map<string, Decision> {
  const earliest = new Map<string, Decision>();
  for (const { data: d } of decisions) {
    if (d.supersedes === undefined) continue;
    const held = earliest.get(d.supersedes);
    if (held === undefined || d.date < held.date || (d.date === held.date && compareIds(d.id, held.id) < 0)) earliest.set(d.supersedes, d);
  }
  return earliest;
}
