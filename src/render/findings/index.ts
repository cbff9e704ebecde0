import type { Finding, FindingSummary } from "../../domain/finding.js";
import { renderGithub } from "./github.js";
import { renderGitlab } from "./gitlab.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import type { FindingRenderer, RenderOptions } from "./options.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

/** Output formats of `ikz validate --format`. */
export type FindingFormat = "text" | "json" | "github" | "gitlab" | "junit" | "sarif";

/** Every finding format, in the order help texts list them. */
export const findingFormats: readonly FindingFormat[] = ["text", "json", "github", "gitlab", "junit", "sarif"];

// A Record (not a switch) so adding a format without a renderer is a compile error.
const renderers: Record<FindingFormat, FindingRenderer> = {
  text: renderText,
  json: renderJson,
  github: renderGithub,
  gitlab: renderGitlab,
  junit: renderJunit,
  sarif: renderSarif,
};

/** Tells whether a string (e.g. a --format value) names a finding format. */
export function isFindingFormat(value: string): value is FindingFormat {
  return (findingFormats as readonly string[]).includes(value);
}

/** Renders already sorted, localised findings in the chosen format. */
export function renderFindings(
  format: FindingFormat,
  findings: readonly Finding[],
  summary: FindingSummary,
  options: RenderOptions,
): string {
  return renderers[format](findings, summary, options);
}

export type { FindingRenderer, RenderOptions } from "./options.js";
