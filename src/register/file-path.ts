import nodePath from "node:path";

/**
 * The absolute path of a register file (register-relative, with "/" between folders) under `root`: the root is
 * normalised once and each file's path appended, instead of path.join normalising all of it for every file
 * (about 2 µs a file on a cold start, 5 ms at 200 projects). The files come from the register's own listing
 * (no "." or ".." segments), so both give the same path. `path` is there for tests of the Windows form.
 */
export function registerFilePaths(root: string, path: Pick<typeof nodePath, "join" | "sep"> = nodePath): (file: string) => string {
  const { sep } = path;
  const base = path.join(root, ".");
  const prefix = base === "." ? "" : base.endsWith(sep) ? base : base + sep;
  return sep === "/" ? (file) => prefix + file : (file) => prefix + file.replaceAll("/", sep);
}
