import type { Lang } from "../i18n/index.js";

/**
 * The YAML parser's errors in words a person can act on. The parser's codes are too coarse to word: one code
 * (MISSING_CHAR, BLOCK_AS_IMPLICIT_KEY, UNEXPECTED_TOKEN) stands for mistakes that have nothing in common, so the
 * parser's English sentence picks the words first and the code only when the sentence is unknown (a newer yaml).
 * German gets its own description; English keeps the parser's sentence. Both get a remedy that fits the mistake.
 */
interface Words {
  /** What is wrong, in German. */
  de: string;
  /** What to do; without it the general remedy for syntax errors. */
  fix?: { de: string; en: string };
}

const GENERAL_FIX = {
  de: "Einrückung (Leerzeichen) und Doppelpunkte prüfen; Texte mit „:“ oder „#“ in Anführungszeichen setzen",
  en: "check indentation (spaces) and colons; quote text containing ':' or '#'",
};

const QUOTE_IT = {
  de: "den ganzen Wert in Anführungszeichen setzen, z. B. title: \"Projekt: Bauhof Süd\"",
  en: "put the whole value in quotes, e.g. title: \"Project: depot south\"",
};

/** Words for mistakes that ikz tells apart itself where the parser has one sentence (front-matter.ts). */
const DERIVED: Record<string, Words> = {
  // `title: a` followed by ` field: b`: the parser reads the indented line as part of the value.
  KEY_ON_NEXT_LINE: {
    de: "die nächste Zeile ist weiter eingerückt als ihr Schlüssel und wird als Teil dieses Werts gelesen",
    fix: {
      de: "die Zeile so weit einrücken wie die Schlüssel darüber; gehört sie zum Text, den ganzen Wert in Anführungszeichen setzen",
      en: "indent the line like the keys above it; if it belongs to the text, put the whole value in quotes",
    },
  },
};

const BRACKET = "falsche Einrückung oder eine nicht geschlossene Klammer („[“ ohne „]“, „{“ ohne „}“)";

const BY_SENTENCE: ReadonlyArray<readonly [RegExp, Words]> = [
  // `title: Projekt: Bauhof` – the second ": " on the line would start a mapping inside the value.
  [/^Nested mappings are not allowed in compact mappings/, { de: "der Wert enthält ein weiteres „: “ und würde als Schlüssel gelesen", fix: QUOTE_IT }],
  // `title: - Bauhof` – a list entry cannot start on its key's line.
  [
    /^Unexpected block-seq-ind on same line with key/,
    {
      de: "ein Listenstrich „- “ steht in derselben Zeile wie sein Schlüssel",
      fix: {
        de: "Listeneinträge in eigene Zeilen unter den Schlüssel schreiben, eingerückt und mit „- “ am Anfang; gehört der Strich zum Text, den Wert in Anführungszeichen setzen: title: \"- Bauhof\"",
        en: "write list entries on their own lines below the key, indented, each starting with '- '; if the dash belongs to the text, quote the value: title: \"- depot\"",
      },
    },
  ],
  [
    /^Missing closing ["']quote/,
    {
      de: "ein Text in Anführungszeichen wird nicht geschlossen",
      fix: {
        de: "am Ende des Werts dasselbe Anführungszeichen ergänzen, mit dem er beginnt",
        en: "add the same quote the value starts with at its end",
      },
    },
  ],
  [
    /^Implicit map keys need to be followed by map values/,
    { de: "nach einem Schlüssel fehlt der Doppelpunkt", fix: { de: "„schlüssel: wert“ schreiben, mit einem Leerzeichen nach dem Doppelpunkt", en: "write 'key: value', with a space after the colon" } },
  ],
  [/^A block sequence may not be used as an implicit map key/, { de: "eine Liste steht dort, wo ein Schlüssel erwartet wird" }],
  [/^Implicit keys (?:of flow sequence pairs )?need to be on a single line/, { de: "ein Schlüssel reicht über mehrere Zeilen – fehlt ein Doppelpunkt, oder ist die Zeile zu weit eingerückt?" }],
  [/^Missing , (?:or : )?between/, { de: "zwischen zwei Einträgen in Klammern fehlt ein Komma", fix: { de: "Einträge mit „, “ trennen, z. B. [a, b]", en: "separate entries with ', ', e.g. [a, b]" } }],
  [/^Missing space after :/, { de: "nach einem „:“ in Klammern fehlt ein Leerzeichen", fix: { de: "„schlüssel: wert“ mit Leerzeichen schreiben", en: "write 'key: value' with a space" } }],
  [
    /^Comments must be separated/,
    { de: "vor dem Kommentarzeichen „#“ fehlt ein Leerzeichen", fix: { de: "ein Leerzeichen vor „#“ setzen oder den Wert in Anführungszeichen setzen", en: "put a space before '#' or quote the value" } },
  ],
  [
    /^Sequence item without - indicator/,
    { de: "ein Listeneintrag ohne „- “ oder falsch eingerückt", fix: { de: "jeden Listeneintrag mit „- “ beginnen und die Felder eines Eintrags gleich weit einrücken", en: "start each list entry with '- ' and indent the fields of one entry equally" } },
  ],
  [
    /^Unexpected \S+ at node end/,
    { de: "nach dem Wert steht noch etwas (z. B. hinter einer schließenden Klammer oder einem Anführungszeichen)", fix: { de: "den Rest entfernen oder den ganzen Wert in Anführungszeichen setzen", en: "remove the rest or put the whole value in quotes" } },
  ],
  [/(?:must end with|sufficiently indented and end with) a [\]}]/, { de: BRACKET }],
  [
    /^All (?:mapping|sequence) items must start at the same column/,
    { de: "Einträge derselben Ebene beginnen in verschiedenen Spalten", fix: { de: "alle Schlüssel bzw. „- “ einer Ebene gleich weit einrücken, nur mit Leerzeichen", en: "indent all keys or '- ' of one level equally, with spaces only" } },
  ],
];

/** Words by the parser's code, for sentences not listed above; neutral where one code covers unlike mistakes. */
const BY_CODE: Record<string, Words> = {
  BAD_INDENT: { de: BRACKET },
  MISSING_CHAR: { de: "hier fehlt ein Zeichen, das YAML erwartet" },
  UNEXPECTED_TOKEN: { de: "unerwartetes Zeichen" },
  BLOCK_AS_IMPLICIT_KEY: { de: "ein Schlüssel ist hier nicht möglich" },
  MULTILINE_IMPLICIT_KEY: { de: "ein Schlüssel reicht über mehrere Zeilen – fehlt ein Doppelpunkt, oder ist die Zeile zu weit eingerückt?" },
  BAD_SCALAR_START: { de: "ein Wert beginnt mit einem Zeichen, das YAML besonders deutet (z. B. „@“, „`“ oder „%“)", fix: { de: "den ganzen Wert in Anführungszeichen setzen", en: "put the whole value in quotes" } },
  BAD_DQ_ESCAPE: { de: "ungültige Escape-Sequenz in einem Text in doppelten Anführungszeichen (ein „\\“ muss als „\\\\“ geschrieben werden)" },
  BLOCK_IN_FLOW: { de: "in einer Liste oder Zuordnung in Klammern steht ein eingerückter Block" },
  KEY_OVER_1024_CHARS: { de: "ein Schlüssel ist länger als 1024 Zeichen" },
  NON_STRING_KEY: { de: "ein Schlüssel muss ein einfacher Text sein" },
  BAD_DIRECTIVE: { de: "unbekannte YAML-Direktive (Zeile mit „%“)" },
  MULTIPLE_ANCHORS: { de: "mehrere Anker an einem Wert" },
  MULTIPLE_TAGS: { de: "mehrere Tags an einem Wert" },
  BAD_PROP_ORDER: { de: "Anker oder Tag an falscher Stelle" },
  IMPOSSIBLE: { de: "die Datei ist als YAML nicht lesbar" },
};

/** What a YAML syntax finding says (`detail`) and what to do about it (`fix`), in the reader's language. */
export function yamlErrorWords(reason: string | undefined, sentence: string, lang: Lang): { detail: string; fix: string } {
  const derived = reason !== undefined && Object.hasOwn(DERIVED, reason) ? DERIVED[reason] : undefined;
  const words = derived ?? BY_SENTENCE.find(([pattern]) => pattern.test(sentence))?.[1] ?? (reason !== undefined && Object.hasOwn(BY_CODE, reason) ? BY_CODE[reason] : undefined);
  const detail = lang === "de" && words ? words.de : sentence;
  return { detail, fix: (words?.fix ?? GENERAL_FIX)[lang] };
}
