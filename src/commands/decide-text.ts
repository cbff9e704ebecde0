import { DECISION_TYPE_LABELS, PHASE_LABELS, type DecisionType, type Phase } from "../domain/lifecycle.js";
import { isMemberOn } from "../domain/model.js";
import type { Decision, IkzConfig, Meeting, Project, Report } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { decideMessages } from "../i18n/decide-messages.js";
import { codeLabel } from "../i18n/list-messages.js";
import { formatDate } from "../render/format.js";
import { parseQuarterLabel } from "../domain/quarter.js";

/** What templates/decision.md receives (the names of the first template version, plus `labels`). */
export interface DecisionTemplateData {
  frontMatter: string;
  subject: string;
  text: string;
  conditions: Array<{ n: number; text: string; due?: string; owner?: string }>;
  vote?: string;
  /** The vote line's own label when it carries more than "Abstimmungsergebnis" (circulation: who replied). */
  voteLabel?: string;
  /** Who took no part for a conflict of interest, as a sentence naming them. */
  excluded?: string;
  reason: string;
  labels: Record<"subject" | "text" | "reason" | "vote" | "condition" | "until", string>;
  decision: Decision;
}

/** Translates a decide text. */
export function decideText(lang: Lang, key: string, params?: Record<string, string | number>): string {
  return translate(decideMessages, lang, key, params);
}

/** An outcome in decide's words ("mit Auflagen beschlossen"), the one name used in files, prompts and commit messages. */
export function outcomeText(outcome: string, lang: Lang): string {
  return `outcome.${outcome}` in decideMessages ? decideText(lang, `outcome.${outcome}`) : outcome;
}

/** "A, B und C" / "A, B and C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${lang === "de" ? "und" : "and"} ${names.at(-1)}`;
}

/** The body of a decision record: Gegenstand, Beschlusstext (with conditions), vote, Begründung – in the register's words, nothing invented. */
export function decisionBody(d: Decision, project: Project | undefined, config: IkzConfig, report: Report | undefined, overrides: { title?: string; text?: string; supersededDate?: string; meeting?: Meeting }, lang: Lang): Omit<DecisionTemplateData, "frontMatter" | "decision"> {
  const t = (key: string, params?: Record<string, string | number>) => decideText(lang, key, params);
  const municipality = (id: string | undefined) => config.municipalities.find((m) => m.id === id)?.name ?? id ?? "";
  const milestone = project?.milestones?.find((m) => m.id === d.milestone);
  const period = report ? periodText(report.period, lang) : (d.report ?? "").split("/").pop() ?? "";
  const unanimous = d.votes !== undefined && d.votes.against === 0 && d.votes.abstain === 0 && d.votes.for > 0;
  const params: Record<string, string | number> = {
    actor: t(`actor.${d.body}`),
    label: DECISION_TYPE_LABELS[d.type as DecisionType][lang],
    title: overrides.title ?? project?.title ?? "",
    project: project?.id ?? "",
    lead: project?.lead !== undefined ? municipality(project.lead) : t("lead.none"),
    participants: joinNames((project?.participants ?? []).map((p) => municipality(p.municipality)), lang) || "—",
    manager: project?.project_manager?.name ?? "—",
    period,
    milestone: d.milestone ?? "",
    milestoneTitle: milestone?.title ?? "",
    milestoneDone: formatDate(milestone?.done, lang),
    legalForm: project?.legal_form !== undefined ? codeLabel("legal_form", project.legal_form, lang) : "—",
    signed: formatDate(project?.agreement?.signed, lang),
    effective: formatDate(project?.agreement?.effective, lang),
    supportKind: d.support_kind !== undefined ? t(`supportKind.${d.support_kind}`) : "",
    resubmission: formatDate(d.resubmission, lang),
    phase: d.phase_after !== undefined ? PHASE_LABELS[d.phase_after as Phase][lang] : "",
    change: overrides.text ?? "",
    // One word for one thing: a consensus is "einvernehmlich", a vote without dissent "einstimmig".
    unanimously: d.mode === "consensus" ? t("byConsensus") : unanimous ? t("unanimously") : "",
  };
  const objectKey = d.type === "standard" || `object.${d.type}` in decideMessages ? `object.${d.type}` : "object.default";
  params.object = t(objectKey, params);
  const subjectKey = `subject.${d.type}` in decideMessages ? `subject.${d.type}` : "subject.default";
  const subject = overrides.title !== undefined && d.type !== "standard" ? overrides.title : t(subjectKey, params);
  let text: string;
  const own = `text.${d.outcome}.${d.type}`;
  if ((d.outcome === "rework" || d.outcome === "rejected" || d.outcome === "deferred") && own in decideMessages) text = t(own, params);
  else if (d.outcome === "rework" || d.outcome === "rejected" || d.outcome === "deferred") text = t(`text.${d.outcome}`, params);
  else if (d.type === "change_mandate") text = t("text.change_mandate", params);
  else if (d.type === "standard" && overrides.text !== undefined) text = t("text.standardWith", params);
  else if (overrides.text !== undefined) text = overrides.text;
  else if (d.type === "accept_report" && report?.kind === "assessment") text = t(d.phase_after === "proposal" ? "text.accept_report.assessment" : "text.accept_report.assessmentOnly", params);
  else text = t(`text.${d.type}`, params);
  // With a rejection or deferral the given text is what was rejected or deferred; it follows the resolution.
  if (overrides.text !== undefined && d.type !== "change_mandate" && ["rework", "rejected", "deferred"].includes(d.outcome)) text = `${text}\n\n${overrides.text}`;
  if (d.outcome === "approved_with_conditions") text = `${text} ${t("text.withConditions")}`;
  if (d.supersedes !== undefined) text = `${text}\n\n${t(overrides.supersededDate !== undefined ? "text.supersedesDated" : "text.supersedes", { supersedes: d.supersedes, date: formatDate(overrides.supersededDate, lang) })}`;
  const conditions = (d.conditions ?? []).map((c, i) => ({
    n: i + 1,
    text: c.text,
    ...(c.due !== undefined ? { due: formatDate(c.due, lang) } : {}),
    ...(c.owner !== undefined ? { owner: municipality(c.owner) } : {}),
  }));
  const vote = voteLine(d, lang);
  const excluded = excludedLine(d, config, lang, overrides.meeting);
  const voteLabel = d.mode === "circulation" ? circulationLabel(d, config, lang) : undefined;
  return {
    subject,
    text,
    conditions,
    ...(vote !== undefined ? { vote } : {}),
    ...(voteLabel !== undefined ? { voteLabel } : {}),
    ...(excluded !== undefined ? { excluded } : {}),
    reason: d.reason ?? t("reason.none"),
    labels: { subject: t("label.subject"), text: t("label.text"), reason: t("label.reason"), vote: t("label.vote"), condition: t("label.condition"), until: t("label.until") },
  };
}

/** The full tally "5 Ja, 0 Nein, 1 Enthaltung (einstimmig)", "einvernehmlich …"; none for a funder, who does not vote. */
export function voteLine(d: Decision, lang: Lang): string | undefined {
  const t = (key: string, params?: Record<string, string | number>) => decideText(lang, key, params);
  if (d.body === "funder" && d.votes === undefined) return undefined;
  const v = d.votes;
  const counts = v ? `${t("vote.counts", { for: v.for, against: v.against, abstain: t(v.abstain === 1 ? "vote.abstain.one" : "vote.abstain", { n: v.abstain }) })}${v.against === 0 && v.abstain === 0 && v.for > 0 ? t("vote.unanimous") : ""}` : undefined;
  if (d.mode === "circulation") return counts ?? t("vote.circulation.noneAgainst");
  if (d.mode === "consensus") return t("vote.consensus");
  return counts;
}

/** "Abstimmungsergebnis (Umlaufverfahren, 5 von 6 Mitgliedern haben geantwortet)". */
function circulationLabel(d: Decision, config: IkzConfig, lang: Lang): string {
  const members = config.steering_group.members.filter((m) => isMemberOn(m, d.date)).length;
  const replies = d.present?.length ?? 0;
  return decideText(lang, replies === 1 ? "vote.circulation.one" : "vote.circulation", { replies, members });
}

/** Who took no part for a conflict of interest: the member, or the substitute who sat in the member's place. */
export function excludedNames(d: Decision, config: IkzConfig, lang: Lang, meeting?: Meeting): string[] {
  return (d.excluded ?? []).map((id) => {
    const name = config.steering_group.members.find((m) => m.id === id)?.name ?? id;
    // `ikz meeting open` writes a represented member as present with a substitute; a hand-written record may say present: false.
    const stand = meeting?.attendance?.find((a) => a.member === id && a.substitute !== undefined)?.substitute;
    return stand === undefined ? name : decideText(lang, "excluded.substitute", { substitute: stand, member: name });
  });
}

/** "Patrick Burghardt nahm wegen Befangenheit an Beratung und Beschlussfassung nicht teil." */
export function excludedLine(d: Decision, config: IkzConfig, lang: Lang, meeting?: Meeting): string | undefined {
  if (!d.excluded?.length) return undefined;
  const names = excludedNames(d, config, lang, meeting);
  return decideText(lang, names.length === 1 ? "excluded.one" : "excluded.many", { names: joinNames(names, lang) });
}

function periodText(period: string, lang: Lang): string {
  const x = parseQuarterLabel(period);
  if (x) return lang === "de" ? `${x.q}. Quartal ${x.year}` : `Q${x.q} ${x.year}`;
  const label = codeLabel("period", period, lang);
  return lang === "de" ? `„${label}“` : `'${label}'`;
}
