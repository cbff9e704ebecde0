import { REGISTER_PATHS } from "../register/layout.js";
import type { RegisterSource } from "../register/source.js";
import { runGit } from "../io/git-process.js";
import { readBlobs } from "./git-blobs.js";

/** A register as committed: one `ls-tree` and one `cat-file --batch`, however many files it has. */
export function gitTreeSource(repoDir: string, commit: string, prefix: string, label: string): RegisterSource {
  let objects: Map<string, string> | undefined;
  return {
    label,
    async list() {
      objects = new Map();
      for (const { file, oid } of await listTree(repoDir, commit, prefix)) objects.set(file, oid);
      return [...objects.keys()].sort();
    },
    async read(files, onFile) {
      if (!objects) await this.list();
      const entries = files.flatMap((file) => {
        const oid = objects!.get(file);
        return oid === undefined ? [] : [{ file, oid }];
      });
      await readBlobs(repoDir, entries, onFile);
    },
  };
}

/** The files (blobs) of the register folder at a commit, register-relative, in Git's order. */
async function listTree(repoDir: string, commit: string, prefix: string): Promise<Array<{ file: string; oid: string }>> {
  const raw = await runGit(repoDir, ["ls-tree", "-r", "-z", "--full-tree", `${commit}:${prefix}`, "--", ...REGISTER_PATHS]);
  const files: Array<{ file: string; oid: string }> = [];
  for (const entry of raw.toString("utf8").split("\0")) {
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [, type, oid] = entry.slice(0, tab).split(" ");
    if (type === "blob" && oid) files.push({ file: entry.slice(tab + 1), oid });
  }
  return files;
}
