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
  /** Office in words from ikz.yaml (`function`), e.g. "Bürgermeister der Gemeinde Trebur". */
  function?: string;
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
  /** Report ID (accept_report) and milestone (milestone): they pick the agenda item among several of one project. */
  report?: string;
  milestone?: string;
  votes?: Votes;
  /** Members excluded for conflict of interest; a represented member's substitute is the one who stood aside. */
  excluded: Array<{ name: string; substitute?: string }>;
  conditions: Array<{ n: number; text: string; due?: string; owner?: string }>;
  subject?: string;
  text?: string;
  reason?: string;
  supersedes?: string;
}

/**
 * One agenda item (TOP) with the decisions recorded for it. `extra` marks the item added for decisions not on the
 * agenda (the agenda was extended by it); `opening` the opening item, whose text the minutes word themselves.
 */
export interface MinutesItem {
  item: number;
  title: string;
  kind: NonNullable<AgendaItem["kind"]>;
  project?: string;
  decisionType?: string;
  decisions: MinutesDecision[];
  extra?: boolean;
  opening?: boolean;
  /** The closing "any other business" item. */
  other?: boolean;
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
/** The line of a decision body that introduces its conditions; the minutes have their own heading for them. */
const CONDITIONS_INTRO = /\s*(Der Beschluss ergeht mit (den )?folgenden Auflagen|The decision is subject to the following conditions):?$/i;
/**
 * The conflict-of-interest sentence `ikz decide` writes (its wording may vary before the ending); the minutes state it
 * in their own line, from the decision's `excluded` and the attendance.
 */
const EXCLUDED_LINE = /(wegen Befangenheit an (der )?Beratung und Beschlussfassung nicht teil|because of a conflict of interest)\.$/;
/** Placeholder lines of templates/decision.md that mean "not filled in". */
const PLACEHOLDERS = new Set(["Worüber wurde beschlossen?", "Wortlaut des Beschlusses.", "Warum hat das Gremium so entschieden?", "Eine Begründung wurde nicht angegeben.", "No reason was given."]);

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
    return { id: x.id, name: x.name, role: x.role, municipality: municipality(x.represents), ...(x.function !== undefined ? { function: x.function } : {}), state, ...(a?.substitute !== undefined ? { substitute: a.substitute } : {}) };
  });
  const present = members.filter((x) => x.state !== "absent").length;
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  // An excluded member who was represented: the substitute is the one who took no part ("Eva Muster (in Vertretung von Thomas Schell)").
  const excludedName = (id: string) => {
    const sub = m.attendance?.find((y) => y.member === id)?.substitute;
    return { name: nameOf(id), ...(sub !== undefined ? { substitute: sub } : {}) };
  };
  // Only what was decided in this meeting: a circulation decision or one naming another meeting (or none) is not.
  const taken = input.decisions.filter((d) => d.data.meeting === m.id && d.data.mode !== "circulation");
  const decisions = [...taken].sort(byDateThenId).map((d) => toMinutesDecision(d, excludedName, municipality, input.projectTitle));
  const chairMember = members.find((x) => x.role === "chair");
  return {
    body: group.name,
    meeting: { id: m.id, date: m.date, kind: m.kind, ...(m.location !== undefined ? { location: m.location } : {}), ...(input.time !== undefined ? { time: input.time } : {}) },
    members,
    guests: m.guests ?? [],
    quorum: { present, members: roster.length, required: group.quorum, met: present >= group.quorum },
    items: assignDecisions(m.agenda ?? [], decisions),
    // An owner may be a municipality id ("kelsterbach") or free text ("Geschäftsstelle"); ids read as names.
    actions: (m.actions ?? []).map((a) => (a.owner === undefined ? a : { ...a, owner: municipality(a.owner) })),
    ...(m.next_meeting !== undefined ? { nextMeeting: m.next_meeting } : {}),
    ...(chairMember ? { chair: { name: chairMember.name, state: chairMember.state, ...(chairMember.substitute !== undefined ? { substitute: chairMember.substitute } : {}) } } : {}),
    ...(input.recorder !== undefined ? { recorder: input.recorder } : {}),
  };
}

/** Titles of the opening item and of "any other business" as `meeting new` writes them (hand-made agendas may differ). */
const OPENING = /^(Eröffnung|Opening)\b/i;
const OTHER_BUSINESS = /^(Verschiedenes|Sonstiges|Any other business)\b/i;

/**
 * Puts each decision under its agenda item: same project and type, and for a report or milestone the item that names
 * it (an item naming another report or milestone is not taken); the first such item still without a decision, else
 * the first. Decisions that match no item get one added TOP, "further decisions", before any other business (which
 * moves one number down); the minutes say the agenda was extended by it.
 */
export function assignDecisions(agenda: readonly AgendaItem[], decisions: readonly MinutesDecision[]): MinutesItem[] {
  const sorted = [...agenda].sort((a, b) => a.item - b.item);
  const items: MinutesItem[] = sorted.map((a, i) => ({
    item: a.item,
    title: a.title,
    kind: a.kind ?? "information",
    ...(a.project !== undefined ? { project: a.project } : {}),
    ...(a.decision_type !== undefined ? { decisionType: a.decision_type } : {}),
    decisions: [],
    ...(i === 0 && a.project === undefined && OPENING.test(a.title) ? { opening: true } : {}),
    ...(i > 0 && i === sorted.length - 1 && a.project === undefined && OTHER_BUSINESS.test(a.title) ? { other: true } : {}),
  }));
  const rest: MinutesDecision[] = [];
  for (const d of decisions) {
    const matching = items.filter((i) => i.decisionType === d.type && i.project === d.project && fits(i.title, d) !== "other");
    // An item naming the decision's report or milestone comes before one naming none.
    const ranked = [...matching.filter((i) => fits(i.title, d) === "names"), ...matching.filter((i) => fits(i.title, d) === "open")];
    const target = ranked.find((i) => i.decisions.length === 0) ?? ranked[0];
    if (target) target.decisions.push(d);
    else rest.push(d);
  }
  if (rest.length === 0) return items;
  const last = items.at(-1);
  const beforeLast = items.length >= 2 && last !== undefined && last.project === undefined && OTHER_BUSINESS.test(last.title);
  const at = beforeLast ? items.length - 1 : items.length;
  const item = (items[at - 1]?.item ?? 0) + 1;
  const extra: MinutesItem = { item, title: "", kind: "decision", decisions: rest, extra: true };
  return [...items.slice(0, at), extra, ...items.slice(at).map((i) => ({ ...i, item: i.item + 1 }))];
}

/** How an item's title fits a decision's report or milestone: it names it, names another one, or names none ("open"). */
function fits(title: string, d: MinutesDecision): "names" | "other" | "open" {
  const token = d.report !== undefined ? d.report.split("/")[1] : d.milestone;
  if (token === undefined) return "open";
  const words = titleTokens(title);
  return words.includes(token) ? "names" : words.length > 0 ? "other" : "open";
}

/**
 * The quarters and milestones an agenda title names, as "2025-Q3" and "M2": older titles write "2025-Q3", those of
 * `meeting new` "3. Quartal 2025" (German) or "Q3 2025" (English).
 */
export function titleTokens(title: string): string[] {
  const out: string[] = [];
  for (const m of title.matchAll(/\b(\d{4})-Q([1-4])\b|\b([1-4])\. Quartal (\d{4})\b|\bQ([1-4]) (\d{4})\b|\b(M\d+)\b/g)) {
    out.push(m[7] ?? (m[1] !== undefined ? `${m[1]}-Q${m[2]}` : m[3] !== undefined ? `${m[4]}-Q${m[3]}` : `${m[6]}-Q${m[5]}`));
  }
  return out;
}

/** The quarters an item's title names that none of its decisions took up (a TOP on several reports, some left open). */
export function undecidedPeriods(item: MinutesItem): string[] {
  if (item.decisions.length === 0) return [];
  const decided = new Set(item.decisions.map((d) => d.report?.split("/")[1]).filter((x) => x !== undefined));
  if (decided.size === 0) return [];
  return titleTokens(item.title).filter((x) => /^\d{4}-Q[1-4]$/.test(x) && !decided.has(x));
}

function toMinutesDecision(rec: Rec<Decision>, nameOf: (id: string) => MinutesDecision["excluded"][number], municipality: (id: string) => string, projectTitle: (id: string) => string | undefined): MinutesDecision {
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
    ...(d.report !== undefined ? { report: d.report } : {}),
    ...(d.milestone !== undefined ? { milestone: d.milestone } : {}),
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
    const trimmed = line.trim();
    if (/^(\d+\.\s+)?(Auflage|Condition)\s+\d+\b/.test(trimmed) || /^(Abstimmungsergebnis|Vote)( \([^)]*\))?:/.test(trimmed) || EXCLUDED_LINE.test(trimmed)) continue;
    // The intro may stand alone or end the resolution's sentence ("… nimmt den Bericht ab. Der Beschluss ergeht mit …:").
    kept.push(line.replace(CONDITIONS_INTRO, ""));
  }
  const text = kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return text === "" || PLACEHOLDERS.has(text) ? undefined : text;
}
