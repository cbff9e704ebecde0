import { EnvError } from "../domain/errors.js";
import { runGit } from "../io/git-process.js";
import type { RegisterSource, SourceFile } from "../register/source.js";

/** A file of a register as Git stores it: its register-relative path and the ID of its content (blob). */
export interface BlobEntry {
  file: string;
  oid: string;
}

/** Reads the blobs in one `git cat-file --batch`, however many there are; each file is handed on once, in order. */
export async function readBlobs(repoDir: string, entries: readonly BlobEntry[], onFile: (file: SourceFile) => void): Promise<void> {
  if (entries.length === 0) return;
  const out = await runGit(repoDir, ["cat-file", "--batch"], Buffer.from(entries.map((e) => e.oid).join("\n") + "\n"));
  let pos = 0;
  for (const { file, oid } of entries) {
    const headerEnd = out.indexOf(10, pos);
    // `<oid> blob <size>`; anything else (`<oid> missing`, a damaged repository) would misplace every later file.
    const [name, type, sizeText] = out.subarray(pos, headerEnd < 0 ? undefined : headerEnd).toString("utf8").split(" ");
    const size = Number(sizeText);
    if (headerEnd < 0 || name !== oid || type !== "blob" || !Number.isSafeInteger(size) || headerEnd + 1 + size > out.length) {
      throw new EnvError("git-failed", { command: "git cat-file", detail: `${file}: ${oid} ${type ?? ""}`.trim() });
    }
    onFile({ file, bytes: out.subarray(headerEnd + 1, headerEnd + 1 + size) });
    pos = headerEnd + 1 + size + 1;
  }
}

/** A register source of some files of a commit, by their blob IDs (the files a diff named). */
export function blobSource(repoDir: string, entries: readonly BlobEntry[], label: string): RegisterSource {
  const byFile = new Map(entries.map((e) => [e.file, e]));
  return {
    label,
    list: async () => [...byFile.keys()].sort(),
    read: (files, onFile) => readBlobs(repoDir, files.flatMap((f) => byFile.get(f) ?? []), onFile),
  };
}
