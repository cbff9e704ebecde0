import type { Lang } from "../i18n/index.js";

/** The YAML parser's error codes in German words; the parser's own English sentence serves `--lang en`. */
const GERMAN: Record<string, string> = {
  BAD_INDENT: "falsche Einrückung oder eine nicht geschlossene Klammer („[“ ohne „]“, „{“ ohne „}“)",
  MISSING_CHAR: "ein schließendes Zeichen fehlt (z. B. „]“, „}“ oder ein Anführungszeichen)",
  UNEXPECTED_TOKEN: "unerwartetes Zeichen",
  BLOCK_AS_IMPLICIT_KEY: "ein Schlüssel reicht über mehrere Zeilen – fehlt ein Doppelpunkt, oder ist die Zeile zu weit eingerückt?",
  MULTILINE_IMPLICIT_KEY: "ein Schlüssel reicht über mehrere Zeilen – fehlt ein Doppelpunkt, oder ist die Zeile zu weit eingerückt?",
  BAD_SCALAR_START: "ein Wert beginnt mit einem Zeichen, das YAML besonders deutet (z. B. „@“, „`“ oder „%“)",
  BAD_DQ_ESCAPE: "ungültige Escape-Sequenz in einem Text in doppelten Anführungszeichen (ein „\\“ muss als „\\\\“ geschrieben werden)",
  BLOCK_IN_FLOW: "in einer Liste oder Zuordnung in Klammern steht ein eingerückter Block",
  KEY_OVER_1024_CHARS: "ein Schlüssel ist länger als 1024 Zeichen",
  NON_STRING_KEY: "ein Schlüssel muss ein einfacher Text sein",
  BAD_DIRECTIVE: "unbekannte YAML-Direktive (Zeile mit „%“)",
  MULTIPLE_ANCHORS: "mehrere Anker an einem Wert",
  MULTIPLE_TAGS: "mehrere Tags an einem Wert",
  BAD_PROP_ORDER: "Anker oder Tag an falscher Stelle",
  IMPOSSIBLE: "die Datei ist als YAML nicht lesbar",
};

/** The detail of a YAML syntax finding in the reader's language. */
export function yamlErrorWords(reason: string | undefined, detail: string, lang: Lang): string {
  return lang === "de" && reason !== undefined && reason in GERMAN ? GERMAN[reason]! : detail;
}
