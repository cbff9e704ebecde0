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
};

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

/** The words for a JSON type name, or the name itself when unknown. */
export function typeWords(type: string, lang: Lang): string {
  return type.split(",").map((t) => TYPES[t]?.[lang] ?? t).join(lang === "de" ? " oder " : " or ");
}

/** The words for a length or range rule with its limit (already formatted), or undefined when unknown. */
export function limitWords(rule: string, limit: string, lang: Lang, actual = ""): string | undefined {
  return LIMITS[rule]?.[lang].replace("{limit}", limit).replace("{actual}", actual);
}

/** The words for a pattern, or the pattern in brackets. */
export function patternWords(pattern: string, lang: Lang): string {
  return PATTERNS[pattern]?.[lang] ?? (lang === "de" ? `Muster ${pattern}` : `pattern ${pattern}`);
}
