import { REGISTER_PATHS } from "../register/layout.js";
import type { RegisterSource } from "../register/source.js";
import { runGit } from "../io/git-process.js";
import { blobSource, type BlobEntry } from "./git-blobs.js";

/** A register as committed: one `ls-tree` (on first use) and one `cat-file --batch`, however many files it has. */
export function gitTreeSource(repoDir: string, commit: string, prefix: string, label: string): RegisterSource {
  let listed: Promise<{ source: RegisterSource; links: string[] }> | undefined;
  const tree = () => (listed ??= listTree(repoDir, commit, prefix).then(({ files, links }) => ({ source: blobSource(repoDir, files, label), links })));
  return {
    label,
    list: async () => (await tree()).source.list(),
    links: async () => (await tree()).links,
    read: async (files, onFile) => (await tree()).source.read(files, onFile),
  };
}

/** Git's file mode of a symbolic link: its blob holds the link's target, not a record. */
const SYMLINK_MODE = "120000";

/** The files (blobs) of the register folder at a commit, register-relative, in Git's order; symbolic links apart (sorted). */
async function listTree(repoDir: string, commit: string, prefix: string): Promise<{ files: BlobEntry[]; links: string[] }> {
  const raw = await runGit(repoDir, ["ls-tree", "-r", "-z", "--full-tree", `${commit}:${prefix}`, "--", ...REGISTER_PATHS]);
  const files: BlobEntry[] = [];
  const links: string[] = [];
  for (const entry of raw.toString("utf8").split("\0")) {
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(" ");
    if (type !== "blob" || !oid) continue;
    if (mode === SYMLINK_MODE) links.push(entry.slice(tab + 1));
    else files.push({ file: entry.slice(tab + 1), oid });
  }
  return { files, links: links.sort() };
}
