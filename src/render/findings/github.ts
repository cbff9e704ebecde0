import { createHash } from "node:crypto";
import type { Finding, FindingSummary } from "../../domain/finding.js";
import { plainStyler } from "../styler.js";
import { describeAt, toRepoPath, type RenderOptions } from "./options.js";
import { renderText } from "./text.js";

/** Message text of a workflow command, escaped exactly like actions/toolkit `escapeData`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property value of a workflow command, escaped exactly like actions/toolkit `escapeProperty`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * GitHub Actions: one `::error`/`::warning` annotation per finding, then the complete list as plain text,
 * because GitHub keeps only 10 annotations of each kind per step and drops the rest silently.
 */
export function renderGithub(
  findings: readonly Finding[],
  summary: FindingSummary,
  options: RenderOptions,
): string {
  const commands = findings.map((f) => formatAnnotation(f, options.pathPrefix));
  const listing = neutraliseCommands(renderText(findings, summary, { ...options, color: plainStyler, quiet: false }));
  // The listing echoes register content, so command processing is switched off around it. The token is
  // the listing's own hash: reproducible, yet a file author cannot put `::<token>::` into the listing
  // without changing the hash (and lines starting with `::` are defused anyway).
  const token = createHash("sha256").update(listing).digest("hex");
  return [...commands, `::stop-commands::${token}`, listing.replace(/\n$/, ""), `::${token}::`, ""].join("\n");
}

function formatAnnotation(finding: Finding, pathPrefix: string | undefined): string {
  const props = [
    `file=${escapeProperty(toRepoPath(finding.file, pathPrefix))}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.code)}`,
  ].join(",");
  return `::${finding.severity} ${props}::${escapeData(describeAt(finding))}`;
}

/**
 * The runner trims leading whitespace before looking for `::` (and still knows the old `##[cmd]` form),
 * so such lines get a visible marker in front; `>` is never whitespace, so the line is inert.
 */
function neutraliseCommands(text: string): string {
  return text
    .split("\n")
    .map((line) => (/^\s*(::|##\[)/.test(line) ? `> ${line}` : line))
    .join("\n");
}
