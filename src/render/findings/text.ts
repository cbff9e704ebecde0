import type { Finding, FindingSummary } from "../../domain/finding.js";
import { translate, type Lang } from "../../i18n/index.js";
import { renderMessages } from "../../i18n/render-messages.js";
import type { RenderOptions } from "./options.js";
import { terminalSafe } from "../terminal-safe.js";

/** Continuation lines of a multi-line message are indented so each finding still starts at column 1. */
const CONTINUATION = "    ";

/** Human format like ESLint/markdownlint: `file:line:col: Fehler CODE path: message`, then a summary line. */
export function renderText(
  findings: readonly Finding[],
  summary: FindingSummary,
  options: RenderOptions,
): string {
  if (options.quiet === true) {
    // "nur Fehler ausgeben": the errors and, only when there are any, the summary line.
    const errors = findings.filter((f) => f.severity === "error");
    if (errors.length === 0) return "";
    return errors.map((f) => formatFindingLine(f, options)).join("\n") + "\n\n" + formatSummaryLine(summary, options) + "\n";
  }
  const lines = findings.map((f) => formatFindingLine(f, options));
  const tail = formatSummaryLine(summary, options);
  return (lines.length > 0 ? lines.join("\n") + "\n\n" : "") + tail + "\n";
}

/** One finding as one line (more only when the message itself has line breaks). */
export function formatFindingLine(finding: Finding, options: RenderOptions): string {
  const { color, lang } = options;
  const word = translate(renderMessages, lang, `findings.severity.${finding.severity}`);
  const severity = finding.severity === "error" ? color.red(word) : color.yellow(word);
  const where = `${clean(finding.file)}:${finding.line}:${finding.column}:`;
  const what = finding.path === "" ? finding.code : `${finding.code} ${clean(finding.path)}`;
  const message = clean(finding.message).split("\n").join("\n" + CONTINUATION);
  return `${where} ${severity} ${color.bold(what)}: ${message}`;
}

/** `12 Dateien geprüft: 2 Fehler, 1 Warnung` with singular/plural per language. */
export function formatSummaryLine(summary: FindingSummary, options: RenderOptions): string {
  const { color, lang } = options;
  const errors = count(lang, "errors", summary.errors);
  const warnings = count(lang, "warnings", summary.warnings);
  return translate(renderMessages, lang, "findings.summary", {
    files: count(lang, "files", summary.files),
    errors: summary.errors > 0 ? color.red(errors) : color.green(errors),
    warnings: summary.warnings > 0 ? color.yellow(warnings) : color.green(warnings),
  });
}

function count(lang: Lang, noun: "files" | "errors" | "warnings", n: number): string {
  // Files never say "keine": "0 Dateien geprüft" reads better than "keine Dateien geprüft".
  const form = n === 1 ? "one" : n === 0 && noun !== "files" ? "none" : "other";
  return translate(renderMessages, lang, `findings.${noun}.${form}`, { count: n });
}

/**
 * Register content reaches the terminal here: control characters (ANSI escapes, bells, backspaces)
 * could repaint or hide output, so they become U+FFFD; line breaks are normalised to "\n".
 */
function clean(s: string): string {
  return terminalSafe(s.replace(/\r\n?/g, "\n"));
}
