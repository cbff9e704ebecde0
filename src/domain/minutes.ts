import { byDateThenId, isMemberOn, type Rec } from "./model.js";
import type { ActionItem, AgendaItem, Decision, Guest, IkzConfig, Meeting, SteeringMember, Votes } from "./types.generated.js";

/** How a member of the roster took part: in person, by a substitute, or not (excused). */
export type AttendanceState = "present" | "substituted" | "absent";

/** One roster member in the minutes. */
export interface MinutesMember {
  id: string;
  name: string;
  role: SteeringMember["role"];
  /** Name of the municipality the member sits for. */
  municipality: string;
  state: AttendanceState;
  substitute?: string;
}

/** One decision as the minutes record it. */
export interface MinutesDecision {
  id: string;
  type: Decision["type"];
  outcome: Decision["outcome"];
  mode: Decision["mode"];
  project?: string;
  projectTitle?: string;
  votes?: Votes;
  /** Names of members excluded for conflict of interest. */
  excluded: string[];
  conditions: Array<{ n: number; text: string; due?: string; owner?: string }>;
  subject?: string;
  text?: string;
  reason?: string;
  supersedes?: string;
}

/** One agenda item (TOP) with the decisions recorded for it; `extra` marks the item for decisions not on the agenda. */
export interface MinutesItem {
  item: number;
  title: string;
  kind: NonNullable<AgendaItem["kind"]>;
  project?: string;
  decisionType?: string;
  decisions: MinutesDecision[];
  extra?: boolean;
}

/** Everything the minutes (Niederschrift) of a meeting say, as plain data; the renderer words it. */
export interface MinutesData {
  body: string;
  meeting: { id: string; date: string; kind: Meeting["kind"]; location?: string; time?: string };
  members: MinutesMember[];
  guests: Guest[];
  quorum: { present: number; members: number; required: number; met: boolean };
  items: MinutesItem[];
  actions: ActionItem[];
  nextMeeting?: string;
  /** The chair on the roster that day, and who chaired in their place. */
  chair?: { name: string; state: AttendanceState; substitute?: string };
  recorder?: string;
}

/** What the builder needs besides the meeting: the register's configuration and the decisions that name the meeting. */
export interface MinutesInput {
  meeting: Meeting;
  config: IkzConfig;
  decisions: readonly Rec<Decision>[];
  projectTitle: (id: string) => string | undefined;
  time?: string;
  recorder?: string;
}

/** Headings of a decision body (templates/decision.md), German and English. */
const SECTIONS = { subject: ["Gegenstand", "Subject"], text: ["Beschlusstext", "Resolution"], reason: ["Begründung", "Reason"] } as const;
/** Placeholder lines of templates/decision.md that mean "not filled in". */
const PLACEHOLDERS = new Set(["Worüber wurde beschlossen?", "Wortlaut des Beschlusses.", "Warum hat das Gremium so entschieden?"]);

/** Builds the minutes' data of a meeting: attendance on the roster of its date, quorum, each TOP with its decisions. Pure. */
export function buildMinutes(input: MinutesInput): MinutesData {
  const { meeting: m, config } = input;
  const group = config.steering_group;
  const municipality = (id: string) => config.municipalities.find((x) => x.id === id)?.name ?? id;
  const roster = group.members.filter((x) => isMemberOn(x, m.date));
  const byId = new Map(group.members.map((x) => [x.id, x]));
  const members: MinutesMember[] = roster.map((x) => {
    const a = m.attendance?.find((y) => y.member === x.id);
    const state: AttendanceState = a?.substitute !== undefined ? "substituted" : a?.present ? "present" : "absent";
    return { id: x.id, name: x.name, role: x.role, municipality: municipality(x.represents), state, ...(a?.substitute !== undefined ? { substitute: a.substitute } : {}) };
  });
  const present = members.filter((x) => x.state !== "absent").length;
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const decisions = [...input.decisions].sort(byDateThenId).map((d) => toMinutesDecision(d, nameOf, municipality, input.projectTitle));
  const chairMember = members.find((x) => x.role === "chair");
  return {
    body: group.name,
    meeting: { id: m.id, date: m.date, kind: m.kind, ...(m.location !== undefined ? { location: m.location } : {}), ...(input.time !== undefined ? { time: input.time } : {}) },
    members,
    guests: m.guests ?? [],
    quorum: { present, members: roster.length, required: group.quorum, met: present >= group.quorum },
    items: assignDecisions(m.agenda ?? [], decisions),
    actions: m.actions ?? [],
    ...(m.next_meeting !== undefined ? { nextMeeting: m.next_meeting } : {}),
    ...(chairMember ? { chair: { name: chairMember.name, state: chairMember.state, ...(chairMember.substitute !== undefined ? { substitute: chairMember.substitute } : {}) } } : {}),
    ...(input.recorder !== undefined ? { recorder: input.recorder } : {}),
  };
}

/**
 * Puts each decision under the agenda item of its project and type (the first such item still without a decision,
 * else the first such item); decisions that match no item get a TOP of their own, "further decisions", at the end.
 */
export function assignDecisions(agenda: readonly AgendaItem[], decisions: readonly MinutesDecision[]): MinutesItem[] {
  const items: MinutesItem[] = [...agenda]
    .sort((a, b) => a.item - b.item)
    .map((a) => ({ item: a.item, title: a.title, kind: a.kind ?? "information", ...(a.project !== undefined ? { project: a.project } : {}), ...(a.decision_type !== undefined ? { decisionType: a.decision_type } : {}), decisions: [] }));
  const rest: MinutesDecision[] = [];
  for (const d of decisions) {
    const matching = items.filter((i) => i.decisionType === d.type && i.project === d.project);
    const target = matching.find((i) => i.decisions.length === 0) ?? matching[0];
    if (target) target.decisions.push(d);
    else rest.push(d);
  }
  if (rest.length > 0) {
    const next = items.reduce((max, i) => Math.max(max, i.item), 0) + 1;
    items.push({ item: next, title: "", kind: "decision", decisions: rest, extra: true });
  }
  return items;
}

function toMinutesDecision(rec: Rec<Decision>, nameOf: (id: string) => string, municipality: (id: string) => string, projectTitle: (id: string) => string | undefined): MinutesDecision {
  const d = rec.data;
  const title = d.project !== undefined ? projectTitle(d.project) : undefined;
  const subject = bodySection(rec.body, SECTIONS.subject);
  const text = bodySection(rec.body, SECTIONS.text);
  const reason = d.reason ?? bodySection(rec.body, SECTIONS.reason);
  return {
    id: d.id,
    type: d.type,
    outcome: d.outcome,
    mode: d.mode,
    ...(d.project !== undefined ? { project: d.project } : {}),
    ...(title !== undefined ? { projectTitle: title } : {}),
    ...(d.votes !== undefined ? { votes: d.votes } : {}),
    excluded: (d.excluded ?? []).map(nameOf),
    conditions: (d.conditions ?? []).map((c, i) => ({ n: i + 1, text: c.text, ...(c.due !== undefined ? { due: c.due } : {}), ...(c.owner !== undefined ? { owner: municipality(c.owner) } : {}) })),
    ...(subject !== undefined ? { subject } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(d.supersedes !== undefined ? { supersedes: d.supersedes } : {}),
  };
}

/**
 * The text under a `## heading` of a decision body, without the lines the minutes give in their own words (the
 * numbered conditions and the vote line of templates/decision.md) and without template placeholders.
 */
export function bodySection(body: string, headings: readonly string[]): string | undefined {
  const lines = body.replace(/\r\n/g, "\n").split("\n");
  const start = lines.findIndex((l) => headings.some((h) => new RegExp(`^##\\s+${h}\\s*$`, "i").test(l.trim())));
  if (start < 0) return undefined;
  const kept: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    if (/^\d+\.\s+(Auflage|Condition)\s+\d+/.test(line.trim()) || /^(Abstimmungsergebnis|Vote):/.test(line.trim())) continue;
    kept.push(line);
  }
  const text = kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return text === "" || PLACEHOLDERS.has(text) ? undefined : text;
}
