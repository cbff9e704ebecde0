import type { Catalogue } from "./index.js";

/** What the write pipeline says of its own: when it undoes a write (a failure in the same run, or a run that died) and when --allow-dirty took hand edits along. */
export const journalMessages: Catalogue = {
  "recovery.restored": {
    de: "ikz: ein abgebrochener Lauf hatte {file} geändert – auf den Stand davor zurückgesetzt",
    en: "ikz: an interrupted run had changed {file} – put back as it was before",
  },
  "recovery.kept": {
    de: "ikz: {file} wurde nach einem abgebrochenen Lauf geändert und bleibt, wie sie ist – Änderungen mit git diff prüfen",
    en: "ikz: {file} was changed after an interrupted run and is left as it is – check the changes with git diff",
  },
  "recovery.committed": {
    de: "ikz: Journal eines abgebrochenen Laufs entfernt – seitdem gibt es einen neuen Commit, keine Datei wurde geändert",
    en: "ikz: removed the journal of an interrupted run – there is a new commit since, no file was changed",
  },
  "rollback.kept": {
    de: "ikz: {file} wurde während des Laufs von außen geändert und bleibt, wie sie ist – Änderungen mit git diff prüfen",
    en: "ikz: {file} was changed by someone else during the run and is left as it is – check the changes with git diff",
  },
  "rollback.failed": {
    de: "ikz: {file} konnte nicht zurückgesetzt werden ({detail}) – der nächste Schreibbefehl versucht es erneut, sobald das geht; {fix}",
    en: "ikz: could not put {file} back ({detail}) – the next writing command tries again once it can; {fix}",
  },
  "rollback.staged": {
    de: "ikz: die Dateien sind zurückgesetzt, ihre Vormerkung im Git-Index aber nicht (Git scheiterte) – aufheben mit: git reset -q -- {files}",
    en: "ikz: the files are put back, but not their entries in the Git index (Git failed) – undo with: git reset -q -- {files}",
  },
  "fix.checkout": { de: "oder selbst zurücksetzen: git checkout HEAD -- {file}", en: "or put it back yourself: git checkout HEAD -- {file}" },
  "fix.delete": { de: "oder die neue Datei selbst löschen", en: "or delete the new file yourself" },
  "reason.no-permission": { de: "keine Schreibrechte", en: "no write permission" },
  "reason.file-locked": { de: "Datei gesperrt", en: "file locked" },
  "reason.disk-full": { de: "kein Platz mehr auf dem Datenträger", en: "no space left on the disk" },
  "dirty.committed": {
    de: "ikz: Achtung: {files} hatte nicht übernommene Änderungen; mit --allow-dirty sind sie im Commit {commit} enthalten, zusammen mit der Änderung von ikz – mit „git show {commit}“ prüfen",
    en: "ikz: note: {files} had uncommitted changes; with --allow-dirty they are in commit {commit}, together with ikz's change – check with 'git show {commit}'",
  },
  "dirty.staged": {
    de: "ikz: Achtung: {files} hatte nicht übernommene Änderungen; mit --allow-dirty sind sie zusammen mit der Änderung von ikz bereitgestellt – vor dem Commit mit „git diff --cached“ prüfen",
    en: "ikz: note: {files} had uncommitted changes; with --allow-dirty they are staged together with ikz's change – check with 'git diff --cached' before committing",
  },
};

/** Errors of the recovery (EnvError keys, exit 3); looked up next to cliMessages by main.ts. */
export const journalErrorMessages: Catalogue = {
  "recovery-failed": {
    de: "ein abgebrochener ikz-Lauf hat {file} geändert, und ikz kann die Datei nicht auf den Stand davor zurücksetzen ({detail}) – der Befehl wurde nicht ausgeführt; Ursache beheben und erneut versuchen, {fix}",
    en: "an interrupted ikz run changed {file}, and ikz cannot put it back as it was before ({detail}) – the command did not run; fix the cause and try again, {fix}",
  },
};
