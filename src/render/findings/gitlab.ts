import { createHash } from "node:crypto";
import type { Finding, FindingSummary } from "../../domain/finding.js";
import { describeAt, toRepoPath, type RenderOptions } from "./options.js";

/** Code Quality severities GitLab accepts. */
export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

/** Codes for files that could not be read or parsed at all: nothing else in them was checked. */
const CRITICAL_PREFIXES = ["IKZ-YAML-", "IKZ-FILE-"];

/**
 * One sha256 (hex) per finding from file + code + JSON pointer. Line numbers and the message (which
 * depends on --lang) stay out, so a fingerprint survives edits above the finding and a change of language
 * (GitLab diffs reports by fingerprint); repeats get an occurrence counter so every fingerprint is unique.
 */
export function fingerprintFindings(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  return findings.map((f) => {
    const base = [f.file, f.code, f.pointer].join("\u0000");
    let hash = sha256(base);
    for (let n = 2; seen.has(hash); n++) hash = sha256(`${base}\u0000${n}`);
    seen.add(hash);
    return hash;
  });
}

/** Maps a finding to a Code Quality severity: errors major, warnings minor, unreadable files critical. */
export function codeQualitySeverity(finding: Finding): CodeQualitySeverity {
  if (finding.severity === "warning") return "minor";
  return CRITICAL_PREFIXES.some((p) => finding.code.startsWith(p)) ? "critical" : "major";
}

/** GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array, no BOM, trailing newline. */
export function renderGitlab(
  findings: readonly Finding[],
  _summary: FindingSummary,
  options: RenderOptions,
): string {
  const fingerprints = fingerprintFindings(findings);
  const issues = findings.map((f, i) => ({
    description: f.path === "" ? `${f.code}: ${f.message}` : `${f.code} ${describeAt(f)}`,
    check_name: f.code,
    fingerprint: fingerprints[i] ?? "",
    severity: codeQualitySeverity(f),
    // GitLab requires a line; 1 is the honest fallback for a whole-file finding.
    location: { path: toRepoPath(f.file, options.pathPrefix), lines: { begin: Math.max(1, f.line) } },
  }));
  return JSON.stringify(issues, null, 2) + "\n";
}

function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
