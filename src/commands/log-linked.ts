import { addingCommits, readRecordHistory, type AddingCommit, type RecordVersion } from "../history/record-history.js";
import { translate, type Lang } from "../i18n/index.js";
import { codeLabel, listMessages } from "../i18n/list-messages.js";
import { folderSource } from "../io/fs-source.js";
import { parseRecord } from "../register/load.js";
import { readRegister } from "../register/register-data.js";
import { formatDate } from "../render/format.js";
import type { Change, LogEntry } from "./log.js";

/** A commit as a log entry with one change (the newest-first order is restored by {@link mergeEntries}). */
function entryOf(v: AddingCommit, file: string, change: Change): LogEntry & { at: string } {
  return { commit: v.commit, date: v.date.slice(0, 10), at: v.date, author: v.author, email: v.email, subject: v.message.split("\n")[0] ?? "", file, changes: [change] };
}

/**
 * For a project's log: each decision that names the project, at the commit that recorded it, even when that commit
 * did not touch the project file (an acknowledgement, a rejected motion).
 */
export async function projectDecisionEntries(root: string, top: string, prefix: string, project: string, lang: Lang): Promise<Array<LogEntry & { at: string }>> {
  const data = await readRegister(folderSource(root));
  const out: Array<LogEntry & { at: string }> = [];
  const decisions = data.model.decisions.filter((x) => x.data.project?.toUpperCase() === project.toUpperCase());
  const added = await addingCommits(top, decisions.map((d) => prefix + d.file));
  for (const d of decisions) {
    const first = added.get(prefix + d.file);
    if (first === undefined) continue;
    const text = translate(listMessages, lang, "log.decisionNamed", { id: d.data.id, type: codeLabel("type", d.data.type, lang), outcome: codeLabel("outcome", d.data.outcome, lang) });
    out.push(entryOf(first, d.file, { path: "", kind: "linked", decision: d.data.id, text }));
  }
  return out;
}

/**
 * For a decision's log: the commits of its project's file that recorded one of its conditions as fulfilled
 * (conditions_done), since the decision file itself stays as taken.
 */
export async function fulfilledConditionEntries(root: string, top: string, prefix: string, decision: string, lang: Lang): Promise<Array<LogEntry & { at: string }>> {
  const data = await readRegister(folderSource(root));
  const d = data.model.decisions.find((x) => x.data.id.toUpperCase() === decision.toUpperCase());
  const project = d?.data.project !== undefined ? data.model.projects.find((p) => p.data.id === d.data.project) : undefined;
  // Nothing fulfilled now: no need to read the project's history (two Git processes).
  if (!d || !project || !(project.data.conditions_done ?? []).some((c) => c.decision === d.data.id)) return [];
  const versions = await readRecordHistory(top, prefix + project.file);
  const doneIn = (v: RecordVersion | undefined): Array<{ decision: string; index: number; date: string }> => {
    if (v?.bytes === undefined) return [];
    const parsed = parseRecord(v.path.slice(prefix.length), "project", v.bytes).record.data as { conditions_done?: unknown } | null;
    return Array.isArray(parsed?.conditions_done) ? (parsed.conditions_done as Array<{ decision: string; index: number; date: string }>).filter((c) => c?.decision === d.data.id) : [];
  };
  const out: Array<LogEntry & { at: string }> = [];
  for (let i = 0; i < versions.length; i++) {
    const before = new Set(doneIn(versions[i + 1]).map((c) => c.index));
    for (const c of doneIn(versions[i])) {
      if (before.has(c.index)) continue;
      const text = translate(listMessages, lang, "log.conditionDone", { n: c.index, date: formatDate(String(c.date), lang), project: project.data.id });
      out.push(entryOf(versions[i]!, project.file, { path: "conditions_done", kind: "linked", text }));
    }
  }
  return out;
}

/** Adds linked changes to the log: to the entry of the same commit if there is one, else as entries of their own, newest first. */
export function mergeEntries(entries: Array<LogEntry & { at: string }>, linked: Array<LogEntry & { at: string }>): LogEntry[] {
  const all = [...entries];
  for (const l of linked) {
    const same = all.find((e) => e.commit === l.commit);
    const change = l.changes[0]!;
    if (!same) all.push(l);
    // A commit that changed the project for this decision already names it (phase changes); say it once.
    else if (!same.changes.some((c) => c.decision === change.decision && change.decision !== undefined)) same.changes.push(change);
  }
  const order = all.map((e, i) => ({ e, i }));
  order.sort((a, b) => (a.e.at < b.e.at ? 1 : a.e.at > b.e.at ? -1 : a.i - b.i));
  return order.map(({ e }) => {
    const { at: _at, ...rest } = e;
    return rest;
  });
}
