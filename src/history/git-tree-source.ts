import { REGISTER_PATHS } from "../register/layout.js";
import type { RegisterSource } from "../register/source.js";
import { runGit } from "../io/git-process.js";
import { blobSource, type BlobEntry } from "./git-blobs.js";

/** A register as committed: one `ls-tree` (on first use) and one `cat-file --batch`, however many files it has. */
export function gitTreeSource(repoDir: string, commit: string, prefix: string, label: string): RegisterSource {
  let listed: Promise<RegisterSource> | undefined;
  const source = () => (listed ??= listTree(repoDir, commit, prefix).then((entries) => blobSource(repoDir, entries, label)));
  return {
    label,
    list: async () => (await source()).list(),
    read: async (files, onFile) => (await source()).read(files, onFile),
  };
}

/** The files (blobs) of the register folder at a commit, register-relative, in Git's order. */
async function listTree(repoDir: string, commit: string, prefix: string): Promise<BlobEntry[]> {
  const raw = await runGit(repoDir, ["ls-tree", "-r", "-z", "--full-tree", `${commit}:${prefix}`, "--", ...REGISTER_PATHS]);
  const files: BlobEntry[] = [];
  for (const entry of raw.toString("utf8").split("\0")) {
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [, type, oid] = entry.slice(0, tab).split(" ");
    if (type === "blob" && oid) files.push({ file: entry.slice(tab + 1), oid });
  }
  return files;
}
