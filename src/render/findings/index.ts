import type { Finding, FindingSummary } from "../../domain/finding.js";
import type { FindingRenderer, RenderOptions } from "./options.js";

/** Output formats of `ikz validate --format`. */
export type FindingFormat = "text" | "json" | "github" | "gitlab" | "junit" | "sarif";

/** Every finding format, in the order help texts list them. */
export const findingFormats: readonly FindingFormat[] = ["text", "json", "github", "gitlab", "junit", "sarif"];

// A Record (not a switch) so adding a format without a renderer is a compile error. Loaded on demand: the CI
// formats need node:crypto for their fingerprints, which text and JSON output should not pay for.
const renderers: Record<FindingFormat, () => Promise<FindingRenderer>> = {
  text: async () => (await import("./text.js")).renderText,
  json: async () => (await import("./json.js")).renderJson,
  github: async () => (await import("./github.js")).renderGithub,
  gitlab: async () => (await import("./gitlab.js")).renderGitlab,
  junit: async () => (await import("./junit.js")).renderJunit,
  sarif: async () => (await import("./sarif.js")).renderSarif,
};

/** Tells whether a string (e.g. a --format value) names a finding format. */
export function isFindingFormat(value: string): value is FindingFormat {
  return (findingFormats as readonly string[]).includes(value);
}

/** Renders already sorted, localised findings in the chosen format. */
export async function renderFindings(
  format: FindingFormat,
  findings: readonly Finding[],
  summary: FindingSummary,
  options: RenderOptions,
): Promise<string> {
  return (await renderers[format]())(findings, summary, options);
}

export type { FindingRenderer, RenderOptions } from "./options.js";
