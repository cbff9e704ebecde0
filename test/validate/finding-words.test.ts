// The words of findings a person meets after common slips in the sample register: a malformed ID, a report copied
// into another project's folder, an empty value. Each says what is wrong and what to write, once.
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, runIkz } from "../helpers/cli.js";
import { sampleCopy } from "../helpers/records.js";

afterAll(removeTempDirs);

const PROJECT = "projects/IKZ-2025-004-gemeinsame-e-akte-und-digitaler-posteingang.md";

interface Found {
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `ikz validate --format json` on the register: its findings without the sample's two funding warnings. */
async function findings(dir: string, lang = "de"): Promise<Found[]> {
  const run = await runIkz(["validate", "--format", "json", "--lang", lang, "--register", dir]);
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as { findings: Found[] };
  return report.findings.filter((f) => !f.code.startsWith("IKZ-FUND-")).map(({ code, file, line, column, message }) => ({ code, file, line, column, message }));
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
}

describe("a malformed ID", () => {
  it("is described in words with an example and the ID the file name gives; references to it are no follow-on errors", async () => {
    const dir = sampleCopy();
    edit(dir, PROJECT, (t) => t.replace(/^id: IKZ-2025-004$/m, "id: IKZ-25-4"));
    expect(await findings(dir)).toEqual([
      {
        code: "IKZ-SCHEMA-005",
        file: PROJECT,
        line: 2,
        column: 5,
        message: "Wert „IKZ-25-4“ hat nicht die erwartete Form: eine Projekt-ID aus Präfix (ids in ikz.yaml), Jahr und laufender Nummer mit drei oder vier Ziffern, z. B. IKZ-2025-004 – die ID aus dem Dateinamen eintragen: IKZ-2025-004",
      },
    ]);
  });
});

describe("a report in the wrong file", () => {
  const copied = "reports/IKZ-2025-004/2026-Q1.md";

  it("is one finding that names the right file, the report already there, and what to write here", async () => {
    const dir = sampleCopy();
    mkdirSync(join(dir, "reports", "IKZ-2025-004"));
    cpSync(join(dir, "reports/IKZ-2024-003/assessment.md"), join(dir, copied));
    expect(await findings(dir)).toEqual([
      {
        code: "IKZ-ID-006",
        file: copied,
        line: 3,
        column: 9,
        message:
          "Bericht „IKZ-2024-003/assessment“ (aus project und period) gehört in die Datei reports/IKZ-2024-003/assessment.md, liegt aber hier – diesen Bericht gibt es schon in reports/IKZ-2024-003/assessment.md: in dieser Datei project: IKZ-2025-004 und period: 2026-Q1 eintragen oder die Datei entfernen",
      },
    ]);
  });

  it("moved away from its place: move it back or fit it to its new place", async () => {
    const dir = sampleCopy();
    mkdirSync(join(dir, "reports", "IKZ-2025-004"));
    renameSync(join(dir, "reports/IKZ-2024-003/assessment.md"), join(dir, copied));
    const found = await findings(dir, "en");
    expect(found.map((f) => [f.code, f.file])).toEqual([["IKZ-ID-006", copied]]);
    expect(found[0]!.message).toBe(
      "report 'IKZ-2024-003/assessment' (from project and period) belongs in the file reports/IKZ-2024-003/assessment.md, but is here – write project: IKZ-2025-004 and period: 2026-Q1 in this file or move the file to reports/IKZ-2024-003/assessment.md",
    );
  });
});

describe("an empty value", () => {
  // "created: " is 9 characters: the (empty) value is placed at column 10.
  it.each([["created: "], ["created: ~"], ["created: null"]])("„%s“ is empty, not „null“, and a date is asked for as JJJJ-MM-TT", async (line) => {
    const dir = sampleCopy();
    edit(dir, PROJECT, (t) => t.replace(/^created: .*$/m, line));
    const found = await findings(dir);
    expect(found.map((f) => [f.code, f.line, f.column])).toEqual([["IKZ-SCHEMA-004", 6, 10]]);
    expect(found[0]!.message).toBe("Wert ist leer: hier gehört ein Datum im Format JJJJ-MM-TT, z. B. 2025-03-31 hin – nach dem Doppelpunkt eintragen");
  });

  it("in a code field is one finding, not also an invalid value „null“", async () => {
    const dir = sampleCopy();
    edit(dir, PROJECT, (t) => t.replace(/^(\s+)role: lead$/m, "$1role:"));
    const found = await findings(dir, "en");
    expect(found.map((f) => [f.code, f.message])).toEqual([["IKZ-SCHEMA-004", "empty value: this should be a text – write it after the colon"]]);
  });
});
