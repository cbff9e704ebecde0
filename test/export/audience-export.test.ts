import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { git, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, type TestRegister } from "../write/register-repo.js";

/**
 * A register full of internal markers: what `export register` and `export municipality` give a council
 * or the public must contain none of them, while the internal export shows the internal ones (so the
 * test can fail).
 */

const INTERNAL_ONLY = ["INTERNAL-PROJECT-MARKER", "INTERNAL-RESOLUTION-MARKER", "MANAGER-MARKER", "manager-marker@secret.example"];
const NEVER = ["SECRET-MARKER-TOP", "SECRET-MARKER-NESTED"];
const COUNCIL_ONLY = ["COUNCIL-PROJECT-MARKER"];

afterAll(removeTempDirs);

let reg: TestRegister;

function editRecord(file: string, edit: (data: Record<string, unknown>) => void): void {
  const text = readFileSync(file, "utf8");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const data = parseYaml(m[1]!) as Record<string, unknown>;
  edit(data);
  writeFileSync(file, `---\n${stringifyYaml(data)}---\n${m[2]}`);
}

function newProject(id: string, title: string, visibility: string): void {
  const data = {
    id,
    title,
    field: "digitalisierung",
    phase: "councils",
    created: "2026-01-05",
    lead: "raunheim",
    participants: [
      { municipality: "raunheim", role: "lead", cost_share: 50 },
      { municipality: "kelsterbach", role: "partner", cost_share: 50 },
    ],
    project_manager: { name: "MANAGER-MARKER Zwei", email: "manager-marker@secret.example" },
    legal_form: "oerv_mandate",
    savings_planned_eur: 10_000,
    council_resolutions: [{ municipality: "raunheim", date: "2026-02-02", result: "deferred", reference: "INTERNAL-RESOLUTION-MARKER 1" }],
    milestones: [{ id: "M1", title: "Gremienbeschlüsse", due: "2026-06-30" }],
    visibility,
  };
  writeFileSync(join(reg.dir, "projects", `${id}-x.md`), `---\n${stringifyYaml(data)}---\n## Ausgangslage\n`);
}

beforeAll(() => {
  reg = makeRegister("sample");
  editRecord(join(reg.dir, "projects/IKZ-2023-001-gemeinsame-beschaffung-von-feuerwehrausruestung.md"), (d) => {
    d["x-secret"] = "SECRET-MARKER-TOP";
    d.project_manager = { name: "MANAGER-MARKER Meier", email: "manager-marker@secret.example", municipality: "gross-gerau" };
    d.funding = [{ program: "hessen-ikz", status: "applied", amount_eur: 75_000, date: "2024-01-15", "x-note": "SECRET-MARKER-NESTED" }];
  });
  newProject("IKZ-2026-901", "INTERNAL-PROJECT-MARKER Gemeinsames Archiv", "internal");
  newProject("IKZ-2026-902", "COUNCIL-PROJECT-MARKER Gemeinsame Kantine", "council");
  // The council project must not carry internal markers of its own: a clean resolution and manager.
  editRecord(join(reg.dir, "projects/IKZ-2026-902-x.md"), (d) => {
    d.council_resolutions = [{ municipality: "raunheim", date: "2026-02-02", result: "deferred", reference: "Drucksache 2026/001" }];
    d.project_manager = { name: "Kim Kantine", email: "kantine@kelsterbach.example" };
  });
  git(reg.dir, "add", "-A");
  git(reg.dir, "commit", "-qm", "markers");
});

it("every marker record passes its schema, so it takes part in the exports (lifecycle findings do not exclude it)", async () => {
  const run = await ikz(reg, ["validate"]);
  expect(run.stdout).toContain("IKZ-2026-901");
  expect(run.stdout).not.toMatch(/(IKZ-2026-90[12]|IKZ-2023-001).*IKZ-SCHEMA/);
});

async function xlsxText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void out.push(String(cell.value)))));
  return out.join("\n");
}

/** Everything each export gives this audience, as text. */
async function exportsFor(audience: string): Promise<Record<string, string>> {
  const run = async (args: string[]) => {
    const r = await ikz(reg, [...args, "--audience", audience]);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };
  const xlsxFile = join(reg.dir, `${audience}.xlsx`);
  await run(["export", "register", "--format", "xlsx", "--out", xlsxFile, "--force"]);
  return {
    csv: await run(["export", "register"]),
    json: await run(["export", "register", "--format", "json"]),
    xlsx: await xlsxText(xlsxFile),
    md: await run(["export", "municipality", "raunheim"]),
    html: await run(["export", "municipality", "raunheim", "--format", "html"]),
  };
}

const found = (outputs: Record<string, string>, markers: string[]) => Object.entries(outputs).flatMap(([format, text]) => markers.filter((m) => text.includes(m)).map((m) => `${format}: ${m}`));

describe("audiences of export register and export municipality", () => {
  it("public: no internal field, no internal or council record, no x- key", async () => {
    const outputs = await exportsFor("public");
    expect(found(outputs, [...INTERNAL_ONLY, ...NEVER, ...COUNCIL_ONLY])).toEqual([]);
    expect(outputs.csv).toContain("Gemeinsame Beschaffung von Feuerwehrausrüstung");
  });

  it("public fact sheet: no realised savings or lights as '–' (it sees no report), but a sentence why – as the register export does", async () => {
    const sheet = async (audience: string) => (await ikz(reg, ["export", "municipality", "raunheim", "--audience", audience])).stdout;
    const publicSheet = await sheet("public");
    expect(publicSheet).not.toContain("Einsparung realisiert");
    expect(publicSheet).not.toContain("| Ampel |");
    expect(publicSheet).toContain("Projektberichte gehen an Gremien und Verwaltungen, nicht an die Öffentlichkeit: realisierte Einsparungen und Ampeln stehen in der Fassung für die Gremien.");
    const councilSheet = await sheet("council");
    expect(councilSheet).toContain("Einsparung realisiert, Anteil Raunheim");
    expect(councilSheet).toContain("| Ampel |");
    expect(councilSheet).not.toContain("nicht an die Öffentlichkeit");
  });

  it("council: no internal field or record, no x- key; council records are there", async () => {
    const outputs = await exportsFor("council");
    expect(found(outputs, [...INTERNAL_ONLY, ...NEVER])).toEqual([]);
    expect(found(outputs, COUNCIL_ONLY)).toEqual(["csv: COUNCIL-PROJECT-MARKER", "json: COUNCIL-PROJECT-MARKER", "xlsx: COUNCIL-PROJECT-MARKER", "md: COUNCIL-PROJECT-MARKER", "html: COUNCIL-PROJECT-MARKER"]);
  });

  it("internal: the steering group sees internal records and managers, but unclassified x- keys never leave the register", async () => {
    const outputs = await exportsFor("internal");
    for (const format of ["csv", "json", "xlsx"]) for (const marker of ["INTERNAL-PROJECT-MARKER", "MANAGER-MARKER", "manager-marker@secret.example"]) expect(outputs[format], `${format}: ${marker}`).toContain(marker);
    expect(outputs.md).toContain("INTERNAL-RESOLUTION-MARKER");
    expect(found(outputs, NEVER)).toEqual([]);
  });
});
