import { EXIT, UsageError } from "../domain/errors.js";
import { compareIds, reportId, type Rec } from "../domain/model.js";
import { suggest } from "../domain/suggest.js";
import type { Decision, Lesson, Meeting, Report } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { codeLabel, fieldLabel, listMessages } from "../i18n/list-messages.js";
import { idFromPath, type RecordKind } from "../register/layout.js";
import { formatDate, formatEuro, formatNumber, formatPercent } from "../render/format.js";
import { sanitizeCell } from "../render/table.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { periodLabel } from "./list.js";
import { meetingProjects } from "./list-entries.js";
import { readView, type RegisterView } from "./register-view.js";

export interface ShowOptions {
  root: string;
  id: string;
  asOf?: string;
  format: "text" | "json" | "md";
}

/** A link to another record, as data (for JSON) and in words (for text and Markdown). */
export interface LinkItem {
  id: string;
  date?: string;
  text: string;
  data: Record<string, unknown>;
}

/** One record as `ikz show` presents it: its front matter and the records linked to it, both ways. */
export interface ShownRecord {
  kind: Exclude<RecordKind, "config">;
  id: string;
  file: string;
  /** False when the record breaks its schema: its fields are shown as written. */
  valid: boolean;
  data: Record<string, unknown>;
  body: string;
  links: Record<string, LinkItem[]>;
}

/** Shows one record by ID (case-insensitive) with its computed links, as text, Markdown or JSON. */
export async function show(options: ShowOptions, deps: Deps): Promise<ShownRecord> {
  const view = await readView(options.root, options.asOf, deps.timeZone);
  const shown = findRecord(view, options.id);
  shown.links = computeLinks(view, shown, deps.lang);
  if (options.format === "json") {
    const asOf = view.resolved.commit === undefined ? {} : { as_of: { date: view.resolved.date, commit: view.resolved.commit } };
    deps.out.write(`${JSON.stringify({ ...shown, ...asOf }, null, 2)}\n`);
  } else {
    const fmt = valueFormatter(withSubstitutes(view, shown, deps.lang), deps.lang);
    deps.out.write(options.format === "md" ? renderMarkdown(shown, fmt, deps.lang, view) : renderText(shown, fmt, deps, view));
  }
  return shown;
}

/**
 * For a decision taken in a meeting: a member who was represented there reads as the substitute, "Eva Muster (in
 * Vertretung von Thomas Schell)", in `present` and `excluded` alike.
 */
function withSubstitutes(view: RegisterView, shown: ShownRecord, lang: Lang): RegisterView {
  const meetingId = shown.kind === "decision" && typeof shown.data.meeting === "string" ? shown.data.meeting : undefined;
  const attendance = meetingId !== undefined ? (view.index.meetings.get(meetingId)?.data.attendance ?? []) : [];
  const subs = new Map(attendance.filter((a) => a.substitute !== undefined).map((a) => [a.member, a.substitute!]));
  if (subs.size === 0) return view;
  return { ...view, memberName: (id) => (subs.has(id) ? translate(listMessages, lang, "show.substitute", { substitute: subs.get(id)!, member: view.memberName(id) }) : view.memberName(id)) };
}

function findRecord(view: RegisterView, wanted: string): ShownRecord {
  const all: Array<{ id: string; record: (typeof view.data.loaded.records)[number] }> = [];
  for (const record of view.data.loaded.records) {
    if (record.kind === "config") continue;
    const data = (record.data ?? {}) as Record<string, unknown>;
    const id = record.kind === "report" && typeof data.project === "string" && typeof data.period === "string" ? `${data.project}/${data.period}` : typeof data.id === "string" ? data.id : idFromPath(record.kind, record.file);
    if (id !== undefined) all.push({ id, record });
  }
  const key = wanted.trim().toLowerCase();
  const hit = all.find((x) => x.id.toLowerCase() === key);
  if (!hit) throw new UsageError("record.unknown-id", { id: wanted, hint: suggest(wanted.trim(), all.map((x) => x.id)) ?? "" });
  const { record } = hit;
  const kind = record.kind as ShownRecord["kind"];
  const typed = view.model[`${kind}s`].find((r: Rec<object>) => r.file === record.file);
  return { kind, id: hit.id, file: record.file, valid: typed !== undefined, data: (typed?.data ?? record.data ?? {}) as Record<string, unknown>, body: record.body, links: {} };
}

function computeLinks(view: RegisterView, shown: ShownRecord, lang: Lang): Record<string, LinkItem[]> {
  const t = (key: string, params?: Record<string, string | number>) => translate(listMessages, lang, key, params);
  const { index, model } = view;
  const decisionItem = (d: Rec<Decision>, withProject = false): LinkItem => {
    const x = d.data;
    const phases = x.phase_before !== undefined && x.phase_after !== undefined && x.phase_before !== x.phase_after ? ` (${codeLabel("phase", x.phase_before, lang)} → ${codeLabel("phase", x.phase_after, lang)})` : "";
    const project = withProject && x.project !== undefined ? ` · ${x.project} ${index.projects.get(x.project)?.data.title ?? ""}`.trimEnd() : "";
    return { id: x.id, date: x.date, text: `${codeLabel("type", x.type, lang)} – ${codeLabel("outcome", x.outcome, lang)}${phases}${project}`, data: { type: x.type, outcome: x.outcome, project: x.project ?? null } };
  };
  const reportItem = (r: Rec<Report>): LinkItem => {
    const id = reportId(r.data);
    const by = view.acceptedBy.get(id);
    const lights = r.data.lights;
    const others = (["schedule", "costs", "quality", "resources"] as const).filter((k) => lights[k] !== undefined).map((k) => `${fieldLabel(k, lang)} ${codeLabel(k, lights[k]!, lang)}`);
    const text = `${periodLabel(r.data.period, lang)} · ${t("show.lights", { overall: codeLabel("overall", lights.overall, lang) })}${others.length > 0 ? ` (${others.join(", ")})` : ""} · ${by ? t("show.acceptedBy", { id: by.data.id }) : t("show.notAccepted")}`;
    return { id, date: r.data.submitted, text, data: { period: r.data.period, lights, accepted_by: by?.data.id ?? null } };
  };
  const projectItem = (id: string): LinkItem => {
    const p = index.projects.get(id)?.data;
    return { id, text: p ? `${p.title} (${codeLabel("phase", p.phase, lang)})` : "?", data: { title: p?.title ?? null, phase: p?.phase ?? null } };
  };
  const lessonItem = (l: Rec<Lesson>): LinkItem => ({ id: l.data.id, date: l.data.date, text: l.data.title, data: { title: l.data.title, released: l.data.released } });
  const meetingItem = (m: Rec<Meeting>, notes: string[] = []): LinkItem => ({ id: m.data.id, date: m.data.date, text: [m.data.location ?? codeLabel("kind", m.data.kind, lang), ...notes].join(" · "), data: { location: m.data.location ?? null, status: m.data.status } });
  const byDate = (a: LinkItem, b: LinkItem) => ((a.date ?? "") < (b.date ?? "") ? -1 : (a.date ?? "") > (b.date ?? "") ? 1 : compareIds(a.id, b.id));
  const d = shown.data;
  switch (shown.kind) {
    case "project": {
      const decisions = index.decisionsByProject.get(shown.id) ?? [];
      const meetings = model.meetings.flatMap((m) => {
        const notes = (m.data.agenda ?? []).filter((a) => a.project === shown.id).map((a) => t("show.onAgenda", { item: a.item, title: a.title }));
        for (const x of view.decisionsByMeeting.get(m.data.id) ?? []) if (x.data.project === shown.id) notes.push(t("show.decided", { id: x.data.id }));
        return notes.length > 0 ? [meetingItem(m, notes)] : [];
      });
      return {
        decisions: decisions.map((x) => decisionItem(x)),
        reports: model.reports.filter((r) => r.data.project === shown.id).map(reportItem).sort(byDate),
        lessons: (index.lessonsByProject.get(shown.id) ?? []).map(lessonItem).sort(byDate),
        applied_lessons: model.lessons.filter((l) => (l.data.applied_in ?? []).includes(shown.id)).map(lessonItem).sort(byDate),
        meetings: meetings.sort(byDate),
      };
    }
    case "decision": {
      const meeting = typeof d.meeting === "string" ? index.meetings.get(d.meeting) : undefined;
      const report = typeof d.report === "string" ? index.reports.get(d.report) : undefined;
      const conditions = Array.isArray(d.conditions) ? (d.conditions as Array<{ text?: string }>) : [];
      // Fulfilled conditions are recorded on the project (conditions_done), not in the decision, which stays as taken.
      const done = typeof d.project === "string" ? (index.projects.get(d.project)?.data.conditions_done ?? []).filter((c) => c.decision === shown.id) : [];
      return {
        project: typeof d.project === "string" ? [projectItem(d.project)] : [],
        meeting: meeting ? [meetingItem(meeting)] : [],
        report: report ? [reportItem(report)] : [],
        superseded_by: model.decisions.filter((x) => x.data.supersedes === shown.id).map((x) => decisionItem(x)),
        conditions_done: done
          .map((c) => ({ id: t("show.conditionN", { n: c.index }), date: c.date, text: `${t("show.fulfilled")}${conditions[c.index - 1]?.text !== undefined ? `: ${conditions[c.index - 1]!.text}` : ""}`, data: { index: c.index, date: c.date } }))
          .sort(byDate),
      };
    }
    case "meeting":
      return {
        decisions: (view.decisionsByMeeting.get(shown.id) ?? []).map((x) => decisionItem(x, true)),
        projects: meetingProjects(view, shown.id, (d as unknown as Meeting).agenda).sort(compareIds).map(projectItem),
      };
    case "report": {
      const by = view.acceptedBy.get(shown.id);
      return { project: typeof d.project === "string" ? [projectItem(d.project)] : [], accepted_by: by ? [decisionItem(by)] : [] };
    }
    case "lesson":
      return {
        project: typeof d.project === "string" ? [projectItem(d.project)] : [],
        applied_in: (Array.isArray(d.applied_in) ? (d.applied_in as string[]) : []).map(projectItem),
      };
  }
}

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
      lines.push({ depth, label: label("savings_rate"), text: fmt("savings_rate_pct", Math.round((value / baseline) * 1000) / 10) });
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

function renderText(shown: ShownRecord, fmt: ValueFormatter, deps: Deps, view: RegisterView): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(listMessages, deps.lang, key, params);
  const s = deps.styler;
  const title = headline(shown, view, deps.lang);
  const out: string[] = [];
  if (view.resolved.commit !== undefined) out.push(s.dim(t("list.asOf", { date: formatDate(view.resolved.date, deps.lang), commit: view.resolved.commit.slice(0, 10) })));
  out.push(s.bold(`${shown.id}${title && ` – ${sanitizeCell(title)}`}`), s.dim(`${t("show.file")}: ${shown.file}`));
  if (!shown.valid) out.push(s.yellow(t("show.invalid")));
  out.push("");
  const lines = fieldLines(shown.data, fmt, (key, parent) => keyLabel(view, key, deps.lang, parent));
  const width = Math.max(0, ...lines.filter((l) => l.depth === 0 && l.label).map((l) => l.label!.length)) + 2;
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

/** Backslash-escapes what Markdown would read as markup, so register text stays text. */
function md(text: string): string {
  return sanitizeCell(text).replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

function renderMarkdown(shown: ShownRecord, fmt: ValueFormatter, lang: Lang, view: RegisterView): string {
  const t = (key: string) => translate(listMessages, lang, key);
  const title = headline(shown, view, lang);
  const out = [`# ${md(shown.id)}${title && ` – ${md(title)}`}`, "", `${t("show.file")}: \`${shown.file.replace(/`/g, "")}\``, ""];
  if (!shown.valid) out.push(`> ${t("show.invalid")}`, "");
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

/** `ikz show` from the command line. */
export const runShow: CommandRunner = async (inv, ctx) => {
  const o = inv.options as { asOf?: string; format: ShowOptions["format"] };
  await show({ root: ctx.root, id: inv.args[0] ?? "", asOf: o.asOf, format: ctx.globals.json ? "json" : o.format }, ctx.deps);
  return EXIT.ok;
};
