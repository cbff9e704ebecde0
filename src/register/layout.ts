/** The kinds of record files a register holds. */
export type RecordKind = "config" | "project" | "decision" | "meeting" | "report" | "lesson";

/** Record kinds that live in Markdown files with front matter. */
export const recordKinds: readonly Exclude<RecordKind, "config">[] = ["project", "decision", "meeting", "report", "lesson"];

/** The configuration file at the register root. */
export const CONFIG_FILE = "ikz.yaml";

/** Top-level folders that hold records; anything else in a register is not read. */
export const RECORD_FOLDERS = ["projects", "decisions", "meetings", "reports", "lessons"] as const;

/** What of a register folder ikz reads: ikz.yaml and the record folders (for Git, as pathspecs below the register). */
export const REGISTER_PATHS: readonly string[] = [CONFIG_FILE, ...RECORD_FOLDERS];

/** What a register-relative path is: a record of some kind, a misplaced file in a record folder, or nothing of ikz's. */
export type Classified = { kind: RecordKind } | { misplaced: true } | null;

/** Classifies a register-relative path (forward slashes) by the layout of spec/register.md. */
export function classifyPath(file: string): Classified {
  if (file === CONFIG_FILE) return { kind: "config" };
  const parts = file.split("/");
  const top = parts[0];
  if (!(RECORD_FOLDERS as readonly string[]).includes(top ?? "")) return null;
  const name = parts[parts.length - 1] ?? "";
  if (name.startsWith(".") || name.toLowerCase() === "readme.md") return null;
  if (!name.endsWith(".md")) return { misplaced: true };
  if ((top === "projects" || top === "lessons") && parts.length === 2) return { kind: top === "projects" ? "project" : "lesson" };
  if ((top === "decisions" || top === "meetings") && parts.length === 3) return { kind: top === "decisions" ? "decision" : "meeting" };
  if (top === "reports" && parts.length === 3) return { kind: "report" };
  return { misplaced: true };
}

/** The record ID a file name promises: the whole name for decisions and meetings, the ID before the slug otherwise. */
export function idFromPath(kind: RecordKind, file: string): string | undefined {
  // Cut in place: validate asks this for every record of the register.
  const slash = file.lastIndexOf("/");
  const base = file.endsWith(".md") ? file.slice(slash + 1, -3) : file.slice(slash + 1);
  switch (kind) {
    case "decision":
    case "meeting":
      return base;
    case "project":
    case "lesson":
      return /^[A-Z][A-Z0-9]{0,9}-\d{4}-\d{2,4}/.exec(base)?.[0];
    case "report": {
      // The second segment of the path (the project folder), as `file.split("/")[1]` gives it.
      const first = file.indexOf("/");
      const second = first === -1 ? -1 : file.indexOf("/", first + 1);
      const folder = first === -1 ? undefined : file.slice(first + 1, second === -1 ? undefined : second);
      return `${folder}/${base}`;
    }
    default:
      return undefined;
  }
}
