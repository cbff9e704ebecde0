import { runGit } from "../io/git-process.js";

/** One commit that touched a record file, with the file's content after it. */
export interface RecordVersion {
  commit: string;
  author: string;
  email: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  message: string;
  /** `A`, `M`, `D`, `R…` (renamed) or "" (a merge, which lists no files). */
  status: string;
  /** Path at this commit, relative to the repository top. */
  path: string;
  /** Path before a rename. */
  from?: string;
  /** The file's bytes at this commit; undefined when it was deleted (or is not a blob). */
  bytes?: Buffer;
}

const FORMAT = "--format=%x1e%H%x00%an%x00%ae%x00%aI%x00%B%x00";

/**
 * A file's history across renames, newest first, in two Git processes however long it is: one
 * `git log --follow --name-status` for the commits and paths, one `git cat-file --batch` for every version.
 */
export async function readRecordHistory(top: string, path: string): Promise<RecordVersion[]> {
  const log = await runGit(top, ["--literal-pathspecs", "log", "--follow", "-z", "--name-status", "--no-color", "--no-abbrev", FORMAT, "--", path]);
  const versions: Array<RecordVersion & { fromStillThere?: boolean }> = [];
  let newer = path;
  for (const chunk of log.toString("utf8").split("\x1e")) {
    if (chunk === "") continue;
    const [commit = "", author = "", email = "", date = "", message = "", ...rest] = chunk.split("\0");
    const tokens = rest.map((t) => t.trim()).filter((t) => t !== "");
    let status = "";
    let at = newer;
    let from: string | undefined;
    // Name-status with -z: STATUS NUL PATH, or for renames and copies STATUS NUL OLD NUL NEW.
    if (tokens.length > 0) {
      status = tokens[0]!;
      if (/^[RC]/.test(status)) {
        from = tokens[1];
        at = tokens[2] ?? newer;
      } else {
        at = tokens[1] ?? newer;
      }
    }
    versions.push({ commit, author, email, date, message, status, path: at, from });
    // An older commit names the file by its path before the rename.
    newer = from ?? at;
  }
  await readVersions(top, versions);
  // --follow also takes a copy for a rename (a new decision made from an older one): when the "old" file still
  // exists after the commit, the history of this record starts there.
  const copied = versions.findIndex((v) => v.fromStillThere === true);
  if (copied >= 0) {
    versions.length = copied + 1;
    versions[copied] = { ...versions[copied]!, status: "A", from: undefined };
  }
  return versions.map(({ fromStillThere: _, ...v }) => v);
}

/** Fills in each version's bytes with one `git cat-file --batch` (deleted files and odd paths stay empty). */
async function readVersions(top: string, versions: Array<RecordVersion & { fromStillThere?: boolean }>): Promise<void> {
  const ok = (path: string) => !/[\r\n]/.test(path);
  // Each version's content, and for a rename whether the old path is still there afterwards (then it was a copy).
  const queries = versions.flatMap((v) => [
    ...(v.status !== "D" && ok(v.path) ? [{ spec: `${v.commit}:${v.path}`, take: (b: Buffer) => void (v.bytes = b) }] : []),
    ...(v.from !== undefined && ok(v.from) ? [{ spec: `${v.commit}:${v.from}`, take: () => void (v.fromStillThere = true) }] : []),
  ]);
  if (queries.length === 0) return;
  const out = await runGit(top, ["cat-file", "--batch"], Buffer.from(queries.map((q) => `${q.spec}\n`).join("")));
  let pos = 0;
  for (const query of queries) {
    const headerEnd = out.indexOf(10, pos);
    if (headerEnd < 0) break;
    const header = out.subarray(pos, headerEnd).toString("utf8").split(" ");
    // "<oid> blob <size>" then the content and a newline; "<name> missing" (or ambiguous) otherwise.
    if (header.length === 3 && /^\d+$/.test(header[2]!)) {
      const size = Number(header[2]);
      if (header[1] === "blob") query.take(out.subarray(headerEnd + 1, headerEnd + 1 + size));
      pos = headerEnd + 1 + size + 1;
    } else {
      pos = headerEnd + 1;
    }
  }
}

/** Paths (relative to the repository top) of files deleted somewhere in history below a folder, newest first: one process. */
export async function deletedPaths(top: string, folder: string): Promise<string[]> {
  const out = await runGit(top, ["--literal-pathspecs", "log", "--diff-filter=D", "--name-only", "-z", "--no-renames", "--format=", "--", folder === "" ? "." : folder]);
  return [...new Set(out.toString("utf8").split("\0").map((p) => p.trim()).filter((p) => p !== ""))];
}

/** The values of a trailer (`Ikz-Record: B-2025-014`) in a commit message. */
export function trailerValues(message: string, name: string): string[] {
  const re = new RegExp(`^${name}:[ \\t]*(\\S.*?)\\s*$`, "gim");
  return [...message.matchAll(re)].map((m) => m[1]!);
}

/** The commit that added a file, without its bytes. */
export type AddingCommit = Omit<RecordVersion, "bytes" | "from">;

/**
 * For each of `paths` (relative to the repository top), the commit that first added it, in one `git log` process
 * however many paths: a project's log names the decisions about it without reading each one's history.
 */
export async function addingCommits(top: string, paths: readonly string[]): Promise<Map<string, AddingCommit>> {
  const found = new Map<string, AddingCommit>();
  if (paths.length === 0) return found;
  const log = await runGit(top, ["--literal-pathspecs", "log", "--diff-filter=A", "--no-renames", "-z", "--name-only", "--no-color", "--no-abbrev", FORMAT, "--", ...paths]);
  for (const chunk of log.toString("utf8").split("\x1e")) {
    if (chunk === "") continue;
    const [commit = "", author = "", email = "", date = "", message = "", ...rest] = chunk.split("\0");
    // Newest first: a later (older) add of the same path overwrites, so the first add wins.
    for (const p of rest.map((t) => t.trim()).filter((t) => t !== "")) found.set(p, { commit, author, email, date, message, status: "A", path: p });
  }
  return found;
}
