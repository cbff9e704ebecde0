import type { Finding, FindingSummary } from "../../domain/finding.js";
import type { RenderOptions } from "./options.js";

/** Bumped only when a field is removed or changes meaning; adding fields keeps it. */
const JSON_FORMAT_VERSION = 1;

/** Machine-readable findings: `{ version, summary, findings }`, pretty-printed, trailing newline. */
export function renderJson(
  findings: readonly Finding[],
  summary: FindingSummary,
  _options: RenderOptions,
): string {
  // Fields are listed explicitly so the output shape is the documented one, whatever else a Finding carries.
  const doc = {
    version: JSON_FORMAT_VERSION,
    summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings },
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      path: f.path,
      pointer: f.pointer,
      message: f.message,
    })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
