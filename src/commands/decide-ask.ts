import { IkzError, UsageError } from "../domain/errors.js";
import { translate, type Lang } from "../i18n/index.js";
import { errorMessages } from "../i18n/error-messages.js";
import { ACTIVE_PHASES, DECISION_TYPE_LABELS, OUTCOMES, lifecycleOf, takesEffect, typesAllowedIn, type DecisionType, type Outcome, type Phase } from "../domain/lifecycle.js";
import type { Condition } from "../domain/types.generated.js";
import type { RegisterData } from "../register/register-data.js";
import { decideText, outcomeText } from "./decide-text.js";
import { formatDate } from "../render/format.js";
import type { DecideInput } from "./decide.js";
import { findMeeting, modeOf, reasonNeededFor } from "./decide.js";
import type { Deps } from "./deps.js";
import { parsePlannedDate } from "./date-horizon.js";
import { parseCondition, parseVotes } from "./decide-flags.js";
import type { Choice, Prompter } from "./prompter.js";
import { presentAtMeeting } from "../domain/rules/decision-rules.js";

const NO_PROJECT = "-";

/** Asks a person at a terminal for every value the flags left open: meeting, project (from the agenda), type, outcome, votes, conditions, reason. */
export async function askMissing(given: DecideInput, data: RegisterData, deps: Deps): Promise<DecideInput> {
  const input: DecideInput = { ...given, conditions: [...given.conditions] };
  const t = (key: string, params?: Record<string, string | number>) => decideText(deps.lang, key, params);
  const p = await deps.prompts.prompter();
  const config = data.model.config?.data;
  const lang = deps.lang;
  if (input.body === "steering_group" && !input.circulation && input.meeting === undefined) {
    // Only meetings that can take a decision now: opened (attendance taken), not closed, not in the future; today's first, then the most recent.
    const today = deps.today();
    const open = data.model.meetings.filter((m) => m.data.status !== "closed" && (m.data.attendance ?? []).length > 0 && m.data.date <= today).sort((a, b) => (a.data.date < b.data.date ? 1 : -1));
    if (open.length === 0) throw new UsageError("decide.noOpenMeeting", {});
    input.meeting = await p.select({ message: t("prompt.meeting"), choices: open.map((m) => ({ value: m.data.id, name: `${m.data.id} (${formatDate(m.data.date, lang)})` })), default: open[0]!.data.id });
  }
  const meeting = input.meeting === undefined ? undefined : findMeeting(data, input.meeting);
  if (input.project === undefined && input.type !== "standard") {
    const agenda = new Map((meeting?.agenda ?? []).filter((a) => a.project !== undefined).map((a) => [a.project!, a]));
    const projects = data.model.projects.filter((x) => (agenda.size > 0 ? agenda.has(x.data.id) : ACTIVE_PHASES.includes(x.data.phase as Phase) || x.data.phase === "on_hold"));
    const choices: Choice<string>[] = projects.map((x) => ({ value: x.data.id, name: `${x.data.id} ${x.data.title}`, description: agenda.get(x.data.id)?.title }));
    if (input.type === undefined) choices.push({ value: NO_PROJECT, name: DECISION_TYPE_LABELS.standard[lang] });
    const chosen = await p.select({ message: t("prompt.project"), choices });
    if (chosen === NO_PROJECT) input.type = "standard";
    else input.project = chosen;
  }
  const project = data.model.projects.find((x) => x.data.id === input.project?.toUpperCase())?.data;
  if (input.type === undefined && project) {
    const allowed = typesAllowedIn(project.phase as Phase, lifecycleOf(config));
    const suggested = meeting?.agenda?.find((a) => a.project === project.id)?.decision_type as DecisionType | undefined;
    input.type = await p.select({ message: t("prompt.type"), choices: allowed.map((x) => ({ value: x, name: DECISION_TYPE_LABELS[x][lang] })), ...(suggested && allowed.includes(suggested) ? { default: suggested } : {}) });
  }
  if (input.type === "standard" && input.title === undefined) input.title = await required(p, t("prompt.title"), t);
  if (input.type === "standard" && input.text === undefined) input.text = await required(p, t("prompt.standardText"), t);
  if (input.outcome === undefined) input.outcome = await p.select<Outcome>({ message: t("prompt.outcome"), choices: OUTCOMES.map((o) => ({ value: o, name: outcomeText(o, lang) })) });
  if (input.type === "accept_report" && input.report === undefined && project) {
    // Reports already accepted are done with; the agenda item names the report the meeting is about.
    const accepted = new Set(data.model.decisions.filter((d) => d.data.type === "accept_report" && takesEffect(d.data.outcome)).map((d) => d.data.report));
    const reports = data.model.reports.filter((r) => r.data.project === project.id && !accepted.has(`${r.data.project}/${r.data.period}`)).map((r) => r.data.period);
    if (reports.length === 0) throw new UsageError("decide.noReportToAccept", { project: project.id });
    const onAgenda = (meeting?.agenda ?? []).filter((a) => a.project === project.id || (a.project === undefined && a.kind === "report")).map((a) => reports.find((r) => a.title.includes(r))).find((r) => r !== undefined);
    input.report = await p.select({ message: t("prompt.report"), choices: reports.map((r) => ({ value: r, name: r })), ...(onAgenda !== undefined ? { default: onAgenda } : {}) });
  }
  if (input.type === "milestone" && input.milestone === undefined && project) {
    input.milestone = await p.select({ message: t("prompt.milestone"), choices: (project.milestones ?? []).map((m) => ({ value: m.id, name: `${m.id} ${m.title}` })) });
  }
  if (input.type === "hold" && takesEffect(input.outcome!) && input.resubmission === undefined) {
    input.resubmission = parsePlannedDate(await p.input({ message: t("prompt.resubmission"), validate: (v) => check(() => parsePlannedDate(v, "--resubmission", "deadline", deps), lang) }), "--resubmission", "deadline", deps);
  }
  if (input.type === "support" && input.supportKind === undefined) {
    input.supportKind = await p.select({ message: t("prompt.supportKind"), choices: (["methodical", "technical", "mediation"] as const).map((k) => ({ value: k, name: `${t(`supportKind.${k}`)} (${k})` })) });
  }
  if (modeOf(input) === "vote" && input.votes === undefined && input.body !== "funder") {
    const answer = (await p.input({ message: t("prompt.votes"), validate: (v) => v.trim() === "" || check(() => parseVotes(v), lang) })).trim();
    if (answer === "") input.consensus = true;
    else input.votes = parseVotes(answer);
  }
  if (input.body === "steering_group" && input.excluded === undefined) {
    // Whoever is present may have a conflict of interest; the record must say who left the table.
    const present = meeting && !input.circulation ? presentAtMeeting(meeting) : input.present ?? [];
    const name = (id: string) => config?.steering_group.members.find((m) => m.id === id)?.name ?? id;
    if (present.length > 0) input.excluded = await p.checkbox({ message: t("prompt.excluded"), choices: present.map((id) => ({ value: id, name: `${name(id)} (${id})` })) });
  }
  if (input.outcome === "approved_with_conditions" && input.conditions.length === 0) {
    const municipalities = config?.municipalities.map((m) => m.id) ?? [];
    for (;;) {
      const n = input.conditions.length + 1;
      const answer = (await p.input({ message: t("prompt.condition", { n }), validate: (v) => (v.trim() === "" ? n > 1 || t("prompt.required") : check(() => parseCondition(v, municipalities), lang)) })).trim();
      if (answer === "") break;
      input.conditions.push(parseCondition(answer, municipalities) as Condition);
    }
  }
  if (input.type === "change_mandate" && input.text === undefined) input.text = await required(p, t("prompt.text"), t);
  if (input.reason === undefined) {
    const needed = reasonNeededFor(input) !== undefined;
    const answer = needed ? await required(p, t("prompt.reason"), t) : (await p.input({ message: t("prompt.reasonOptional") })).trim();
    if (answer !== "") input.reason = answer;
  }
  return input;
}

async function required(p: Prompter, message: string, t: (key: string) => string): Promise<string> {
  return (await p.input({ message, validate: (v) => v.trim() !== "" || t("prompt.required") })).trim();
}

/** A prompt validator from a flag parser: true, or the parser's complaint in the user's language. */
function check(parse: () => unknown, lang: Lang): true | string {
  try {
    parse();
    return true;
  } catch (error) {
    if (error instanceof IkzError) return translate(errorMessages, lang, error.key, { ...error.params, hint: "" });
    throw error;
  }
}
