import type { Catalogue } from "./index.js";

/** Prompts, labels and commit summaries of `report new`, `lesson new` and `renumber`. */
export const recordMessages: Catalogue = {
  "report.summary": { de: "Bericht {id} angelegt", en: "report {id} created" },
  "lesson.summary": { de: "Erfahrung {id} angelegt: {title}", en: "lesson {id} created: {title}" },
  "renumber.summary": { de: "{old} → {new} umnummeriert", en: "renumbered {old} → {new}" },
  "renumber.renamed": { de: "umbenannt: {from} → {to}", en: "renamed: {from} → {to}" },
  "renumber.updated": { de: "Verweise angepasst: {file}", en: "references updated: {file}" },
  "prompt.period": { de: "Berichtszeitraum (z. B. 2025-Q2, oder assessment, final, evaluation)", en: "Period (e.g. 2025-Q2, or assessment, final, evaluation)" },
  "prompt.badPeriod": { de: "Ein Quartal wie 2025-Q2 oder assessment, final, evaluation angeben", en: "Give a quarter such as 2025-Q2, or assessment, final, evaluation" },
  "prompt.author": { de: "Verfasst von (Name)", en: "Author (name)" },
  "prompt.required": { de: "Bitte einen Wert eingeben", en: "Please enter a value" },
  "prompt.light.overall": { de: "Ampel Gesamtbewertung", en: "Traffic light: overall" },
  "prompt.light.schedule": { de: "Ampel Termine und Meilensteine", en: "Traffic light: schedule and milestones" },
  "prompt.light.costs": { de: "Ampel Kosten und Budget", en: "Traffic light: costs and budget" },
  "prompt.light.quality": { de: "Ampel Qualität der Ergebnisse", en: "Traffic light: quality of results" },
  "prompt.light.resources": { de: "Ampel Personal und Sachmittel", en: "Traffic light: staff and resources" },
  "light.green": { de: "Grün", en: "Green" },
  "light.yellow": { de: "Gelb", en: "Yellow" },
  "light.red": { de: "Rot", en: "Red" },
  "light.green.description": { de: "im Plan", en: "on track" },
  "light.yellow.description": { de: "Abweichung, beherrschbar", en: "deviation, under control" },
  "light.red.description": { de: "Unterstützung oder Entscheidung nötig", en: "support or a decision needed" },
  "prompt.lessonTitle": { de: "Titel der Erfahrung (die Erkenntnis in einem Satz)", en: "Title of the lesson (the insight in one sentence)" },
  "prompt.lessonKind": { de: "Art der Erfahrung", en: "Kind of lesson" },
  "prompt.category": { de: "Kategorie", en: "Category" },
  "lessonKind.success": { de: "Erfolg", en: "Success" },
  "lessonKind.failure": { de: "Misserfolg", en: "Failure" },
  "lessonKind.note": { de: "Hinweis", en: "Note" },
  "category.technical": { de: "fachlich", en: "technical" },
  "category.methodical": { de: "methodisch", en: "methodical" },
  "category.legal": { de: "rechtlich", en: "legal" },
  "category.funding": { de: "Förderung", en: "funding" },
  "category.staff": { de: "Personal", en: "staff" },
  "category.communication": { de: "Kommunikation", en: "communication" },
  "category.finance": { de: "Finanzen", en: "finance" },
  "period.quarter": { de: "{quarter}. Quartal {year}", en: "Q{quarter} {year}" },
  "period.assessment": { de: "Vorteilhaftigkeitsprüfung", en: "assessment" },
  "period.final": { de: "Abschluss", en: "final report" },
  "period.evaluation": { de: "Evaluation", en: "evaluation" },
  "milestone.done": { de: "erledigt am {date}", en: "done on {date}" },
  "milestone.open": { de: "offen, fällig am {date}", en: "open, due {date}" },
  "milestone.openUndated": { de: "offen", en: "open" },
  "kind.project": { de: "ein Projekt", en: "a project" },
  "kind.decision": { de: "einen Beschluss", en: "a decision" },
  "kind.meeting": { de: "eine Sitzung", en: "a meeting" },
  "kind.lesson": { de: "eine Erfahrung", en: "a lesson" },
};

/** Errors (IkzError keys) of `report new`, `lesson new` and `renumber`; main.ts translates them with the CLI messages. */
export const recordErrorMessages: Catalogue = {
  "bad-period": {
    de: "--period: „{value}“ ist kein Berichtszeitraum – ein Quartal wie 2025-Q2 oder assessment, final, evaluation angeben",
    en: "--period: '{value}' is not a reporting period – give a quarter such as 2025-Q2, or assessment, final, evaluation",
  },
  "kind-period-mismatch": {
    de: "--kind {kind} passt nicht zum Zeitraum „{period}“ – ein Quartalsbericht braucht einen Zeitraum wie 2025-Q2; bei assessment, final und evaluation ist der Zeitraum gleich der Art",
    en: "--kind {kind} does not fit the period '{period}' – a quarterly report needs a period such as 2025-Q2; for assessment, final and evaluation the period equals the kind",
  },
  "report-exists": {
    de: "Bericht {id} liegt schon vor ({file}) – ikz legt einen Bericht nie ein zweites Mal an; solange er nicht abgenommen ist, die Datei direkt bearbeiten und committen",
    en: "report {id} already exists ({file}) – ikz never creates a report twice; while it is not accepted, edit the file directly and commit it",
  },
  "report-accepted": {
    de: "Bericht {id} ist abgenommen und damit festgeschrieben ({file}) – ein abgenommener Bericht wird nie geändert; Neues gehört in den Bericht des nächsten Zeitraums",
    en: "report {id} has been accepted and is append-only ({file}) – an accepted report never changes; put news in the next period's report",
  },
  "text-empty": { de: "{flag} darf nicht leer sein", en: "{flag} must not be empty" },
  "text-one-line": { de: "{flag}: Zeilenumbrüche und andere Steuerzeichen sind nicht erlaubt – den Text in eine Zeile schreiben", en: "{flag}: line breaks and other control characters are not allowed – write the text on one line" },
  "text-too-long": {
    de: "{flag}: höchstens {max} Zeichen erlaubt, angegeben sind {length} – kürzer fassen",
    en: "{flag}: at most {max} characters allowed, {length} given – shorten it",
  },
  "unknown-record": {
    de: "„{value}“ ist keine ID eines Projekts, Beschlusses, einer Sitzung oder Erfahrung im Register{hint}",
    en: "'{value}' is not the ID of a project, decision, meeting or lesson in the register{hint}",
  },
  "renumber-report": {
    de: "„{value}“ ist ein Bericht: Berichte tragen keine eigene Nummer, sie folgen ihrem Projekt – stattdessen das Projekt umnummerieren (ikz renumber {project} <neue-ID>)",
    en: "'{value}' is a report: reports carry no number of their own, they follow their project – renumber the project instead (ikz renumber {project} <new-id>)",
  },
  "ambiguous-id": {
    de: "die ID {id} steht in mehreren Dateien ({files}) – ikz weiß nicht, welche gemeint ist; vor dem Zusammenführen der Zweige umnummerieren oder eine Datei von Hand umbenennen",
    en: "the ID {id} is used by several files ({files}) – ikz cannot tell which one is meant; renumber before merging the branches or rename one file by hand",
  },
  "bad-new-id": {
    de: "„{value}“ ist keine gültige ID für {kind} – erwartet wird {prefix}-<Jahr>-<Nummer mit {digits} Ziffern>, z. B. {example}",
    en: "'{value}' is not a valid ID for {kind} – expected {prefix}-<year>-<number of {digits} digits>, e.g. {example}",
  },
  "same-id": { de: "alte und neue ID sind gleich ({id}) – nichts zu tun", en: "old and new ID are the same ({id}) – nothing to do" },
  "id-exists": {
    de: "die ID {id} ist schon vergeben ({file}) – eine freie Nummer wählen, z. B. {free}",
    en: "the ID {id} is already taken ({file}) – choose a free number, e.g. {free}",
  },
  "renumber-on-base": {
    de: "{id} gab es schon, als dieser Zweig von {base} abzweigte ({file}) – ein Datensatz, auf den sich andere verlassen, bekommt keine neue ID; umnummerieren Sie den Datensatz, der auf diesem Zweig neu ist",
    en: "{id} already existed when this branch left {base} ({file}) – a record others rely on keeps its ID; renumber the record that is new on this branch",
  },
  "id-on-base": {
    de: "die ID {id} ist auf {base} schon vergeben ({file}) – eine Nummer wählen, die auf beiden Zweigen frei ist, z. B. {free}",
    en: "the ID {id} is already taken on {base} ({file}) – choose a number free on both branches, e.g. {free}",
  },
  "id-year": {
    de: "{id}: das Jahr der ID muss das Jahr des Datums sein ({date}) – z. B. {example}",
    en: "{id}: the year of the ID must be the year of its date ({date}) – e.g. {example}",
  },
};
