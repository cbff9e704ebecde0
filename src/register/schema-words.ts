import type { Lang } from "../i18n/index.js";

/**
 * Schema findings in words instead of JSON Schema terms: "eine ganze Zahl" for `integer`, "höchstens 200
 * Zeichen" for `maxLength 200`. Only the message changes; codes and parameters (and so CI fingerprints) stay.
 */
type Words = Record<string, { de: string; en: string }>;

const TYPES: Words = {
  integer: { de: "eine ganze Zahl (ohne Anführungszeichen)", en: "a whole number (without quotes)" },
  number: { de: "eine Zahl (ohne Anführungszeichen)", en: "a number (without quotes)" },
  string: { de: "ein Text", en: "a text" },
  boolean: { de: "true oder false", en: "true or false" },
  array: { de: "eine Liste (Einträge mit „- “)", en: "a list (entries starting with '- ')" },
  object: { de: "Felder der Form „schlüssel: wert“", en: "fields of the form 'key: value'" },
  null: { de: "kein Wert", en: "no value" },
  date: { de: "ein Datum im Format JJJJ-MM-TT, z. B. 2025-03-31", en: "a date as YYYY-MM-DD, e.g. 2025-03-31" },
};

/** What a type finding says: a wrong type with the value as written, or an empty value (YAML's null) and what to do. */
export function foundWords(value: string, empty: boolean, lang: Lang): { problem: string; found: string } {
  if (empty) return lang === "de" ? { problem: "Wert ist leer", found: " – nach dem Doppelpunkt eintragen" } : { problem: "empty value", found: " – write it after the colon" };
  return lang === "de" ? { problem: "falscher Typ", found: `, gefunden „${value}“` } : { problem: "wrong type", found: `, found '${value}'` };
}

const LIMITS: Words = {
  maxLength: { de: "zu lang: höchstens {limit} Zeichen, hier {actual} – kürzen", en: "too long: at most {limit} characters, here {actual} – shorten it" },
  minLength: { de: "zu kurz: mindestens {limit} Zeichen, hier {actual} – ergänzen", en: "too short: at least {limit} characters, here {actual} – complete it" },
  maxItems: { de: "zu viele Einträge: höchstens {limit}", en: "too many entries: at most {limit}" },
  minItems: { de: "zu wenige Einträge: mindestens {limit} – ergänzen", en: "too few entries: at least {limit} – add some" },
  maxProperties: { de: "zu viele Felder: höchstens {limit}", en: "too many fields: at most {limit}" },
  minProperties: { de: "zu wenige Felder: mindestens {limit} – ergänzen", en: "too few fields: at least {limit} – add some" },
  minimum: { de: "ist zu klein: erlaubt ist mindestens {limit}", en: "is too small: the minimum is {limit}" },
  maximum: { de: "ist zu groß: erlaubt ist höchstens {limit}", en: "is too large: the maximum is {limit}" },
  exclusiveMinimum: { de: "ist zu klein: erlaubt sind nur Werte über {limit}", en: "is too small: only values above {limit} are allowed" },
  exclusiveMaximum: { de: "ist zu groß: erlaubt sind nur Werte unter {limit}", en: "is too large: only values below {limit} are allowed" },
};

/** Patterns of the schemas that people meet, in words; others are shown as written. */
const PATTERNS: Words = {
  "^[a-z0-9]+(-[a-z0-9]+)*$": { de: "nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. gross-gerau", en: "only lower-case letters a–z, digits and single hyphens, e.g. gross-gerau" },
};

/**
 * The IDs and codes of common.schema.json ($defs names) in words, with an example (spec/register.md, "IDs"):
 * one pattern serves projects, decisions and lessons alike, so the definition, not the pattern, picks the words.
 */
const FORMS: Words = {
  project_id: { de: "eine Projekt-ID aus Präfix (ids in ikz.yaml), Jahr und laufender Nummer mit drei oder vier Ziffern, z. B. IKZ-2025-004", en: "a project ID of prefix (ids in ikz.yaml), year and a running number of three or four digits, e.g. IKZ-2025-004" },
  decision_id: { de: "eine Beschluss-ID aus Präfix (ids in ikz.yaml), Jahr und laufender Nummer mit drei oder vier Ziffern, z. B. B-2025-014", en: "a decision ID of prefix (ids in ikz.yaml), year and a running number of three or four digits, e.g. B-2025-014" },
  lesson_id: { de: "eine Erfahrungs-ID aus Präfix (ids in ikz.yaml), Jahr und laufender Nummer mit drei oder vier Ziffern, z. B. LL-2025-001", en: "a lesson ID of prefix (ids in ikz.yaml), year and a running number of three or four digits, e.g. LL-2025-001" },
  meeting_id: { de: "eine Sitzungs-ID aus Präfix (ids in ikz.yaml), Jahr und laufender Nummer mit zwei oder drei Ziffern, z. B. LG-2025-02", en: "a meeting ID of prefix (ids in ikz.yaml), year and a running number of two or three digits, e.g. LG-2025-02" },
  report_id: { de: "eine Berichts-ID aus Projekt-ID und Zeitraum, z. B. IKZ-2025-003/2025-Q2", en: "a report ID of project ID and period, e.g. IKZ-2025-003/2025-Q2" },
  period: { de: "ein Quartal JJJJ-Qn (z. B. 2025-Q2) oder assessment, final, evaluation", en: "a quarter YYYY-Qn (e.g. 2025-Q2) or assessment, final, evaluation" },
  milestone_id: { de: "eine Meilenstein-ID aus M und einer bis drei Ziffern, z. B. M3", en: "a milestone ID of M and one to three digits, e.g. M3" },
  id_prefix: { de: "ein Großbuchstabe, danach bis zu neun Großbuchstaben oder Ziffern, z. B. IKZ", en: "a capital letter, then up to nine capital letters or digits, e.g. IKZ" },
};

/** What to do about a value of the wrong form: the ID its file name gives, or the form to write; "" for other patterns. */
export function formFix(form: string | undefined, named: string | undefined, lang: Lang): string {
  if (named !== undefined) return lang === "de" ? ` – die ID aus dem Dateinamen eintragen: ${named}` : ` – write the ID the file name gives: ${named}`;
  if (form !== undefined && form in FORMS) return lang === "de" ? " – in dieser Form schreiben" : " – write it in this form";
  return "";
}

/** The words for a JSON type name, or the name itself when unknown. */
export function typeWords(type: string, lang: Lang): string {
  return type.split(",").map((t) => TYPES[t]?.[lang] ?? t).join(lang === "de" ? " oder " : " or ");
}

/** The words for a length or range rule with its limit (already formatted), or undefined when unknown. */
export function limitWords(rule: string, limit: string, lang: Lang, actual = ""): string | undefined {
  return LIMITS[rule]?.[lang].replace("{limit}", limit).replace("{actual}", actual);
}

/** The words for a pattern (by its schema definition first), or the pattern as written. */
export function patternWords(pattern: string, lang: Lang, form?: string): string {
  const words = (form !== undefined && Object.hasOwn(FORMS, form) ? FORMS[form] : undefined) ?? PATTERNS[pattern];
  return words?.[lang] ?? (lang === "de" ? `Muster ${pattern}` : `pattern ${pattern}`);
}

const DUPLICATE: Words[string] = {
  de: "„{value}“ steht schon als Eintrag {first} (gezählt ab 0) in der Liste – doppelten Eintrag entfernen",
  en: "'{value}' is already entry {first} (counted from 0) of the list – remove the duplicate",
};

/** A list entry that repeats an earlier one (uniqueItems); entries are counted from 0, as in the key path. */
export function duplicateWords(value: string, first: number, lang: Lang): string {
  return DUPLICATE[lang].replace("{value}", value).replace("{first}", String(first));
}
