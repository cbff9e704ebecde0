import { compareIds, reportId, type Rec } from "../domain/model.js";
import type { Decision, Lesson, Meeting, Report } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { codeLabel, fieldLabel, listMessages } from "../i18n/list-messages.js";
import { periodLabel } from "./list.js";
import { meetingProjects } from "./list-entries.js";
import type { RegisterView } from "./register-view.js";
import type { LinkItem, ShownRecord } from "./show.js";

/** The records linked to a shown record, both ways, by group (decisions, reports, meetings, …). */
export function computeLinks(view: RegisterView, shown: ShownRecord, lang: Lang): Record<string, LinkItem[]> {
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
