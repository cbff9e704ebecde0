import type { Issue } from "../domain/finding.js";
import type { RegisterModel, Rec } from "../domain/model.js";
import type { LoadedRecord } from "../register/load.js";
import { idFromPath, type RecordKind } from "../register/layout.js";
import { CompactRecord } from "../register/compact-record.js";
import type { CompiledSchemas } from "./compile.js";
import { schemaIssues } from "./schema-issues.js";

/** Checks each parsed record against its schema; records that pass become the typed model the rules see. */
export function checkRecords(records: readonly LoadedRecord[], schemas: CompiledSchemas): { model: RegisterModel; issues: Issue[] } {
  const model = emptyModel();
  const issues: Issue[] = [];
  for (const record of records) {
    if (record.data === null) {
      const found = refusedRecordIssues(record, schemas);
      if (found !== undefined) for (const issue of found) issues.push(issue);
      addToModel(model, record, false);
      continue;
    }
    const found = checkRecord(record.file, record.kind, record.data, schemas);
    if (found !== undefined) for (const issue of found) issues.push(issue);
    addToModel(model, record, found === undefined);
  }
  return { model, issues };
}

/** A model without records. */
export function emptyModel(): RegisterModel {
  return { projects: [], decisions: [], meetings: [], reports: [], lessons: [], invalidIds: new Set() };
}

/** The schema issues of one record's data, or undefined when it is valid. */
export function checkRecord(file: string, kind: RecordKind, data: unknown, schemas: CompiledSchemas): Issue[] | undefined {
  const validate = schemas.validators[kind];
  return validate(data) ? undefined : schemaIssues(file, validate.errors ?? []);
}

/**
 * The schema issues of a record refused for its YAML whose data could still be read (LoadedRecord.refused), so
 * that a duplicate key or an amount with thousands dots does not hide the file's other mistakes; without those
 * at key paths a YAML finding already names ("1.200.000" is a text where a number belongs: said once).
 */
export function refusedRecordIssues(record: LoadedRecord, schemas: CompiledSchemas): Issue[] | undefined {
  const refused = record.refused;
  if (refused === undefined) return undefined;
  const reported = new Set(refused.reported.map((path) => path.join("\0")));
  return checkRecord(record.file, record.kind, refused.data, schemas)?.filter((issue) => !reported.has(issue.path.join("\0")));
}

/** Adds a parsed record to the model: a valid one as a record, an invalid one only by its IDs. */
export function addToModel(model: RegisterModel, record: LoadedRecord, valid: boolean): void {
  if (record.data === null) {
    // A file whose YAML cannot be read still exists: references to it are not "unknown" (and get no wrong "did you mean").
    const id = record.kind === "config" ? undefined : idFromPath(record.kind, record.file);
    if (id !== undefined) model.invalidIds.add(id);
    return;
  }
  if (!valid) {
    const data = record.data as { id?: unknown; project?: unknown; period?: unknown };
    if (typeof data.id === "string") model.invalidIds.add(data.id);
    // Its file name names it too: a malformed `id` (its own finding) must not make every reference to it "unknown".
    const named = record.kind === "config" ? undefined : idFromPath(record.kind, record.file);
    if (named !== undefined) model.invalidIds.add(named);
    if (record.kind === "report" && typeof data.project === "string" && typeof data.period === "string") model.invalidIds.add(`${data.project}/${data.period}`);
    return;
  }
  // A compact record is its own Rec: it reads its body only if someone asks for it (validate never does).
  const rec = (record instanceof CompactRecord ? record : { file: record.file, data: record.data, body: record.body }) as Rec<never>;
  switch (record.kind) {
    case "config": model.config = rec; break;
    case "project": model.projects.push(rec); break;
    case "decision": model.decisions.push(rec); break;
    case "meeting": model.meetings.push(rec); break;
    case "report": model.reports.push(rec); break;
    case "lesson": model.lessons.push(rec); break;
  }
}
