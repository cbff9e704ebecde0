import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAssignment, setFields } from "../../src/commands/set.js";
import { mapSchemaLeaves, resolveCode, type SchemaNode } from "../../src/commands/set-codes.js";
import { IkzError } from "../../src/domain/errors.js";
import type { IkzConfig } from "../../src/domain/types.generated.js";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { fakePrompter } from "../helpers/fake-prompter.js";
import { ikz, makeRegister, projectFile, readRecord, status, testDeps, useIdentityInProcess, writeOpts } from "../write/register-repo.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

const P1 = "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md";

describe("parseAssignment", () => {
  it("reads dotted and indexed key paths and keeps everything after the first =", () => {
    expect(parseAssignment("agreement.signed=2026-03-01")).toEqual({ key: "agreement.signed", path: ["agreement", "signed"], raw: "2026-03-01" });
    expect(parseAssignment("participants[1].cost_share=25")).toMatchObject({ path: ["participants", 1, "cost_share"] });
    expect(parseAssignment("participants.0.role=lead")).toMatchObject({ path: ["participants", 0, "role"] });
    expect(parseAssignment("x-note=a=b")).toMatchObject({ path: ["x-note"], raw: "a=b" });
    for (const bad of ["novalue", "=x", "a..b=1", "0=1", "a/b=1", "__proto__.x=1 extra", "a b=1"]) expect(() => parseAssignment(bad), bad).toThrow(IkzError);
  });
});

describe("ikz set on a project", () => {
  it("types each value from the schema and commits all assignments at once", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["set", "IKZ-2025-001", "legal_form=oerv_mandate", "agreement.signed=2026-03-01", "baseline_costs_eur=480.000", "duration_years=5", "tags=vollstreckung,kasse", "x-note=frei", "scores.umsetzbarkeit=5"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const data = readRecord(reg, P1);
    expect(data).toMatchObject({ legal_form: "oerv_mandate", agreement: { signed: "2026-03-01" }, baseline_costs_eur: 480000, duration_years: 5, tags: ["vollstreckung", "kasse"], "x-note": "frei", scores: { einsparpotenzial: 4, umsetzbarkeit: 5 } });
    const text = readFileSync(join(reg.dir, P1), "utf8");
    expect(text).toContain("## Ausgangslage\n\nJede Kommune betreibt ihre eigene Vollstreckung.\n");
    expect(git(reg.dir, "log", "-1", "--format=%B")).toBe(
      "ikz: IKZ-2025-001: legal_form, agreement.signed, baseline_costs_eur, duration_years, tags, x-note, scores.umsetzbarkeit geändert\n\nIkz-Record: IKZ-2025-001",
    );
    expect(git(reg.dir, "show", "--name-only", "--format=", "HEAD")).toBe(P1);
  });

  it("keeps the leading zeros of an official key in an own field, and still reads plain numbers as numbers", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["set", "IKZ-2025-001", "x-gemeindeschluessel=06433012", "x-az=007", "x-count=12", "x-betrag=12.000", "x-faktor=1.5"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readRecord(reg, P1)).toMatchObject({ "x-gemeindeschluessel": "06433012", "x-az": "007", "x-count": 12, "x-betrag": "12.000", "x-faktor": 1.5 });
  });

  it("stores an own field's text exactly as typed: nothing cut off, no lists, maps, other numbers or YAML messages", async () => {
    const reg = makeRegister();
    const typed = {
      "x-notiz": "Raum #3 im Rathaus",
      "x-termin": "Termin: 15.3.",
      "x-liste": "[Entwurf]",
      "x-map": "{a: 1}",
      "x-anker": "&anker",
      "x-az": "0012.000",
      "x-hex": "0x1F",
      "x-exp": "1e3",
      "x-plus": "+5",
      "x-nachkomma": "1.50",
      "x-at": "@Kämmerei",
      "x-stern": "*wichtig*",
      "x-tag": "!wichtig",
      "x-quotes": "'007'",
      "x-gross": "123456789012345678901",
      "x-ja": "True",
    };
    const run = await ikz(reg, ["set", "IKZ-2025-001", ...Object.entries(typed).map(([k, v]) => `${k}=${v}`)]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readRecord(reg, P1)).toMatchObject(typed);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("reads an own field as a number or boolean only when it reads back exactly as typed", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["set", "IKZ-2025-001", "x-count=12", "x-neg=-4", "x-null=0", "x-faktor=1.5", "x-aktiv=true", "x-alt=false"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readRecord(reg, P1)).toMatchObject({ "x-count": 12, "x-neg": -4, "x-null": 0, "x-faktor": 1.5, "x-aktiv": true, "x-alt": false });
  });

  it("a list in brackets that is no plain list is a usage error in the user's language, never yaml's", async () => {
    const reg = makeRegister();
    // "[&x a]": an anchor with no alias is no YAML error, and the value would lose its "&x" unnoticed.
    for (const value of ["[a", "[!x a]", "[&x a, *x]", "[&x a]"]) {
      const run = await ikz(reg, ["set", "IKZ-2025-001", `tags=${value}`]);
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toContain(`tags=${value}: keine lesbare Liste – Einträge mit Komma trennen, z. B. tags=a,b`);
      expect(run.stderr, value).not.toMatch(/YAML|Alias|Warning|TAG_/);
    }
    const en = await ikz(reg, ["--lang", "en", "set", "IKZ-2025-001", "tags=[a"]);
    expect(en.stderr).toContain("not a readable list");
    // The way out the message names: the entry in quotes.
    expect((await ikz(reg, ["set", "IKZ-2025-001", 'tags=["&x", b]'])).code).toBe(0);
    expect(readRecord(reg, P1).tags).toEqual(["&x", "b"]);
    expect((await ikz(reg, ["set", "IKZ-2025-001", "agreement={signed: &d 2026-03-01}"])).code).toBe(2);
    expect((await ikz(reg, ["set", "IKZ-2025-001", "tags=[a, b]"])).code).toBe(0);
    expect(readRecord(reg, P1).tags).toEqual(["a", "b"]);
    expect(status(reg)).toBe("");
  });

  it("an empty value or null removes the key", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["set", "IKZ-2025-001", "tags=", "scores.umsetzbarkeit=null"]);
    expect(run.code).toBe(0);
    const data = readRecord(reg, P1);
    expect(data.tags).toBeUndefined();
    expect(data.scores).toEqual({ einsparpotenzial: 4 });
    expect(git(reg.dir, "log", "-1", "--format=%s")).toBe("ikz: IKZ-2025-001: tags, scores.umsetzbarkeit entfernt");
    expect((await ikz(reg, ["set", "IKZ-2025-001", "x-note=frei"])).code).toBe(0);
    const both = await ikz(reg, ["set", "IKZ-2025-001", "duration_years=6", "x-note="]);
    expect(both.code, both.stderr).toBe(0);
    expect(git(reg.dir, "log", "-1", "--format=%s")).toBe("ikz: IKZ-2025-001: duration_years geändert; x-note entfernt");
  });

  it("refuses id and phase (exit 1) and leaves everything as it was", async () => {
    const reg = makeRegister();
    const phase = await ikz(reg, ["set", "IKZ-2025-001", "phase=interest"]);
    expect(phase.code).toBe(1);
    expect(phase.stderr).toContain("ikz decide");
    const id = await ikz(reg, ["set", "IKZ-2025-001", "id=IKZ-2025-009"]);
    expect(id.code).toBe(1);
    expect(id.stderr).toContain("renumber");
    expect(status(reg)).toBe("");
  });

  it("a value that breaks the schema is a usage error (exit 2) naming key and reason", async () => {
    const reg = makeRegister();
    const cases: Array<[string, string]> = [
      ["legal_form=oerv_mandat", "meinten Sie „oerv_mandate“"],
      ["agreement.signed=2026-02-30", "2026-02-30"],
      ["duration_years=fünf", "duration_years"],
      ["scores.umsetzbarkeit=9", "scores.umsetzbarkeit"],
      [`title=${"x".repeat(201)}`, "title"],
      ["project_manager.email=keine-adresse", "project_manager.email"],
      ["baseline_costs_eur=12,50", "baseline_costs_eur"],
      ["participants[0].role=boss", "participants[0].role"],
      ["title=Zeile 1\nZeile 2", "title: nur eine Zeile ohne Steuerzeichen erlaubt"],
      ["project_manager.name=Eva\tMuster", "project_manager.name: nur eine Zeile ohne Steuerzeichen erlaubt"],
      // U+0085 (NEL) is a line break to YAML, U+009B a terminal's command start: C1 controls are refused like C0.
      ["title=Zeile 1\u0085Zeile 2", "title: nur eine Zeile ohne Steuerzeichen erlaubt"],
    ];
    for (const [assignment, expected] of cases) {
      const run = await ikz(reg, ["set", "IKZ-2025-001", assignment]);
      expect(run.code, assignment).toBe(2);
      expect(run.stderr, assignment).toContain(expected);
    }
    expect(status(reg)).toBe("");
  });

  it("a list entry given twice is a usage error in words, not ajv's English", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["set", "IKZ-2025-001", "tags=[kasse, vollstreckung, kasse]"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("„kasse“ steht schon als Eintrag 0 (gezählt ab 0) in der Liste – doppelten Eintrag entfernen");
    expect(run.stderr).not.toContain("must NOT");
    expect(status(reg)).toBe("");
  });

  it("a repeated entry of a list whose items are codes by $ref is named at the later copy too (ajv swaps i and j there)", async () => {
    const reg = makeRegister("sample");
    const run = await ikz(reg, ["set", "LL-2024-001", "applies_to=[vollstreckung, foerdermittel, vollstreckung]"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("„vollstreckung“ steht schon als Eintrag 0 (gezählt ab 0) in der Liste");
    expect(status(reg)).toBe("");
  });

  it("a key that ikz.yaml no longer knows can still be removed (a score for a dropped criterion, IKZ-REF-008)", async () => {
    const reg = makeRegister("sample");
    const file = join(reg.dir, projectFile(reg, "IKZ-2024-001"));
    writeFileSync(file, readFileSync(file, "utf8").replace(/^scores:\n/m, "scores:\n  altkriterium: 2\n"));
    git(reg.dir, "commit", "-qam", "score for a dropped criterion");
    expect((await ikz(reg, ["set", "IKZ-2024-001", "scores.altkriterium=3"])).code).toBe(2);
    const run = await ikz(reg, ["set", "IKZ-2024-001", "scores.altkriterium="]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).not.toContain("altkriterium");
  });

  it("an unknown key or a whole section is a usage error; an unknown ID suggests the right one", async () => {
    const reg = makeRegister();
    const key = await ikz(reg, ["set", "IKZ-2025-001", "legal_fom=kag"]);
    expect(key.code).toBe(2);
    expect(key.stderr).toContain("meinten Sie „legal_form“");
    const section = await ikz(reg, ["set", "IKZ-2025-001", "agreement=2026-01-01"]);
    expect(section.code).toBe(2);
    expect(section.stderr).toContain("agreement.");
    const index = await ikz(reg, ["set", "IKZ-2025-001", "interest[3].level=observer"]);
    expect(index.code).toBe(2);
    expect(index.stderr).toContain("interest[3].level");
    // A key inside a text, a list or an own field: what to do instead, never "known:" with nothing after it.
    const inText = await ikz(reg, ["set", "IKZ-2025-001", "title.a.b=1"]);
    expect(inText.code).toBe(2);
    expect(inText.stderr).toBe("ikz: Fehler: „title.a.b“: title ist ein einzelner Wert ohne Felder darin – den Wert selbst setzen, z. B. title=…\n");
    const inOwn = await ikz(reg, ["set", "IKZ-2025-001", "x-note.a=1", "--lang", "en"]);
    expect(inOwn.code).toBe(2);
    expect(inOwn.stderr).toBe("ikz: error: 'x-note.a': x-note is a single value with no fields inside – set the value itself, e.g. x-note=…\n");
    const inList = await ikz(reg, ["set", "IKZ-2025-001", "participants.role=lead"]);
    expect(inList.code).toBe(2);
    expect(inList.stderr).toContain("participants ist eine Liste ohne benannte Felder – einen Eintrag über seine Nummer ansprechen (participants[0]…)");
    const id = await ikz(reg, ["set", "IKZ-2025-0001", "legal_form=kag"]);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain("meinten Sie „IKZ-2025-001“");
  });

  it("a code that is not in ikz.yaml is a usage error (exit 2) with did-you-mean, as for --field and --lead", async () => {
    const reg = makeRegister();
    const cases: Array<[string, string]> = [
      ["field=finanzn", "ikz: Fehler: field: unbekannter Wert „finanzn“ – meinten Sie „finanzen“?"],
      ["lead=raunhiem", "ikz: Fehler: lead: unbekannter Wert „raunhiem“ – meinten Sie „raunheim“?"],
      ["sponsor=gotz", "ikz: Fehler: sponsor: unbekannter Wert „gotz“ – meinten Sie „goetz“?"],
      ["scores.beliebtheit=3", "ikz: Fehler: scores.beliebtheit: unbekannter Wert „beliebtheit“"],
    ];
    for (const [assignment, expected] of cases) {
      const run = await ikz(reg, ["set", "IKZ-2025-001", assignment]);
      expect(run.code, assignment).toBe(2);
      expect(run.stderr, assignment).toContain(expected);
    }
    expect(status(reg)).toBe("");
    expect(git(reg.dir, "rev-list", "--count", "HEAD")).toBe("1");
  });

  it("a value the register rules refuse is refused with the finding (exit 1)", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["set", "IKZ-2025-001", "lead=raunheim"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("IKZ-PRJ-001");
    expect(status(reg)).toBe("");
  });

  it("runs in process without asking anything", async () => {
    const reg = makeRegister();
    const prompter = fakePrompter([]);
    const outcome = await setFields({ write: writeOpts(reg.dir), id: "ikz-2025-002", assignments: ["sponsor=goetz", "visibility=council"] }, testDeps(prompter).deps);
    prompter.done();
    expect(outcome.result).toEqual({ id: "IKZ-2025-002", file: projectFile(reg, "IKZ-2025-002"), keys: ["sponsor", "visibility"] });
    expect(readRecord(reg, outcome.result.file)).toMatchObject({ sponsor: "goetz", visibility: "council" });
  });
});

describe("ikz set on other records of the sample register", () => {
  it("sets fields of a lesson, a report and a planned meeting by ID", async () => {
    const reg = makeRegister("sample");
    expect((await ikz(reg, ["set", "LL-2026-003", "author=Dr. Lena Hartmann-Berg"])).code).toBe(0);
    expect((await ikz(reg, ["set", "IKZ-2023-002/2026-Q3", "progress_pct=90", "lights.schedule=green"])).code).toBe(0);
    expect((await ikz(reg, ["set", "LG-2026-05", "location=Rathaus Nauheim"])).code).toBe(0);
    expect(readRecord(reg, "reports/IKZ-2023-002/2026-Q3.md")).toMatchObject({ progress_pct: 90, lights: { schedule: "green" } });
    expect(readRecord(reg, "meetings/2026/LG-2026-05.md").location).toBe("Rathaus Nauheim");
    expect(git(reg.dir, "log", "-1", "--format=%(trailers:key=Ikz-Record,valueonly)")).toBe("LG-2026-05");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("refuses append-only records: decisions, closed meetings, accepted reports (exit 1)", async () => {
    const reg = makeRegister("sample");
    const decision = await ikz(reg, ["set", "B-2025-001", "reason=anders"]);
    expect(decision.code).toBe(1);
    expect(decision.stderr).toContain("--supersedes");
    const meeting = await ikz(reg, ["set", "LG-2023-01", "location=anderswo"]);
    expect(meeting.code).toBe(1);
    const report = await ikz(reg, ["set", "IKZ-2023-001/assessment", "progress_pct=50"]);
    expect(report.code).toBe(1);
    const identity = await ikz(reg, ["set", "IKZ-2023-002/2026-Q3", "period=2026-Q4"]);
    expect(identity.code).toBe(1);
    expect(status(reg)).toBe("");
  });
});

describe("ikz set takes a municipality by name, as --lead and --participants do", () => {
  const P = "projects/IKZ-2025-002-gemeinsame-entgeltabrechnung-und-personalsachbearbeitung.md";

  it("stores the ID for a name in any field whose value is a municipality, also inside a section typed in braces", async () => {
    const reg = makeRegister("sample");
    const run = await ikz(reg, ["set", "IKZ-2025-002", "seat=Büttelborn", "project_manager={name: Claudia Neumann, email: c.neumann@example.org, municipality: GROSS-GERAU}"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readRecord(reg, P)).toMatchObject({ seat: "buettelborn", project_manager: { municipality: "gross-gerau" } });
    expect(git(reg.dir, "show", "HEAD", "--", P)).toContain("+seat: buettelborn");
    // ö as o + U+0308, as a Mac or a PDF hands it over
    expect((await ikz(reg, ["set", "IKZ-2025-002", "seat=Mo\u0308rfelden-Walldorf"])).code).toBe(0);
    expect(readRecord(reg, P).seat).toBe("moerfelden-walldorf");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("an unknown name stays a usage error (exit 2) with did-you-mean, also inside a section", async () => {
    const reg = makeRegister("sample");
    const seat = await ikz(reg, ["set", "IKZ-2025-002", "seat=Büttelbrn"]);
    expect(seat.code).toBe(2);
    expect(seat.stderr).toContain("ikz: Fehler: seat: unbekannter Wert „Büttelbrn“ – meinten Sie „buettelborn“?");
    const nested = await ikz(reg, ["set", "IKZ-2025-002", "project_manager={name: X, municipality: Nauhiem}"]);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toContain("project_manager.municipality: unbekannter Wert „Nauhiem“ – meinten Sie „nauheim“?");
    expect(status(reg)).toBe("");
  });

  it("a misspelt name is suggested by its name, as its ID, here and in the commands' arguments (one lookup)", async () => {
    const reg = makeRegister("sample");
    const lead = await ikz(reg, ["set", "IKZ-2025-002", "lead=Büttelbron"]);
    expect(lead.code).toBe(2);
    expect(lead.stderr).toContain("ikz: Fehler: lead: unbekannter Wert „Büttelbron“ – meinten Sie „buettelborn“?");
    const partner = await ikz(reg, ["participant", "add", "IKZ-2025-002", "Mörfelden-Waldorf"]);
    expect(partner.code).toBe(2);
    expect(partner.stderr).toContain("unbekannter Wert „Mörfelden-Waldorf“ – meinten Sie „moerfelden-walldorf“?");
    expect(status(reg)).toBe("");
  });

  it("resolves each entry of a list of municipalities, and checks other codes as before", () => {
    const config = { municipalities: [{ id: "buettelborn", name: "Büttelborn" }, { id: "gross-gerau", name: "Groß-Gerau" }], fields: [{ id: "finanzen", name: "Finanzen" }], steering_group: { members: [] } } as unknown as IkzConfig;
    const ref = (name: string) => ({ $ref: `common.schema.json#/$defs/${name}` });
    const schema = { type: "array", items: ref("municipality_id") };
    const child = (_parent: SchemaNode, node: Record<string, unknown>): SchemaNode => ({ node, refs: typeof node.$ref === "string" ? [node.$ref] : [] });
    const resolve = (value: unknown, at: SchemaNode, key: string) => mapSchemaLeaves({ value, at, key, names: [key] }, child, (x) => resolveCode(x.value, x.at.refs, config, x.key));
    expect(resolve(["Bu\u0308ttelborn", "groß-gerau", "buettelborn"], { node: schema, refs: [] }, "x-kommunen")).toEqual(["buettelborn", "gross-gerau", "buettelborn"]);
    expect(() => resolve(["Büttelborn", "Gernsheim"], { node: schema, refs: [] }, "x-kommunen")).toThrow(IkzError);
    // A field is not looked up by name: only municipalities are (the other commands take field IDs only).
    expect(() => resolve("Finanzen", { node: {}, refs: [ref("field_id").$ref] }, "field")).toThrow(IkzError);
  });
});

describe("a refused change counts its errors in words", () => {
  it("one new error is '1 error', not '1 errors' (English) and '1 Fehler' (German)", async () => {
    const reg = makeRegister();
    const en = await ikz(reg, ["--lang", "en", "set", "IKZ-2025-001", "title="]);
    expect(en.code).toBe(1);
    expect(en.stderr.split("\n")[0]).toBe("ikz: error: change refused: it would add 1 error to the register (nothing changed)");
    const de = await ikz(reg, ["set", "IKZ-2025-001", "title="]);
    expect(de.stderr.split("\n")[0]).toBe("ikz: Fehler: Änderung abgelehnt: sie würde 1 Fehler ins Register bringen (nichts geändert)");
  });
});
