import type { Issue } from "../domain/finding.js";
import type { RegisterModel, Rec } from "../domain/model.js";
import type { LoadedRecord } from "../register/load.js";
import type { CompiledSchemas } from "./compile.js";
import { schemaIssues } from "./schema-issues.js";

/** Checks each parsed record against its schema; records that pass become the typed model the rules see. */
export function checkRecords(records: readonly LoadedRecord[], schemas: CompiledSchemas): { model: RegisterModel; issues: Issue[] } {
  const model: RegisterModel = { projects: [], decisions: [], meetings: [], reports: [], lessons: [], invalidIds: new Set() };
  const issues: Issue[] = [];
  for (const record of records) {
    if (record.data === null) continue;
    const validate = schemas.validators[record.kind];
    if (!validate(record.data)) {
      for (const issue of schemaIssues(record.file, validate.errors ?? [])) issues.push(issue);
      const data = record.data as { id?: unknown; project?: unknown; period?: unknown };
      if (typeof data.id === "string") model.invalidIds.add(data.id);
      if (record.kind === "report" && typeof data.project === "string" && typeof data.period === "string") model.invalidIds.add(`${data.project}/${data.period}`);
      continue;
    }
    const rec = { file: record.file, data: record.data, body: record.body } as Rec<never>;
    switch (record.kind) {
      case "config": model.config = rec; break;
      case "project": model.projects.push(rec); break;
      case "decision": model.decisions.push(rec); break;
      case "meeting": model.meetings.push(rec); break;
      case "report": model.reports.push(rec); break;
      case "lesson": model.lessons.push(rec); break;
    }
  }
  return { model, issues };
}
