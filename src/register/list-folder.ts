import { readdirSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { CONFIG_FILE, RECORD_FOLDERS } from "./layout.js";

/** What a walk of the record folders found: files, and symbolic links (never followed, each a finding). */
export interface FolderListing {
  files: string[];
  links: string[];
}

/**
 * The listing of folderSource(root).list() and .links(), read synchronously: a large register has thousands of
 * folders (one per project under reports/), and one thread-pool round trip per folder leaves the thread idle.
 * A test keeps both listings equal. `onFolder` hears the number of files listed so far after each folder.
 */
export function listFolderSync(root: string, onFolder?: (filesSoFar: number) => void): FolderListing {
  const top = rootLevel(entries(root) ?? []);
  const listing: FolderListing = { files: top.files, links: top.links };
  for (const folder of top.folders) walk(root, folder, listing, onFolder);
  listing.files.sort();
  listing.links.sort();
  return listing;
}

/**
 * What the register folder itself holds for the walk: ikz.yaml when it is a file, the record folders to walk,
 * and ikz.yaml or a record folder that is a symbolic link (not followed: a finding, like a link inside).
 */
export function rootLevel(list: readonly Dirent[]): FolderListing & { folders: string[] } {
  const out = { files: [] as string[], links: [] as string[], folders: [] as string[] };
  for (const entry of list) {
    if (entry.name !== CONFIG_FILE && !(RECORD_FOLDERS as readonly string[]).includes(entry.name)) continue;
    if (entry.isSymbolicLink()) out.links.push(entry.name);
    else if (entry.name === CONFIG_FILE) {
      if (entry.isFile()) out.files.push(CONFIG_FILE);
    } else out.folders.push(entry.name);
  }
  // The walk's order, whatever the folder listing's: files come out sorted anyway, progress counts stay the same.
  out.folders.sort((a, b) => RECORD_FOLDERS.indexOf(a as never) - RECORD_FOLDERS.indexOf(b as never));
  return out;
}

function walk(root: string, rel: string, out: FolderListing, onFolder: ((filesSoFar: number) => void) | undefined): void {
  const list = entries(join(root, ...rel.split("/")));
  if (!list) return;
  for (const entry of list) {
    // join builds one flat string; a template literal would keep a chain of pieces per path (a large register holds 100 000s).
    const path = [rel, entry.name].join("/");
    if (entry.isDirectory()) walk(root, path, out, onFolder);
    else if (entry.isFile()) out.files.push(path);
    // The entry's own type (lstat's, free with the listing): a link is not followed, whatever it points at.
    else if (entry.isSymbolicLink()) out.links.push(path);
  }
  onFolder?.(out.files.length);
}

function entries(dir: string): Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}
