import { UsageError } from "../domain/errors.js";
import { suggest } from "../domain/suggest.js";
import type { Milestone } from "../domain/types.generated.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { formatDate } from "../render/format.js";
import { parseDateFlag } from "./flag-values.js";
import { refuseFutureDate } from "./past-date.js";
import { parsePlannedDate } from "./date-horizon.js";
import { checkTitle, editRecord, findProject, printWrite, projectText, promptCheck, stringOption } from "./find-record.js";
import { valueOrAsk } from "./prompter.js";
import { writeOptions } from "./write-common.js";

export interface MilestoneAddOptions {
  write: WriteOptions;
  project: string;
  title?: string;
  due?: string;
  /** Passing the milestone needs a milestone decision; undefined = ask on a terminal, else no. */
  gate?: boolean;
}

export interface MilestoneSetOptions {
  write: WriteOptions;
  project: string;
  milestone: string;
  forecast?: string;
  done?: string;
}

export interface MilestoneResult {
  id: string;
  milestone: string;
}

/** Adds the next milestone (M1, M2, …) with title, due date and gate. */
export async function addMilestone(options: MilestoneAddOptions, deps: Deps): Promise<WriteOutcome<MilestoneResult>> {
  const t = (key: string) => projectText(deps.lang, key);
  const src = deps.prompts;
  const title = checkTitle(await valueOrAsk(options.title, "--title", src, (p) => p.input({ message: t("prompt.milestoneTitle"), validate: promptCheck(deps.lang, (v) => checkTitle(v, t("label.title"))) })), "--title");
  const dueText = await valueOrAsk(options.due, "--due", src, (p) => p.input({ message: t("prompt.due"), validate: promptCheck(deps.lang, (v) => parsePlannedDate(v, t("label.date"), "plan", deps)) }));
  const due = parsePlannedDate(dueText, "--due", "plan", deps);
  let gate = options.gate ?? false;
  if (options.gate === undefined && src.interactive) gate = await (await src.prompter()).confirm({ message: t("prompt.gate"), default: false });
  return runWrite(options.write, (data) => {
    const { id, record, data: project } = findProject(data, options.project);
    const milestone = nextMilestoneId(project.milestones ?? []);
    const entry: Milestone = { id: milestone, title, due };
    if (gate) entry.gate = true;
    return {
      summary: projectText(deps.lang, "summary.milestoneAdd", { milestone, id, title }),
      recordId: id,
      changes: [editRecord(record, id, [{ op: "push", path: ["milestones"], value: entry }])],
      result: { id, milestone },
    };
  });
}

/** Updates forecast and/or done date of an existing milestone. */
export async function setMilestone(options: MilestoneSetOptions, deps: Deps): Promise<WriteOutcome<MilestoneResult>> {
  const t = (key: string) => projectText(deps.lang, key);
  let { forecast, done } = options;
  if (forecast === undefined && done === undefined) {
    if (!deps.prompts.interactive) throw new UsageError("missing-flag", { flag: "--forecast / --done" });
    const p = await deps.prompts.prompter();
    const dateOrEmpty = promptCheck(deps.lang, (v) => v.trim() === "" || parseDateFlag(v, t("label.date")));
    const plannedOrEmpty = promptCheck(deps.lang, (v) => v.trim() === "" || parsePlannedDate(v, t("label.date"), "plan", deps));
    forecast = (await p.input({ message: t("prompt.forecast"), validate: plannedOrEmpty })).trim() || undefined;
    done = (await p.input({ message: t("prompt.done"), validate: dateOrEmpty })).trim() || undefined;
    if (forecast === undefined && done === undefined) throw new UsageError("milestone-no-date", {});
  }
  const dates = { forecast: forecast === undefined ? undefined : parsePlannedDate(forecast, "--forecast", "plan", deps), done: done === undefined ? undefined : parseDateFlag(done, "--done") };
  // A milestone cannot be done in the future; that is a forecast. Refused by a rule (exit 1) like decide and condition.
  if (dates.done !== undefined) refuseFutureDate(dates.done, "--done", "date-in-future.milestone", deps);
  return runWrite(options.write, (data) => {
    const { id, record, data: project } = findProject(data, options.project);
    const milestones = project.milestones ?? [];
    const wanted = normalizeMilestone(options.milestone);
    const index = milestones.findIndex((m) => m.id === wanted);
    if (index < 0) {
      const known = milestones.map((m) => m.id);
      throw new UsageError("unknown-code", { flag: "<milestone>", value: options.milestone, hint: suggest(wanted, known) ?? "", known: known.join(", ") || "—" });
    }
    const edits: YamlEdit[] = [];
    const what: string[] = [];
    for (const key of ["forecast", "done"] as const) {
      const value = dates[key];
      if (value === undefined) continue;
      edits.push({ op: "set", path: ["milestones", index, key], value });
      // The commit message is read in GitLab by people: 28.02.2026, not 2026-02-28.
      what.push(`${t(`label.${key}`)} ${formatDate(value, deps.lang)}`);
    }
    return {
      summary: projectText(deps.lang, "summary.milestoneSet", { milestone: wanted, id, what: what.join(", ") }),
      recordId: id,
      changes: [editRecord(record, id, edits)],
      result: { id, milestone: wanted },
    };
  });
}

/** The milestone after the highest M-number in use. */
export function nextMilestoneId(milestones: readonly Pick<Milestone, "id">[]): string {
  let max = 0;
  for (const m of milestones) {
    const n = /^M(\d{1,3})$/.exec(m.id)?.[1];
    if (n !== undefined) max = Math.max(max, Number(n));
  }
  return `M${max + 1}`;
}

/** "m2" and "2" mean M2. */
function normalizeMilestone(value: string): string {
  const v = value.trim().toUpperCase();
  return /^\d{1,3}$/.test(v) ? `M${v}` : v;
}

/** `ikz milestone add <project> --title --due [--gate]`. */
export const runMilestoneAdd: CommandRunner = async (inv, ctx) => {
  const [project = ""] = inv.args;
  const o = inv.options;
  return printWrite(ctx, () => addMilestone({ write: writeOptions(inv, ctx), project, title: stringOption(o.title), due: stringOption(o.due), gate: o.gate === true ? true : undefined }, ctx.deps));
};

/** `ikz milestone set <project> <M> [--forecast D] [--done D]`. */
export const runMilestoneSet: CommandRunner = async (inv, ctx) => {
  const [project = "", milestone = ""] = inv.args;
  const o = inv.options;
  return printWrite(ctx, () => setMilestone({ write: writeOptions(inv, ctx), project, milestone, forecast: stringOption(o.forecast), done: stringOption(o.done) }, ctx.deps));
};
