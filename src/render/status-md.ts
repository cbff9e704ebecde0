import type { Portfolio, WaitingItem } from "../domain/portfolio.js";
import { PHASE_LABELS } from "../domain/lifecycle.js";
import { translate } from "../i18n/index.js";
import { statusMessages } from "../i18n/status-messages.js";
import { describeWaiting, inDays, makeFormats, periodLabel, type StatusRenderOptions } from "./status-text.js";

/** Register text inside Markdown: one line, Markdown syntax characters escaped so a title cannot break a table. */
export function mdText(s: string): string {
  return s
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

/** A GFM table; `right` marks columns of numbers. */
export function mdTable(head: readonly string[], rows: readonly string[][], right: readonly number[] = []): string[] {
  const rule = head.map((_, i) => (right.includes(i) ? "---:" : "---"));
  return [`| ${head.join(" | ")} |`, `| ${rule.join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

const LIGHT_ICON: Record<string, string> = { green: "🟢", yellow: "🟡", red: "🔴" };

/** The portfolio as Markdown for pasting into documents: tables, and a Mermaid pie chart of projects per phase. */
export function renderStatusMarkdown(p: Portfolio, options: StatusRenderOptions): string {
  const { lang } = options;
  const t = (key: string, params?: Record<string, string | number>) => translate(statusMessages, lang, key, params);
  const fmt = makeFormats(lang);
  const { date, euro, count } = fmt;
  const none = `_${t("status.none")}_`;
  const out: string[] = [`# ${mdText(t("status.title", { name: p.register.name || t("status.defaultName"), date: date(p.today) }))}`, ""];
  const notes: string[] = [];
  if (options.source) notes.push(t("status.asOf", { commit: `\`${options.source.commit.slice(0, 10)}\`` }));
  if (p.municipality) notes.push(mdText(t("status.municipality", { name: p.municipality.name })));
  if (p.register.sample) notes.push(t("status.sample"));
  if (notes.length > 0) out.push(...notes.map((n, i) => `> ${n}${i < notes.length - 1 ? "  " : ""}`), "");
  const section = (title: string, lines: string[]) => out.push(`## ${title}`, "", ...(lines.length > 0 ? lines : [none]), "");

  const c = p.counts;
  const next = p.nextMeeting ? `${p.nextMeeting.id}, ${fmt.dayDate(p.nextMeeting.date)} (${inDays(p.today, p.nextMeeting.date, t)})` : t("status.none");
  section(t("status.overview"), [
    `- **${t("status.overview.projects")}:** ${t("status.overview.projectsValue", { total: count(c.projects), active: count(c.active), onHold: count(c.onHold), closed: count(c.closed), cancelled: count(c.cancelled) })}`,
    `- **${t("status.overview.lights")}:** ${t("status.overview.lightsValue", { green: count(c.lights.green), yellow: count(c.lights.yellow), red: count(c.lights.red), none: count(c.lights.none) })}`,
    `- **${t("status.overview.overdue")}:** ${c.overdueMilestones}`,
    `- **${t("status.overview.missing")}:** ${c.missingReports}`,
    `- **${t("status.overview.waiting")}:** ${c.waiting}`,
    `- **${t("status.overview.next")}:** ${next}`,
  ]);

  const shown = p.phases.filter((x) => x.count > 0);
  section(t("status.phases"), shown.length === 0 ? [] : [
    "```mermaid",
    "pie showData",
    `    title ${t("status.phases")}`,
    ...shown.map((x) => `    "${x.label[lang]}" : ${x.count}`),
    "```",
    "",
    ...mdTable([t("status.col.phase"), t("status.col.count")], [...shown.map((x) => [x.label[lang], count(x.count)]), [`**${t("status.col.total")}**`, `**${count(c.projects)}**`]], [1]),
  ]);

  section(t("status.projects"), p.projects.length === 0 ? [] : mdTable(
    [t("status.col.project"), t("status.col.title"), t("status.col.phase"), t("status.col.light"), t("status.col.report")],
    p.projects.map((x) => {
      const light = x.latestReport?.lights.overall;
      return [x.id, mdText(x.title), PHASE_LABELS[x.phase][lang], light ? `${LIGHT_ICON[light]} ${t(`light.${light}`)}` : "–", x.latestReport ? periodLabel(x.latestReport.period, t) : "–"];
    }),
  ));

  section(t("status.savings"), mdTable(["", t("status.col.amount")], [
    [t("status.savings.planned"), euro(p.savings.plannedEur)],
    [t("status.savings.realized"), euro(p.savings.realizedEur)],
    ...p.savings.realizedByYear.map((y) => [t("status.savings.year", { year: y.year }), euro(y.eur)]),
  ], [1]));

  section(t("status.funding"), mdTable([t("status.col.status"), t("status.col.applications"), t("status.col.amount")],
    (["planned", "applied", "granted", "paid", "overdue", "cancelled"] as const)
      .filter((k) => (k !== "overdue" && k !== "cancelled") || p.funding[k].count > 0)
      .map((k) => [t(`funding.${k}`), count(p.funding[k].count), euro(p.funding[k].eur)]), [1, 2]));

  const days = (n: number) => t(n === 1 ? "status.days.one" : "status.days.other", { count: count(n) });
  section(t("status.overdue"), p.overdueMilestones.length === 0 ? [] : mdTable(
    [t("status.col.project"), t("status.col.milestone"), t("status.col.due"), t("status.col.late")],
    p.overdueMilestones.map((m) => [m.project, mdText(`${m.milestone} ${m.title}`), date(m.due), days(m.days)]), [3]));

  section(t("status.missing"), p.missingReports.length === 0 ? [] : mdTable(
    [t("status.col.project"), t("status.col.title"), t("status.col.quarter"), t("status.col.dueBy")],
    p.missingReports.map((m) => [m.project, mdText(m.projectTitle), m.period, date(m.due)])));

  section(t("status.waiting"), p.waiting.length === 0 ? [] : mdTable(
    [t("status.col.project"), t("status.col.title"), t("status.col.subject")],
    p.waiting.map((w: WaitingItem) => [w.project, mdText(w.projectTitle), mdText(describeWaiting(w, lang, fmt, t))])));

  const m = p.nextMeeting;
  const meeting: string[] = [];
  if (m) {
    meeting.push(`**${m.id}** · ${fmt.dayDate(m.date)} (${inDays(p.today, m.date, t)}) · ${t(`status.next.status.${m.status}`)}${m.location ? ` · ${mdText(m.location)}` : ""}`);
    if (m.agenda.length > 0) meeting.push("", `**${t("status.next.agenda")}**`, "", ...m.agenda.map((a) => `${a.item}. ${mdText(a.title)}`));
  } else meeting.push(t("status.next.none"));
  section(t("status.next"), meeting);
  return out.join("\n").replace(/\n+$/, "\n");
}
