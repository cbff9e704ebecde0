import { EXIT, UsageError } from "../domain/errors.js";
import { PHASES, PHASE_LABELS } from "../domain/lifecycle.js";
import { suggest } from "../domain/suggest.js";
import { translate, type Lang } from "../i18n/index.js";
import { codeLabel, listMessages } from "../i18n/list-messages.js";
import { toCsv } from "../render/csv.js";
import { formatDate, formatEuro, formatNumber } from "../render/format.js";
import type { Styler } from "../render/styler.js";
import { columnWidths, renderTable, type Cell, type Column, type Row } from "../render/table.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { readView, type RegisterView } from "./register-view.js";
import { warnSkippedRecords } from "./skipped-records.js";
import { listEntries, type ListColumn, type ListEntry } from "./list-entries.js";
import { parseQuarterLabel } from "../domain/quarter.js";

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

/** Lists records of one kind, filtered, as an aligned table, JSON or Excel CSV on stdout; returns the entries. */
export async function list(options: ListOptions, deps: Deps): Promise<ListEntry[]> {
  const view = await readView(options.root, options.asOf, deps.timeZone);
  const filters = resolveFilters(view, options);
  const { columns, entries } = listEntries(view, options.kind, filters);
  warnSkippedRecords(view.data, [options.kind], deps, view.resolved);
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
  const q = parseQuarterLabel(period);
  return q ? translate(listMessages, lang, "period.quarter", { year: q.year, quarter: q.q }) : codeLabel("period", period, lang, short ? "short" : undefined);
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
