import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { CONFIG_FILE, RECORD_FOLDERS } from "../register/layout.js";
import type { RegisterSource, SourceFile } from "../register/source.js";

/** Files read at once: enough to keep the disk busy, far below any open-file limit. */
const READ_CONCURRENCY = 32;

/** A register in a folder of the working tree. */
export function folderSource(root: string): RegisterSource {
  return {
    label: root,
    async list() {
      const files: string[] = [];
      const config = await readdir(root, { withFileTypes: true }).catch(rethrowUnlessMissing);
      if (config?.some((e) => e.isFile() && e.name === CONFIG_FILE)) files.push(CONFIG_FILE);
      for (const folder of RECORD_FOLDERS) await walk(root, folder, files);
      return files.sort();
    },
    async read(files, onFile) {
      await forEachLimited(files, READ_CONCURRENCY, async (file) => {
        const bytes = await readFile(join(root, ...file.split("/")));
        onFile({ file, bytes } satisfies SourceFile);
      });
    },
  };
}

async function walk(root: string, rel: string, out: string[]): Promise<void> {
  const entries = await readdir(join(root, ...rel.split("/")), { withFileTypes: true }).catch(rethrowUnlessMissing);
  if (!entries) return;
  for (const entry of entries) {
    const path = `${rel}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, path, out);
    else if (entry.isFile()) out.push(path);
  }
}

function rethrowUnlessMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
  throw error;
}

/** Runs `task` over items with at most `limit` in flight. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
