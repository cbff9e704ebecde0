import { DECISION_TYPE_LABELS, type DecisionType } from "../domain/lifecycle.js";
import { undecidedPeriods, type MinutesData, type MinutesDecision, type MinutesItem, type MinutesMember } from "../domain/minutes.js";
import type { Votes } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { minutesMessages } from "../i18n/meeting-messages.js";
import { formatDate } from "../render/format.js";
import { renderTemplate } from "../register/template.js";

const WEEKDAYS = { de: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"], en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] };
const MONTHS = {
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** A date as a letter or the minutes write it: "Donnerstag, 10. Dezember 2026" / "Thursday, 10 December 2026". */
export function longDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[lang][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return lang === "de" ? `${weekday}, ${d}. ${MONTHS.de[m - 1]} ${y}` : `${weekday}, ${d} ${MONTHS.en[m - 1]} ${y}`;
}

/** The minutes' Markdown body from their data, in German or English, through templates/minutes.md (the register's own first). */
export function renderMinutes(root: string, minutes: MinutesData, lang: Lang): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(minutesMessages, lang, key, params);
  const m = minutes.meeting;
  const facts = [
    `${t("meeting")}: ${m.id}`,
    `${t("date")}: ${longDate(m.date, lang)}`,
    ...(m.time !== undefined ? [`${t("time")}: ${m.time}`] : []),
    ...(m.location !== undefined ? [`${t("place")}: ${m.location}`] : []),
  ];
  const attending = minutes.members.filter((x) => x.state !== "absent").map((x) => memberLine(x, t));
  const labels: Record<string, string> = {};
  for (const key of ["title", "attendance", "present", "absent", "guests", "quorumHeading", "agenda", "subject", "text", "conditions", "result", "reason", "actions", "actionsHead", "noActions", "next"]) labels[key] = t(key);
  const q = minutes.quorum;
  const data = {
    frontMatter: "",
    t: labels,
    about: t(`about.${m.kind}`, { body: minutes.body }),
    facts,
    present: attending.length > 0 ? attending : [t("nobody")],
    absent: minutes.members.filter((x) => x.state === "absent").map((x) => memberLine(x, t)),
    guests: minutes.guests.map((g) => (g.role !== undefined ? `${g.name}, ${g.role}` : g.name)),
    recorder: minutes.recorder !== undefined ? t("recorder", { name: minutes.recorder }) : "",
    // With an opening item the quorum is stated there, as the chair does at the start of the meeting.
    quorum: minutes.items.some((i) => i.opening) ? "" : t(q.met ? "quorum" : "noQuorum", { body: minutes.body, present: q.present, members: q.members, required: q.required }),
    agenda: minutes.items.map((i) => `${i.item}. ${itemTitle(i, t)}`),
    items: minutes.items.map((i) => ({ heading: t("top", { item: i.item, title: itemTitle(i, t) }), note: itemNote(i, minutes, t), decisions: i.decisions.map((d) => decisionBlock(d, lang, t)) })),
    actions: minutes.actions.map((a, i) => ({ n: i + 1, text: cell(a.text), owner: cell(a.owner ?? "–"), due: a.due !== undefined ? formatDate(a.due, lang) : "–" })),
    // Without a known next meeting the minutes say nothing about it (the template leaves the section out).
    next: minutes.nextMeeting !== undefined ? t("nextText", { date: longDate(minutes.nextMeeting, lang) }) : "",
    signatures: [
      { label: t("chair"), name: chairName(minutes, t) },
      { label: t("recorderSign"), name: minutes.recorder ?? "" },
    ],
  };
  const text = renderTemplate(root, "minutes", data);
  return `${text.replace(/^\n*/, "\n").replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

type T = (key: string, params?: Record<string, string | number>) => string;

/** "Thomas Schell, Bürgermeister der Gemeinde Biebesheim am Rhein" from ikz.yaml's `function`; without it the municipality. */
function memberLine(x: MinutesMember, t: T): string {
  const office = x.function ?? x.municipality;
  const who = x.role === "chair" ? t("chairOf", { name: x.name, office }) : t("member", { name: x.name, office });
  return x.state === "substituted" ? t("substitute", { substitute: x.substitute ?? "", member: who }) : who;
}

function itemTitle(i: MinutesItem, t: T): string {
  return i.extra ? t("further") : i.title;
}

/**
 * What an item says besides its decisions: the opening states chair, quorum and the agenda (extended, if decisions
 * off the agenda were taken); an item on several reports names those left undecided; a decision item without a
 * decision was not dealt with (a deferral is a decision of its own); "any other business" without a decision had no
 * requests to speak; a report or information item was heard and noted.
 */
function itemNote(i: MinutesItem, minutes: MinutesData, t: T): string {
  if (i.opening) return openingText(minutes, t);
  if (i.decisions.length > 0) {
    const left = undecidedPeriods(i).map((p) => t("quarter", { q: p.slice(-1), y: p.slice(0, 4) }));
    return left.length === 0 ? "" : t("reportsLeft", { periods: `${t(left.length === 1 ? "reportOne" : "reportMany")} ${joinList(left, t)}` });
  }
  if (i.other) return t("noRequests");
  return i.kind === "decision" ? t("notDealtWith") : t("tookNote");
}

/** "a", "a und b", "a, b und c". */
function joinList(xs: readonly string[], t: T): string {
  return xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} ${t("and")} ${xs.at(-1)}`;
}

function openingText(minutes: MinutesData, t: T): string {
  const c = minutes.chair;
  const chair = !c || c.state === "absent" ? undefined : c.state === "substituted" ? t("openedByDeputy", { name: c.substitute ?? "", chair: c.name }) : t("openedBy", { name: c.name });
  const q = minutes.quorum;
  const params = { body: minutes.body, present: q.present, members: q.members, required: q.required };
  const extra = minutes.items.find((x) => x.extra);
  const agenda = !q.met ? "" : extra ? t("agendaExtended", { item: extra.item, title: t("furtherShort") }) : t("agendaApproved");
  return [chair !== undefined ? t("opened", { chair }) : t("openedNoChair"), t(q.met ? "openingQuorum" : "openingNoQuorum", params), agenda].filter((x) => x !== "").join(" ");
}

function decisionBlock(d: MinutesDecision, lang: Lang, t: T) {
  const type = DECISION_TYPE_LABELS[d.type as DecisionType]?.[lang] ?? d.type;
  const about = [type, d.project].filter((x) => x !== undefined).join(", ");
  // A represented member's substitute stood aside: "Eva Muster (in Vertretung von Thomas Schell)".
  const excluded = d.excluded.map((x) => (x.substitute !== undefined ? t("excludedSubstitute", { substitute: x.substitute, member: x.name }) : x.name));
  const names = excluded.length <= 1 ? excluded.join("") : `${excluded.slice(0, -1).join(", ")} ${t("and")} ${excluded.at(-1)}`;
  return {
    heading: `${t("decision", { id: d.id })} – ${about}`,
    subject: d.subject ?? "",
    text: d.text ?? "",
    // "Auflage 1 (bis 28.02.2027, Riedstadt): …", the form of the decision file.
    conditions: d.conditions.map((c) => {
      const about = [c.due !== undefined ? t("conditionDue", { due: formatDate(c.due, lang) }) : "", c.owner ?? ""].filter((x) => x !== "").join(", ");
      return t("condition", { n: c.n, about: about === "" ? "" : ` (${about})`, text: c.text });
    }),
    result: `${resultText(d, t)}.`,
    excluded: d.excluded.length === 0 ? "" : t(d.excluded.length === 1 ? "excludedOne" : "excludedMany", { names }),
    reason: d.reason ?? "",
    // The decision's own text often says it already; the minutes say it once.
    supersedes: d.supersedes !== undefined && ![d.subject, d.text, d.reason].some((x) => x?.includes(d.supersedes!)) ? t("supersedes", { id: d.supersedes }) : "",
  };
}

/** "5 Ja, 0 Nein, 0 Enthaltungen – einstimmig beschlossen", "1 Ja, 3 Nein, 1 Enthaltung – abgelehnt", "im Konsens beschlossen": the tally of the decision file. */
export function resultText(d: Pick<MinutesDecision, "outcome" | "mode" | "votes">, t: T): string {
  const verb = t(`verb.${d.outcome}`);
  const v = d.votes;
  if (d.mode === "consensus") return t("vote.consensus", { verb });
  if (d.mode === "circulation") return `${t("vote.circulation", { verb })}${v ? ` (${tally(v, t)})` : ""}`;
  if (!v) return t("vote.plain", { verb });
  const unanimous = v.abstain === 0 && (v.for === 0) !== (v.against === 0);
  return t(unanimous ? "vote.unanimous" : "vote.split", { verb, tally: tally(v, t) });
}

/** "5 Ja, 0 Nein, 0 Enthaltungen" (one abstention: "1 Enthaltung"). */
function tally(v: Votes, t: T): string {
  return t("vote.tally", { for: v.for, against: v.against, abstain: t(`n.abstain.${v.abstain === 1 ? "one" : "many"}`, { n: v.abstain }) });
}

function chairName(minutes: MinutesData, t: T): string {
  const c = minutes.chair;
  if (!c || c.state === "absent") return "";
  return c.state === "substituted" ? t("inPlaceOf", { name: c.substitute ?? "" }) : c.name;
}

/** A table cell: pipes escaped, one line. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}
