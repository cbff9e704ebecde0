import { DECISION_TYPE_LABELS, type DecisionType } from "../domain/lifecycle.js";
import type { MinutesData, MinutesDecision, MinutesItem, MinutesMember } from "../domain/minutes.js";
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
    quorum: t(q.met ? "quorum" : "noQuorum", { body: minutes.body, present: q.present, members: q.members, required: q.required }),
    agenda: minutes.items.map((i) => `${i.item}. ${itemTitle(i, t)}`),
    items: minutes.items.map((i) => ({ heading: t("top", { item: i.item, title: itemTitle(i, t) }), note: itemNote(i, t), decisions: i.decisions.map((d) => decisionBlock(d, lang, t)) })),
    actions: minutes.actions.map((a, i) => ({ n: i + 1, text: cell(a.text), owner: cell(a.owner ?? "–"), due: a.due !== undefined ? formatDate(a.due, lang) : "–" })),
    next: minutes.nextMeeting !== undefined ? t("nextText", { date: longDate(minutes.nextMeeting, lang) }) : t("nextOpen"),
    signatures: [
      { label: t("chair"), name: chairName(minutes, t) },
      { label: t("recorderSign"), name: minutes.recorder ?? "" },
    ],
  };
  const text = renderTemplate(root, "minutes", data);
  return `${text.replace(/^\n*/, "\n").replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

type T = (key: string, params?: Record<string, string | number>) => string;

function memberLine(x: MinutesMember, t: T): string {
  const params = { name: x.name, role: t(`role.${x.role}`), municipality: x.municipality };
  return x.state === "substituted" ? t("substitute", { ...params, substitute: x.substitute ?? "" }) : t("member", params);
}

function itemTitle(i: MinutesItem, t: T): string {
  return i.extra ? t("further") : i.title;
}

/** What an item without a decision says: a decision item was deferred, anything else was heard without a decision. */
function itemNote(i: MinutesItem, t: T): string {
  if (i.decisions.length > 0) return "";
  return i.kind === "decision" ? t("deferredItem") : t("noDecision");
}

function decisionBlock(d: MinutesDecision, lang: Lang, t: T) {
  const type = DECISION_TYPE_LABELS[d.type as DecisionType]?.[lang] ?? d.type;
  const about = [type, d.project].filter((x) => x !== undefined).join(", ");
  const names = d.excluded.length <= 1 ? d.excluded.join("") : `${d.excluded.slice(0, -1).join(", ")} ${t("and")} ${d.excluded.at(-1)}`;
  return {
    heading: `${t("decision", { id: d.id })} – ${about}`,
    subject: d.subject ?? "",
    text: d.text ?? "",
    conditions: d.conditions.map((c) => {
      const tail = `${c.due !== undefined ? t("conditionDue", { due: formatDate(c.due, lang) }) : ""}${c.owner !== undefined ? t("conditionOwner", { owner: c.owner }) : ""}`;
      // "… abstimmen – bis 28.02.2027 (Riedstadt)": the sentence's own full stop would stand before the dash.
      return `${t("condition", { n: c.n, text: tail === "" ? c.text : c.text.replace(/\.$/, "") })}${tail}`;
    }),
    result: `${resultText(d, t)}.`,
    excluded: d.excluded.length === 0 ? "" : t(d.excluded.length === 1 ? "excludedOne" : "excludedMany", { names }),
    reason: d.reason ?? "",
    supersedes: d.supersedes !== undefined ? t("supersedes", { id: d.supersedes }) : "",
  };
}

/** "5 Ja-Stimmen – einstimmig beschlossen", "1 Ja-Stimme, 3 Nein-Stimmen, 1 Enthaltung – abgelehnt", "im Konsens beschlossen". */
export function resultText(d: Pick<MinutesDecision, "outcome" | "mode" | "votes">, t: T): string {
  const verb = t(`verb.${d.outcome}`);
  const v = d.votes;
  if (d.mode === "consensus") return t("vote.consensus", { verb });
  if (d.mode === "circulation") return `${t("vote.circulation", { verb })}${v ? ` (${counts(v, t).join(", ")})` : ""}`;
  if (!v) return t("vote.plain", { verb });
  if (v.abstain === 0 && (v.for === 0) !== (v.against === 0)) {
    return t("vote.unanimous", { verb, count: v.for > 0 ? count("for", v.for, t) : count("against", v.against, t) });
  }
  const [f, a, ab] = counts(v, t) as [string, string, string];
  return t("vote.split", { verb, for: f, against: a, abstain: ab });
}

function counts(v: Votes, t: T): string[] {
  return [count("for", v.for, t), count("against", v.against, t), count("abstain", v.abstain, t)];
}

function count(kind: "for" | "against" | "abstain", n: number, t: T): string {
  return t(`n.${kind}.${n === 1 ? "one" : "many"}`, { n });
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
