import type { IkzConfig } from "../types.generated.js";
import type { RegisterModel } from "../model.js";
import { reportId } from "../model.js";
import type { IssueList } from "./issue-builder.js";
import { slugify } from "../ids.js";

/** Location of a record's ID as the layout expects it; used by the loader-independent identity checks. */
export interface IdentityInput {
  file: string;
  kind: "project" | "decision" | "meeting" | "report" | "lesson";
  id: string;
  /** The ID the file name promises. */
  idFromFile: string | undefined;
  /** Path of the key holding the ID ([] for reports, whose ID is project/period). */
  idPath: Array<string>;
  /** Date whose year the ID and folder should carry (decisions and meetings). */
  date?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DASH = 0x2d;

/** The n-th piece of `text` split at `separator` (as text.split(separator)[n]), without splitting all of it. */
function segment(text: string, separator: string, n: number): string | undefined {
  let start = 0;
  for (let i = 0; i < n; i++) {
    const at = text.indexOf(separator, start);
    if (at === -1) return undefined;
    start = at + separator.length;
  }
  const end = text.indexOf(separator, start);
  return text.slice(start, end === -1 ? undefined : end);
}

/**
 * The file of the first record of a kind with an ID (in the model's order), as the register's indexes hold it:
 * reports by `project/period`, the other records by `id`.
 */
export type FirstWithId = (kind: IdentityInput["kind"], id: string) => string | undefined;

/** Records other than reports share one ID space, in this order (the order identityInputs gives them in). */
const RECORD_ORDER = ["project", "decision", "meeting", "lesson"] as const;

/** The first record before `input` (not a report) with the same ID, or undefined when it is the first. */
function earlierWithId(input: IdentityInput, firstWithId: FirstWithId): string | undefined {
  for (const kind of RECORD_ORDER) {
    const first = firstWithId(kind, input.id);
    // A record of an earlier kind came first; of its own kind, the first is the record itself or an earlier one.
    if (first !== undefined && first !== input.file) return first;
    if (kind === input.kind) return undefined;
  }
  return undefined;
}

/**
 * IDs equal file names, carry the configured prefix and the right year, and are unique in the register.
 * Uniqueness is read from the register's indexes (`firstWithId`), not from maps of its own: at 134 000 records
 * two more maps were the largest allocation of all the rules.
 */
export function checkIdentities(inputs: Iterable<IdentityInput>, config: IkzConfig | undefined, out: IssueList, firstWithId: FirstWithId): void {
  const prefixes: Record<string, string | undefined> = {
    project: config?.ids?.project ?? "IKZ",
    decision: config?.ids?.decision ?? "B",
    meeting: config?.ids?.meeting ?? "LG",
    lesson: config?.ids?.lesson ?? "LL",
  };
  // Reports in the wrong file, reported after all reports are seen: whether another file holds the same report
  // may show only later. Both maps hold only misplaced or duplicate reports, a handful in any register.
  const misplaced: IdentityInput[] = [];
  const placedAfter = new Map<string, string>();
  for (const input of inputs) {
    const { file, kind, id, idPath } = input;
    if (kind === "report") {
      // A report's ID is its place (reports/<project>/<period>.md), so two reports share one only when one of them is
      // in the wrong file: that one gets IKZ-ID-006, naming the other; a second finding (IKZ-ID-002) would say the
      // same again, and on the rightly placed report when the misplaced one sorts first.
      if (input.idFromFile === undefined) out.error("IKZ-ID-005", file, idPath, { name: file.slice(file.lastIndexOf("/") + 1, -3) });
      else if (input.idFromFile !== id) misplaced.push(input);
      else if (firstWithId("report", id) !== file) placedAfter.set(id, file);
      continue;
    }
    if (input.idFromFile === undefined) {
      out.error("IKZ-ID-005", file, idPath, { name: file.slice(file.lastIndexOf("/") + 1, -3) });
    } else if (input.idFromFile !== id) {
      out.error("IKZ-ID-001", file, idPath, { id, expected: input.idFromFile });
    }
    const prefix = prefixes[kind];
    if (prefix !== undefined && !(id.startsWith(prefix) && id.charCodeAt(prefix.length) === DASH)) out.error("IKZ-ID-003", file, idPath, { id, prefix });
    if (kind === "project" || kind === "lesson") {
      const name = file.slice(file.lastIndexOf("/") + 1, -3);
      const fileId = input.idFromFile;
      const slug = fileId === undefined ? "" : name.slice(fileId.length + 1);
      if (fileId !== undefined && name !== fileId && (!SLUG.test(slug) || slug.length > 60)) {
        // The name ikz would give it (ü → ue, spaces → -), so a hand-named "…-prüfstelle groß.md" knows what to rename to.
        out.error("IKZ-ID-005", file, idPath, { name, hint: `${fileId}-${slugify(slug)}` });
      }
    }
    if ((kind === "decision" || kind === "meeting") && input.date !== undefined) {
      const year = input.date.slice(0, 4);
      if (segment(id, "-", 1) !== year || segment(file, "/", 1) !== year) out.error("IKZ-ID-004", file, ["date"], { id, year });
    }
    const other = earlierWithId(input, firstWithId);
    if (other !== undefined) out.error("IKZ-ID-002", file, idPath, { id, other });
  }
  for (const { file, id, idPath, idFromFile } of misplaced) {
    const first = firstWithId("report", id);
    const other = placedAfter.get(id) ?? (first !== file ? first : undefined);
    const [project, period] = (idFromFile ?? "").split("/");
    out.error("IKZ-ID-006", file, idPath, { id, expected: `reports/${id}.md`, project: project ?? "", period: period ?? "", other: other ?? "" });
  }
}

/** Paths shared by every input (issues only read them), so that a large register does not allocate one per record. */
const ID_PATH = ["id"];
const PERIOD_PATH = ["period"];

/** Identity inputs for the typed records of a model, one at a time, so that none outlives its check. */
export function* identityInputs(model: RegisterModel, idFromFile: (kind: IdentityInput["kind"], file: string) => string | undefined): Generator<IdentityInput> {
  for (const r of model.projects) yield { file: r.file, kind: "project", id: r.data.id, idFromFile: idFromFile("project", r.file), idPath: ID_PATH };
  for (const r of model.decisions) yield { file: r.file, kind: "decision", id: r.data.id, idFromFile: idFromFile("decision", r.file), idPath: ID_PATH, date: r.data.date };
  for (const r of model.meetings) yield { file: r.file, kind: "meeting", id: r.data.id, idFromFile: idFromFile("meeting", r.file), idPath: ID_PATH, date: r.data.date };
  for (const r of model.lessons) yield { file: r.file, kind: "lesson", id: r.data.id, idFromFile: idFromFile("lesson", r.file), idPath: ID_PATH };
  for (const r of model.reports) yield { file: r.file, kind: "report", id: reportId(r.data), idFromFile: idFromFile("report", r.file), idPath: PERIOD_PATH };
}
