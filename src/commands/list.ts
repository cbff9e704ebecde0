import { EXIT, UsageError } from "../domain/errors.js";
import { PHASES, PHASE_LABELS, takesEffect } from "../domain/lifecycle.js";
import { byDateThenId, compareIds, groupBy, indexRegister, reportId, type Rec, type RegisterIndex, type RegisterModel } from "../domain/model.js";
import { suggest } from "../domain/suggest.js";
import type { Decision, Project, Report } from "../domain/types.generated.js";
import { sourceAsOf, type ResolvedSource } from "../history/as-of.js";
import { translate, type Lang } from "../i18n/index.js";
import { codeLabel, listMessages } from "../i18n/list-messages.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { toCsv } from "../render/csv.js";
import { formatDate, formatEuro, formatNumber } from "../render/format.js";
import type { Styler } from "../render/styler.js";
import { columnWidths, renderTable, type Cell, type Column, type Row } from "../render/table.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";

export const LIST_KINDS = ["projects", "decisions", "meetings", "reports", "lessons"] as const;
/** Which records `ikz list` lists. */
export type ListKind = (typeof LIST_KINDS)[number];
export type Light = "green" | "yellow" | "red";

/**
 * Options of `ikz list`. `phase`, `municipality`, `field` and `light` select projects (light: the overall light of
 * the project's latest report); other kinds keep the records of the selected projects (a meeting: one that had such
 * a project on its agenda or decided on it; a lesson: also by its `applies_to` fields). Reports are filtered by
 * their own overall light.
 */
export interface ListOptions {
  root: string;
  kind: ListKind;
  asOf?: string;
  phase?: string;
  municipality?: string;
  field?: string;
  light?: Light;
  format: "table" | "json" | "csv";
  /** Columns of the terminal; the table is cut to fit. */
  width: number;
}

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

/** Reads the register (working tree, or as committed at `asOf`) and computes the links between its records. */
export async function readView(root: string, asOf: string | undefined, timeZone: string): Promise<RegisterView> {
  const resolved = await sourceAsOf(root, asOf, timeZone);
  const data = await readRegister(resolved.source);
  const { model } = data;
  const byReport = (a: Rec<Report>, b: Rec<Report>) => (a.data.submitted !== b.data.submitted ? (a.data.submitted < b.data.submitted ? -1 : 1) : a.data.period < b.data.period ? -1 : 1);
  const latestReport = new Map<string, Rec<Report>>();
  for (const r of [...model.reports].sort(byReport)) latestReport.set(r.data.project, r);
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

/** Lists records of one kind, filtered, as an aligned table, JSON or Excel CSV on stdout; returns the entries. */
export async function list(options: ListOptions, deps: Deps): Promise<ListEntry[]> {
  const view = await readView(options.root, options.asOf, deps.timeZone);
  const filters = resolveFilters(view, options);
  const { columns, entries } = listEntries(view, options.kind, filters);
  const skipped = view.data.loaded.records.filter((r) => `${r.kind}s` === options.kind).length - view.model[options.kind].length;
  if (skipped > 0 && !deps.quiet) deps.err.write(`ikz: ${translate(listMessages, deps.lang, skipped === 1 ? "list.skipped.one" : "list.skipped", { count: skipped })}\n`);
  const t = (key: string) => translate(listMessages, deps.lang, key);
  if (options.format === "json") {
    deps.out.write(`${JSON.stringify(entries.map((e) => ({ file: e.file, ...e.data, ...(Object.keys(e.computed).length > 0 ? { computed: e.computed } : {}) })), null, 2)}\n`);
  } else if (options.format === "csv") {
    const csvValue = (v: unknown, i: number) => (typeof v === "number" ? v : cellText(columns[i]!, v, deps.lang, false));
    deps.out.write(toCsv([columns.map((c) => t(c.header)), ...entries.map((e) => e.values.map(csvValue))]));
  } else {
    if (view.resolved.commit !== undefined) deps.out.write(`${translate(listMessages, deps.lang, "list.asOf", { date: formatDate(view.resolved.date, deps.lang), commit: view.resolved.commit.slice(0, 10) })}\n\n`);
    deps.out.write(renderListTable(options.kind, columns, entries, deps.lang, deps.styler, options.width));
  }
  return entries;
}

/** The table of a listing: long titles cut with …, or, when that would leave too little of them, on a line of their own. */
function renderListTable(kind: ListKind, columns: readonly ListColumn[], entries: ListEntry[], lang: Lang, styler: Styler, width: number): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(listMessages, lang, key, params);
  const kindName = t(`kind.${kind}`);
  if (entries.length === 0) return `${t("list.none", { kind: kindName })}\n`;
  const tableColumns: Column[] = columns.map((c) => ({ header: t(c.short ?? c.header), align: c.type === "number" ? "right" : "left", shrink: c.shrink, min: c.min }));
  const rows: Row[] = entries.map((e) => e.values.map((v, i) => tableCell(columns[i]!, v, lang, styler)));
  const stack = columns.findIndex((c) => c.stack === true);
  let table: string;
  if (stack >= 0 && columnWidths(tableColumns, rows, { width })[stack]! < 30) {
    // Too narrow for a readable title next to the other columns: the title goes on a line under its row.
    const keep = (_: unknown, i: number) => i !== stack;
    const stacked = entries.map((e, r) => ({ cells: (rows[r] as Cell[]).filter(keep), detail: String(e.values[stack] ?? "") }));
    table = renderTable(tableColumns.filter(keep), stacked, { width, styler });
  } else {
    table = renderTable(tableColumns, rows, { width, styler });
  }
  const footer = [t("list.count", { count: entries.length, kind: entries.length === 1 ? t(`kind.one.${kind}`) : kindName })];
  if (kind === "projects") {
    const counted = entries.filter((e) => e.data.phase !== "cancelled");
    const total = counted.reduce((sum, e) => sum + (typeof e.data.savings_planned_eur === "number" ? e.data.savings_planned_eur : 0), 0);
    footer.push(t("list.savingsTotal", { amount: formatEuro(total, lang) }));
  }
  columns.forEach((c, i) => {
    if (!c.legend) return;
    // Abbreviated codes (LG, BDV) are spelt out once under the table.
    const codes = [...new Set(entries.map((e) => String(e.values[i] ?? "")).filter((v) => v !== ""))];
    const spelt = codes.map((v) => `${codeLabel(c.code!, v, lang, "short")} = ${codeLabel(c.code!, v, lang)}`).join(", ");
    if (codes.length > 0) footer.push(t("list.legend", { label: t(c.header), codes: spelt }));
  });
  return `${table}\n${footer.join("\n")}\n`;
}

/** A value as text: `short` labels (and – for nothing) for the terminal table, full labels for CSV. */
function cellText(column: ListColumn, value: unknown, lang: Lang, short: boolean): string {
  if (value === undefined || value === null || value === "") return short ? translate(listMessages, lang, "none") : "";
  const text = String(value);
  switch (column.type) {
    case "number":
      return typeof value === "number" ? formatNumber(value, lang) : text;
    case "date":
      return formatDate(text, lang);
    case "yesno":
      return translate(listMessages, lang, value === true ? "yes" : "no");
    case "period":
      return periodLabel(text, lang, short);
    case "light":
      return codeLabel("overall", text, lang);
    case "code":
      return codeLabel(column.code!, text, lang, short ? "short" : undefined);
    default:
      return text;
  }
}

/** A table cell; a traffic light in its colour. */
function tableCell(column: ListColumn, value: unknown, lang: Lang, styler: Styler): Cell {
  const text = cellText(column, value, lang, true);
  if (column.type !== "light") return text;
  const style = value === "green" ? styler.green : value === "yellow" ? styler.yellow : value === "red" ? styler.red : undefined;
  return { text, style };
}

/** A report period in words: "3. Quartal 2025", "Vorteilhaftigkeitsprüfung". */
export function periodLabel(period: string, lang: Lang, short = false): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  return q ? translate(listMessages, lang, "period.quarter", { year: q[1]!, quarter: q[2]! }) : codeLabel("period", period, lang, short ? "short" : undefined);
}

/** Filters as resolved against the register: codes checked, names turned into IDs. */
export interface ListFilters {
  phase?: string;
  municipality?: string;
  field?: string;
  light?: Light;
}

function resolveFilters(view: RegisterView, options: ListOptions): ListFilters {
  const config = view.model.config?.data;
  const phase = options.phase === undefined ? undefined : resolveCode("--phase", options.phase, PHASES.map((p) => ({ id: p, names: [PHASE_LABELS[p].de, PHASE_LABELS[p].en] })));
  const municipality = options.municipality === undefined ? undefined : resolveCode("--municipality", options.municipality, (config?.municipalities ?? []).map((x) => ({ id: x.id, names: [x.name] })));
  const field = options.field === undefined ? undefined : resolveCode("--field", options.field, (config?.fields ?? []).map((x) => ({ id: x.id, names: [x.name] })));
  return { phase, municipality, field, light: options.light };
}

/** Folds case, umlauts and ß so "Rüsselsheim", "ruesselsheim" and "RÜSSELSHEIM" match. */
export function fold(text: string): string {
  return text.trim().toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
}

/** An ID given by its code or name (case and umlauts folded), or by the start of one when that is unambiguous. */
function resolveCode(flag: string, value: string, known: Array<{ id: string; names: string[] }>): string {
  const wanted = fold(value);
  const hit = known.find((k) => fold(k.id) === wanted || k.names.some((n) => fold(n) === wanted));
  if (hit) return hit.id;
  const starts = known.filter((k) => [k.id, ...k.names].some((n) => fold(n).startsWith(wanted)));
  if (wanted.length >= 3 && starts.length === 1) return starts[0]!.id;
  const ids = known.map((k) => k.id);
  throw new UsageError("unknown-code", { flag, value, hint: suggest(value, ids) ?? "", known: ids.join(", ") });
}

const KIND_ALIASES: Record<string, ListKind> = {
  projects: "projects", project: "projects", projekte: "projects", projekt: "projects",
  decisions: "decisions", decision: "decisions", beschluesse: "decisions", beschluss: "decisions",
  meetings: "meetings", meeting: "meetings", sitzungen: "meetings", sitzung: "meetings",
  reports: "reports", report: "reports", berichte: "reports", bericht: "reports",
  lessons: "lessons", lesson: "lessons", erfahrungen: "lessons", erfahrung: "lessons",
};

/** The kind argument of `ikz list` (English or German, singular or plural); unknown is a usage error. */
export function parseKind(value: string | undefined): ListKind {
  if (value === undefined) return "projects";
  const kind = KIND_ALIASES[fold(value)];
  if (kind) return kind;
  throw new UsageError("list.unknown-kind", { value, hint: suggest(fold(value), Object.keys(KIND_ALIASES)) ?? "", known: LIST_KINDS.join(", ") });
}

/** `ikz list` from the command line. */
export const runList: CommandRunner = async (inv, ctx) => {
  const o = inv.options as { asOf?: string; phase?: string; municipality?: string; field?: string; light?: Light; format: ListOptions["format"] };
  // A terminal says how wide it is; pipes and files get 80 columns.
  const width = ctx.deps.out.isTTY ? Math.max(60, process.stdout.columns || 80) : 80;
  await list(
    { root: ctx.root, kind: parseKind(inv.args[0]), asOf: o.asOf, phase: o.phase, municipality: o.municipality, field: o.field, light: o.light, format: ctx.globals.json ? "json" : o.format, width },
    ctx.deps,
  );
  return EXIT.ok;
};

/** How a column's values are shown: numbers right-aligned, dates in the language's form, codes as words. */
type ValueType = "text" | "number" | "date" | "light" | "yesno" | "code" | "period";

interface ListColumn {
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
const COLUMNS: Record<ListKind, ListColumn[]> = {
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
function listEntries(view: RegisterView, kind: ListKind, f: ListFilters): { columns: ListColumn[]; entries: ListEntry[] } {
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
