import { compareFindings, formatKeyPath, formatPointer, type Finding, type Issue } from "../domain/finding.js";
import { DECISION_TYPE_LABELS, PHASE_LABELS, type DecisionType, type Phase } from "../domain/lifecycle.js";
import { translate, type Lang } from "../i18n/index.js";
import { findingMessages, findingRemedies } from "../i18n/finding-messages.js";
import { checkMessages } from "../i18n/check-messages.js";
import { decideErrorMessages, decideMessages } from "../i18n/decide-messages.js";
import { makeLocator, type LoadedRecord } from "./load.js";
import { duplicateWords, formFix, foundWords, limitWords, patternWords, typeWords } from "./schema-words.js";
import { yamlErrorWords } from "./yaml-words.js";
import { formatDate } from "../render/format.js";

/** Puts issues into words and finds their place in the files; returns findings in print order. */
export function toFindings(issues: readonly Issue[], records: readonly LoadedRecord[], lang: Lang): Finding[] {
  const byFile = recordsWithIssues(issues, records);
  const locators = new Map<string, ReturnType<typeof makeLocator>>();
  const findings = issues.map((issue): Finding => {
    let line = issue.line;
    let column = issue.column;
    if (line === undefined || column === undefined) {
      const record = byFile.get(issue.file);
      if (record) {
        let locate = locators.get(issue.file);
        if (!locate) locators.set(issue.file, (locate = makeLocator(record)));
        // Unknown keys point at the key itself; everything else at the value (or the nearest parent).
        ({ line, column } = locate(issue.path, issue.code === "IKZ-SCHEMA-002"));
      } else {
        line = 1;
        column = 1;
      }
    }
    return {
      code: issue.code,
      severity: issue.severity,
      file: issue.file,
      line,
      column,
      path: formatKeyPath(issue.path),
      pointer: formatPointer(issue.path),
      message: describeIssue(issue, lang),
    };
  });
  // Two parser errors at one place can read the same in words: say it once.
  const seen = new Set<string>();
  const distinct = findings.filter((f) => {
    const key = `${f.code}|${f.file}|${f.line}|${f.column}|${f.path}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return distinct.sort(compareFindings);
}

/**
 * The records that issues without a place point into, by file. A map of every record would cost a large register
 * more memory than anything else validate does after the rules, and most runs have few findings or none.
 */
function recordsWithIssues(issues: readonly Issue[], records: readonly LoadedRecord[]): Map<string, LoadedRecord> {
  const files = new Set<string>();
  for (const issue of issues) if (issue.line === undefined || issue.column === undefined) files.add(issue.file);
  const byFile = new Map<string, LoadedRecord>();
  if (files.size === 0) return byFile;
  for (const record of records) if (files.has(record.file)) byFile.set(record.file, record);
  return byFile;
}

/** The message of one issue in the given language, with labels for phase and decision codes. */
export function describeIssue(issue: Issue, lang: Lang): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params ?? {})) params[key] = typeof value === "number" ? formatNumber(key, value, lang) : value;
  // Dates the rules compare are read as people write them (31.03.2026), like ikz check and ikz decide do; a value
  // quoted from the file because it is malformed (schema and YAML findings) stays exactly as written.
  if (!/^IKZ-(SCHEMA|YAML)-/.test(issue.code)) {
    for (const [key, value] of Object.entries(params)) if (key !== "value" && typeof value === "string" && ISO_DATE.test(value)) params[key] = formatDate(value, lang);
  }
  for (const key of ["phase", "replayed", "written"]) {
    const value = params[key];
    if (typeof value === "string" && value in PHASE_LABELS) params[key] = PHASE_LABELS[value as Phase][lang];
  }
  // How a final record is corrected depends on its kind: only a decision is replaced by another (supersedes).
  if (issue.code === "IKZ-BASE-001" && typeof params.kind === "string" && params.kind in FINAL_RECORD_REMEDIES) params.remedy = FINAL_RECORD_REMEDIES[params.kind]![lang];
  if (issue.code === "IKZ-ID-006") params.remedy = misplacedReportRemedy(params, lang);
  if (issue.code === "IKZ-FILE-003") params.encoding = params.encoding === "utf-16" ? (lang === "de" ? ", sondern UTF-16 (im Windows-Editor „Unicode“)" : " but UTF-16 (Notepad's 'Unicode')") : "";
  if (issue.code === "IKZ-LC-015") params.interested = translate(findingRemedies, lang, issue.params?.count === 0 ? "interested.none" : "interested.some", params);
  if (issue.code === "IKZ-PRJ-005") params.before = translate(findingRemedies, lang, issue.params?.anchor === "project" ? "before.created" : "before.other", params);
  if (issue.code === "IKZ-CHK-006") {
    const declined = issue.params?.declined;
    params.declined = typeof declined === "string" ? translate(findingRemedies, lang, "declined.support", { decision: declined, outcome: translate(decideMessages, lang, `outcome.${String(params.declinedOutcome)}`) }) : "";
  }
  if (issue.code === "IKZ-FILE-005") params.thing = translate(findingRemedies, lang, params.thing === "folder" ? "thing.folder" : "thing.file");
  if (typeof params.kind === "string" && params.kind in RECORD_KIND_LABELS) params.kind = RECORD_KIND_LABELS[params.kind]![lang];
  if (typeof params.type === "string" && params.type in DECISION_TYPE_LABELS) {
    params.type = DECISION_TYPE_LABELS[params.type as DecisionType][lang];
  }
  if (typeof params.missing === "string" && issue.code === "IKZ-LC-001") {
    params.missing = params.missing
      .split(" → ")
      .map((t) => (t in DECISION_TYPE_LABELS ? `${DECISION_TYPE_LABELS[t as DecisionType][lang]} (${t})` : t))
      .join(" → ");
  }
  // "es fehlt die federführende Kommune (lead)" rather than the bare key: the same words `ikz decide` uses.
  if (issue.code === "IKZ-LC-010" && typeof params.what === "string" && `what.${params.what}` in decideErrorMessages) {
    params.what = translate(decideErrorMessages, lang, `what.${params.what}`);
  }
  if (issue.code === "IKZ-YAML-003" && typeof params.detail === "string") {
    ({ detail: params.detail, fix: params.fix } = yamlErrorWords(typeof params.reason === "string" ? params.reason : undefined, params.detail, lang));
  }
  if (issue.code === "IKZ-SCHEMA-004") {
    if (typeof params.expected === "string") params.expected = typeWords(params.expected, lang);
    ({ problem: params.problem, found: params.found } = foundWords(String(params.value ?? ""), params.empty === "yes", lang));
  }
  if ((issue.code === "IKZ-SCHEMA-007" || issue.code === "IKZ-SCHEMA-008") && typeof params.rule === "string") {
    params.rule = limitWords(params.rule, String(params.limit), lang, String(params.actual ?? "")) ?? `${params.rule} ${params.limit}`;
  }
  if (issue.code === "IKZ-SCHEMA-009" && params.rule === "uniqueItems") params.detail = duplicateWords(String(params.value), Number(params.first), lang);
  if (issue.code === "IKZ-SCHEMA-005") {
    const form = typeof params.form === "string" ? params.form : undefined;
    if (typeof params.format === "string") params.format = patternWords(params.format, lang, form);
    params.fix = formFix(form, typeof params.named === "string" ? params.named : undefined, lang);
  }
  const hint = params.hint;
  params.hint = typeof hint === "string" && hint !== "" ? (lang === "de" ? ` – meinten Sie „${hint}“?` : ` – did you mean '${hint}'?`) : "";
  return translate(MESSAGES, lang, issue.code, params);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validation findings and date checks share one lookup. */
const MESSAGES = { ...findingMessages, ...checkMessages };

const FINAL_RECORD_REMEDIES: Record<string, { de: string; en: string }> = {
  decision: { de: "einen neuen Beschluss mit supersedes anlegen", en: "record a new decision with supersedes" },
  meeting: { de: "Berichtigungen in der Niederschrift der nächsten Sitzung festhalten", en: "note corrections in the minutes of the next meeting" },
  report: { de: "Korrekturen im nächsten Bericht nennen", en: "state corrections in the next report" },
};

/** What to do with a report in the wrong file: fit it to its place, or move it there unless that report exists already. */
function misplacedReportRemedy(params: Record<string, string | number>, lang: Lang): string {
  const fit = translate(findingRemedies, lang, "remedy.report.fit", params);
  return translate(findingRemedies, lang, params.other ? "remedy.report.exists" : "remedy.report.move", { ...params, fit });
}

const RECORD_KIND_LABELS: Record<string, { de: string; en: string }> = {
  decision: { de: "Beschluss", en: "decision" },
  meeting: { de: "Sitzung", en: "meeting" },
  report: { de: "Bericht", en: "report" },
};

/** Money and byte counts get thousands separators; fractions the language's decimal mark; years and counts stay plain. */
function formatNumber(key: string, value: number, lang: Lang): string {
  const grouped = ["amount", "grant", "size", "max"].includes(key);
  if (!grouped && Number.isInteger(value)) return String(value);
  return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { useGrouping: grouped, maximumFractionDigits: 2 }).format(value);
}
