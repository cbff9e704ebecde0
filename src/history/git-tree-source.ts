import { CONFIG_FILE, RECORD_FOLDERS } from "../register/layout.js";
import type { RegisterSource } from "../register/source.js";
import { runGit } from "../io/git-process.js";

/** A register as committed: one `ls-tree` and one `cat-file --batch`, however many files it has. */
export function gitTreeSource(repoDir: string, commit: string, prefix: string, label: string): RegisterSource {
  let objects: Map<string, string> | undefined;
  const treeish = `${commit}:${prefix}`;
  return {
    label,
    async list() {
      objects = new Map();
      const wanted = [CONFIG_FILE, ...RECORD_FOLDERS];
      const raw = await runGit(repoDir, ["ls-tree", "-r", "-z", "--full-tree", treeish, "--", ...wanted]);
      for (const entry of raw.toString("utf8").split("\0")) {
        const tab = entry.indexOf("\t");
        if (tab < 0) continue;
        const [, type, oid] = entry.slice(0, tab).split(" ");
        if (type === "blob" && oid) objects.set(entry.slice(tab + 1), oid);
      }
      return [...objects.keys()].sort();
    },
    async read(files, onFile) {
      if (!objects) await this.list();
      const oids = files.map((f) => objects!.get(f)).filter((o): o is string => o !== undefined);
      if (oids.length === 0) return;
      const out = await runGit(repoDir, ["cat-file", "--batch"], Buffer.from(oids.join("\n") + "\n"));
      let pos = 0;
      for (const file of files) {
        if (!objects!.has(file)) continue;
        const headerEnd = out.indexOf(10, pos);
        const header = out.subarray(pos, headerEnd).toString("utf8").split(" ");
        const size = Number(header[2]);
        const bytes = out.subarray(headerEnd + 1, headerEnd + 1 + size);
        pos = headerEnd + 1 + size + 1;
        onFile({ file, bytes });
      }
    },
  };
}
