import type { Issue } from "../domain/finding.js";
import { DECISION_TYPE_LABELS, PHASE_LABELS, type DecisionType, type Phase } from "../domain/lifecycle.js";
import type { IkzConfig } from "../domain/types.generated.js";
import type { Lang } from "../i18n/index.js";
import { decideErrorMessages } from "../i18n/decide-messages.js";
import { translate } from "../i18n/index.js";
import { codeLabel } from "../i18n/list-messages.js";
import { describeIssue } from "../register/to-findings.js";
import { formatDate } from "../render/format.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One rule a decision breaks, in words: validation's finding text (with its code) or decide's own, with labels for codes, names for member ids and dates as people write them. */
export function describeRefusal(issue: Issue, lang: Lang, config?: IkzConfig): string {
  const params: Record<string, string | number> = { ...issue.params };
  for (const [key, value] of Object.entries(params)) if (typeof value === "string" && ISO_DATE.test(value)) params[key] = formatDate(value, lang);
  const member = (id: string) => config?.steering_group.members.find((m) => m.id === id)?.name ?? id;
  if (typeof params.what === "string" && `what.${params.what}` in decideErrorMessages) params.what = translate(decideErrorMessages, lang, `what.${params.what}`);
  if (!issue.code.startsWith("decide.")) {
    if (["IKZ-DEC-001", "IKZ-DEC-012", "IKZ-DEC-015"].includes(issue.code) && typeof params.value === "string") params.value = member(params.value);
    if (typeof params.type === "string" && params.type in DECISION_TYPE_LABELS) params.type = DECISION_TYPE_LABELS[params.type as DecisionType][lang];
    const hintKey = [`hint.${String(issue.params?.what ?? "")}`, `hint.${issue.code}`].find((k) => k in decideErrorMessages);
    const hint = hintKey === undefined ? "" : ` – ${translate(decideErrorMessages, lang, hintKey, params)}`;
    return `${describeIssue({ ...issue, params }, lang)}${hint} (${issue.code})`;
  }
  const typeLabel = (t: string) => (t in DECISION_TYPE_LABELS ? DECISION_TYPE_LABELS[t as DecisionType][lang] : t);
  const phaseLabel = (p: string) => (p in PHASE_LABELS ? PHASE_LABELS[p as Phase][lang] : p);
  if (typeof params.type === "string") params.type = typeLabel(params.type);
  if (typeof params.laterType === "string") params.laterType = typeLabel(params.laterType);
  if (typeof params.phase === "string") params.phase = phaseLabel(params.phase);
  if (typeof params.phases === "string") params.phases = params.phases.split(", ").map((p) => (lang === "de" ? `„${phaseLabel(p)}“` : `'${phaseLabel(p)}'`)).join(", ");
  // With the codes after the labels: --type takes the code, the label alone leaves the reader guessing what to type.
  if (typeof params.allowed === "string") params.allowed = params.allowed === "" ? "—" : `${params.allowed.split(", ").map(typeLabel).join(", ")} (--type ${params.allowed})`;
  if (typeof params.body === "string") {
    // The German article follows the body: "die Lenkungsgruppe", "der Fördermittelgeber".
    const article = `theBody.${params.body}`;
    params.theBody = article in decideErrorMessages ? translate(decideErrorMessages, lang, article) : codeLabel("body", params.body, lang);
    params.body = codeLabel("body", params.body, lang);
  }
  if (typeof params.bodies === "string") params.bodies = params.bodies === "" ? "—" : params.bodies.split(", ").map((b) => codeLabel("body", b, lang)).join(", ");
  return translate(decideErrorMessages, lang, issue.code, params);
}
