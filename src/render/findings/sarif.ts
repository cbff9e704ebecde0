import type { Finding, FindingSummary } from "../../domain/finding.js";
import { fingerprintFindings } from "./gitlab.js";
import { describeAt, toRepoPath, type RenderOptions } from "./options.js";

/** Where SARIF viewers link the tool name; replace with the project's home page once it has one. */
export const SARIF_INFORMATION_URI = "https://github.com/";

/** SARIF 2.1.0 for GitHub code scanning: one rule per code used, one result per finding. */
export function renderSarif(
  findings: readonly Finding[],
  _summary: FindingSummary,
  options: RenderOptions,
): string {
  // The first message seen for a code describes its rule: messages are interpolated, so this is an
  // example rather than a definition, which SARIF viewers accept.
  const firstMessage = new Map<string, string>();
  for (const f of findings) if (!firstMessage.has(f.code)) firstMessage.set(f.code, f.message);
  const codes = [...firstMessage.keys()].sort();
  const rules = codes.map((id) => {
    const text = firstMessage.get(id) ?? id;
    return { id, shortDescription: { text: id }, fullDescription: { text }, help: { text } };
  });
  const fingerprints = fingerprintFindings(findings);
  const results = findings.map((f, i) => ({
    ruleId: f.code,
    ruleIndex: codes.indexOf(f.code),
    level: f.severity,
    message: { text: describeAt(f) },
    locations: [{ physicalLocation: formatLocation(f, options.pathPrefix) }],
    partialFingerprints: { "ikz/v1": fingerprints[i] ?? "" },
  }));
  // "version" first: SARIF consumers sniff it from the start of the file.
  const log = {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: {
          driver: { name: "ikz", version: options.toolVersion, informationUri: SARIF_INFORMATION_URI, rules },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function formatLocation(f: Finding, pathPrefix: string | undefined) {
  // artifactLocation.uri is a URI reference: umlauts and spaces must be percent-encoded, "/" must stay.
  const uri = toRepoPath(f.file, pathPrefix).split("/").map(encodeURIComponent).join("/");
  // The schema demands startLine/startColumn >= 1; a finding without a place gets no region at all.
  if (f.line < 1) return { artifactLocation: { uri } };
  const region = f.column >= 1 ? { startLine: f.line, startColumn: f.column } : { startLine: f.line };
  return { artifactLocation: { uri }, region };
}
