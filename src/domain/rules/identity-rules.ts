import type { IkzConfig } from "../types.generated.js";
import type { RegisterModel } from "../model.js";
import { reportId } from "../model.js";
import type { IssueList } from "./issue-builder.js";

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

/** IDs equal file names, carry the configured prefix and the right year, and are unique in the register. */
export function checkIdentities(inputs: Iterable<IdentityInput>, config: IkzConfig | undefined, out: IssueList): void {
  const prefixes: Record<string, string | undefined> = {
    project: config?.ids?.project ?? "IKZ",
    decision: config?.ids?.decision ?? "B",
    meeting: config?.ids?.meeting ?? "LG",
    lesson: config?.ids?.lesson ?? "LL",
  };
  // Reports and other records have separate ID spaces (a report's ID is project/period).
  const seen = { record: new Map<string, string>(), report: new Map<string, string>() };
  for (const input of inputs) {
    const { file, kind, id, idPath } = input;
    if (input.idFromFile === undefined) {
      out.error("IKZ-ID-005", file, idPath, { name: file.slice(file.lastIndexOf("/") + 1, -3) });
    } else if (input.idFromFile !== id) {
      out.error(kind === "report" ? "IKZ-ID-006" : "IKZ-ID-001", file, idPath, { id, expected: input.idFromFile ?? "" });
    }
    const prefix = prefixes[kind];
    if (prefix !== undefined && !(id.startsWith(prefix) && id.charCodeAt(prefix.length) === DASH)) out.error("IKZ-ID-003", file, idPath, { id, prefix });
    if (kind === "project" || kind === "lesson") {
      const name = file.slice(file.lastIndexOf("/") + 1, -3);
      const fileId = input.idFromFile;
      const slug = fileId === undefined ? "" : name.slice(fileId.length + 1);
      if (fileId !== undefined && name !== fileId && (!SLUG.test(slug) || slug.length > 60)) {
        out.error("IKZ-ID-005", file, idPath, { name });
      }
    }
    if ((kind === "decision" || kind === "meeting") && input.date !== undefined) {
      const year = input.date.slice(0, 4);
      if (segment(id, "-", 1) !== year || segment(file, "/", 1) !== year) out.error("IKZ-ID-004", file, ["date"], { id, year });
    }
    const ids = kind === "report" ? seen.report : seen.record;
    const other = ids.get(id);
    if (other !== undefined) out.error("IKZ-ID-002", file, idPath, { id, other });
    else ids.set(id, file);
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
