import type { Decision, IkzConfig, Meeting } from "../types.generated.js";
import { isMemberOn, type Rec, type RegisterIndex } from "../model.js";
import { takesEffect } from "../lifecycle.js";
import { suggest } from "../suggest.js";
import type { IssueList } from "./issue-builder.js";

/** The members a meeting counts as present: present themselves or represented by a substitute. */
export function presentAtMeeting(meeting: Meeting): string[] {
  return (meeting.attendance ?? []).filter((a) => a.present || a.substitute !== undefined).map((a) => a.member);
}

/** Roster, quorum, votes, majority, conflicts of interest and agreement with the meeting, for one decision. */
export function checkDecision(decision: Rec<Decision>, config: IkzConfig, index: RegisterIndex, out: IssueList): void {
  const { file, data: d } = decision;
  const group = config.steering_group;
  const present = d.present ?? [];
  const excluded = d.excluded ?? [];
  if (d.body === "steering_group") {
    // Plain loops over the short member lists: this runs for every decision of the register, and Sets, spreads
    // and closures per decision were most of what the rules allocated.
    const roster = rosterOn(config, index, d.date);
    const allIds = memoOf(index, config).allIds;
    rosterFindings("present", present, roster, allIds, decision, out);
    rosterFindings("excluded", excluded, roster, allIds, decision, out);
    // Only members on the roster that day count; people who left or unknown ids are findings of their own.
    let members = 0;
    for (let i = 0; i < present.length; i++) {
      const id = present[i]!;
      if (indexBefore(present, id, i)) out.error("IKZ-DEC-015", file, ["present", i], { value: id });
      else if (roster.includes(id)) members++;
    }
    if (members < group.quorum) out.error("IKZ-DEC-002", file, ["present"], { present: members, quorum: group.quorum });
    for (let i = 0; i < excluded.length; i++) {
      if (!present.includes(excluded[i]!)) out.error("IKZ-DEC-012", file, ["excluded", i], { value: excluded[i]! });
    }
    // Excluded members count for the quorum (they are present), but someone must be left to decide: a consensus of
    // nobody is no decision (votes ≤ present − excluded = 0).
    if (excluded.length > 0 && present.length > 0 && present.every((id) => excluded.includes(id))) out.error("IKZ-DEC-022", file, ["excluded"], { present: new Set(present).size });
    checkMeeting(decision, config, index, out);
  }
  checkVotes(decision, config, out);
  checkSupersedes(decision, index, out);
  const conditions = d.conditions ?? [];
  for (let i = 0; i < conditions.length; i++) {
    const due = conditions[i]!.due;
    if (due !== undefined && due < d.date) out.error("IKZ-DEC-019", file, ["conditions", i, "due"], { due, date: d.date });
  }
}

/** Members of a decision's list who are not on the roster that day: left (IKZ-DEC-001) or unknown (IKZ-REF-006). */
function rosterFindings(key: "present" | "excluded", list: readonly string[], roster: readonly string[], allIds: readonly string[], decision: Rec<Decision>, out: IssueList): void {
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!;
    if (roster.includes(id)) continue;
    const known = allIds.includes(id);
    out.error(known ? "IKZ-DEC-001" : "IKZ-REF-006", decision.file, [key, i], { value: id, date: decision.data.date, hint: known ? "" : suggest(id, allIds) ?? "" });
  }
}

/** Whether `value` occurs in `list` before position `at` (lists are at most 500 long by the schema; usually 6). */
function indexBefore(list: readonly string[], value: string, at: number): boolean {
  const first = list.indexOf(value);
  return first !== -1 && first < at;
}

/**
 * Rosters by date and members present per meeting, computed once per index (one run of the rules): a large
 * register has tens of thousands of decisions on a few hundred dates and meetings.
 */
const memos = new WeakMap<RegisterIndex, { allIds: string[]; rosters: Map<string, string[]>; present: Map<Meeting, string[]> }>();

function memoOf(index: RegisterIndex, config: IkzConfig) {
  let memo = memos.get(index);
  if (memo === undefined) memos.set(index, (memo = { allIds: config.steering_group.members.map((m) => m.id), rosters: new Map(), present: new Map() }));
  return memo;
}

/** The steering group's member IDs on a date. */
function rosterOn(config: IkzConfig, index: RegisterIndex, date: string): string[] {
  const memo = memoOf(index, config);
  let roster = memo.rosters.get(date);
  if (roster === undefined) memo.rosters.set(date, (roster = config.steering_group.members.filter((m) => isMemberOn(m, date)).map((m) => m.id)));
  return roster;
}

/** A decision replaces an earlier one of the same project (or another standard), and each decision is replaced only once. */
function checkSupersedes(decision: Rec<Decision>, index: RegisterIndex, out: IssueList): void {
  const { file, data: d } = decision;
  if (d.supersedes === undefined) return;
  const old = index.decisions.get(d.supersedes)?.data;
  if (!old) return; // an unknown decision is a reference finding
  if (old.project !== d.project) out.error("IKZ-DEC-017", file, ["supersedes"], { value: old.id, project: old.project ?? "—" });
  if (old.date > d.date) out.error("IKZ-DEC-018", file, ["supersedes"], { value: old.id, date: old.date });
  const first = index.firstReplacement.get(old.id);
  if (first !== undefined && first.id !== d.id) out.error("IKZ-DEC-016", file, ["supersedes"], { value: old.id, other: first.id });
}

function checkMeeting(decision: Rec<Decision>, config: IkzConfig, index: RegisterIndex, out: IssueList): void {
  const { file, data: d } = decision;
  if (d.mode === "circulation") return;
  if (d.meeting === undefined) {
    out.error("IKZ-DEC-006", file, [], {});
    return;
  }
  const meeting = index.meetings.get(d.meeting)?.data;
  if (!meeting) return; // an unknown meeting is a reference finding
  if (meeting.date !== d.date) out.error("IKZ-DEC-007", file, ["date"], { date: d.date, meeting: meeting.id, meetingDate: meeting.date });
  if (!meeting.attendance || meeting.attendance.length === 0) {
    out.error("IKZ-DEC-008", file, ["meeting"], { meeting: meeting.id });
    return;
  }
  const present = memoOf(index, config).present;
  let atMeeting = present.get(meeting);
  if (atMeeting === undefined) present.set(meeting, (atMeeting = [...new Set(presentAtMeeting(meeting))]));
  const listed = d.present ?? [];
  if (sameMembers(atMeeting, listed)) return;
  const missing = atMeeting.filter((m) => !listed.includes(m));
  const extra = [...new Set(listed)].filter((m) => !atMeeting.includes(m));
  out.error("IKZ-DEC-009", file, ["present"], { meeting: meeting.id, missing: missing.join(", ") || "—", extra: extra.join(", ") || "—" });
}

/** Whether two member lists name the same members (`unique` has no repetitions; `listed` may). */
function sameMembers(unique: readonly string[], listed: readonly string[]): boolean {
  for (const m of unique) if (!listed.includes(m)) return false;
  for (const m of listed) if (!unique.includes(m)) return false;
  return true;
}

function checkVotes(decision: Rec<Decision>, config: IkzConfig, out: IssueList): void {
  const { file, data: d } = decision;
  const votes = d.votes;
  const approved = takesEffect(d.outcome);
  if (votes) {
    const total = votes.for + votes.against + votes.abstain;
    if (d.body === "steering_group") {
      const voters = (d.present?.length ?? 0) - (d.excluded?.length ?? 0);
      if (total > voters) out.error("IKZ-DEC-003", file, ["votes"], { total, voters });
    } else if (d.body === "mayors_assembly" && total > config.municipalities.length) {
      out.error("IKZ-DEC-010", file, ["votes"], { total, max: config.municipalities.length });
    }
  }
  // A motion to defer or to return for rework needs the same majority as an approval; a rejection must not have it.
  const motion = approved || d.outcome === "rework" || d.outcome === "deferred";
  if (!motion) {
    if (d.outcome === "rejected" && votes && d.mode === "vote" && d.body === "steering_group" && carried(votes, config.steering_group.majority)) {
      out.error("IKZ-DEC-020", file, ["outcome"], { for: votes.for, against: votes.against, abstain: votes.abstain });
    }
    return;
  }
  if (d.mode === "circulation" || d.mode === "consensus") {
    if (votes && votes.against > 0) out.error(d.mode === "circulation" ? "IKZ-DEC-011" : "IKZ-DEC-005", file, ["votes", "against"], { against: votes.against });
    return;
  }
  if (!votes || d.body !== "steering_group") return;
  const majority = config.steering_group.majority;
  if (!carried(votes, majority)) out.error(approved ? "IKZ-DEC-004" : "IKZ-DEC-021", file, ["outcome"], { for: votes.for, against: votes.against, abstain: votes.abstain, majority });
}

/** Whether a tally carries the motion under the steering group's majority rule (abstentions do not count). */
export function carried(votes: { for: number; against: number }, majority: string): boolean {
  if (majority === "consensus") return votes.against === 0 && votes.for > 0;
  if (majority === "two_thirds") return 3 * votes.for >= 2 * (votes.for + votes.against) && votes.for > 0;
  return votes.for > votes.against;
}
