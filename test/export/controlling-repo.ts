// A register with a Git history over two quarters (2025-Q2 and 2025-Q3, plus a commit in Q4), commits dated.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyFixture, datedRepo, type DatedRepo } from "../helpers/cli.js";

/** Text that must never come out unescaped: a title and a lesson body full of script and handler attempts. */
export const EVIL_TITLE = `<script>alert("t")</script><img src=x onerror=alert(1)> Bauhof`;
export const EVIL_BODY = "## Erkenntnis\n\n[klick](javascript:alert(1)) und [zwei](JaVaScRiPt:alert(2)) <a href=\"javascript:alert(3)\" onclick=\"x()\">roh</a> <script>alert(4)</script>\n\n![bild](https://evil.example/x.png)\n";

const write = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), text);
};

/**
 * Commit 1 (10 May 2025): two ideas. Commit 2 (15 Aug 2025): IKZ-2025-001 moves to interest by B-2025-001, a third
 * project with a hostile title and a lesson with a hostile body. Commit 3 (5 Oct 2025): a fourth project.
 */
export function twoQuarterRepo(): DatedRepo {
  const repo = datedRepo(copyFixture("minimal-register"));
  const { dir, git } = repo;
  git("2025-05-10T10:00:00+02:00", "add", "-A");
  git("2025-05-10T10:00:00+02:00", "commit", "-q", "-m", "register");

  const p1 = join(dir, "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md");
  writeFileSync(p1, readFileSync(p1, "utf8").replace("phase: idea", "phase: interest"));
  write(dir, "decisions/2025/B-2025-001.md", ["---", "id: B-2025-001", "date: 2025-08-14", "type: start_interest", "outcome: approved", "body: steering_group", "mode: circulation", "project: IKZ-2025-001", "phase_before: idea", "phase_after: interest", "present:", "  - goetz", "  - sittmann", "---", "", "## Gegenstand", "", "Start.", ""].join("\n"));
  write(dir, "projects/IKZ-2025-003-bauhof.md", ["---", "id: IKZ-2025-003", `title: '${EVIL_TITLE}'`, "field: finanzen", "phase: idea", "created: 2025-08-15", "---", "", "## Ausgangslage", "", "Text.", ""].join("\n"));
  write(dir, "lessons/LL-2025-001-frueh.md", ["---", "id: LL-2025-001", `title: '${EVIL_TITLE}'`, "date: 2025-08-15", "kind: note", "category: methodical", "released: true", "---", "", EVIL_BODY].join("\n"));
  git("2025-08-15T10:00:00+02:00", "add", "-A");
  git("2025-08-15T10:00:00+02:00", "commit", "-q", "-m", "q3");

  write(dir, "projects/IKZ-2025-004-spaet.md", ["---", "id: IKZ-2025-004", "title: Spätes Projekt", "field: finanzen", "phase: idea", "created: 2025-10-01", "---", "", "## Ausgangslage", "", "Text.", ""].join("\n"));
  git("2025-10-05T10:00:00+02:00", "add", "-A");
  git("2025-10-05T10:00:00+02:00", "commit", "-q", "-m", "q4");
  return repo;
}
