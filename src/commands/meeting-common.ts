import { RefusedError, UsageError } from "../domain/errors.js";
import { isMemberOn } from "../domain/model.js";
import { suggest } from "../domain/suggest.js";
import type { IkzConfig, Meeting, SteeringMember } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { meetingMessages } from "../i18n/meeting-messages.js";
import { splitFrontMatter } from "../register/front-matter.js";
import { idFromPath } from "../register/layout.js";
import type { LoadedRecord } from "../register/load.js";
import { editRecordFile } from "../register/record-file.js";
import type { RegisterData } from "../register/register-data.js";
import type { FileChange } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import { recordBytes } from "./find-record.js";
import { BREAKS_LINE } from "./flag-values.js";

/** A meeting record as loaded: the raw record (to edit) and its data. */
export interface FoundMeeting {
  id: string;
  record: LoadedRecord;
  data: Meeting;
  /** The Markdown body (line endings as LF). */
  body: string;
}

/** Translates a text of the meeting commands. */
export function meetingText(lang: Lang, key: string, params?: Record<string, string | number>): string {
  return translate(meetingMessages, lang, key, params);
}

/** Every meeting ID in the register: from the records' data and from their file names (broken records count too). */
export function meetingIds(data: RegisterData): string[] {
  const ids = new Set<string>();
  for (const r of data.loaded.records) {
    if (r.kind !== "meeting") continue;
    const own = (r.data as { id?: unknown } | null)?.id;
    if (typeof own === "string") ids.add(own);
    const fromFile = idFromPath("meeting", r.file);
    if (fromFile !== undefined) ids.add(fromFile);
  }
  return [...ids].sort();
}

/** Resolves a meeting by ID (any case); an unknown ID is a usage error with "did you mean". */
export function findMeeting(data: RegisterData, id: string): FoundMeeting {
  const wanted = id.trim().toUpperCase();
  const record = data.loaded.records.find((r) => r.kind === "meeting" && (String((r.data as { id?: unknown } | null)?.id ?? "").toUpperCase() === wanted || idFromPath("meeting", r.file) === wanted));
  if (!record) {
    const known = meetingIds(data);
    throw new UsageError("unknown-code", { flag: "<id>", value: id, hint: suggest(wanted, known) ?? "", known: known.slice(-10).join(", ") || "–" });
  }
  const valid = data.model.meetings.find((m) => m.file === record.file);
  // A meeting that fails its schema cannot be worked on safely; validate names what is wrong.
  if (!valid) throw new RefusedError("record-unreadable", { file: record.file });
  return { id: valid.data.id, record, data: valid.data, body: valid.body.replace(/\r\n/g, "\n") };
}

/** The steering-group members on the roster on a date. */
export function rosterOn(config: IkzConfig, date: string): SteeringMember[] {
  return config.steering_group.members.filter((m) => isMemberOn(m, date));
}

/** Most characters of a one-line field (schema short_string) and of a free text (schema text). */
export const MAX_SHORT = 200;
export const MAX_TEXT = 2000;

/** A one-line text from a flag: trimmed, not empty, no control characters, at most `max` code points. */
export function checkLine(value: string, flag: string, max = MAX_SHORT): string {
  const text = value.trim();
  if (text === "" || BREAKS_LINE.test(text) || [...text].length > max) throw new UsageError("meeting-text-bad", { flag, value: value.slice(0, 60), max });
  return text;
}

/** A repeatable flag's values (commander collects them into an array). */
export function listOption(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? [value] : [];
}

/** Edits a meeting's front matter and replaces its Markdown body; BOM and line endings stay as they were. */
export function rewriteMeeting(record: LoadedRecord, edits: readonly YamlEdit[], body?: string): FileChange {
  const edited = editRecordFile(record.file, recordBytes(record), edits);
  if (body === undefined) return { file: record.file, content: edited };
  const bom = edited.startsWith("\uFEFF") ? "\uFEFF" : "";
  const crlf = edited.includes("\r\n");
  const lf = edited.slice(bom.length).replace(/\r\n/g, "\n");
  const split = splitFrontMatter(record.file, lf);
  if ("code" in split) throw new RefusedError("record-unreadable", { file: record.file });
  const next = lf.slice(0, lf.length - split.body.length) + body;
  return { file: record.file, content: bom + (crlf ? next.replace(/\n/g, "\r\n") : next) };
}
