import type { Catalogue } from "./index.js";

/** Labels the findings formatters print around the (already localised) finding messages. */
export const renderMessages: Catalogue = {
  "findings.severity.error": { de: "Fehler", en: "error" },
  "findings.severity.warning": { de: "Warnung", en: "warning" },
  "findings.summary": { de: "{files} geprüft: {errors}, {warnings}", en: "{files} checked: {errors}, {warnings}" },
  "findings.files.one": { de: "1 Datei", en: "1 file" },
  "findings.files.other": { de: "{count} Dateien", en: "{count} files" },
  "findings.errors.none": { de: "keine Fehler", en: "no errors" },
  "findings.errors.one": { de: "1 Fehler", en: "1 error" },
  "findings.errors.other": { de: "{count} Fehler", en: "{count} errors" },
  "findings.warnings.none": { de: "keine Warnungen", en: "no warnings" },
  "findings.warnings.one": { de: "1 Warnung", en: "1 warning" },
  "findings.warnings.other": { de: "{count} Warnungen", en: "{count} warnings" },
};
