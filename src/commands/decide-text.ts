import { DECISION_TYPE_LABELS, PHASE_LABELS, type DecisionType, type Phase } from "../domain/lifecycle.js";
import type { Decision, IkzConfig, Project, Report } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { decideMessages } from "../i18n/decide-messages.js";
import { codeLabel } from "../i18n/list-messages.js";
import { formatDate } from "../render/format.js";

/** What templates/decision.md receives (the names of the first template version, plus `labels`). */
export interface DecisionTemplateData {
  frontMatter: string;
  subject: string;
  text: string;
  conditions: Array<{ n: number; text: string; due?: string; owner?: string }>;
  vote?: string;
  reason: string;
  labels: Record<"subject" | "text" | "reason" | "vote" | "condition" | "until", string>;
  decision: Decision;
}

/** Translates a decide text. */
export function decideText(lang: Lang, key: string, params?: Record<string, string | number>): string {
  return translate(decideMessages, lang, key, params);
}

/** The body of a decision record: Gegenstand, Beschlusstext (with conditions), vote, Begründung – in the register's words. */
export function decisionBody(d: Decision, project: Project | undefined, config: IkzConfig, report: Report | undefined, overrides: { title?: string; text?: string }, lang: Lang): Omit<DecisionTemplateData, "frontMatter" | "decision"> {
  const t = (key: string, params?: Record<string, string | number>) => decideText(lang, key, params);
  const municipality = (id: string | undefined) => config.municipalities.find((m) => m.id === id)?.name ?? id ?? "";
  const milestone = project?.milestones?.find((m) => m.id === d.milestone);
  const period = report ? periodText(report.period, lang) : (d.report ?? "").split("/").pop() ?? "";
  const params: Record<string, string | number> = {
    actor: t(`actor.${d.body}`),
    label: DECISION_TYPE_LABELS[d.type as DecisionType][lang],
    title: overrides.title ?? project?.title ?? "",
    project: project?.id ?? "",
    lead: project?.lead !== undefined ? municipality(project.lead) : t("lead.none"),
    participants: (project?.participants ?? []).map((p) => municipality(p.municipality)).join(", ") || "—",
    manager: project?.project_manager?.name ?? "—",
    period,
    milestone: d.milestone ?? "",
    milestoneTitle: milestone?.title ?? "",
    milestoneDone: formatDate(milestone?.done, lang),
    legalForm: project?.legal_form !== undefined ? codeLabel("legal_form", project.legal_form, lang) : "—",
    signed: formatDate(project?.agreement?.signed, lang),
    effective: formatDate(project?.agreement?.effective, lang),
    supportKind: d.support_kind !== undefined ? codeLabel("support_kind", d.support_kind, lang) : "",
    resubmission: formatDate(d.resubmission, lang),
    phase: d.phase_after !== undefined ? PHASE_LABELS[d.phase_after as Phase][lang] : "",
  };
  const subjectKey = d.type === "standard" ? "subject.standard" : `subject.${d.type}` in decideMessages ? `subject.${d.type}` : "subject.default";
  const subject = overrides.title !== undefined && d.type !== "standard" ? overrides.title : t(subjectKey, params);
  let text: string;
  if (overrides.text !== undefined) text = overrides.text;
  else if (d.outcome === "rework" || d.outcome === "rejected" || d.outcome === "deferred") text = t(`text.${d.outcome}`, params);
  else text = t(`text.${d.type}`, params);
  if (d.outcome === "approved_with_conditions" && overrides.text === undefined) text = `${text} ${t("text.withConditions")}`;
  if (d.supersedes !== undefined) text = `${text}\n\n${t("text.supersedes", { supersedes: d.supersedes })}`;
  const conditions = (d.conditions ?? []).map((c, i) => ({
    n: i + 1,
    text: c.text,
    ...(c.due !== undefined ? { due: formatDate(c.due, lang) } : {}),
    ...(c.owner !== undefined ? { owner: municipality(c.owner) } : {}),
  }));
  const reason = d.reason ?? t(d.outcome === "deferred" ? "reason.deferred" : "reason.default");
  const vote = voteLine(d, lang);
  return {
    subject,
    text,
    conditions,
    ...(vote !== undefined ? { vote } : {}),
    reason,
    labels: { subject: t("label.subject"), text: t("label.text"), reason: t("label.reason"), vote: t("label.vote"), condition: t("label.condition"), until: t("label.until") },
  };
}

/** "5 Ja, 0 Nein, 1 Enthaltungen", "einvernehmlich …" or the circulation's replies; who was excluded stays internal. */
export function voteLine(d: Decision, lang: Lang): string | undefined {
  const t = (key: string, params?: Record<string, string | number>) => decideText(lang, key, params);
  const excluded = d.excluded?.length ? t("vote.excluded", { n: d.excluded.length }) : "";
  const counts = d.votes ? `${t(d.votes.abstain === 1 ? "vote.counts.oneAbstention" : "vote.counts", { for: d.votes.for, against: d.votes.against, abstain: d.votes.abstain })}${d.votes.against === 0 && d.votes.abstain === 0 && d.votes.for > 0 ? t("vote.unanimous") : ""}` : undefined;
  if (d.mode === "circulation") return `${t("vote.circulation", { replies: d.present?.length ?? 0 })}${counts ? `: ${counts}` : ""}${excluded}`;
  if (d.mode === "consensus") return `${t("vote.consensus")}${excluded}`;
  return counts === undefined ? undefined : `${counts}${excluded}`;
}

function periodText(period: string, lang: Lang): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return lang === "de" ? `${m[2]}. Quartal ${m[1]}` : `Q${m[2]} ${m[1]}`;
  const label = codeLabel("period", period, lang);
  return lang === "de" ? `„${label}“` : `'${label}'`;
}
