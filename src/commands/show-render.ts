import { translate, type Lang } from "../i18n/index.js";
import { savingsRatePct } from "../domain/savings-rate.js";
import { codeLabel, fieldLabel, listMessages } from "../i18n/list-messages.js";
import { formatDate, formatEuro, formatNumber, formatPercent } from "../render/format.js";
import { sanitizeCell } from "../render/table.js";
import type { Deps } from "./deps.js";
import { periodLabel } from "./list.js";
import type { RegisterView } from "./register-view.js";
import type { ShownRecord } from "./show.js";

/** Formats a front-matter value for people: dates, euros, percentages, code labels, names for IDs. */
export type ValueFormatter = (key: string, value: unknown, parent?: string) => string;

/** The label of a key: the criterion's name for a score, else the field label. */
function keyLabel(view: RegisterView, key: string, lang: Lang, parent?: string): string {
  if (parent === "scores") return view.model.config?.data.priority_criteria?.find((c) => c.id === key)?.name ?? key;
  return fieldLabel(key, lang);
}

const MUNICIPALITY_KEYS = new Set(["municipality", "lead", "seat", "owner", "represents"]);
const MEMBER_KEYS = new Set(["sponsor", "member", "present", "excluded"]);

/** A formatter for one register and language; names come from ikz.yaml when a view is given. */
export function valueFormatter(view: Pick<RegisterView, "municipalityName" | "fieldName" | "memberName"> | undefined, lang: Lang): ValueFormatter {
  return (key, value, parent) => {
    if (value === null || value === undefined) return "—";
    if (typeof value === "boolean") return translate(listMessages, lang, key === "present" ? (value ? "show.present" : "show.absent") : value ? "yes" : "no");
    if (typeof value === "number") {
      if (key.endsWith("_eur")) return formatEuro(value, lang);
      if (key.endsWith("_pct") || key === "cost_share") return formatPercent(value, lang);
      return formatNumber(value, lang);
    }
    if (typeof value !== "string") return sanitizeCell(JSON.stringify(value));
    const text = sanitizeCell(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
    if (key === "period") return periodLabel(text, lang);
    if (view && MUNICIPALITY_KEYS.has(key)) return view.municipalityName(text);
    if (view && MEMBER_KEYS.has(key)) return view.memberName(text);
    if (view && (key === "field" || key === "applies_to")) return view.fieldName(text);
    return codeLabel(key, text, lang, parent);
  };
}

/** Lines of a record's fields: a label and a value, or a label over indented lines for lists and maps. */
interface FieldLine {
  depth: number;
  label?: string;
  text: string;
}

/** Keys whose value speaks for itself inside a list entry ("Kelsterbach · federführend"), without a label. */
const UNLABELLED = new Set(["id", "municipality", "member", "name", "title", "text", "present", "program", "decision", "date", "body", "kind", "role", "level", "result", "status", "reference"]);

type Labeller = (key: string, parent?: string) => string;

function fieldLines(data: Record<string, unknown>, fmt: ValueFormatter, label: Labeller, depth = 0, parent?: string): FieldLine[] {
  const lines: FieldLine[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (depth === 0 && (key === "id" || key === "title" || key === "sample")) continue;
    const name = label(key, parent);
    if (Array.isArray(value)) {
      const scalars = value.every((v) => v === null || typeof v !== "object");
      if (scalars && value.every((v) => String(v).length <= 60)) lines.push({ depth, label: name, text: value.map((v) => fmt(key, v, parent)).join(", ") || "—" });
      else {
        lines.push({ depth, label: name, text: "" });
        for (const item of value) lines.push({ depth: depth + 1, text: item !== null && typeof item === "object" ? entryText(item as Record<string, unknown>, fmt, label, key) : fmt(key, item, parent) });
      }
    } else if (value !== null && typeof value === "object") {
      lines.push({ depth, label: name, text: "" });
      lines.push(...fieldLines(value as Record<string, unknown>, fmt, label, depth + 1, key));
    } else {
      lines.push({ depth, label: name, text: fmt(key, value, parent) });
    }
    // The savings rate is computed, never stored (spec/register.md); it is what funding rules look at.
    const baseline = data.baseline_costs_eur;
    if (depth === 0 && key === "savings_planned_eur" && typeof value === "number" && typeof baseline === "number" && baseline > 0) {
      lines.push({ depth, label: label("savings_rate"), text: fmt("savings_rate_pct", savingsRatePct(value, baseline)) });
    }
  }
  return lines;
}

function entryText(item: Record<string, unknown>, fmt: ValueFormatter, label: Labeller, parent: string): string {
  return Object.entries(item)
    .map(([k, v]) => {
      const value = v !== null && typeof v === "object" ? Object.entries(v as object).map(([a, b]) => `${label(a, k)} ${fmt(a, b, k)}`).join(", ") : fmt(k, v, parent);
      // A code shown as its word ("federführend") needs no label either; a date or amount does ("fällig 31.10.2024").
      const coded = typeof v === "string" && value !== v && !/^\d{4}-/.test(v);
      return UNLABELLED.has(k) || coded ? value : `${label(k, parent)} ${value}`;
    })
    .join(" · ");
}

const LINK_GROUPS: Record<string, string> = {
  decisions: "show.link.decisions", reports: "show.link.reports", lessons: "show.link.lessons", applied_lessons: "show.link.appliedLessons",
  meetings: "show.link.meetings", project: "show.link.project", projects: "show.link.projects", meeting: "show.link.meeting", report: "show.link.report",
  accepted_by: "show.link.acceptedBy", conditions_done: "show.link.conditionsDone", superseded_by: "show.link.supersededBy", applied_in: "show.link.appliedIn",
};

/** What the record is, in a few words: a title, or for records without one their kind and subject. */
function headline(shown: ShownRecord, view: RegisterView, lang: Lang): string {
  const d = shown.data;
  const str = (x: unknown) => (typeof x === "string" ? x : "");
  const projectTitle = view.index.projects.get(str(d.project))?.data.title;
  switch (shown.kind) {
    case "decision":
      return [codeLabel("type", str(d.type), lang), projectTitle].filter(Boolean).join(": ");
    case "meeting":
      return `${codeLabel("kind", str(d.kind), lang)}, ${formatDate(str(d.date), lang)}`;
    case "report":
      return [`${codeLabel("kind", str(d.kind), lang)} ${str(d.kind) === "quarterly" ? periodLabel(str(d.period), lang) : ""}`.trim(), projectTitle].filter(Boolean).join(": ");
    default:
      return str(d.title);
  }
}

/** Link groups shown even when empty: "no decisions yet" is news about a project, "not accepted" about a report. */
const ALWAYS_SHOWN = new Set(["project.decisions", "project.reports", "project.lessons", "project.meetings", "report.accepted_by"]);

/** The body's section headings, for a glance at what the text holds (about a line's worth). */
function sectionsOf(body: string): string {
  let out = "";
  for (const m of body.matchAll(/^##\s+(.+?)\s*$/gm)) {
    const next = out === "" ? sanitizeCell(m[1]!) : `${out} · ${sanitizeCell(m[1]!)}`;
    if (next.length > 90) return `${out} · …`;
    out = next;
  }
  return out;
}

/** `ikz show` as text for the terminal. */
export function renderText(shown: ShownRecord, fmt: ValueFormatter, deps: Deps, view: RegisterView): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(listMessages, deps.lang, key, params);
  const s = deps.styler;
  const title = headline(shown, view, deps.lang);
  const out: string[] = [];
  if (view.resolved.commit !== undefined) out.push(s.dim(t("list.asOf", { date: formatDate(view.resolved.date, deps.lang), commit: view.resolved.commit.slice(0, 10) })));
  out.push(s.bold(`${shown.id}${title && ` – ${sanitizeCell(title)}`}`), s.dim(`${t("show.file")}: ${shown.file}`));
  if (!shown.valid) out.push(s.yellow(t(invalidKey(shown))));
  out.push("");
  const lines = fieldLines(shown.data, fmt, (key, parent) => keyLabel(view, key, deps.lang, parent));
  const width = Math.max(t("show.sections").length, ...lines.filter((l) => l.depth === 0 && l.label).map((l) => l.label!.length)) + 2;
  for (const l of lines) {
    const indent = "  ".repeat(l.depth);
    if (l.label === undefined) out.push(`${"  ".repeat(l.depth - 1)}  - ${l.text}`);
    else out.push(`${indent}${l.depth === 0 ? l.label.padEnd(width) : `${l.label}: `}${l.text}`.trimEnd());
  }
  const sections = sectionsOf(shown.body);
  if (sections !== "") out.push(`${t("show.sections").padEnd(width)}${sections}`);
  for (const [group, items] of Object.entries(shown.links)) {
    if (items.length === 0 && !ALWAYS_SHOWN.has(`${shown.kind}.${group}`)) continue;
    out.push("", s.bold(`${t(LINK_GROUPS[group]!)} (${items.length})`));
    if (items.length === 0) out.push(`  ${t(group === "accepted_by" ? "show.notAccepted" : "show.none")}`);
    for (const item of items) out.push(`  ${item.date !== undefined ? `${formatDate(item.date, deps.lang)}  ` : ""}${item.id}  ${sanitizeCell(item.text)}`);
  }
  return `${out.join("\n")}\n`;
}

/** A record whose front matter could not be read at all has no fields to show; one that breaks its schema has. */
function invalidKey(shown: ShownRecord): string {
  return Object.keys(shown.data).length === 0 ? "show.unreadable" : "show.invalid";
}

/** Backslash-escapes what Markdown would read as markup, so register text stays text. */
function md(text: string): string {
  return sanitizeCell(text).replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

/** `ikz show` as Markdown. */
export function renderMarkdown(shown: ShownRecord, fmt: ValueFormatter, lang: Lang, view: RegisterView): string {
  const t = (key: string) => translate(listMessages, lang, key);
  const title = headline(shown, view, lang);
  const out = [`# ${md(shown.id)}${title && ` – ${md(title)}`}`, "", `${t("show.file")}: \`${shown.file.replace(/`/g, "")}\``, ""];
  if (!shown.valid) out.push(`> ${t(invalidKey(shown))}`, "");
  for (const l of fieldLines(shown.data, fmt, (key, parent) => keyLabel(view, key, lang, parent))) {
    const indent = "  ".repeat(l.depth);
    out.push(l.label === undefined ? `${indent}- ${md(l.text)}` : `${indent}- **${md(l.label)}:** ${md(l.text)}`.trimEnd());
  }
  for (const [group, items] of Object.entries(shown.links)) {
    if (items.length === 0 && !ALWAYS_SHOWN.has(`${shown.kind}.${group}`)) continue;
    out.push("", `## ${t(LINK_GROUPS[group]!)}`, "");
    if (items.length === 0) out.push(`- ${t(group === "accepted_by" ? "show.notAccepted" : "show.none")}`);
    for (const item of items) out.push(`- ${item.date !== undefined ? `${formatDate(item.date, lang)} ` : ""}**${md(item.id)}** ${md(item.text)}`);
  }
  return `${out.join("\n")}\n`;
}
