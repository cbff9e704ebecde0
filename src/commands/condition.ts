import { RefusedError, UsageError } from "../domain/errors.js";
import { suggest } from "../domain/suggest.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { decideText } from "./decide-text.js";
import { editRecord, findProject, printWrite, stringOption } from "./find-record.js";
import { parseDateFlag } from "./flag-values.js";
import { refuseFutureDate } from "./past-date.js";
import { writeOptions } from "./write-common.js";
import { formatDate } from "../render/format.js";

export interface ConditionDoneOptions {
  write: WriteOptions;
  decision: string;
  /** Condition number as in the minutes: 1, 2, … */
  index: number;
  /** Date the condition was fulfilled; default today. */
  date?: string;
}

export interface ConditionDoneResult {
  id: string;
  decision: string;
  index: number;
}

/** Marks condition n of a decision fulfilled in its project's `conditions_done`; the decision file stays untouched. */
export async function conditionDone(options: ConditionDoneOptions, deps: Deps): Promise<WriteOutcome<ConditionDoneResult>> {
  const date = options.date ?? deps.today();
  // Fulfilled is a fact; a date to come is a plan, and the decision's due date already holds it.
  refuseFutureDate(date, "--date", "date-in-future.condition", deps);

  return runWrite(options.write, (data) => {
    const wanted = options.decision.trim().toUpperCase();
    const decision = data.model.decisions.find((d) => d.data.id === wanted)?.data;
    if (!decision) {
      const known = data.model.decisions.map((d) => d.data.id);
      throw new UsageError("condition.unknownDecision", { value: options.decision, hint: suggest(wanted, known) ?? "" });
    }
    if (decision.project === undefined) throw new RefusedError("condition.noProject", { decision: decision.id });
    // A replaced decision's conditions are void; the replacing decision carries the ones that still apply.
    const by = data.model.decisions.find((d) => d.data.supersedes === decision.id)?.data;
    if (by) throw new RefusedError("condition.superseded", { decision: decision.id, by: by.id });
    const count = decision.conditions?.length ?? 0;
    if (count === 0) throw new RefusedError("condition.noConditions", { decision: decision.id });
    if (options.index < 1 || options.index > count) throw new RefusedError("condition.outOfRange", { decision: decision.id, n: options.index, count });
    const project = findProject(data, decision.project);
    const done = project.data.conditions_done?.find((c) => c.decision === decision.id && c.index === options.index);
    if (done) throw new RefusedError("condition.alreadyDone", { decision: decision.id, n: options.index, date: formatDate(done.date, deps.lang) });
    if (date < decision.date) throw new RefusedError("condition.beforeDecision", { decision: decision.id, n: options.index, date: formatDate(date, deps.lang), decided: formatDate(decision.date, deps.lang) });
    const entry = { decision: decision.id, index: options.index, date };
    return {
      summary: decideText(deps.lang, "summary.condition", { n: options.index, decision: decision.id, project: project.id }),
      recordId: project.id,
      changes: [editRecord(project.record, project.id, [{ op: "push", path: ["conditions_done"], value: entry }])],
      result: { id: project.id, decision: decision.id, index: options.index },
    };
  });
}

/** `ikz condition done <decision> <n> [--date D]`. */
export const runConditionDone: CommandRunner = async (inv, ctx) => {
  const [decision = "", n = ""] = inv.args;
  if (decision.trim() === "") throw new UsageError("condition.missingDecision", {});
  if (!/^[1-9]\d{0,2}$/.test(n.trim())) throw new UsageError("condition.badNumber", { value: n });
  const date = stringOption(inv.options.date);
  return printWrite(ctx, () => conditionDone({ write: writeOptions(inv, ctx), decision, index: Number(n.trim()), ...(date !== undefined ? { date: parseDateFlag(date, "--date") } : {}) }, ctx.deps));
};
