import type { Catalogue } from "./index.js";

/** Errors of `ikz prioritize` and `ikz lessons`, thrown as IkzError keys (merged into error-messages.ts). */
export const priorityErrorMessages: Catalogue = {
  "priority-config-missing": {
    de: "ikz.yaml fehlt oder ist ungültig – ohne Kriterien lässt sich nichts priorisieren; erst die Befunde von „ikz validate“ beheben",
    en: "ikz.yaml is missing or invalid – without criteria nothing can be prioritised; fix the findings of 'ikz validate' first",
  },
  "priority-no-criteria": {
    de: "ikz.yaml nennt keine Priorisierungskriterien – unter priority_criteria Kriterien mit id, name und weight eintragen (Gewichte zusammen 100), z. B. „- id: wirtschaftlichkeit, name: Wirtschaftlichkeit, weight: 40“",
    en: "ikz.yaml names no priority criteria – add criteria with id, name and weight under priority_criteria (weights summing to 100), e.g. '- id: wirtschaftlichkeit, name: Wirtschaftlichkeit, weight: 40'",
  },
  "lessons-unknown-field": {
    de: "--field: unbekanntes Handlungsfeld „{value}“{hint} – bekannt: {known}",
    en: "--field: unknown field of action '{value}'{hint} – known: {known}",
  },
};

/** Texts of `ikz prioritize` and `ikz lessons`. */
export const priorityMessages: Catalogue = {
  ...priorityErrorMessages,
  "prio.heading": { de: "Priorisierung der IKZ-Projekte", en: "Prioritisation of IKZ projects" },
  "prio.intro.one": { de: "1 Projekt in Interessenbekundung oder Priorisiert, nach gewichteten Kriterien gereiht.", en: "1 project in expression of interest or prioritised, ranked by weighted criteria." },
  "prio.intro.other": {
    de: "{count} Projekte in Interessenbekundung oder Priorisiert, nach gewichteten Kriterien gereiht.",
    en: "{count} projects in expression of interest or prioritised, ranked by weighted criteria.",
  },
  "prio.formula": {
    de: "Punkte je Kriterium = Gewicht × Bewertung (0–5) ÷ 5; Summe höchstens 100.",
    en: "Points per criterion = weight × score (0–5) ÷ 5; total at most 100.",
  },
  "prio.none": {
    de: "Kein Projekt in Interessenbekundung oder Priorisiert – zurzeit gibt es nichts zu priorisieren.",
    en: "No project in expression of interest or prioritised – there is nothing to prioritise at the moment.",
  },
  "prio.weights": {
    de: "Achtung: Die Gewichte in ikz.yaml ergeben {sum} statt 100 – die Summen sind so nicht vergleichbar; „ikz validate“ zeigt den Befund.",
    en: "Note: the weights in ikz.yaml add up to {sum} instead of 100 – the totals are not comparable; 'ikz validate' shows the finding.",
  },
  "prio.skipped.one": {
    de: "Hinweis: 1 Projektdatei ist fehlerhaft und fehlt in der Rangfolge – „ikz validate“ zeigt die Befunde.",
    en: "Note: 1 project file has errors and is missing from the ranking – 'ikz validate' shows the findings.",
  },
  "prio.skipped.other": {
    de: "Hinweis: {count} Projektdateien sind fehlerhaft und fehlen in der Rangfolge – „ikz validate“ zeigt die Befunde.",
    en: "Note: {count} project files have errors and are missing from the ranking – 'ikz validate' shows the findings.",
  },
  "prio.col.rank": { de: "Rang", en: "Rank" },
  "prio.col.id": { de: "Projekt", en: "Project" },
  "prio.col.title": { de: "Titel", en: "Title" },
  "prio.col.phase": { de: "Phase", en: "Phase" },
  "prio.col.interested": { de: "Interessiert", en: "Interested" },
  "prio.interested.one": { de: "1 Kommune interessiert", en: "1 municipality interested" },
  "prio.interested.other": { de: "{count} Kommunen interessiert", en: "{count} municipalities interested" },
  "prio.col.total": { de: "Summe", en: "Total" },
  "prio.col.next": { de: "Vorschlag", en: "Suggestion" },
  "prio.col.weight": { de: "({weight} %)", en: "({weight}%)" },
  "prio.next.prioritize.ready": { de: "Priorisierung beschließen", en: "Decide on prioritisation" },
  "prio.next.mandate.ready": { de: "Projektauftrag erteilen", en: "Issue the project order" },
  "prio.next.prioritize.gaps": { de: "für die Priorisierung fehlt: {gaps}", en: "prioritisation needs: {gaps}" },
  "prio.next.mandate.gaps": { de: "für den Projektauftrag fehlt: {gaps}", en: "project order needs: {gaps}" },
  "prio.gap.lead": { de: "Federführung", en: "a lead municipality" },
  "prio.gap.interested.one": { de: "1 weitere interessierte Kommune", en: "1 more interested municipality" },
  "prio.gap.interested.other": { de: "{count} weitere interessierte Kommunen", en: "{count} more interested municipalities" },
  "prio.gap.project_manager": { de: "Projektleitung", en: "a project manager" },
  "prio.gap.participants.one": { de: "1 weitere beteiligte Kommune", en: "1 more participant" },
  "prio.gap.participants.other": { de: "{count} weitere beteiligte Kommunen", en: "{count} more participants" },
  "prio.gap.milestones": { de: "ein Meilenstein", en: "a milestone" },
  "prio.missing": {
    de: "* Bewertung unvollständig – fehlende Kriterien zählen 0 Punkte: {list}",
    en: "* Scores incomplete – missing criteria count 0 points: {list}",
  },
  "prio.ready": {
    de: "Beschlussreif für die nächste Sitzung der Lenkungsgruppe: {list}",
    en: "Ready for the steering group's next meeting: {list}",
  },
  "prio.notReady": {
    de: "Noch kein Projekt ist beschlussreif – was fehlt, steht beim jeweiligen Projekt.",
    en: "No project is ready for a decision yet – each project shows what is missing.",
  },
  "prio.decision.prioritize": { de: "Priorisierung", en: "prioritisation" },
  "prio.decision.mandate": { de: "Projektauftrag", en: "project order" },
  "prio.chart.title": { de: "Gewichtete Punktzahl (0–100)", en: "Weighted score (0–100)" },
  "prio.chart.axis": { de: "Punkte", en: "Points" },

  "lessons.heading": { de: "Erfahrungen aus IKZ-Projekten", en: "Lessons from IKZ projects" },
  "lessons.found.one": { de: "1 freigegebene Erfahrung", en: "1 released lesson" },
  "lessons.found.other": { de: "{count} freigegebene Erfahrungen", en: "{count} released lessons" },
  "lessons.query": { de: " zu „{words}“", en: " on '{words}'" },
  "lessons.filter.field": { de: "Handlungsfeld {name}", en: "field of action {name}" },
  "lessons.filter.category": { de: "Kategorie {name}", en: "category {name}" },
  "lessons.order.relevance": { de: "beste Treffer zuerst", en: "best matches first" },
  "lessons.order.newest": { de: "neueste zuerst", en: "newest first" },
  "lessons.none": { de: "Keine freigegebene Erfahrung{query}{filters}.", en: "No released lesson{query}{filters}." },
  "lessons.none.hint": {
    de: "Tipp: weniger oder kürzere Wörter versuchen (gesucht wird in Titel, Schlagwörtern, Handlungsfeldern und Text) oder einen Filter weglassen.",
    en: "Tip: try fewer or shorter words (title, tags, fields of action and text are searched) or drop a filter.",
  },
  "lessons.skipped.one": {
    de: "Hinweis: 1 Erfahrungsdatei ist fehlerhaft und wurde nicht durchsucht – „ikz validate“ zeigt die Befunde.",
    en: "Note: 1 lesson file has errors and was not searched – 'ikz validate' shows the findings.",
  },
  "lessons.skipped.other": {
    de: "Hinweis: {count} Erfahrungsdateien sind fehlerhaft und wurden nicht durchsucht – „ikz validate“ zeigt die Befunde.",
    en: "Note: {count} lesson files have errors and were not searched – 'ikz validate' shows the findings.",
  },
  "lessons.project": { de: "Projekt {id}", en: "Project {id}" },
  "lessons.recommendation": { de: "Empfehlung", en: "Recommendation" },
  "lessons.kind.success": { de: "Erfolg", en: "success" },
  "lessons.kind.failure": { de: "Misserfolg", en: "failure" },
  "lessons.kind.note": { de: "Hinweis", en: "note" },
  "lessons.category.technical": { de: "fachlich", en: "technical" },
  "lessons.category.methodical": { de: "methodisch", en: "methodical" },
  "lessons.category.legal": { de: "rechtlich", en: "legal" },
  "lessons.category.funding": { de: "Förderung", en: "funding" },
  "lessons.category.staff": { de: "Personal", en: "staff" },
  "lessons.category.communication": { de: "Kommunikation", en: "communication" },
  "lessons.category.finance": { de: "Finanzen", en: "finance" },
};
