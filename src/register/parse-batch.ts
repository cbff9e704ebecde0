import type { Issue } from "../domain/finding.js";
import type { CompiledSchemas } from "../schema/compile.js";
import { checkRecord, refusedRecordIssues } from "../schema/check-records.js";
import type { RecordKind } from "./layout.js";
import { parseRecord, type ParseMode } from "./load.js";
import { jsonSafe, type Transport } from "./json-safe.js";
import { keepRuleFields } from "./keep-fields.js";
import { registerFilePaths } from "./file-path.js";
import { readFileTransient } from "./transient-read.js";

/** A batch of record files to read, parse and schema-check: register-relative paths and their kinds. */
export interface Batch {
  id: number;
  files: string[];
  kinds: RecordKind[];
}

/** What a batch gives besides its data: per file its first YAML line and schema verdict; issues in file order. */
export interface BatchResult {
  firstLines: number[];
  /** 1 when the data passed its schema, 0 otherwise (also for files that could not be parsed). */
  valid: number[];
  /** Issues found while reading and parsing (loadRegister's issues). */
  parseIssues: Issue[];
  /** Schema issues (checkRecords' issues). */
  schemaIssues: Issue[];
}

/**
 * Reads the files of a batch one at a time (one file open), parses and schema-checks each, and packs each
 * file's data as JSON as soon as it is checked (values JSON cannot carry go beside it): the data objects die young
 * instead of being held to the end of the batch and promoted to the old generation on the way, which keeps a
 * worker's heap small; JSON.parse then builds compact objects that share no text with the files. A record that
 * passed its schema keeps only the fields the register rules read (keepRuleFields): this is validate's reading
 * of a large register, and the rest would only take memory.
 */
export function parseBatch(root: string, batch: Batch, mode: ParseMode, schemas: CompiledSchemas): BatchResult & Transport {
  const pieces: string[] = [];
  const exact: Transport["exact"] = [];
  const result = parseEach(root, batch, mode, schemas, (data, kind, valid) => {
    const value = valid ? keepRuleFields(kind, data) : data;
    if (jsonSafe(value)) {
      pieces.push(JSON.stringify(value) ?? "null");
    } else {
      exact.push([pieces.length, value]);
      pieces.push("null");
    }
  });
  // The brackets go into the pieces: "[" + joined + "]" would be a rope that JSON.parse first copies flat.
  if (pieces.length === 0) return { ...result, json: "[]", exact };
  pieces[0] = `[${pieces[0]}`;
  pieces[pieces.length - 1] += "]";
  return { ...result, json: pieces.join(","), exact };
}

/** As parseBatch, with the data as js-yaml gave it: no JSON round trip, but its strings still share the files' texts. */
export function parseBatchData(root: string, batch: Batch, mode: ParseMode, schemas: CompiledSchemas): BatchResult & { data: unknown[] } {
  const data: unknown[] = [];
  return { ...parseEach(root, batch, mode, schemas, (value) => data.push(value)), data };
}

/** Parses and checks each file of a batch; `take` gets each file's data, its kind and whether it passed its schema. */
function parseEach(root: string, batch: Batch, mode: ParseMode, schemas: CompiledSchemas, take: (data: unknown, kind: RecordKind, valid: boolean) => void): BatchResult {
  const result: BatchResult = { firstLines: [], valid: [], parseIssues: [], schemaIssues: [] };
  const pathOf = registerFilePaths(root);
  // Runs once per file, mostly before the JIT has warmed up: no iterator over the (nearly always empty) issue lists.
  for (let i = 0; i < batch.files.length; i++) {
    const file = batch.files[i]!;
    const kind = batch.kinds[i]!;
    const { bytes, size } = readFileTransient(pathOf(file));
    const { record, issues } = parseRecord(file, kind, bytes, mode, size);
    for (let k = 0; k < issues.length; k++) result.parseIssues.push(issues[k]!);
    result.firstLines.push(record.firstLine);
    const found = record.data === null ? refusedRecordIssues(record, schemas) : checkRecord(file, kind, record.data, schemas);
    if (found !== undefined) for (let k = 0; k < found.length; k++) result.schemaIssues.push(found[k]!);
    const valid = record.data !== null && found === undefined;
    result.valid.push(valid ? 1 : 0);
    take(record.data, kind, valid);
  }
  return result;
}
