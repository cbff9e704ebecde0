import type { Issue } from "../finding.js";
import { reportId, type RegisterModel } from "../model.js";
import { acceptedReports } from "./lifecycle-rules.js";

/** One record file reduced to what the base comparison needs. */
export interface RecordText {
  file: string;
  /** Front matter and body with line endings and BOM normalised, so a CRLF checkout is not an edit. */
  text: string;
}

/** A register state to compare against. */
export interface Snapshot {
  model: RegisterModel;
  texts: readonly RecordText[];
}

/**
 * Append-only records as they were where this branch forked must be unchanged; records new on this branch must
 * not reuse IDs that the base branch has meanwhile given out. `fork` is the merge base (or the base itself).
 */
export function checkAgainstBase(current: Snapshot, fork: Snapshot, base: { model: RegisterModel; label: string }): Issue[] {
  const issues: Issue[] = [];
  const now = new Map(current.texts.map((t) => [t.file, t.text]));
  const before = new Map(fork.texts.map((t) => [t.file, t.text]));
  const frozen: Array<{ file: string; id: string; kind: string }> = [];
  for (const d of fork.model.decisions) frozen.push({ file: d.file, id: d.data.id, kind: "decision" });
  for (const m of fork.model.meetings) if (m.data.status === "closed") frozen.push({ file: m.file, id: m.data.id, kind: "meeting" });
  const accepted = acceptedReports(fork.model.decisions);
  for (const r of fork.model.reports) if (accepted.has(reportId(r.data))) frozen.push({ file: r.file, id: reportId(r.data), kind: "report" });
  for (const f of frozen) {
    const text = now.get(f.file);
    const params = { kind: f.kind, id: f.id, base: base.label };
    if (text === undefined) issues.push({ code: "IKZ-BASE-003", severity: "error", file: f.file, path: [], line: 1, column: 1, params });
    else if (text !== before.get(f.file)) issues.push({ code: "IKZ-BASE-001", severity: "error", file: f.file, path: [], line: 1, column: 1, params });
  }
  const ids = (model: RegisterModel) => [...model.projects, ...model.decisions, ...model.meetings, ...model.lessons];
  const forkIds = new Set(ids(fork.model).map((r) => r.data.id));
  const baseIds = new Map(ids(base.model).map((r) => [r.data.id, r.file]));
  for (const r of ids(current.model)) {
    if (forkIds.has(r.data.id)) continue;
    const other = baseIds.get(r.data.id);
    if (other !== undefined) issues.push({ code: "IKZ-BASE-002", severity: "error", file: r.file, path: ["id"], params: { id: r.data.id, base: base.label, other } });
  }
  return issues;
}
