import { EXIT, UsageError } from "../domain/errors.js";
import type { Rec } from "../domain/model.js";
import { suggest } from "../domain/suggest.js";
import { translate, type Lang } from "../i18n/index.js";
import { listMessages } from "../i18n/list-messages.js";
import { idFromPath, type RecordKind } from "../register/layout.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { readView, type RegisterView } from "./register-view.js";
import { computeLinks } from "./show-links.js";
import { renderMarkdown, renderText, valueFormatter } from "./show-render.js";

export interface ShowOptions {
  root: string;
  id: string;
  asOf?: string;
  format: "text" | "json" | "md";
}

/** A link to another record, as data (for JSON) and in words (for text and Markdown). */
export interface LinkItem {
  id: string;
  date?: string;
  text: string;
  data: Record<string, unknown>;
}

/** One record as `ikz show` presents it: its front matter and the records linked to it, both ways. */
export interface ShownRecord {
  kind: Exclude<RecordKind, "config">;
  id: string;
  file: string;
  /** False when the record breaks its schema: its fields are shown as written. */
  valid: boolean;
  data: Record<string, unknown>;
  body: string;
  links: Record<string, LinkItem[]>;
}

/** Shows one record by ID (case-insensitive) with its computed links, as text, Markdown or JSON. */
export async function show(options: ShowOptions, deps: Deps): Promise<ShownRecord> {
  const view = await readView(options.root, options.asOf, deps.timeZone);
  const shown = findRecord(view, options.id);
  shown.links = computeLinks(view, shown, deps.lang);
  if (options.format === "json") {
    const asOf = view.resolved.commit === undefined ? {} : { as_of: { date: view.resolved.date, commit: view.resolved.commit } };
    deps.out.write(`${JSON.stringify({ ...shown, ...asOf }, null, 2)}\n`);
  } else {
    const fmt = valueFormatter(withSubstitutes(view, shown, deps.lang), deps.lang);
    deps.out.write(options.format === "md" ? renderMarkdown(shown, fmt, deps.lang, view) : renderText(shown, fmt, deps, view));
  }
  return shown;
}

/**
 * For a decision taken in a meeting: a member who was represented there reads as the substitute, "Eva Muster (in
 * Vertretung von Thomas Schell)", in `present` and `excluded` alike.
 */
function withSubstitutes(view: RegisterView, shown: ShownRecord, lang: Lang): RegisterView {
  const meetingId = shown.kind === "decision" && typeof shown.data.meeting === "string" ? shown.data.meeting : undefined;
  const attendance = meetingId !== undefined ? (view.index.meetings.get(meetingId)?.data.attendance ?? []) : [];
  const subs = new Map(attendance.filter((a) => a.substitute !== undefined).map((a) => [a.member, a.substitute!]));
  if (subs.size === 0) return view;
  return { ...view, memberName: (id) => (subs.has(id) ? translate(listMessages, lang, "show.substitute", { substitute: subs.get(id)!, member: view.memberName(id) }) : view.memberName(id)) };
}

function findRecord(view: RegisterView, wanted: string): ShownRecord {
  const all: Array<{ id: string; record: (typeof view.data.loaded.records)[number] }> = [];
  for (const record of view.data.loaded.records) {
    if (record.kind === "config") continue;
    const data = (record.data ?? {}) as Record<string, unknown>;
    const id = record.kind === "report" && typeof data.project === "string" && typeof data.period === "string" ? `${data.project}/${data.period}` : typeof data.id === "string" ? data.id : idFromPath(record.kind, record.file);
    if (id !== undefined) all.push({ id, record });
  }
  const key = wanted.trim().toLowerCase();
  const hit = all.find((x) => x.id.toLowerCase() === key);
  if (!hit) throw new UsageError("record.unknown-id", { id: wanted, hint: suggest(wanted.trim(), all.map((x) => x.id)) ?? "" });
  const { record } = hit;
  const kind = record.kind as ShownRecord["kind"];
  const typed = view.model[`${kind}s`].find((r: Rec<object>) => r.file === record.file);
  return { kind, id: hit.id, file: record.file, valid: typed !== undefined, data: (typed?.data ?? record.data ?? {}) as Record<string, unknown>, body: record.body, links: {} };
}

/** `ikz show` from the command line. */
export const runShow: CommandRunner = async (inv, ctx) => {
  const o = inv.options as { asOf?: string; format: ShowOptions["format"] };
  await show({ root: ctx.root, id: inv.args[0] ?? "", asOf: o.asOf, format: ctx.globals.json ? "json" : o.format }, ctx.deps);
  return EXIT.ok;
};
