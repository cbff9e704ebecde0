import { RefusedError, UsageError } from "../domain/errors.js";
import { suggest } from "../domain/suggest.js";
import type { Attendance, Guest, IkzConfig, Meeting, SteeringMember } from "../domain/types.generated.js";
import { folderSource } from "../io/fs-source.js";
import { formatDate } from "../render/format.js";
import { readRegister } from "../register/register-data.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { registerConfig } from "./find-record.js";
import { parseListFlag } from "./flag-values.js";
import { checkLine, findMeeting, listOption, meetingText, rewriteMeeting, rosterOn } from "./meeting-common.js";
import { printOutcome, writeOptions } from "./write-common.js";

export interface MeetingOpenOptions {
  write: WriteOptions;
  id: string;
  /** Member ids present in person; asked for on a terminal when missing. */
  present?: string[];
  /** `member=Name`: the member is represented by Name (counts as present). */
  substitutes: string[];
  /** `Name, Role`. */
  guests: string[];
}

export interface MeetingOpenResult {
  id: string;
  attendance: Attendance[];
  quorum: { present: number; members: number; required: number; met: boolean };
}

/** Records attendance against the roster of the meeting day, sets status open and reports the quorum. */
export async function meetingOpen(options: MeetingOpenOptions, deps: Deps): Promise<WriteOutcome<MeetingOpenResult>> {
  const substitutes = parseSubstitutes(options.substitutes);
  const guests = options.guests.map(parseGuest);
  let present = options.present;
  let asked: Map<string, string> | undefined;
  if (present === undefined) {
    if (!deps.prompts.interactive) throw new UsageError("missing-flag", { flag: "--present" });
    const early = await readRegister(folderSource(options.write.root));
    const found = findMeeting(early, options.id);
    // Refuse before anyone answers questions for nothing.
    refuseUnopenable(found.id, found.data, deps);
    const meeting = found.data;
    const answers = await askAttendance(rosterOn(registerConfig(early), meeting.date), substitutes, deps);
    present = answers.present;
    asked = answers.substitutes;
  }
  for (const [member, name] of asked ?? []) substitutes.set(member, name);
  if (present.length === 0 && substitutes.size === 0) throw new UsageError("meeting-present-empty");
  for (const member of present) if (substitutes.has(member)) throw new UsageError("meeting-present-and-substitute", { member });
  const presentIds = present;

  return runWrite(options.write, (data) => {
    const found = findMeeting(data, options.id);
    const m = found.data;
    refuseUnopenable(found.id, m, deps);
    // Decisions already taken rest on the attendance recorded for them; changing it now would falsify their quorum.
    const taken = data.model.decisions.filter((d) => d.data.meeting === found.id).map((d) => d.data.id).sort();
    if (taken.length > 0) throw new RefusedError("meeting-has-decisions", { id: found.id, decisions: taken.join(", ") });
    const config = registerConfig(data);
    const roster = rosterOn(config, m.date);
    if (roster.length === 0) throw new RefusedError("meeting-no-roster", { date: formatDate(m.date, deps.lang) });
    for (const member of [...presentIds, ...substitutes.keys()]) checkMember(config, roster, member, m.date, deps);
    const attendance: Attendance[] = roster.map((x) => {
      const substitute = substitutes.get(x.id);
      return substitute !== undefined ? { member: x.id, present: true, substitute } : { member: x.id, present: presentIds.includes(x.id) };
    });
    const count = attendance.filter((a) => a.present).length;
    const quorum = { present: count, members: roster.length, required: config.steering_group.quorum, met: count >= config.steering_group.quorum };
    const edits: YamlEdit[] = [{ op: "set", path: ["status"], value: "open" }, { op: "set", path: ["attendance"], value: attendance }];
    // Opening again (to correct the attendance) must not list a guest twice.
    const newGuests = guests.filter((g) => !(m.guests ?? []).some((x) => x.name === g.name));
    if (newGuests.length > 0) edits.push({ op: "set", path: ["guests"], value: [...(m.guests ?? []), ...newGuests] });
    return {
      summary: meetingText(deps.lang, "summary.open", { id: found.id }),
      recordId: found.id,
      changes: [rewriteMeeting(found.record, edits, openedBody(found.body))],
      result: { id: found.id, attendance, quorum },
    };
  });
}

/**
 * The body once the meeting is open: the note "planned, minutes follow" written by `meeting new` (in either language)
 * says it is open now; a body edited by hand stays as it is (undefined).
 */
export function openedBody(body: string): string | undefined {
  let next = body;
  for (const lang of ["de", "en"] as const) next = next.replace(meetingText(lang, "planned.note"), meetingText(lang, "opened.note"));
  return next === body ? undefined : next;
}

/** A closed meeting stays as it is; attendance is recorded on the day, not before; a circulation has no attendance. */
function refuseUnopenable(id: string, m: Meeting, deps: Deps): void {
  if (m.status === "closed") throw new RefusedError("meeting-closed", { id });
  if (m.kind === "circulation") throw new RefusedError("meeting-circulation-open", { id });
  if (m.date > deps.today()) throw new RefusedError("meeting-in-future", { id, date: formatDate(m.date, deps.lang), today: formatDate(deps.today(), deps.lang) });
}

/** A member of the roster that day, or a refusal: unknown ids get "did you mean", members who left say when. */
function checkMember(config: IkzConfig, roster: readonly SteeringMember[], member: string, date: string, deps: Deps): void {
  if (roster.some((x) => x.id === member)) return;
  const all = config.steering_group.members;
  const known = all.find((x) => x.id === member);
  if (!known) {
    throw new UsageError("unknown-code", { flag: "--present / --substitute", value: member, hint: suggest(member, roster.map((x) => x.id)) ?? suggest(member, all.map((x) => x.id)) ?? "", known: roster.map((x) => x.id).join(", ") });
  }
  const f = (d: string | undefined) => (d === undefined ? "…" : formatDate(d, deps.lang));
  throw new RefusedError("meeting-member-left", { member, name: known.name, date: f(date), from: f(known.from), until: f(known.until), roster: roster.map((x) => x.id).join(", ") });
}

/** `schell=Erste Beigeordnete Eva Muster` (quotes around the name are optional) → member → name. */
function parseSubstitutes(values: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const value of values) {
    const m = /^\s*([^=\s]+)\s*=\s*(.+)$/.exec(value);
    if (!m) throw new UsageError("meeting-bad-substitute", { value });
    out.set(m[1]!.toLowerCase(), checkLine(m[2]!.replace(/^["'„“]|["'“”]$/g, ""), "--substitute"));
  }
  return out;
}

/** `Name, Role` → a guest; the role is everything after the first comma. */
function parseGuest(value: string): Guest {
  const at = value.indexOf(",");
  const name = (at < 0 ? value : value.slice(0, at)).trim();
  const role = at < 0 ? "" : value.slice(at + 1).trim();
  if (name === "") throw new UsageError("meeting-bad-guest", { value });
  return { name: checkLine(name, "--guest"), ...(role !== "" ? { role: checkLine(role, "--guest") } : {}) };
}

/** On a terminal: who is present (checkbox of the roster), then a substitute or "excused" for each one missing. */
async function askAttendance(roster: readonly SteeringMember[], given: Map<string, string>, deps: Deps): Promise<{ present: string[]; substitutes: Map<string, string> }> {
  const p = await deps.prompts.prompter();
  const t = (key: string, params?: Record<string, string | number>) => meetingText(deps.lang, key, params);
  const open = roster.filter((x) => !given.has(x.id));
  const present = await p.checkbox({ message: t("prompt.present"), choices: open.map((x) => ({ value: x.id, name: x.name, ...(x.function !== undefined ? { description: x.function } : {}) })) });
  const substitutes = new Map<string, string>();
  for (const x of open.filter((y) => !present.includes(y.id))) {
    const name = (await p.input({ message: t("prompt.substitute", { name: x.name }) })).trim();
    if (name !== "") substitutes.set(x.id, checkLine(name, "--substitute"));
  }
  return { present, substitutes };
}

/** `ikz meeting open <id> --present a,b [--substitute m=Name]… [--guest "Name, Role"]…`. */
export const runMeetingOpen: CommandRunner = async (inv, ctx) => {
  const o = inv.options;
  const present = typeof o.present === "string" ? parseListFlag(o.present).map((x) => x.toLowerCase()) : undefined;
  const outcome = await meetingOpen({ write: writeOptions(inv, ctx), id: inv.args[0] ?? "", ...(present !== undefined ? { present } : {}), substitutes: listOption(o.substitute), guests: listOption(o.guest) }, ctx.deps);
  printOutcome(ctx, outcome, outcome.result.id);
  const q = outcome.result.quorum;
  const params = { id: outcome.result.id, present: q.present, members: q.members, required: q.required };
  // Without quorum the meeting may still take place (to hear reports), so this is a warning, not a failure.
  if (!q.met) ctx.deps.err.write(`ikz: ${meetingText(ctx.deps.lang, "print.noQuorum", params)}\n`);
  else if (!ctx.globals.json && !ctx.deps.quiet) ctx.deps.out.write(`${meetingText(ctx.deps.lang, "print.quorum", params)}\n`);
  return 0;
};
