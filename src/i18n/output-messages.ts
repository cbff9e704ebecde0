import type { Catalogue } from "./index.js";

/** What main.ts says when stdout itself fails (disk full, I/O error); kept apart so the entry point loads little. */
export const outputMessages: Catalogue = {
  "stdout-failed": {
    de: "ikz: Fehler: die Ausgabe ließ sich nicht schreiben ({code}) und ist unvollständig – Platz schaffen oder die Ausgabe in eine andere Datei umleiten",
    en: "ikz: error: the output could not be written ({code}) and is incomplete – free some space or redirect the output to another file",
  },
};
