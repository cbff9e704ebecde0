import type { Issue, PathSegment } from "../domain/finding.js";
import { classifyPath, CONFIG_FILE, type RecordKind } from "./layout.js";
import { decodeText, type DecodedText } from "./text-file.js";
import { splitFrontMatter, parseYaml, locatePath, type ParsedYaml } from "./front-matter.js";
import { fastLoad } from "./fast-yaml.js";
import type { RegisterSource } from "./source.js";

/** "fast": plain load where the text allows it, positions computed later only for files with findings; "exact": always the position-keeping parser. Both give the same findings. */
export type ParseMode = "fast" | "exact";

/** One record file as loaded: its data (null when unreadable), body, and the text to locate findings in. */
export interface LoadedRecord {
  file: string;
  kind: RecordKind;
  /** Plain data of the front matter (or ikz.yaml); null when the file could not be parsed. */
  data: unknown;
  body: string;
  yaml: string;
  firstLine: number;
  text?: DecodedText;
  /**
   * A record refused for YAML findings that still left its data readable (front-matter.ts, READABLE): that data,
   * for the schema check only, and the key paths whose findings the YAML findings already gave.
   */
  refused?: { data: unknown; reported: readonly (readonly PathSegment[])[] };
}

/** A register as read from a source: every record file, plus issues found while reading. */
export interface LoadedRegister {
  label: string;
  fileCount: number;
  records: LoadedRecord[];
  issues: Issue[];
}

/** Reads and parses every file of a register; problems become issues, never exceptions. */
export async function loadRegister(source: RegisterSource, onProgress?: (done: number, total: number) => void, mode: ParseMode = "fast"): Promise<LoadedRegister> {
  const { wanted, kinds: kindList, issues } = classifyFiles(await source.list(), (await source.links?.()) ?? []);
  // A source may hand the files back in any order.
  const kinds = new Map(wanted.map((file, i) => [file, kindList[i]!]));
  const records: LoadedRecord[] = [];
  await source.read(wanted, ({ file, bytes, size }) => {
    const { record, issues: found } = parseRecord(file, kinds.get(file)!, bytes, mode, size);
    records.push(record);
    for (const issue of found) issues.push(issue);
    onProgress?.(records.length, wanted.length);
  });
  records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { label: source.label, fileCount: wanted.length, records, issues };
}

/**
 * The record files among a listing, with their kinds (`kinds[i]` is the kind of `wanted[i]`; an array, not a
 * map: at 134 000 files a map was 7 MB and its growth as much again); misplaced files become warnings.
 * Symbolic links become errors wherever a file of their name would be read or warned about: a record must be
 * a real file in the repository, and a link can point outside it (its target is not in Git) or nowhere.
 */
export function classifyFiles(files: readonly string[], links: readonly string[] = []): { wanted: string[]; kinds: RecordKind[]; issues: Issue[] } {
  const wanted: string[] = [];
  const issues: Issue[] = [];
  const kinds: RecordKind[] = [];
  for (const link of links) {
    // Named like a record (or ikz.yaml), the link stands for a file; otherwise for a folder (a record folder, a year).
    const thing = link.endsWith(".md") || link === CONFIG_FILE ? "file" : "folder";
    if (classifyPath(link) !== null) issues.push({ code: "IKZ-FILE-005", severity: "error", file: link, path: [], line: 1, column: 1, params: { thing } });
  }
  for (const file of files) {
    const c = classifyPath(file);
    if (c === null) continue;
    if ("misplaced" in c) {
      issues.push({ code: "IKZ-FILE-004", severity: "warning", file, path: [], line: 1, column: 1 });
      continue;
    }
    kinds.push(c.kind);
    wanted.push(file);
  }
  return { wanted, kinds, issues };
}

/** A record whose data could not be read. */
function emptyRecord(file: string, kind: RecordKind): LoadedRecord {
  return { file, kind, data: null, body: "", yaml: "", firstLine: 1 };
}

/** What most files have: one shared empty list (parseRecord runs for every file). */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Parses one record file: decoding, front matter split, safe YAML. */
export function parseRecord(file: string, kind: RecordKind, bytes: Uint8Array, mode: ParseMode = "fast", size: number = bytes.length): { record: LoadedRecord; issues: readonly Issue[] } {
  const decoded = decodeText(file, bytes, size);
  if ("code" in decoded) return { record: emptyRecord(file, kind), issues: [decoded] };
  let yaml = decoded.text;
  let firstLine = 1;
  let body = "";
  if (kind !== "config") {
    const split = splitFrontMatter(file, decoded.text);
    if ("code" in split) return { record: { ...emptyRecord(file, kind), text: decoded }, issues: [split] };
    ({ yaml, body } = split);
    firstLine = split.yamlLine;
  }
  const fast = mode === "fast" ? fastLoad(yaml) : undefined;
  if (fast !== undefined) return { record: { file, kind, data: fast, body, yaml, firstLine, text: decoded }, issues: NO_ISSUES };
  const { parsed, issues } = parseYaml(file, yaml, firstLine);
  if (issues.length === 0 && (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data))) {
    issues.push({ code: "IKZ-YAML-011", severity: "error", file, path: [], line: firstLine, column: 1 });
  }
  const data = issues.length === 0 ? parsed.data : null;
  const record: LoadedRecord = { file, kind, data, body, yaml, firstLine, text: decoded };
  if (data === null && isMapping(parsed.data)) record.refused = { data: parsed.data, reported: issues.filter((i) => i.path.length > 0).map((i) => i.path) };
  return { record, issues };
}

function isMapping(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Finds source positions for key paths of one record, parsing its YAML again only when asked. */
export function makeLocator(record: LoadedRecord): (path: readonly PathSegment[], keyOnly?: boolean) => { line: number; column: number } {
  let parsed: ParsedYaml | undefined;
  return (path, keyOnly = false) => {
    parsed ??= parseYaml(record.file, record.yaml, record.firstLine).parsed;
    return locatePath(parsed, path, keyOnly);
  };
}
