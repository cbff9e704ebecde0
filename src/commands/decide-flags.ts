import { UsageError } from "../domain/errors.js";
import { DECISION_TYPES, OUTCOMES, type Body, type DecisionType, type Outcome } from "../domain/lifecycle.js";
import { suggest } from "../domain/suggest.js";
import type { Condition, Votes } from "../domain/types.generated.js";
import type { CommandRunner } from "./context.js";
import { decide, type DecideInput } from "./decide.js";
import { BREAKS_LINE, parseDateFlag, parseListFlag, requireKnown } from "./flag-values.js";
import { printWrite, stringOption } from "./find-record.js";
import { writeOptions } from "./write-common.js";

/** `5:0:1` → for 5, against 0, abstain 1. */
export function parseVotes(value: string): Votes {
  const m = /^\s*(\d{1,3})\s*:\s*(\d{1,3})\s*:\s*(\d{1,3})\s*$/.exec(value);
  if (!m) throw new UsageError("decide.bad-votes", { value });
  return { for: Number(m[1]), against: Number(m[2]), abstain: Number(m[3]) };
}

/** `text;due;owner` → a condition; all three are required (register.md): due YYYY-MM-DD, owner a municipality id. */
export function parseCondition(value: string, municipalities?: readonly string[]): Condition {
  const parts = value.split(";").map((s) => s.trim());
  // Only the last two fields are due and owner, so the text itself may contain ";".
  const [text, due, owner] = parts.length > 3 ? [parts.slice(0, -2).join("; "), parts.at(-2)!, parts.at(-1)!] : [parts[0] ?? "", parts[1] ?? "", parts[2] ?? ""];
  if (text === "" || due === "" || owner === "" || [...text].length > 2000 || BREAKS_LINE.test(text)) throw new UsageError("decide.bad-condition", { value });
  return { text, due: parseDateFlag(due, "--condition"), owner: municipalities === undefined ? owner : requireKnown(owner, municipalities, "--condition", suggest) };
}

/** The decision flags of an invocation as decide's input; malformed values are usage errors naming the flag. */
export function decideInput(project: string | undefined, o: Record<string, unknown>): DecideInput {
  const type = stringOption(o.type);
  const outcome = stringOption(o.outcome);
  if (type !== undefined && !(DECISION_TYPES as readonly string[]).includes(type)) requireKnown(type, DECISION_TYPES, "--type", suggest);
  if (outcome !== undefined && !(OUTCOMES as readonly string[]).includes(outcome)) requireKnown(outcome, OUTCOMES, "--outcome", suggest);
  if (type === "standard" && project !== undefined) throw new UsageError("decide.projectNotForStandard", {});
  const votes = stringOption(o.votes);
  if (votes !== undefined && o.consensus === true) throw new UsageError("decide.votesOrConsensus", {});
  const circulation = o.circulation === true;
  const body = (stringOption(o.body) ?? "steering_group") as Body;
  if (circulation && o.meeting !== undefined) throw new UsageError("decide.meetingOrCirculation", {});
  if (body !== "steering_group" && (o.meeting !== undefined || circulation || o.present !== undefined)) {
    throw new UsageError("decide.flagNotFor", { flag: o.meeting !== undefined ? "--meeting" : circulation ? "--circulation" : "--present", what: `--body ${body}` });
  }
  if (!circulation && o.present !== undefined) throw new UsageError("decide.presentOnlyCirculation", {});
  const conditions = (Array.isArray(o.condition) ? (o.condition as string[]) : []).map((c) => parseCondition(c));
  if (conditions.length > 0 && outcome !== undefined && outcome !== "approved_with_conditions") throw new UsageError("decide.conditionNotForOutcome", { outcome });
  const date = (flag: string) => (typeof o[flag] === "string" ? parseDateFlag(o[flag] as string, `--${flag}`) : undefined);
  const input: DecideInput = { body, circulation, consensus: o.consensus === true, conditions };
  const set = <K extends keyof DecideInput>(key: K, value: DecideInput[K] | undefined) => {
    if (value !== undefined) input[key] = value;
  };
  set("project", project?.trim().toUpperCase());
  set("type", type as DecisionType | undefined);
  set("outcome", outcome as Outcome | undefined);
  set("meeting", stringOption(o.meeting));
  set("date", date("date"));
  set("present", typeof o.present === "string" ? parseListFlag(o.present) : undefined);
  set("votes", votes === undefined ? undefined : parseVotes(votes));
  set("excluded", typeof o.excluded === "string" ? parseListFlag(o.excluded) : undefined);
  set("reason", oneLine(o.reason, "--reason"));
  set("milestone", stringOption(o.milestone));
  set("report", stringOption(o.report));
  set("resubmission", date("resubmission"));
  set("supportKind", stringOption(o.supportKind) as DecideInput["supportKind"]);
  set("supersedes", stringOption(o.supersedes));
  set("text", oneLine(o.text, "--text", true));
  set("title", oneLine(o.title, "--title"));
  return input;
}

/** A text flag: trimmed, not empty, at most 2 000 characters; one line unless `multiline`. */
function oneLine(value: unknown, flag: string, multiline = false): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") throw new UsageError("text-empty", { flag });
  if (!multiline && BREAKS_LINE.test(text)) throw new UsageError("text-one-line", { flag });
  if ([...text].length > 2000) throw new UsageError("text-too-long", { flag, max: 2000, length: [...text].length });
  return text;
}

/** `ikz decide [project] --type … --outcome …`. */
export const runDecide: CommandRunner = async (inv, ctx) => {
  const input = decideInput(inv.args[0], inv.options);
  return printWrite(ctx, () => decide({ write: writeOptions(inv, ctx), input, yes: inv.options.yes === true }, ctx.deps));
};
