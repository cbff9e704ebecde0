import type { Finding, FindingSummary } from "../../domain/finding.js";
import type { Lang } from "../../i18n/index.js";
import type { Styler } from "../styler.js";

/** What every findings formatter needs besides the findings themselves. */
export interface RenderOptions {
  lang: Lang;
  color: Styler;
  toolVersion: string;
  /** Register folder relative to the repository root (e.g. "register/"); CI formats prepend it. Default "". */
  pathPrefix?: string;
  /** --quiet: the text format prints errors only (no warnings, no summary when nothing is wrong); machine formats ignore it. */
  quiet?: boolean;
}

/** The signature all findings formatters share. */
export type FindingRenderer = (
  findings: readonly Finding[],
  summary: FindingSummary,
  options: RenderOptions,
) => string;

/** Turns a register-relative path into a repository-relative one, so CI annotations land on the right file. */
export function toRepoPath(file: string, pathPrefix = ""): string {
  // Accept "register", "register/", "./register/" and Windows separators alike; CI wants plain "a/b".
  let prefix = pathPrefix.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (prefix === ".") prefix = "";
  if (prefix !== "" && !prefix.endsWith("/")) prefix += "/";
  return prefix + file;
}

/** The message with the key path in front when there is one: `participants[1].municipality: …`. */
export function describeAt(finding: Finding): string {
  return finding.path === "" ? finding.message : `${finding.path}: ${finding.message}`;
}
