import { stringify } from "yaml";
import { buildAgenda, numberAgenda, type AgendaEntry } from "../domain/agenda.js";
import { isCalendarDate } from "../domain/dates.js";
import { RefusedError, UsageError } from "../domain/errors.js";
import { nextId } from "../domain/ids.js";
import { DECISION_TYPE_LABELS } from "../domain/lifecycle.js";
import type { AgendaItem, Meeting } from "../domain/types.generated.js";
import type { Lang } from "../i18n/index.js";
import { formatDate } from "../render/format.js";
import { joinRecordFile } from "../register/record-file.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { promptCheck, registerConfig, stringOption } from "./find-record.js";
import { parsePlannedDate } from "./date-horizon.js";
import { checkLine, meetingIds, meetingText } from "./meeting-common.js";
import { valueOrAsk } from "./prompter.js";
import { printOutcome, writeOptions } from "./write-common.js";
import { parseQuarterLabel } from "../domain/quarter.js";

export interface MeetingNewOptions {
  write: WriteOptions;
  date?: string;
  location?: string;
  kind: Meeting["kind"];
  /** The day deadlines count from when the agenda is built (default: the meeting day). */
  asOf?: string;
}

export interface MeetingNewResult {
  id: string;
  file: string;
  date: string;
  agenda: AgendaItem[];
}

/** Plans a meeting: `meetings/<year>/<id>.md` with status planned and an agenda of what waits for the steering group. */
export async function meetingNew(options: MeetingNewOptions, deps: Deps): Promise<WriteOutcome<MeetingNewResult>> {
  const t = (key: string, params?: Record<string, string | number>) => meetingText(deps.lang, key, params);
  // Circulation decisions are taken without a meeting (spec/lifecycle.md): a meeting record for them would stay empty.
  if (options.kind === "circulation") throw new UsageError("meeting-circulation");
  // Not a commander choice list: its error could not say why circulation is left out.
  if (options.kind !== "regular" && options.kind !== "extraordinary") throw new UsageError("usage.badChoice", { value: String(options.kind), option: "--kind", allowed: "regular, extraordinary" });
  const dateText = await valueOrAsk(options.date, "--date", deps.prompts, (p) => p.input({ message: t("prompt.date"), validate: promptCheck(deps.lang, (v) => parsePlannedDate(v, "--date", "meeting", deps)) }));
  const date = parsePlannedDate(dateText, "--date", "meeting", deps);
  let location = options.location === undefined ? undefined : checkLine(options.location, "--location");
  if (options.location === undefined && deps.prompts.interactive) {
    const answer = (await (await deps.prompts.prompter()).input({ message: t("prompt.location") })).trim();
    location = answer === "" ? undefined : checkLine(answer, "--location");
  }
  if (options.asOf !== undefined && !isCalendarDate(options.asOf)) throw new UsageError("meeting-as-of-date", { value: options.asOf });
  const day = options.asOf ?? date;

  return runWrite(options.write, (data) => {
    const config = registerConfig(data);
    const sameDay = data.model.meetings.find((m) => m.data.date === date);
    if (sameDay && options.kind !== "extraordinary") throw new RefusedError("meeting-same-date", { date: formatDate(date, deps.lang), other: sameDay.data.id });
    const year = Number(date.slice(0, 4));
    const id = nextId(config.ids?.meeting ?? "LG", year, meetingIds(data), 2);
    const agenda = agendaFor(buildAgenda(data.model, day, date), deps.lang);
    const meeting: Meeting = { id, date, kind: options.kind, ...(location !== undefined ? { location } : {}), status: "planned", agenda };
    const file = `meetings/${year}/${id}.md`;
    const body = plannedBody(agenda, deps.lang);
    const content = joinRecordFile(stringify(meeting, { lineWidth: 0, indent: 2, indentSeq: true }), body);
    return { summary: t("summary.new", { id, date: formatDate(date, deps.lang) }), recordId: id, changes: [{ file, content }], result: { id, file, date, agenda } };
  });
}

/** The numbered agenda with titles in the user's language (the record keeps them as written that day). */
export function agendaFor(entries: readonly AgendaEntry[], lang: Lang): AgendaItem[] {
  const t = (key: string, params?: Record<string, string | number>) => meetingText(lang, key, params);
  const period = (report: string | undefined) => {
    const p = (report ?? "").split("/")[1] ?? "";
    // Quarters in words ("3. Quartal 2025"); the minutes read them back to file each decision under its item.
    const q = parseQuarterLabel(p);
    return q ? t("period.quarter", { q: q.q, y: q.year }) : p === "" ? "–" : t(`period.${p}`);
  };
  return numberAgenda(entries, {
    opening: t("agenda.opening"),
    other: t("agenda.other"),
    titleOf: (e) =>
      t(`agenda.${e.reason}${e.reports !== undefined ? "Many" : ""}`, {
        type: DECISION_TYPE_LABELS[e.decisionType][lang],
        project: e.projectTitle,
        period: (e.reports ?? [e.report]).map(period).join(", "),
        milestone: e.milestone ?? "",
        date: formatDate(e.date, lang),
        decision: e.decision ?? "",
        condition: e.condition ?? "",
        program: e.programName ?? e.program ?? "",
      }),
  });
}

/** The body of a planned meeting: its agenda as a numbered list, and that the minutes follow. */
function plannedBody(agenda: readonly AgendaItem[], lang: Lang): string {
  const lines = agenda.map((a) => `${a.item}. ${a.title}${a.project !== undefined ? ` (${a.project})` : ""}`);
  return `\n## ${meetingText(lang, "planned.heading")}\n\n${lines.join("\n")}\n\n${meetingText(lang, "planned.note")}\n`;
}

/** Prints the agenda after the write: one line per item (nothing with --json or --quiet). */
function printAgenda(deps: Deps, result: MeetingNewResult): void {
  const t = (key: string, params?: Record<string, string | number>) => meetingText(deps.lang, key, params);
  deps.out.write(`\n${t("print.agenda", { id: result.id, date: formatDate(result.date, deps.lang) })}\n`);
  for (const a of result.agenda) deps.out.write(`${t("print.agendaLine", { item: String(a.item).padStart(2), title: a.title })}${a.project !== undefined ? ` (${a.project})` : ""}\n`);
  if (result.agenda.length <= 2) deps.out.write(`${t("print.nothingWaits")}\n`);
}

/** `ikz meeting new --date D [--location L] [--kind …] [--as-of D]`. */
export const runMeetingNew: CommandRunner = async (inv, ctx) => {
  const o = inv.options;
  const outcome = await meetingNew(
    { write: writeOptions(inv, ctx), date: stringOption(o.date), location: stringOption(o.location), kind: (stringOption(o.kind) ?? "regular") as Meeting["kind"], asOf: stringOption(o.asOf) },
    ctx.deps,
  );
  printOutcome(ctx, outcome, outcome.result.id);
  if (!ctx.globals.json && !ctx.deps.quiet) printAgenda(ctx.deps, outcome.result);
  return 0;
};
