import { stringify } from "yaml";
import { RefusedError, UsageError } from "../domain/errors.js";
import { nextId } from "../domain/ids.js";
import { DECISION_TYPE_LABELS, takesEffect, type Body, type DecisionType, type Outcome } from "../domain/lifecycle.js";
import { planDecision, type DecisionPlan } from "../domain/decide/plan.js";
import { presentAtMeeting } from "../domain/rules/decision-rules.js";
import { suggest } from "../domain/suggest.js";
import type { Condition, Decision, Meeting, Project, Votes } from "../domain/types.generated.js";
import type { Lang } from "../i18n/index.js";
import { folderSource } from "../io/fs-source.js";
import { idFromPath } from "../register/layout.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { formatDate } from "../render/format.js";
import { renderTemplate } from "../register/template.js";
import { runWrite, type FileChange, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { Deps } from "./deps.js";
import { askMissing } from "./decide-ask.js";
import { describeRefusal } from "./decide-refusal.js";
import { decideText, decisionBody, outcomeText } from "./decide-text.js";
import { editRecord, findProject, registerConfig } from "./find-record.js";
import { requireKnown } from "./flag-values.js";
import { requireWithinHorizon } from "./date-horizon.js";

/** What `ikz decide` was told; missing values are asked for on a terminal, else a usage error names the flag. */
export interface DecideInput {
  project?: string;
  type?: DecisionType;
  outcome?: Outcome;
  meeting?: string;
  circulation: boolean;
  body: Body;
  date?: string;
  present?: string[];
  votes?: Votes;
  consensus: boolean;
  excluded?: string[];
  conditions: Condition[];
  reason?: string;
  milestone?: string;
  report?: string;
  resubmission?: string;
  supportKind?: Decision["support_kind"];
  supersedes?: string;
  text?: string;
  title?: string;
}

export interface DecideOptions {
  write: WriteOptions;
  input: DecideInput;
  /** Skip the preview's confirmation (--yes). */
  yes: boolean;
}

export interface DecideResult {
  id: string;
  file: string;
  project?: string;
  phase_before?: string;
  phase_after?: string;
}

/** Records a decision: checks it like validation would, writes the decision file and its effect on the project, one commit. */
export async function decide(options: DecideOptions, deps: Deps): Promise<WriteOutcome<DecideResult>> {
  let input = options.input;
  if (deps.prompts.interactive) {
    const early = await readRegister(folderSource(options.write.root));
    input = await askMissing(input, early, deps);
    const preview = prepare(early, input, options.write.root, deps);
    if (!options.yes) {
      deps.err.write(`\n${decideText(deps.lang, "preview.heading", { file: preview.file })}\n\n${preview.content}\n`);
      // A select rather than confirm: the terminal adapter's confirm answers "Yes"/"No" in English.
      const answer = await (await deps.prompts.prompter()).select({ message: decideText(deps.lang, "prompt.confirm"), choices: [{ value: "yes", name: decideText(deps.lang, "prompt.yes") }, { value: "no", name: decideText(deps.lang, "prompt.no") }], default: "yes" });
      const ok = answer === "yes";
      if (!ok) throw new UsageError("decide.aborted", {});
    }
  }
  requireValues(input, deps.lang);
  return runWrite(options.write, (data) => {
    const prepared = prepare(data, input, options.write.root, deps);
    const outcome = outcomeText(prepared.decision.outcome, deps.lang);
    const type = DECISION_TYPE_LABELS[prepared.decision.type as DecisionType][deps.lang];
    return {
      summary: decideText(deps.lang, "summary", { id: prepared.decision.id, type, project: prepared.decision.project ? `${prepared.decision.project} ` : "", outcome }),
      recordId: prepared.decision.id,
      changes: prepared.changes,
      result: {
        id: prepared.decision.id,
        file: prepared.file,
        ...(prepared.decision.project !== undefined ? { project: prepared.decision.project } : {}),
        ...(prepared.plan.before !== undefined ? { phase_before: prepared.plan.before, phase_after: prepared.plan.after } : {}),
      },
    };
  });
}

/** Every value the decision cannot do without, in the order a person would be asked; a usage error names the flag. */
export function requireValues(input: DecideInput, lang: Lang): void {
  const need = (ok: boolean, flag: string, why: string) => {
    if (!ok) throw new UsageError("decide.needsFlag", { flag, why: decideText(lang, `why.${why}`) });
  };
  need(input.type !== undefined, "--type", "type");
  if (input.type !== "standard" && input.project === undefined) throw new UsageError("decide.needsProject", {});
  need(input.type !== "standard" || input.title !== undefined, "--title", "title");
  need(input.type !== "standard" || input.text !== undefined, "--text", "standardText");
  // Values that only one type uses would be stored and shown nowhere: a typing slip, not a decision.
  for (const [flag, value, only] of [["--resubmission", input.resubmission, "hold"], ["--milestone", input.milestone, "milestone"], ["--report", input.report, "accept_report"], ["--support-kind", input.supportKind, "support"]] as const) {
    if (value !== undefined && input.type !== only) throw new UsageError("decide.flagOnlyFor", { flag, type: input.type!, only });
  }
  need(input.outcome !== undefined, "--outcome", "outcome");
  if (input.body === "steering_group" && !input.circulation) need(input.meeting !== undefined, "--meeting", "meeting");
  if (input.circulation) need(input.present !== undefined && input.present.length > 0, "--present", "present");
  const mode = modeOf(input);
  // A funder decides by its own notice, without a vote the register could record.
  if (mode === "vote" && input.body !== "funder") need(input.votes !== undefined, "--votes", "votes");
  const reasonFor = reasonNeededFor(input);
  need(reasonFor === undefined || input.reason !== undefined, "--reason", `reason.${reasonFor}`);
  need(input.type !== "change_mandate" || input.text !== undefined, "--text", "text");
  need(input.type !== "hold" || !takesEffect(input.outcome!) || input.resubmission !== undefined, "--resubmission", "resubmission");
  need(input.type !== "support" || input.supportKind !== undefined, "--support-kind", "supportKind");
  need(input.type !== "accept_report" || input.report !== undefined, "--report", "report");
  need(input.type !== "milestone" || input.milestone !== undefined, "--milestone", "milestone");
  need(input.outcome !== "approved_with_conditions" || input.conditions.length > 0, "--condition", "condition");
}

/** Why the decision needs a reason (its type or outcome), or undefined when a reason is optional. */
export function reasonNeededFor(input: Pick<DecideInput, "type" | "outcome">): string | undefined {
  if (input.outcome === "rework" || input.outcome === "rejected") return input.outcome;
  return ["cancel", "hold", "change_mandate"].includes(input.type ?? "") ? input.type : undefined;
}

/** How the decision was taken: circulation, consensus or a vote. */
export function modeOf(input: Pick<DecideInput, "circulation" | "consensus">): Decision["mode"] {
  return input.circulation ? "circulation" : input.consensus ? "consensus" : "vote";
}

interface Prepared {
  decision: Decision;
  plan: DecisionPlan;
  file: string;
  content: string;
  changes: FileChange[];
}

/** Builds, checks and renders the decision on a loaded register; refuses (exit 1) when a rule fails. */
function prepare(data: RegisterData, input: DecideInput, root: string, deps: Deps): Prepared {
  requireValues(input, deps.lang);
  // Typed, or answered at a prompt: a deadline in 9999 is a typo, not a plan (exit 2).
  for (const c of input.conditions) if (c.due !== undefined) requireWithinHorizon(c.due, "--condition", "deadline", deps);
  if (input.resubmission !== undefined) requireWithinHorizon(input.resubmission, "--resubmission", "deadline", deps);
  const config = registerConfig(data);
  const municipalities = config.municipalities.map((m) => m.id);
  for (const c of input.conditions) if (c.owner !== undefined) requireKnown(c.owner, municipalities, "--condition", suggest);
  const found = input.type === "standard" ? undefined : findProject(data, input.project!);
  const meeting = input.meeting === undefined ? undefined : findMeeting(data, input.meeting);
  const date = input.date ?? meeting?.date ?? deps.today();
  // The meeting's state and the date come first and alone: every other check would only repeat their consequences.
  if (meeting && !input.circulation && meeting.status === "closed") throw new RefusedError("decide-refused", { reason: decideText(deps.lang, "decide.meetingClosed", { meeting: meeting.id }) });
  if (meeting && !input.circulation && (meeting.attendance ?? []).length === 0) throw new RefusedError("decide-refused", { reason: decideText(deps.lang, "decide.meetingNotOpen", { meeting: meeting.id, date: formatDate(meeting.date, deps.lang) }) });
  if (date > deps.today()) throw new RefusedError("decide-refused", { reason: decideText(deps.lang, "decide.dateInFuture", { date: formatDate(date, deps.lang), today: formatDate(deps.today(), deps.lang) }) });
  const id = nextId(config.ids?.decision ?? "B", Number(date.slice(0, 4)), usedDecisionIds(data));
  const file = `decisions/${date.slice(0, 4)}/${id}.md`;
  const superseded = input.supersedes === undefined ? undefined : findDecision(data, input.supersedes);
  const draft = buildDecision(id, date, { ...input, ...(superseded ? { supersedes: superseded.id } : {}) }, found?.id, meeting);
  const plan = planDecision(data.model, config, { decision: draft, file });
  if (plan.refusals.length > 0) {
    const type = DECISION_TYPE_LABELS[draft.type as DecisionType][deps.lang];
    const what = found ? decideText(deps.lang, "what.project", { type, project: found.id }) : decideText(deps.lang, "what.standard", { type });
    // Guard findings already name the decision; the others get it in front.
    // In circulation nobody is present: the replies count, and circulation is no way out.
    const refusals = plan.refusals.map((r) => (r.code === "IKZ-DEC-002" && draft.mode === "circulation" ? { ...r, code: "decide.circulationQuorum" } : r));
    const texts = refusals.map((r) => describeRefusal(r, deps.lang, config)).map((text) => (text.startsWith(what) ? text : `${what}: ${text}`));
    // Two rules may find the same fault (the reference check and the guard on a report accepted twice).
    const [first, ...rest] = [...new Set(texts)];
    throw new RefusedError("decide-refused", { reason: first! }, rest);
  }
  const decision = ordered(plan.decision);
  const project = found ? (data.model.projects.find((p) => p.data.id === found.id)?.data as Project | undefined) : undefined;
  const report = decision.report === undefined ? undefined : data.model.reports.find((r) => `${r.data.project}/${r.data.period}` === decision.report)?.data;
  const frontMatter = `---\n${stringify(decision, { lineWidth: 0, indent: 2, indentSeq: true })}---\n`;
  const body = decisionBody(decision, project, config, report, { ...(input.title !== undefined ? { title: input.title } : {}), ...(input.text !== undefined ? { text: input.text } : {}), ...(superseded ? { supersededDate: superseded.date } : {}), ...(meeting && !input.circulation ? { meeting } : {}) }, deps.lang);
  const content = renderTemplate(root, "decision", { frontMatter, ...body, decision });
  const changes: FileChange[] = [{ file, content }];
  const edits: YamlEdit[] = [];
  if (plan.effect.phase !== undefined) edits.push({ op: "set", path: ["phase"], value: plan.effect.phase });
  if (plan.effect.holdUntil !== undefined) edits.push({ op: "set", path: ["hold_until"], value: plan.effect.holdUntil });
  if (plan.effect.clearHoldUntil) edits.push({ op: "delete", path: ["hold_until"] });
  if (plan.effect.cancelReason !== undefined) edits.push({ op: "set", path: ["cancel_reason"], value: plan.effect.cancelReason });
  if (found && edits.length > 0) changes.push(editRecord(found.record, found.id, edits));
  return { decision, plan, file, content, changes };
}

/** The decision record from the inputs, before the checks add phase_before/phase_after. */
function buildDecision(id: string, date: string, input: DecideInput, project: string | undefined, meeting: Meeting | undefined): Decision {
  const mode = modeOf(input);
  const present = input.body !== "steering_group" ? undefined : meeting && !input.circulation ? presentAtMeeting(meeting) : input.present;
  const report = input.report === undefined || project === undefined ? undefined : input.report.includes("/") ? input.report : `${project}/${input.report}`;
  const d: Decision = { id, date, type: input.type!, outcome: input.outcome!, body: input.body, mode };
  if (meeting && !input.circulation) d.meeting = meeting.id;
  if (project !== undefined) d.project = project;
  if (input.milestone !== undefined) d.milestone = normalizeMilestone(input.milestone);
  if (report !== undefined) d.report = report;
  if (input.votes !== undefined) d.votes = input.votes;
  if (present !== undefined) d.present = present;
  if (input.excluded !== undefined && input.excluded.length > 0) d.excluded = input.excluded;
  if (input.conditions.length > 0) d.conditions = input.conditions;
  if (input.reason !== undefined) d.reason = input.reason;
  if (input.resubmission !== undefined) d.resubmission = input.resubmission;
  if (input.supportKind !== undefined) d.support_kind = input.supportKind;
  if (input.supersedes !== undefined) d.supersedes = input.supersedes;
  return d;
}

const KEY_ORDER = ["id", "date", "type", "outcome", "body", "meeting", "project", "milestone", "report", "phase_before", "phase_after", "mode", "votes", "present", "excluded", "conditions", "reason", "resubmission", "support_kind", "supersedes"];

/** The keys in the order of the sample decisions, so every decision file reads the same way. */
function ordered(d: Decision): Decision {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if ((d as unknown as Record<string, unknown>)[key] !== undefined) out[key] = (d as unknown as Record<string, unknown>)[key];
  return out as unknown as Decision;
}

/** A meeting by ID (case-insensitive); unknown is a usage error with "did you mean". */
export function findMeeting(data: RegisterData, value: string): Meeting {
  const wanted = value.trim().toUpperCase();
  const meeting = data.model.meetings.find((m) => m.data.id.toUpperCase() === wanted)?.data;
  if (meeting) return meeting;
  const known = data.model.meetings.map((m) => m.data.id);
  throw new UsageError("decide.unknownMeeting", { value, hint: suggest(wanted, known) ?? "" });
}

/** The decision --supersedes names (case-insensitive); unknown is a usage error that repeats the value as given. */
function findDecision(data: RegisterData, value: string): Decision {
  const wanted = value.trim().toUpperCase();
  const found = data.model.decisions.find((d) => d.data.id.toUpperCase() === wanted)?.data;
  if (found) return found;
  const hint = suggest(wanted, data.model.decisions.map((d) => d.data.id));
  throw new UsageError("decide.unknownSupersedes", { value: value.trim(), hint: hint ?? "" });
}

/** Every decision ID in use: from the records and from their file names (a broken record still holds its number). */
function usedDecisionIds(data: RegisterData): string[] {
  const ids: string[] = [];
  for (const r of data.loaded.records) {
    if (r.kind !== "decision") continue;
    const own = (r.data as { id?: unknown } | null)?.id;
    if (typeof own === "string") ids.push(own);
    const fromFile = idFromPath("decision", r.file);
    if (fromFile !== undefined) ids.push(fromFile);
  }
  return ids;
}

/** "m2" and "2" mean M2. */
export function normalizeMilestone(value: string): string {
  const v = value.trim().toUpperCase();
  return /^\d{1,3}$/.test(v) ? `M${v}` : v;
}
