import type { Portfolio, WaitingItem } from "../domain/portfolio.js";
import { formatDate, formatEuro, formatNumber } from "./format.js";
import { displayWidth } from "./table.js";
import { DECISION_TYPE_LABELS, type DecisionType } from "../domain/lifecycle.js";
import { translate, type Lang } from "../i18n/index.js";
import { statusMessages } from "../i18n/status-messages.js";
import type { Styler } from "./styler.js";

/** Where the shown state came from when it was read from Git (`--as-of`). */
export interface StatusSource {
  commit: string;
  date: string;
}

/** What the status renderers need besides the portfolio. */
export interface StatusRenderOptions {
  lang: Lang;
  color: Styler;
  source?: StatusSource;
}

/** The widest line the text output produces: readable on an 80-column terminal, wider ones keep spare room. */
export const TEXT_WIDTH = 80;

/** Number and date formats of one language, built once per rendering (Intl formatters are costly to create). */
export interface Formats {
  /** 31.03.2026 in German, 31 Mar 2026 in English. */
  date(iso: string): string;
  /** With the weekday: Do., 10.12.2026 / Thu, 10 Dec 2026. */
  dayDate(iso: string): string;
  /** Whole euros: 1.234.567 € / €1,234,567. */
  euro(amount: number): string;
  /** A count with thousands separators: 10.000 / 10,000. */
  count(n: number): string;
}

/** The formats people in Kreis Groß-Gerau read (German), or English ones. */
export function makeFormats(lang: Lang): Formats {
  const locale = lang === "de" ? "de-DE" : "en-GB";
  const dateOptions: Intl.DateTimeFormatOptions =
    lang === "de" ? { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" } : { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" };
  const dayDate = new Intl.DateTimeFormat(locale, { ...dateOptions, weekday: "short" });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  // Dates, money and counts look the same in every command (src/render/format.ts); only the weekday form is ours.
  return { date: (iso) => formatDate(iso, lang), dayDate: (iso) => dayDate.format(day(iso)), euro: (n) => formatEuro(n, lang), count: (n) => formatNumber(n, lang, 0) };
}

/** Register text for a terminal: control characters (ANSI escapes, bells) become U+FFFD, line breaks spaces. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?|\n/g, " ").replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, "\uFFFD");
}

// Columns on screen, not code points: a title typed on a Mac or pasted from a PDF spells ü as u + U+0308, which
// takes one column; counted as two, its row came out shorter and the columns after it out of line.
const width = displayWidth;

/** Cuts text to a width (in terminal columns), marking the cut with "…". */
export function fit(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = "";
  let used = 0;
  for (const ch of s) {
    const w = displayWidth(ch);
    if (used + w > Math.max(0, max - 1)) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** One table cell: plain text (measured and padded) and an optional colour applied after padding. */
interface Cell {
  text: string;
  paint?: (s: string) => string;
  right?: boolean;
}
type CellLike = Cell | string;

/** A line inside a table that spans all columns (a group heading); it does not widen any column. */
interface Heading {
  heading: string;
}
type Row = CellLike[] | Heading;

/** Aligned columns, two spaces apart, indented (group headings two less); the column `flex` takes what is left of 80 and cuts its text. */
function table(rows: Row[], flex?: number, paintHeading: (s: string) => string = (s) => s, indent = 2): string[] {
  const cells = rows.map((r) => ("heading" in r ? r : r.map((c) => (typeof c === "string" ? { text: c } : c))));
  const plain = cells.filter((r): r is Cell[] => Array.isArray(r));
  const columns = Math.max(0, ...plain.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...plain.map((r) => width(r[i]?.text ?? ""))));
  if (flex !== undefined && widths[flex] !== undefined) {
    const others = widths.reduce((sum, w, i) => (i === flex ? sum : sum + w), 0) + 2 * (columns - 1) + indent;
    widths[flex] = Math.max(10, Math.min(widths[flex]!, TEXT_WIDTH - others));
  }
  return cells.map((r) => {
    if (!Array.isArray(r)) return `${" ".repeat(Math.max(0, indent - 2))}${paintHeading(fit(r.heading, TEXT_WIDTH - indent + 2))}`;
    const parts = r.map((c, i) => {
      const w = widths[i]!;
      const text = fit(c.text, w);
      const pad = " ".repeat(Math.max(0, w - width(text)));
      const painted = c.paint ? c.paint(text) : text;
      return c.right ? pad + painted : i === r.length - 1 ? painted : painted + pad;
    });
    return (" ".repeat(indent) + parts.join("  ")).trimEnd();
  });
}

/** Wraps a line of plain words at 80 columns; continuation lines are indented by `indent` spaces. */
export function wrap(line: string, indent: number): string[] {
  const out: string[] = [];
  const lead = /^ */.exec(line)![0];
  let current = lead;
  for (const word of line.slice(lead.length).split(" ")) {
    const candidate = current.trim() === "" ? current + word : `${current} ${word}`;
    if (width(candidate) > TEXT_WIDTH && current.trim() !== "") {
      out.push(current);
      current = " ".repeat(indent) + word;
    } else current = candidate;
  }
  out.push(current);
  return out;
}

/** Renders the portfolio for a terminal: German headings by default, colour only on lights and overdue items. */
export function renderStatusText(p: Portfolio, options: StatusRenderOptions): string {
  const { lang, color } = options;
  const t = (key: string, params?: Record<string, string | number>) => translate(statusMessages, lang, key, params);
  const fmt = makeFormats(lang);
  const { date, euro } = fmt;
  const lightCell = (light: string | undefined): Cell =>
    light === undefined ? { text: t("status.dash") } : { text: t(`light.${light}`), paint: light === "red" ? color.red : light === "yellow" ? color.yellow : color.green };
  const days = (n: number) => t(n === 1 ? "status.days.one" : "status.days.other", { count: fmt.count(n) });
  const out: string[] = [];
  const section = (title: string, lines: string[]) => out.push("", color.bold(title), ...(lines.length > 0 ? lines : [`  ${t("status.none")}`]));

  out.push(color.bold(fit(t("status.title", { name: cleanText(p.register.name || t("status.defaultName")), date: date(p.today) }), TEXT_WIDTH)));
  if (options.source) out.push(t("status.asOf", { commit: options.source.commit.slice(0, 10) }));
  if (p.municipality) out.push(fit(t("status.municipality", { name: cleanText(p.municipality.name) }), TEXT_WIDTH));
  if (p.register.sample) out.push(t("status.sample"));

  const c = p.counts;
  const redCount = (n: number, s: string) => (n > 0 ? color.red(s) : s);
  const nextLine = p.nextMeeting ? `${fmt.dayDate(p.nextMeeting.date)} (${inDays(p.today, p.nextMeeting.date, t)})` : t("status.none");
  const n = fmt.count;
  section(t("status.overview"), [
    ...wrap(`  ${t("status.overview.projects")}: ${t("status.overview.projectsValue", { total: n(c.projects), active: n(c.active), onHold: n(c.onHold), closed: n(c.closed), cancelled: n(c.cancelled) })}`, 4),
    `  ${t("status.overview.lights")}: ${t("status.overview.lightsValue", { green: n(c.lights.green), yellow: n(c.lights.yellow), red: redCount(c.lights.red, n(c.lights.red)), none: n(c.lights.none) })}`,
    `  ${t("status.overview.overdue")}: ${redCount(c.overdueMilestones, n(c.overdueMilestones))} · ${t("status.overview.missing")}: ${redCount(c.missingReports, n(c.missingReports))}`,
    `  ${t("status.overview.waiting")}: ${n(c.waiting)} · ${t("status.overview.next")}: ${nextLine}`,
  ]);

  const shown = p.phases.filter((x) => x.count > 0);
  const most = Math.max(1, ...shown.map((x) => x.count));
  section(t("status.phases"), table(shown.map((x) => [x.label[lang], { text: n(x.count), right: true }, "█".repeat(Math.max(1, Math.round((x.count / most) * 30)))])));

  const projectRows: Row[] = [[t("status.col.project"), t("status.col.title"), t("status.col.light"), t("status.col.report")]];
  for (const phase of shown) {
    projectRows.push({ heading: `${phase.label[lang]} (${n(phase.count)})` });
    for (const x of p.projects.filter((y) => y.phase === phase.phase)) {
      const r = x.latestReport;
      projectRows.push([x.id, cleanText(x.title), lightCell(r?.lights.overall), r ? periodLabel(r.period, t) : t("status.dash")]);
    }
  }
  section(t("status.projects"), p.projects.length > 0 ? table(projectRows, 1, color.bold, 4) : []);

  const s = p.savings;
  section(t("status.savings"), table([
    [t("status.savings.planned"), { text: euro(s.plannedEur), right: true }],
    [t("status.savings.realized"), { text: euro(s.realizedEur), right: true }],
    ...s.realizedByYear.map((y) => [`  ${t("status.savings.year", { year: y.year })}`, { text: euro(y.eur), right: true }]),
  ]));

  const f = p.funding;
  const fundingRows: CellLike[][] = (["planned", "applied", "granted", "paid"] as const).map((k) => [t(`funding.${k}`), { text: n(f[k].count), right: true }, { text: euro(f[k].eur), right: true }]);
  if (f.overdue.count > 0) fundingRows.push([`  ${t("funding.overdue")}`, { text: n(f.overdue.count), right: true, paint: color.red }, { text: euro(f.overdue.eur), right: true, paint: color.red }]);
  if (f.cancelled.count > 0) fundingRows.push([t("funding.cancelled"), { text: n(f.cancelled.count), right: true }, { text: euro(f.cancelled.eur), right: true }]);
  section(t("status.funding"), table([[t("status.col.status"), { text: t("status.col.applications"), right: true }, { text: t("status.col.amount"), right: true }], ...fundingRows]));

  section(t("status.overdue"), p.overdueMilestones.length === 0 ? [] : table([
    [t("status.col.project"), t("status.col.milestone"), t("status.col.due"), { text: t("status.col.late"), right: true }],
    ...p.overdueMilestones.map((m) => [m.project, cleanText(`${m.milestone} ${m.title}`), date(m.due), { text: days(m.days), paint: color.red, right: true }]),
  ], 1));

  section(t("status.missing"), p.missingReports.length === 0 ? [] : table([
    [t("status.col.project"), t("status.col.title"), t("status.col.quarter"), t("status.col.dueBy")],
    ...p.missingReports.map((m) => [m.project, cleanText(m.projectTitle), { text: m.period, paint: color.red }, date(m.due)]),
  ], 1));

  section(t("status.waiting"), waitingLines(p.waiting, lang, fmt, t));

  const m = p.nextMeeting;
  const meetingLines: string[] = [];
  if (m) {
    meetingLines.push(`  ${t("status.next.line", { id: m.id, date: fmt.dayDate(m.date) })} (${inDays(p.today, m.date, t)}), ${t(`status.next.status.${m.status}`)}`);
    if (m.location) meetingLines.push(`  ${fit(cleanText(m.location), TEXT_WIDTH - 2)}`);
    if (m.agenda.length > 0) meetingLines.push(`  ${t("status.next.agenda")}:`, ...m.agenda.map((a) => `  ${String(a.item).padStart(3)}. ${fit(cleanText(a.title), TEXT_WIDTH - 7)}`));
  } else meetingLines.push(`  ${t("status.next.none")}`);
  section(t("status.next"), meetingLines);
  return out.join("\n") + "\n";
}

/** The waiting items grouped by project: the project line, then one indented line per decision it needs. */
function waitingLines(items: readonly WaitingItem[], lang: Lang, fmt: Formats, t: (key: string, params?: Record<string, string | number>) => string): string[] {
  const lines: string[] = [];
  const byProject = new Map<string, WaitingItem[]>();
  for (const item of items) byProject.set(item.project, [...(byProject.get(item.project) ?? []), item]);
  for (const [project, list] of byProject) {
    lines.push(`  ${project}  ${fit(cleanText(list[0]!.projectTitle), TEXT_WIDTH - 4 - width(project))}`);
    for (const item of list) lines.push(`  ${" ".repeat(width(project))}  ${fit(describeWaiting(item, lang, fmt, t), TEXT_WIDTH - 4 - width(project))}`);
  }
  return lines;
}

/** One waiting item in words: which decision, about what. */
export function describeWaiting(item: WaitingItem, lang: Lang, fmt: Formats, t: (key: string, params?: Record<string, string | number>) => string): string {
  const type = DECISION_TYPE_LABELS[item.decisionType as DecisionType]?.[lang] ?? item.decisionType;
  return t(`waiting.${item.kind}`, { type, report: item.report ?? "", milestone: item.milestone ?? "", date: item.date ? fmt.date(item.date) : "" });
}

/** "heute", "morgen", "in 12 Tagen". */
export function inDays(today: string, date: string, t: (key: string, params?: Record<string, string | number>) => string): string {
  const n = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return n === 0 ? t("status.next.in.today") : n === 1 ? t("status.next.in.one") : t("status.next.in.other", { count: n });
}

/** A report period as a short label: 2026-Q3 stays, assessment → Prüfung. */
export function periodLabel(period: string, t: (key: string) => string): string {
  return ["assessment", "final", "evaluation"].includes(period) ? t(`period.${period}`) : period;
}
