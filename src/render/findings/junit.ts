import type { Finding, FindingSummary } from "../../domain/finding.js";
import { toRepoPath, type RenderOptions } from "./options.js";

/**
 * Code points XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): GitLab
 * rejects the whole report over one of them, so they are dropped.
 */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text content and attribute values; line breaks in attributes survive as character references. */
export function escapeXml(s: string, attribute = false): string {
  const out = s
    .replace(ILLEGAL_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
  // Parsers normalise raw line breaks and tabs in attributes to spaces; references keep them.
  return attribute ? out.replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;") : out;
}

/**
 * JUnit XML for GitLab/Jenkins: a testsuite per file with findings, a testcase per finding; errors are
 * failures, warnings pass with the text in <system-out>. Without findings one passing testcase `register`
 * keeps the run visible. No timestamps, so the report is reproducible.
 */
export function renderJunit(
  findings: readonly Finding[],
  summary: FindingSummary,
  options: RenderOptions,
): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const file = toRepoPath(f.file, options.pathPrefix);
    byFile.set(file, [...(byFile.get(file) ?? []), f]);
  }
  const suites =
    byFile.size === 0
      ? [`  <testsuite ${attrs({ name: "register", tests: 1, failures: 0, errors: 0, skipped: 0, time: 0 })}>`,
         `    <testcase ${attrs({ classname: "register", name: "register", time: 0 })}/>`,
         "  </testsuite>"]
      : [...byFile].flatMap(([file, list]) => formatSuite(file, list));
  const tests = Math.max(1, findings.length);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: "ikz validate", tests, failures: summary.errors, errors: 0, time: 0 })}>`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}

function formatSuite(file: string, findings: readonly Finding[]): string[] {
  const failures = findings.filter((f) => f.severity === "error").length;
  const head = attrs({ name: file, tests: findings.length, failures, errors: 0, skipped: 0, time: 0 });
  // GitLab refuses two testcases with the same classname and name, so repeats get a counter.
  const used = new Map<string, number>();
  const cases = findings.flatMap((f) => {
    const base = f.path === "" ? f.code : `${f.code} ${f.path}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base} (${n})`;
    const open = `    <testcase ${attrs({ classname: file, name, file, line: f.line, time: 0 })}>`;
    const body = `${file}:${f.line}:${f.column} ${f.message}`;
    const inner =
      f.severity === "error"
        ? `      <failure ${attrs({ message: f.message, type: f.code })}>${escapeXml(body)}</failure>`
        : `      <system-out>${escapeXml(body)}</system-out>`;
    return [open, inner, "    </testcase>"];
  });
  return [`  <testsuite ${head}>`, ...cases, "  </testsuite>"];
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${escapeXml(String(v), true)}"`)
    .join(" ");
}
