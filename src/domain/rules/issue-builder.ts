import type { Issue, PathSegment, Severity } from "../finding.js";

/** Collects issues for rule functions with little ceremony. */
export class IssueList {
  readonly items: Issue[] = [];
  /** Adds an error. */
  error(code: string, file: string, path: PathSegment[], params?: Record<string, string | number>): void {
    this.add("error", code, file, path, params);
  }
  /** Adds a warning. */
  warn(code: string, file: string, path: PathSegment[], params?: Record<string, string | number>): void {
    this.add("warning", code, file, path, params);
  }
  /** Adds an issue of the given severity. */
  add(severity: Severity, code: string, file: string, path: PathSegment[], params?: Record<string, string | number>): void {
    this.items.push(params === undefined ? { code, severity, file, path } : { code, severity, file, path, params });
  }
}
