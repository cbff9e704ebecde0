import type { Issue } from "../finding.js";
import { reportId, type RegisterModel } from "../model.js";
import { acceptedReports } from "./lifecycle-rules.js";

/** A register state to compare against. */
export interface Snapshot {
  model: RegisterModel;
  /**
   * A record file's text with line endings and BOM normalised, so a CRLF checkout is not an edit; undefined when
   * the file is not there. Only equality matters: a state may answer with a placeholder for a file it knows to be
   * unchanged, as long as the other state answers with the same.
   */
  textOf(file: string): string | undefined;
}

/**
 * Append-only records as they were where this branch forked must be unchanged; records new on this branch must
 * not reuse IDs that the base branch has meanwhile given out. `fork` is the merge base (or the base itself).
 * A final record may move (IKZ-ID-004 asks to move a file into its year's folder): under another path with
 * the same kind and ID it counts as kept, and is compared there.
 */
export function checkAgainstBase(current: Snapshot, fork: Snapshot, base: { model: RegisterModel; label: string }): Issue[] {
  const issues: Issue[] = [];
  const frozen: Array<{ file: string; id: string; kind: string }> = [];
  for (const d of fork.model.decisions) frozen.push({ file: d.file, id: d.data.id, kind: "decision" });
  for (const m of fork.model.meetings) if (m.data.status === "closed") frozen.push({ file: m.file, id: m.data.id, kind: "meeting" });
  const accepted = acceptedReports(fork.model.decisions);
  for (const r of fork.model.reports) if (accepted.has(reportId(r.data))) frozen.push({ file: r.file, id: reportId(r.data), kind: "report" });
  let movedTo: Map<string, string> | undefined;
  for (const f of frozen) {
    const params = { kind: f.kind, id: f.id, base: base.label };
    let file = f.file;
    let text = current.textOf(file);
    const to = text === undefined ? (movedTo ??= filesByKindAndId(current.model)).get(`${f.kind} ${f.id}`) : undefined;
    if (to !== undefined) [file, text] = [to, current.textOf(to)];
    const before = fork.textOf(f.file);
    if (text === undefined) issues.push({ code: "IKZ-BASE-003", severity: "error", file, path: [], line: 1, column: 1, params });
    else if (text !== before) issues.push({ code: "IKZ-BASE-001", severity: "error", file, path: [], line: firstChangedLine(text, before ?? ""), column: 1, params });
  }
  const withIds = (model: RegisterModel) => [model.projects, model.decisions, model.meetings, model.lessons];
  const forkIds = new Set<string>();
  for (const list of withIds(fork.model)) for (const r of list) forkIds.add(r.data.id);
  // IDs new on this branch are a handful: only they are looked up among the base's records (the last one wins).
  const fresh = withIds(current.model).flatMap((list) => list.filter((r) => !forkIds.has(r.data.id)));
  const wanted = new Set(fresh.map((r) => r.data.id));
  const baseFiles = new Map<string, string>();
  for (const list of withIds(base.model)) for (const r of list) if (wanted.has(r.data.id)) baseFiles.set(r.data.id, r.file);
  for (const r of fresh) {
    const other = baseFiles.get(r.data.id);
    if (other !== undefined) issues.push({ code: "IKZ-BASE-002", severity: "error", file: r.file, path: ["id"], params: { id: r.data.id, base: base.label, other } });
  }
  return issues;
}

/** Where each decision, meeting and report of a state lies, by kind and ID: for final records that moved. */
function filesByKindAndId(model: RegisterModel): Map<string, string> {
  const files = new Map<string, string>();
  for (const d of model.decisions) files.set(`decision ${d.data.id}`, d.file);
  for (const m of model.meetings) files.set(`meeting ${m.data.id}`, m.file);
  for (const r of model.reports) files.set(`report ${reportId(r.data)}`, r.file);
  return files;
}

/**
 * The line of a record file where its text now first differs from before (texts as the file has them,
 * recordText), so that the finding and CI's annotation sit on the edit; 1 when a text is a placeholder ("" for
 * a file known to be unchanged) or both are the same. An edit that only removed lines at the end points at the
 * last line left.
 */
export function firstChangedLine(now: string, before: string): number {
  if (now === "" || before === "" || now === before) return 1;
  const a = now.split("\n");
  const b = before.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return Math.min(i + 1, a.length);
}
