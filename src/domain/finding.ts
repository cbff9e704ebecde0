/** Severity of a finding: errors fail validation, warnings only with --strict. */
export type Severity = "error" | "warning";

/** One step of a key path: a map key or a list index (from 0). */
export type PathSegment = string | number;

/** A problem found in the register, as data: not yet located in the file, not yet put into words. */
export interface Issue {
  /** Stable code such as IKZ-REF-001; the message catalogue keys its text by this code. */
  code: string;
  severity: Severity;
  /** Register-relative file path with forward slashes, e.g. projects/IKZ-2025-003-x.md. */
  file: string;
  /** Key path inside the record's data; [] for the whole record. */
  path: PathSegment[];
  /** Values the message interpolates. */
  params?: Record<string, string | number>;
  /** When the issue already knows its place (YAML syntax errors), 1-based. */
  line?: number;
  column?: number;
}

/** A located, localised finding: what every output format renders. */
export interface Finding {
  code: string;
  severity: Severity;
  file: string;
  /** 1-based line and column in the file as it is on disk (front matter offset and BOM included). */
  line: number;
  column: number;
  /** Key path as people read it: participants[1].municipality ("" for the whole record). */
  path: string;
  /** The same path as a JSON pointer: /participants/1/municipality. */
  pointer: string;
  message: string;
}

/** Summary that output formats print next to the findings. */
export interface FindingSummary {
  files: number;
  errors: number;
  warnings: number;
}

/** Formats a key path as `participants[1].municipality`. */
export function formatKeyPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}

/** Formats a key path as a JSON pointer (RFC 6901). */
export function formatPointer(path: readonly PathSegment[]): string {
  return path.map((seg) => "/" + String(seg).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Orders findings by file, line, column, code: the order every format prints. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
