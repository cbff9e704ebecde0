import type { RegisterModel } from "../domain/model.js";
import type { Snapshot } from "../domain/rules/base-rules.js";
import type { LoadedRecord } from "../register/load.js";
import { recordText, type RegisterData } from "../register/register-data.js";
import type { BaseDelta } from "./base-delta.js";

/** What checkAgainstBase compares: the working tree, the fork point, and the target's tip. */
export interface BaseSnapshots {
  current: Snapshot;
  fork: Snapshot;
  base: RegisterModel;
}

/**
 * The fork point and the target's tip, rebuilt from the working tree's records and the few files Git named as
 * changed. A tracked file Git did not name is the fork point's text, so the same data and the same schema verdict;
 * only where Git saw a change are texts read and compared, and every other file answers with the same empty
 * text on both sides. A test runs this and the comparison of three fully read registers on the same repositories.
 */
export function baseSnapshots(current: RegisterData, delta: BaseDelta): BaseSnapshots {
  const unchangedSinceFork = unchangedSinceForkIn(delta);
  const forkModel = rebuildModel(current.model, unchangedSinceFork, delta.forkVersions.model);
  const baseModel = rebuildModel(forkModel, (file) => !delta.changedOnBase.has(file), delta.baseVersions.model);
  const records = current.loaded.records;
  const forkRecords = delta.forkVersions.loaded.records;
  return {
    current: {
      model: current.model,
      textOf(file) {
        const record = findRecord(records, file);
        if (record === undefined) return undefined;
        // An untracked file has a real text too: it is no file of the fork point, but a final record may have
        // moved there (checkAgainstBase compares it with the fork point's text at the old path).
        return delta.sinceFork.has(file) || delta.untracked.has(file) ? recordText(record) : "";
      },
    },
    fork: {
      model: forkModel,
      textOf(file) {
        const record = findRecord(forkRecords, file);
        if (record !== undefined) return recordText(record);
        return unchangedSinceFork(file) && findRecord(records, file) !== undefined ? "" : undefined;
      },
    },
    base: baseModel,
  };
}

/**
 * The records of the fork point and of the target's tip, rebuilt as baseSnapshots rebuilds their models but as
 * loaded (with data that failed its schema, and texts): renumber --base looks up IDs among them.
 */
export function baseRecords(current: readonly LoadedRecord[], delta: BaseDelta): { fork: LoadedRecord[]; base: LoadedRecord[] } {
  const unchangedSinceFork = unchangedSinceForkIn(delta);
  const fork = mergeByFile(current.filter((r) => unchangedSinceFork(r.file)), delta.forkVersions.loaded.records);
  const base = mergeByFile(fork.filter((r) => !delta.changedOnBase.has(r.file)), delta.baseVersions.loaded.records);
  return { fork, base };
}

/** Whether a working-tree file is the fork point's: tracked, and not named by Git as changed since. */
function unchangedSinceForkIn(delta: BaseDelta): (file: string) => boolean {
  return (file) => !delta.sinceFork.has(file) && !delta.untracked.has(file);
}

/** Two lists of records as one, in file order (as a read register has them). */
function mergeByFile<T extends { file: string }>(kept: readonly T[], added: readonly T[]): T[] {
  return [...kept, ...added].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A record by its file, in records sorted by file (as a read register has them); binary search, no index to hold. */
function findRecord(records: readonly LoadedRecord[], file: string): LoadedRecord | undefined {
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = records[mid]!.file;
    if (at === file) return records[mid];
    if (at < file) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/**
 * `from`'s records whose files `keep` accepts, plus `add`'s, each kind in file order (as a read register has them).
 * The IDs of schema-invalid records are the union of both: the base check does not read them.
 */
function rebuildModel(from: RegisterModel, keep: (file: string) => boolean, add: RegisterModel): RegisterModel {
  const merge = <T extends { file: string }>(kept: readonly T[], added: readonly T[]): T[] => mergeByFile(kept.filter((r) => keep(r.file)), added);
  return {
    config: add.config ?? (from.config && keep(from.config.file) ? from.config : undefined),
    projects: merge(from.projects, add.projects),
    decisions: merge(from.decisions, add.decisions),
    meetings: merge(from.meetings, add.meetings),
    reports: merge(from.reports, add.reports),
    lessons: merge(from.lessons, add.lessons),
    invalidIds: new Set([...from.invalidIds, ...add.invalidIds]),
  };
}
