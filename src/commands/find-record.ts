import { IkzError, RefusedError, UsageError } from "../domain/errors.js";
import type { PathSegment } from "../domain/finding.js";
import { suggest } from "../domain/suggest.js";
import type { IkzConfig, Project } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { projectMessages } from "../i18n/project-messages.js";
import { cliMessages } from "../i18n/cli-messages.js";
import { idFromPath } from "../register/layout.js";
import type { LoadedRecord } from "../register/load.js";
import { editRecordFile } from "../register/record-file.js";
import type { RegisterData } from "../register/register-data.js";
import type { FileChange, WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandContext } from "./context.js";
import { BREAKS_LINE, requireKnown } from "./flag-values.js";
import { printOutcome } from "./write-common.js";
import { findMunicipalityId } from "../domain/municipality-lookup.js";

/** A project record as loaded: the raw record (to edit) and its data (typed as far as the file allows). */
export interface FoundProject {
  /** The project's ID as written in the record (else as its file name says). */
  id: string;
  record: LoadedRecord;
  data: Project;
}

/** Thrown inside a write plan when the record already has the asked-for values; the runner reports "nothing to change". */
export class NothingToChange extends IkzError {
  constructor(id: string) {
    super("nothing-changed", { id }, 0);
  }
}

/** Every project ID the register holds: from the data and from the file names (so broken records count too). */
export function projectIds(data: RegisterData): string[] {
  const ids = new Set<string>();
  for (const r of data.loaded.records) {
    if (r.kind !== "project") continue;
    const own = (r.data as { id?: unknown } | null)?.id;
    if (typeof own === "string") ids.add(own);
    const fromFile = idFromPath("project", r.file);
    if (fromFile !== undefined) ids.add(fromFile);
  }
  return [...ids].sort();
}

/** Resolves a project by ID (case-insensitive); an unknown ID is a usage error with "did you mean". */
export function findProject(data: RegisterData, id: string, flag = "<project>"): FoundProject {
  const wanted = id.trim().toUpperCase();
  const record = data.loaded.records.find((r) => r.kind === "project" && (recordOwnId(r) === wanted || idFromPath("project", r.file) === wanted));
  if (!record) {
    const known = projectIds(data);
    throw new UsageError("unknown-code", { flag, value: id, hint: suggest(id, known) ?? "", known: known.slice(-20).join(", ") });
  }
  if (record.data === null || typeof record.data !== "object") throw new RefusedError("record-unreadable", { file: record.file });
  const project = record.data as Project;
  return { id: typeof project.id === "string" ? project.id : (idFromPath("project", record.file) ?? wanted), record, data: project };
}

function recordOwnId(r: LoadedRecord): string | undefined {
  const own = (r.data as { id?: unknown } | null)?.id;
  return typeof own === "string" ? own.toUpperCase() : undefined;
}

/** The register's configuration; a broken ikz.yaml must be fixed before anything is written. */
export function registerConfig(data: RegisterData): IkzConfig {
  const config = data.model.config?.data;
  if (!config) throw new RefusedError("config-invalid", {});
  return config;
}

/** A municipality from ikz.yaml by id or name (any case), as its id; else a usage error with "did you mean". */
export function requireMunicipality(config: IkzConfig, value: string, flag: string): string {
  // By id or by name, as the help says and as list, status and export accept it: "Büttelborn" is buettelborn.
  const found = findMunicipalityId(config.municipalities, value);
  if (found !== undefined) return found;
  // A misspelt name ("Büttelbron") is near a name, not an ID: suggest by either, always as the ID.
  const byName = (typed: string): string | undefined => {
    const names = config.municipalities.map((m) => m.name.normalize("NFC"));
    const name = suggest(typed.normalize("NFC"), names);
    return name === undefined ? undefined : config.municipalities[names.indexOf(name)]!.id;
  };
  return requireKnown(value.trim(), config.municipalities.map((m) => m.id), flag, (typed, ids) => suggest(typed, ids) ?? byName(typed));
}

/** The bytes of a loaded record as they are on disk (BOM and line endings included). */
export function recordBytes(record: LoadedRecord): Uint8Array {
  if (!record.text) throw new RefusedError("record-unreadable", { file: record.file });
  return Buffer.from(`${record.text.bom ? "\uFEFF" : ""}${record.text.text}`, "utf8");
}

/** Edits a record's front matter in place (comments, order, CRLF, BOM kept); no change at all is NothingToChange. */
export function editRecord(record: LoadedRecord, id: string, edits: readonly YamlEdit[]): FileChange {
  const before = recordBytes(record);
  const content = editRecordFile(record.file, before, edits);
  if (content === Buffer.from(before).toString("utf8")) throw new NothingToChange(id);
  return { file: record.file, content };
}

/** An edit that removes list item `index`, or the whole key when it was the last item (no `key: []` left behind). */
export function removeListItem(path: PathSegment[], list: readonly unknown[], index: number): YamlEdit {
  return list.length <= 1 ? { op: "delete", path } : { op: "delete", path: [...path, index] };
}

/** Translates one of this family's visible texts (or a shared CLI message such as bad-euro). */
export function projectText(lang: Lang, key: string, params?: Record<string, string | number>): string {
  return translate(key in projectMessages ? projectMessages : cliMessages, lang, key, params);
}

/** Most characters of a title or name (spec/register.md), counted in Unicode code points. */
export const MAX_TITLE = 200;

/** A one-line title or name from a flag or prompt: trimmed, not empty, no control characters, at most 200 code points. */
export function checkTitle(value: string, flag: string): string {
  // NFC: a Mac or a PDF hands over ü as u + U+0308; stored so, Excel's search and filter for "Prüf" miss it.
  const title = value.normalize("NFC").trim();
  if (title === "") throw new UsageError("title-empty", { flag });
  if (BREAKS_LINE.test(title)) throw new UsageError("one-line-only", { flag });
  const length = [...title].length;
  if (length > MAX_TITLE) throw new UsageError("title-too-long", { flag, length, max: MAX_TITLE });
  return title;
}

/** A prompt validator from a flag check: true, or the check's message in the user's language. */
export function promptCheck(lang: Lang, check: (value: string) => unknown): (value: string) => true | string {
  return (value) => {
    try {
      check(value);
      return true;
    } catch (error) {
      if (error instanceof IkzError) return projectText(lang, error.key, { ...error.params, hint: "" });
      throw error;
    }
  };
}

/** A string option of an invocation, or undefined. */
export function stringOption(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Runs a write and prints its outcome (path, ID, commit; JSON with --json); "nothing to change" is success. */
export async function printWrite(ctx: CommandContext, run: () => Promise<WriteOutcome<{ id: string }>>): Promise<number> {
  try {
    const outcome = await run();
    printOutcome(ctx, outcome, outcome.result.id);
  } catch (error) {
    if (!(error instanceof NothingToChange)) throw error;
    const id = String(error.params.id);
    if (ctx.globals.json) ctx.deps.out.write(`${JSON.stringify({ id, files: [], commit: null, staged: false, unchanged: true }, null, 2)}\n`);
    else if (!ctx.deps.quiet) ctx.deps.out.write(`${projectText(ctx.deps.lang, "nothing-changed", { id })}\n`);
  }
  return 0;
}
