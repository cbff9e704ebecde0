import type { Issue } from "../domain/finding.js";
import type { RegisterModel } from "../domain/model.js";
import { compileSchemas, type CompiledSchemas } from "../schema/compile.js";
import { checkRecords } from "../schema/check-records.js";
import { loadRegister, type LoadedRecord, type LoadedRegister, type ParseMode } from "./load.js";
import { checkRegisterRules } from "../domain/rules/index.js";
import { idFromPath } from "./layout.js";
import type { RegisterSource } from "./source.js";
import { isLargeRegister, readRegisterParallel, workerCount } from "./parallel-load.js";
import { YoungGenerationCap } from "../io/heap-tuning.js";
import { folderSource } from "../io/fs-source.js";
import { listFolderSync } from "./list-folder.js";

/** A register read, parsed and schema-checked: what every reading command works on. */
export interface RegisterData {
  loaded: LoadedRegister;
  model: RegisterModel;
  /** Syntax and schema issues (rules are run separately by validate). */
  issues: Issue[];
}

/** Reads a register from any source and checks every record against its schema. */
export async function readRegister(
  source: RegisterSource,
  schemas: CompiledSchemas = compileSchemas(),
  onProgress?: (done: number, total: number) => void,
  mode: ParseMode = "fast",
): Promise<RegisterData> {
  const loaded = await loadRegister(source, onProgress, mode);
  const { model, issues } = checkRecords(loaded.records, schemas);
  return { loaded, model, issues: [...loaded.issues, ...issues] };
}

/**
 * readRegister for validate: a folder of the working tree, on several threads when the register is large.
 * Records keep only their data and read their texts again when asked (a third less memory than readRegister);
 * in a large register (workers), each schema-valid record keeps only the fields the register rules read
 * (RULE_FIELDS). So use it for checking, not for showing or editing records.
 */
export async function readRegisterFolder(root: string, schemas?: CompiledSchemas, onProgress?: (done: number, total: number) => void, mode: ParseMode = "fast"): Promise<RegisterData> {
  // Listing a large register already grows the young generation: it is watched from the listing on.
  const youngGeneration = new YoungGenerationCap();
  const { files, links } = listFolderSync(root, (count) => isLargeRegister(count) && youngGeneration.check(count));
  return readRegisterParallel(root, folderSource(root).label, files, workerCount(files.length), schemas ?? compileSchemas(), { onProgress, mode, youngGeneration, links });
}

/**
 * A record's text as its file has it, line for line, with BOM and line endings normalised (the BOM is gone with
 * decoding): a CRLF checkout is no edit, and a line of this text is the line of the file.
 */
export function recordText(record: LoadedRecord): string {
  const text = record.kind === "config" ? record.yaml : `---\n${record.yaml}---\n${record.body}`;
  return text.replace(/\r\n/g, "\n");
}

/** Every issue of a register: syntax, schema and register rules. */
export function registerIssues(data: RegisterData): Issue[] {
  return [...data.issues, ...ruleIssues(data)];
}

/** The register rules' issues alone, over the records that passed their schema. */
export function ruleIssues(data: RegisterData): Issue[] {
  return checkRegisterRules(data.model, (kind, file) => idFromPath(kind, file));
}
