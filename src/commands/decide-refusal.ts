import type { Issue } from "../domain/finding.js";
import { DECISION_TYPE_LABELS, PHASE_LABELS, type DecisionType, type Phase } from "../domain/lifecycle.js";
import type { Lang } from "../i18n/index.js";
import { decideErrorMessages } from "../i18n/decide-messages.js";
import { translate } from "../i18n/index.js";
import { codeLabel } from "../i18n/list-messages.js";
import { describeIssue } from "../register/to-findings.js";

/** One rule a decision breaks, in words: validation's finding text (with its code) or decide's own, with labels for codes. */
export function describeRefusal(issue: Issue, lang: Lang): string {
  if (!issue.code.startsWith("decide.")) {
    const hintKey = [`hint.${String(issue.params?.what ?? "")}`, `hint.${issue.code}`].find((k) => k in decideErrorMessages);
    const hint = hintKey === undefined ? "" : ` – ${translate(decideErrorMessages, lang, hintKey, issue.params)}`;
    return `${describeIssue(issue, lang)}${hint} (${issue.code})`;
  }
  const params: Record<string, string | number> = { ...issue.params };
  const typeLabel = (t: string) => (t in DECISION_TYPE_LABELS ? `${DECISION_TYPE_LABELS[t as DecisionType][lang]} (${t})` : t);
  if (typeof params.type === "string") params.type = typeLabel(params.type);
  if (typeof params.phase === "string" && params.phase in PHASE_LABELS) params.phase = PHASE_LABELS[params.phase as Phase][lang];
  if (typeof params.allowed === "string") params.allowed = params.allowed === "" ? "—" : params.allowed.split(", ").map(typeLabel).join(", ");
  if (typeof params.body === "string") params.body = codeLabel("body", params.body, lang);
  if (typeof params.bodies === "string") params.bodies = params.bodies.split(", ").map((b) => `${codeLabel("body", b, lang)} (${b})`).join(", ");
  return translate(decideErrorMessages, lang, issue.code, params);
}
