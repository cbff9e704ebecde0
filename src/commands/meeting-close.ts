import { isCalendarDate } from "../domain/dates.js";
import { RefusedError, UsageError } from "../domain/errors.js";
import { buildMinutes } from "../domain/minutes.js";
import type { ActionItem, Meeting } from "../domain/types.generated.js";
import { formatDate } from "../render/format.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { registerConfig, stringOption } from "./find-record.js";
import { parsePlannedDate, requireWithinHorizon } from "./date-horizon.js";
import { checkLine, findMeeting, listOption, MAX_TEXT, meetingText, rewriteMeeting } from "./meeting-common.js";
import type { Lang } from "../i18n/index.js";
import { renderMinutes } from "./meeting-minutes.js";
import { printOutcome, writeOptions } from "./write-common.js";

export interface MeetingCloseOptions {
  write: WriteOptions;
  id: string;
  /** `text;owner;due` each. */
  actions: string[];
  nextMeeting?: string;
  /** Time of the meeting as the minutes give it, e.g. "14:00 bis 16:05 Uhr". */
  time?: string;
  /** Who took the minutes (name or office), for the heading and the signature block. */
  recorder?: string;
}

export interface MeetingCloseResult {
  id: string;
  file: string;
  decisions: string[];
  actions: number;
}

/** Writes the minutes (Niederschrift) into the meeting's body and closes it; from then on it is append-only. */
export async function meetingClose(options: MeetingCloseOptions, deps: Deps): Promise<WriteOutcome<MeetingCloseResult>> {
  const actions = options.actions.map(parseAction);
  for (const a of actions) requireWithinHorizon(a.due!, "--action", "deadline", deps);
  const nextMeeting = options.nextMeeting === undefined ? undefined : parsePlannedDate(options.nextMeeting, "--next-meeting", "meeting", deps);
  const time = options.time === undefined ? undefined : checkLine(options.time, "--time");
  const recorder = options.recorder === undefined ? undefined : checkLine(options.recorder, "--recorder");
  return runWrite(options.write, (data) => {
    const found = findMeeting(data, options.id);
    const m = found.data;
    if (m.status === "closed") throw new RefusedError("meeting-closed", { id: found.id });
    if (!m.attendance || m.attendance.length === 0) throw new RefusedError("meeting-not-open", { id: found.id });
    const config = registerConfig(data);
    if (nextMeeting !== undefined && nextMeeting <= m.date) throw new RefusedError("meeting-next-before", { id: found.id, next: formatDate(nextMeeting, deps.lang), date: formatDate(m.date, deps.lang) });
    for (const a of actions) if (a.due! < m.date) throw new UsageError("meeting-action-due", { value: a.text, due: formatDate(a.due!, deps.lang), date: formatDate(m.date, deps.lang), id: found.id });
    // Without --next-meeting: the first meeting after this one, whatever its status (a date set by hand stays).
    const next = nextMeeting ?? m.next_meeting ?? nextPlanned(data.model.meetings.map((x) => x.data), m);
    const allActions = [...(m.actions ?? []), ...actions];
    const meeting = { ...m, status: "closed" as const, ...(allActions.length > 0 ? { actions: allActions } : {}), ...(next !== undefined ? { next_meeting: next } : {}) };
    const decisions = data.model.decisions.filter((d) => d.data.meeting === found.id);
    const titles = new Map(data.model.projects.map((p) => [p.data.id, p.data.title]));
    const minutes = buildMinutes({ meeting, config, decisions, projectTitle: (id) => titles.get(id), ...(time !== undefined ? { time } : {}), ...(recorder !== undefined ? { recorder } : {}) });
    const edits: YamlEdit[] = [{ op: "set", path: ["status"], value: "closed" }];
    for (const a of actions) edits.push({ op: "push", path: ["actions"], value: a });
    if (next !== undefined && next !== m.next_meeting) edits.push({ op: "set", path: ["next_meeting"], value: next });
    const body = renderMinutes(options.write.root, minutes, deps.lang);
    return {
      summary: meetingText(deps.lang, "summary.close", { id: found.id }),
      recordId: found.id,
      changes: [rewriteMeeting(found.record, edits, body)],
      result: { id: found.id, file: found.record.file, decisions: decisions.map((d) => d.data.id), actions: allActions.length },
    };
  });
}

/**
 * The date of the first meeting after `m`'s day, whatever its status (not a circulation): a back-dated meeting's
 * next one may already be closed. Undefined if the register has none.
 */
export function nextPlanned(meetings: readonly Meeting[], m: Meeting): string | undefined {
  return meetings
    .filter((x) => x.id !== m.id && x.date > m.date && x.kind !== "circulation")
    .map((x) => x.date)
    .sort()[0];
}

/** `text;owner;due` → an action item; all three are required, the due date a real date (checked against the meeting later). */
export function parseAction(value: string): ActionItem {
  const parts = value.split(";").map((s) => s.trim());
  if (parts.length < 3) throw new UsageError("meeting-bad-action", { value });
  const due = parts.pop()!;
  const owner = parts.pop()!;
  const text = parts.join("; ").trim();
  if (text === "" || owner === "" || !isCalendarDate(due)) throw new UsageError("meeting-bad-action", { value });
  return { text: checkLine(text, "--action", MAX_TEXT), owner: checkLine(owner, "--action"), due };
}

/** `ikz meeting close <id> [--action "text;owner;due"]… [--next-meeting D] [--time T] [--recorder R]`. */
export const runMeetingClose: CommandRunner = async (inv, ctx) => {
  const o = inv.options;
  const outcome = await meetingClose(
    {
      write: writeOptions(inv, ctx),
      id: inv.args[0] ?? "",
      actions: listOption(o.action),
      ...(stringOption(o.nextMeeting) !== undefined ? { nextMeeting: stringOption(o.nextMeeting) } : {}),
      ...(stringOption(o.time) !== undefined ? { time: stringOption(o.time) } : {}),
      ...(stringOption(o.recorder) !== undefined ? { recorder: stringOption(o.recorder) } : {}),
    },
    ctx.deps,
  );
  printOutcome(ctx, outcome, outcome.result.id);
  const r = outcome.result;
  if (!ctx.globals.json && !ctx.deps.quiet) ctx.deps.out.write(`${meetingText(ctx.deps.lang, "print.minutes", { file: r.file, decisions: counted(ctx.deps.lang, "decisions", r.decisions.length), actions: counted(ctx.deps.lang, "actions", r.actions) })}\n`);
  return 0;
};

/** "1 Beschluss", "3 Beschlüsse". */
function counted(lang: Lang, what: "decisions" | "actions", n: number): string {
  return meetingText(lang, `count.${what}.${n === 1 ? "one" : "many"}`, { n });
}
