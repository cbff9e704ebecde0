import type { Issue } from "../domain/finding.js";
import type { RegisterModel } from "../domain/model.js";
import type { RecordText } from "../domain/rules/base-rules.js";
import { compileSchemas, type CompiledSchemas } from "../schema/compile.js";
import { checkRecords } from "../schema/check-records.js";
import { loadRegister, type LoadedRegister, type ParseMode } from "./load.js";
import { checkRegisterRules } from "../domain/rules/index.js";
import { idFromPath } from "./layout.js";
import type { RegisterSource } from "./source.js";
import { readRegisterParallel, workerCount } from "./parallel-load.js";
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
 * readRegister for a folder of the working tree, on several threads when the register is large. Records keep
 * only their data and read their texts again when asked (a third less memory than readRegister), so use it
 * for reading, not for editing.
 */
export async function readRegisterFolder(root: string, schemas?: CompiledSchemas, onProgress?: (done: number, total: number) => void, mode: ParseMode = "fast"): Promise<RegisterData> {
  const listed = listFolderSync(root);
  return readRegisterParallel(root, folderSource(root).label, listed, workerCount(listed.length), schemas ?? compileSchemas(), onProgress, mode);
}

/** Record texts with BOM and line endings normalised, for comparing one state of a register with another. */
export function recordTexts(loaded: LoadedRegister): RecordText[] {
  return loaded.records.map((r) => ({ file: r.file, text: `${r.yaml}\n---\n${r.body}`.replace(/\r\n/g, "\n") }));
}

/** Every issue of a register: syntax, schema and register rules. */
export function registerIssues(data: RegisterData): Issue[] {
  return [...data.issues, ...checkRegisterRules(data.model, (kind, file) => idFromPath(kind, file))];
}
