import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, datedRepo, makeTempDir, removeTempDirs, runIkz, type DatedRepo } from "../helpers/cli.js";

/** Strings that only internal fields and records carry; none may reach a council or public export in any format. */
const MARKERS = ["MARKER-INTERNAL-PROJECT", "MARKER-PM-NAME", "marker-pm@example.org", "MARKER-X-KEY", "MARKER-RISK", "MARKER-MEASURE", "MARKER-AUTHOR", "MARKER-SUPPORT", "MARKER-UNRELEASED", "MARKER-LESSON-AUTHOR", "B-2025-002", "LG-2025-01", "goetz", "sittmann"];

const write = (dir: string, file: string, lines: string[]) => {
  mkdirSync(join(dir, file, ".."), { recursive: true });
  writeFileSync(join(dir, file), lines.join("\n") + "\n");
};

/** The minimal register plus records full of internal markers, committed on 20 Aug 2025. */
function markerRepo(): DatedRepo {
  const repo = datedRepo(copyFixture("minimal-register"));
  const { dir, git } = repo;
  const p1 = join(dir, "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md");
  writeFileSync(p1, readFileSync(p1, "utf8").replace("phase: idea\n", "phase: idea\nproject_manager:\n  name: MARKER-PM-NAME\n  email: marker-pm@example.org\nx-secret: MARKER-X-KEY\n"));
  write(dir, "projects/IKZ-2025-003-intern.md", ["---", "id: IKZ-2025-003", "title: MARKER-INTERNAL-PROJECT", "field: finanzen", "phase: idea", "created: 2025-08-01", "visibility: internal", "---", "", "## Ausgangslage", ""]);
  write(dir, "reports/IKZ-2025-001/2025-Q2.md", ["---", "project: IKZ-2025-001", "period: 2025-Q2", "kind: quarterly", "submitted: 2025-07-10", "author: MARKER-AUTHOR", "lights:", "  overall: yellow", "risks:", "  - text: MARKER-RISK", "    probability: 3", "    impact: 3", "    measure: MARKER-MEASURE", "support_needed:", "  - kind: mediation", "    text: MARKER-SUPPORT", "---", "", "## Stand", ""]);
  write(dir, "meetings/2025/LG-2025-01.md", ["---", "id: LG-2025-01", "date: 2025-08-14", "kind: regular", "status: closed", "location: Rathaus", "attendance:", "  - member: goetz", "    present: true", "  - member: sittmann", "    present: true", "  - member: fischer", "    present: false", "---", "", "## Niederschrift", ""]);
  write(dir, "decisions/2025/B-2025-001.md", ["---", "id: B-2025-001", "date: 2025-08-14", "type: acknowledge", "outcome: approved", "body: steering_group", "mode: vote", "meeting: LG-2025-01", "project: IKZ-2025-001", "present:", "  - goetz", "  - sittmann", "votes:", "  for: 2", "  against: 0", "  abstain: 0", "---", "", "## Gegenstand", ""]);
  write(dir, "decisions/2025/B-2025-002.md", ["---", "id: B-2025-002", "date: 2025-08-20", "type: acknowledge", "outcome: approved", "body: steering_group", "mode: circulation", "project: IKZ-2025-002", "present:", "  - goetz", "  - sittmann", "visibility: internal", "---", "", "## Gegenstand", ""]);
  write(dir, "lessons/LL-2025-001-intern.md", ["---", "id: LL-2025-001", "title: MARKER-UNRELEASED", "date: 2025-08-15", "kind: note", "category: methodical", "released: false", "---", "", "## Erkenntnis", "", "Intern.", ""]);
  write(dir, "lessons/LL-2025-002-frei.md", ["---", "id: LL-2025-002", "title: Freigegebene Erfahrung", "date: 2025-08-16", "kind: success", "category: methodical", "released: true", "author: MARKER-LESSON-AUTHOR", "---", "", "## Erkenntnis", "", "Öffentlich.", ""]);
  git("2025-08-20T10:00:00+02:00", "add", "-A");
  git("2025-08-20T10:00:00+02:00", "commit", "-q", "-m", "register");
  return repo;
}

let repo: DatedRepo;
beforeAll(() => {
  repo = markerRepo();
});
afterAll(removeTempDirs);

/** Every text an export produced in a format, XLSX cells read back with exceljs. */
async function exportText(audience: string, format: string): Promise<string> {
  const args = ["--register", repo.dir, "export", "controlling", "--quarter", "2025-Q3", "--format", format, "--audience", audience];
  if (format === "md" || format === "html" || format === "json") {
    const r = await runIkz(args, { env: repo.env });
    expect(r.code, `${format}: ${r.stderr}`).toBe(0);
    return r.stdout;
  }
  const out = makeTempDir();
  const target = format === "csv" ? `${out}/` : join(out, "q3.xlsx");
  const r = await runIkz([...args, "--out", target], { env: repo.env });
  expect(r.code, `${format}: ${r.stderr}`).toBe(0);
  if (format === "csv") return readdirSync(out).map((f) => readFileSync(join(out, f), "utf8")).join("\n");
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(target);
  const texts: string[] = [];
  book.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
  });
  return texts.join("\n");
}

describe("controlling export audiences", () => {
  it("the internal edition carries the markers (so the checks below can fail)", async () => {
    const json = await exportText("internal", "json");
    for (const marker of ["MARKER-INTERNAL-PROJECT", "MARKER-RISK", "MARKER-MEASURE", "B-2025-002", "LG-2025-01", "MARKER-UNRELEASED"]) expect(json, marker).toContain(marker);
  });

  for (const audience of ["council", "public"]) {
    for (const format of ["md", "html", "json", "csv", "xlsx"]) {
      it(`${audience} ${format}: none of the internal markers`, async () => {
        const text = await exportText(audience, format);
        expect(text.length).toBeGreaterThan(200);
        for (const marker of MARKERS) expect(text.includes(marker), `${marker} in ${audience} ${format}`).toBe(false);
      });
    }
  }
});
