import type { Catalogue } from "./index.js";

/** What `ikz init` prints: what it created and what to do next. */
export const initMessages: Catalogue = {
  "init.created": { de: "Register angelegt in {dir}", en: "Register created in {dir}" },
  "init.gitInit": { de: "  Git-Repository angelegt (Zweig main)", en: "  Git repository created (branch main)" },
  "init.inRepo": { de: "  im bestehenden Git-Repository {repo}", en: "  inside the existing Git repository {repo}" },
  "init.config.gross-gerau": { de: "  ikz.yaml – Vorlage Kreis Groß-Gerau (14 Kommunen und der Kreis, Lenkungsgruppe, Förderregeln)", en: "  ikz.yaml – Kreis Groß-Gerau preset (14 municipalities and the Kreis, steering group, funding rules)" },
  "init.config.empty": { de: "  ikz.yaml – leeres Gerüst mit Platzhaltern (Kommunen, Lenkungsgruppe, Handlungsfelder eintragen)", en: "  ikz.yaml – empty skeleton with placeholders (fill in municipalities, steering group, fields)" },
  "init.config.sample": { de: "  ikz.yaml – aus dem Beispielregister (Beispieldaten, sample: true)", en: "  ikz.yaml – from the sample register (sample data, sample: true)" },
  "init.file": { de: "  angelegt: {file}", en: "  created: {file}" },
  "init.sampleRecords": { de: "  Beispieldatensätze kopiert: {count} Dateien", en: "  sample records copied: {count} files" },
  "init.skipped": { de: "  schon vorhanden, nicht verändert: {file}", en: "  already there, left unchanged: {file}" },
  "init.committed": { de: "Commit {commit}: ikz: Register angelegt", en: "Commit {commit}: ikz: Register angelegt" },
  "init.next": { de: "Nächste Schritte:", en: "Next steps:" },
  "init.next.cd": { de: "  cd {dir}", en: "  cd {dir}" },
  "init.next.validate": { de: "  ikz validate        Register prüfen", en: "  ikz validate        check the register" },
  "init.next.newProject": { de: "  ikz new-project     erstes Projekt anlegen", en: "  ikz new-project     register the first project" },
  "init.next.config": { de: "  ikz.yaml anpassen   Kommunen, Lenkungsgruppe, Handlungsfelder eintragen", en: "  edit ikz.yaml       fill in municipalities, steering group, fields" },
};

/** Errors of `ikz init` (EnvError keys, exit 3); to be looked up next to cliMessages by main.ts. */
export const initErrorMessages: Catalogue = {
  "init-exists": {
    de: "{dir} enthält schon ein Register ({what}) – ikz init überschreibt nichts; nichts geändert. Ein bestehendes Register prüfen: ikz validate --register {dirArg}",
    en: "{dir} already holds a register ({what}) – ikz init never overwrites anything; nothing changed. To check an existing register: ikz validate --register {dirArg}",
  },
  "init-file-exists": {
    de: "in {dir} gibt es schon {files} – ikz init überschreibt nichts; nichts geändert. Die Dateien verschieben oder einen leeren Ordner angeben",
    en: "{dir} already contains {files} – ikz init never overwrites anything; nothing changed. Move those files away or choose an empty folder",
  },
  "init-not-a-folder": {
    de: "{dir} ist eine Datei, kein Ordner – einen Ordner für das neue Register angeben",
    en: "{dir} is a file, not a folder – name a folder for the new register",
  },
};
