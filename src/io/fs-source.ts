import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { rootLevel } from "../register/list-folder.js";
import type { RegisterSource, SourceFile } from "../register/source.js";
import { readFileTransient } from "../register/transient-read.js";

/** Files read between two turns of the event loop (so progress can be drawn). */
const READ_BATCH = 500;

/** A register in a folder of the working tree. */
export function folderSource(root: string): RegisterSource {
  // The links the last list() found: they come with the walk, and a second walk for them would cost a listing.
  let links: string[] | undefined;
  const list = async () => {
    const top = rootLevel((await readdir(root, { withFileTypes: true }).catch(rethrowUnlessMissing)) ?? []);
    const files = top.files;
    const found = top.links;
    for (const folder of top.folders) await walk(root, folder, files, found);
    links = found.sort();
    return files.sort();
  };
  return {
    label: root,
    list,
    async links() {
      if (links === undefined) await list();
      return links!;
    },
    async read(files, onFile) {
      // Synchronous reads of small files are several times faster than fs/promises (no thread-pool round
      // trip, no FileHandle per file), and keep exactly one file open at a time; the callback decodes each
      // file before the next read reuses the buffer.
      for (let i = 0; i < files.length; i++) {
        const file = files[i]!;
        onFile({ file, ...readFileTransient(join(root, ...file.split("/"))) } satisfies SourceFile);
        if (i % READ_BATCH === READ_BATCH - 1) await new Promise((r) => setImmediate(r));
      }
    },
  };
}

async function walk(root: string, rel: string, out: string[], links: string[]): Promise<void> {
  const entries = await readdir(join(root, ...rel.split("/")), { withFileTypes: true }).catch(rethrowUnlessMissing);
  if (!entries) return;
  for (const entry of entries) {
    const path = `${rel}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, path, out, links);
    else if (entry.isFile()) out.push(path);
    else if (entry.isSymbolicLink()) links.push(path);
  }
}

function rethrowUnlessMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
  throw error;
}
