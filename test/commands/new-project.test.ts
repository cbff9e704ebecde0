import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newProject } from "../../src/commands/new-project.js";
import { IkzError } from "../../src/domain/errors.js";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { fakePrompter } from "../helpers/fake-prompter.js";
import { filesIn, ikz, makeRegister, projectFile, readRecord, status, testDeps, useIdentityInProcess, writeOpts } from "../write/register-repo.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

const SAFE_FILE = /^projects\/IKZ-\d{4}-\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

describe("ikz new-project without a terminal", () => {
  it("writes the project from flags, commits it and prints path and ID", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["new-project", "--title", "Gemeinsame Bußgeldstelle", "--field", "ordnungswesen", "--lead", "trebur", "--participants", "nauheim,raunheim,trebur", "--manager-name", "Eva Muster", "--manager-email", "e.muster@trebur.de", "--baseline-costs", "300.000", "--savings-planned", "60000", "--description", "Drei Ämter, eine Stelle.", "--date", "2026-05-04"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = "projects/IKZ-2026-001-gemeinsame-bussgeldstelle.md";
    expect(run.stdout).toContain(file);
    expect(run.stdout).toContain("IKZ-2026-001");
    const text = readFileSync(join(reg.dir, file), "utf8");
    expect(text.startsWith(
      [
        "---",
        "id: IKZ-2026-001",
        "title: Gemeinsame Bußgeldstelle",
        "field: ordnungswesen",
        "phase: idea",
        "created: 2026-05-04",
        "lead: trebur",
        "participants:",
        "  - municipality: trebur",
        "    role: lead",
        "  - municipality: nauheim",
        "    role: partner",
        "  - municipality: raunheim",
        "    role: partner",
        "project_manager:",
        "  name: Eva Muster",
        "  email: e.muster@trebur.de",
        "  municipality: trebur",
        "baseline_costs_eur: 300000",
        "savings_planned_eur: 60000",
        "---",
        "",
        "# Gemeinsame Bußgeldstelle",
        "",
      ].join("\n"),
    )).toBe(true);
    expect(text).toContain("## Ausgangslage\n\nDrei Ämter, eine Stelle.\n");
    expect(text).toContain("Geplante Einsparung: 60.000 € pro Jahr (20 % der heutigen Kosten).");
    expect(git(reg.dir, "log", "-1", "--format=%B")).toBe("ikz: neues Projekt IKZ-2026-001 „Gemeinsame Bußgeldstelle“\n\nIkz-Record: IKZ-2026-001");
    expect(git(reg.dir, "show", "--name-only", "--format=", "HEAD")).toBe(file);
    expect(status(reg)).toBe("");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("needs only title and field for an idea; the next number of the year; --json for scripts", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["--json", "new-project", "--title", "Idee", "--field", "finanzen", "--date", "2025-07-01"]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { id: string; files: string[]; commit: string; staged: boolean };
    expect(out.id).toBe("IKZ-2025-003");
    expect(out.files).toEqual(["projects/IKZ-2025-003-idee.md"]);
    expect(out.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(out.staged).toBe(false);
    expect(readRecord(reg, out.files[0]!)).toEqual({ id: "IKZ-2025-003", title: "Idee", field: "finanzen", phase: "idea", created: "2025-07-01" });
  });

  it("stores a title with decomposed umlauts (from a Mac or a PDF) composed, and names the file with ue", async () => {
    const reg = makeRegister();
    const title = "Gemeinsame Prüfstelle Büttelborn";
    const run = await ikz(reg, ["--json", "new-project", "--title", title.normalize("NFD"), "--field", "finanzen", "--date", "2025-07-01"]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { files: string[] };
    expect(out.files).toEqual(["projects/IKZ-2025-003-gemeinsame-pruefstelle-buettelborn.md"]);
    expect(readRecord(reg, out.files[0]!).title).toBe(title);
    const set = await ikz(reg, ["set", "IKZ-2025-003", `title=${"Prüfstelle Groß-Gerau".normalize("NFD")}`]);
    expect(set.code, set.stderr).toBe(0);
    expect(readRecord(reg, out.files[0]!).title).toBe("Prüfstelle Groß-Gerau");
  });

  it("allocates on the sample register after the highest number of that year", async () => {
    const reg = makeRegister("sample");
    const run = await ikz(reg, ["--json", "new-project", "--title", "Gemeinsamer Winterdienst", "--field", "bauhof", "--lead", "nauheim", "--date", "2026-05-04"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe("IKZ-2026-003");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("--no-commit stages the new file instead of committing", async () => {
    const reg = makeRegister();
    const head = git(reg.dir, "rev-parse", "HEAD");
    const run = await ikz(reg, ["new-project", "--title", "Vorgemerkt", "--field", "finanzen", "--date", "2026-01-02", "--no-commit"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("bereitgestellt");
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    expect(git(reg.dir, "diff", "--cached", "--name-only")).toBe("projects/IKZ-2026-001-vorgemerkt.md");
  });

  it("without a terminal a missing --title is a usage error naming the flag, never a hang", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["new-project", "--field", "finanzen"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--title");
    expect(run.stdout).toBe("");
    const noField = await ikz(reg, ["new-project", "--title", "X"]);
    expect(noField.code).toBe(2);
    expect(noField.stderr).toContain("--field");
    // The reason holds also at a terminal with --yes, which asks nothing either.
    expect(noField.stderr).toBe("ikz: Fehler: --field fehlt – ohne Terminal oder mit --yes fragt ikz nicht nach; Wert mit --field angeben\n");
    const nel = await ikz(reg, ["new-project", "--title", "Bauhof\u0085Nord", "--field", "finanzen"]);
    expect([nel.code, nel.stderr]).toEqual([2, "ikz: Fehler: --title: nur eine Zeile ohne Steuerzeichen erlaubt\n"]);
    // An e-mail address without a name is not a missing value for want of a terminal: it needs its name.
    const mailOnly = await ikz(reg, ["new-project", "--title", "X", "--field", "finanzen", "--lead", "raunheim", "--manager-email", "a@b.de"]);
    expect(mailOnly.code).toBe(2);
    expect(mailOnly.stderr).toBe("ikz: Fehler: --manager-email ohne --manager-name – eine E-Mail-Adresse gehört zu einer benannten Projektleitung; --manager-name angeben\n");
    expect(status(reg)).toBe("");
  });

  it("unknown codes are usage errors with a suggestion", async () => {
    const reg = makeRegister();
    const lead = await ikz(reg, ["new-project", "--title", "X", "--field", "finanzen", "--lead", "raunhiem"]);
    expect(lead.code).toBe(2);
    expect(lead.stderr).toContain("meinten Sie „raunheim“");
    const field = await ikz(reg, ["new-project", "--title", "X", "--field", "finanzn"]);
    expect(field.code).toBe(2);
    expect(field.stderr).toContain("meinten Sie „finanzen“");
    const partner = await ikz(reg, ["new-project", "--title", "X", "--field", "finanzen", "--participants", "trebur,nauhiem"]);
    expect(partner.code).toBe(2);
    expect(partner.stderr).toContain("meinten Sie „nauheim“");
    const money = await ikz(reg, ["new-project", "--title", "X", "--field", "finanzen", "--baseline-costs", "12,50"]);
    expect(money.code).toBe(2);
    expect(money.stderr).toContain("--baseline-costs");
    const mail = await ikz(reg, ["new-project", "--title", "X", "--field", "finanzen", "--manager-email", "a@b.de"]);
    expect(mail.code).toBe(2);
    expect(mail.stderr).toContain("--manager-name");
    const badMail = await ikz(reg, ["new-project", "--title", "X", "--field", "finanzen", "--manager-name", "A B", "--manager-email", "a@b"]);
    expect(badMail.code).toBe(2);
    expect(status(reg)).toBe("");
    expect(filesIn(reg, "projects")).toHaveLength(2);
  });
});

describe("ikz new-project: amounts as copied from Excel", () => {
  it("reads 1.500.000,00 and 1500000,00 € as whole euros, and refuses real cents as cents", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["--json", "new-project", "--title", "Excel", "--field", "finanzen", "--savings-planned", "1.500.000,00", "--baseline-costs", "1500000,00 €", "--date", "2026-05-04"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { files } = JSON.parse(run.stdout) as { files: string[] };
    expect(readRecord(reg, files[0]!)).toMatchObject({ savings_planned_eur: 1500000, baseline_costs_eur: 1500000 });
    const cents = await ikz(reg, ["new-project", "--title", "Cent", "--field", "finanzen", "--savings-planned", "1.500.000,50"]);
    expect(cents.code).toBe(2);
    expect(cents.stderr).toContain("--savings-planned: „1.500.000,50“ enthält Cent – Beträge nur in ganzen Euro, ohne Cent");
    expect(cents.stderr).not.toContain("kein Betrag");
    const en = await ikz(reg, ["--lang", "en", "new-project", "--title", "Cent", "--field", "finanzen", "--baseline-costs", "99,99"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("has cents – amounts in whole euros only");
    expect(status(reg)).toBe("");
  });
});

describe("titles that try to break things", () => {
  const titles = [
    `Er sagte "Hallo" und 'tschüss': ein Test # kein Kommentar`,
    "Größere Übungsplätze für Ärztinnen – Straßenbau",
    "🚀 Rakete 👩‍👩‍👧 Familie",
    "--foo",
    "../../../etc/passwd",
    "..\\..\\windows\\system32",
    "CON",
    "- [x] {y} & *z !tag %p @q `r` | > ? :",
    "null",
    "2026-05-04",
    "ä".repeat(200),
  ];

  it.each(titles)("%s: safe file name, title round-trips exactly", async (title) => {
    const reg = makeRegister();
    const run = await ikz(reg, ["--json", "new-project", `--title=${title}`, "--field", "finanzen", "--date", "2026-05-04"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { files } = JSON.parse(run.stdout) as { files: string[] };
    const file = files[0]!;
    expect(file).toMatch(SAFE_FILE);
    expect(file.length - "projects/IKZ-2026-001-.md".length).toBeLessThanOrEqual(60);
    expect(filesIn(reg, "projects")).toContain(file);
    expect(readRecord(reg, file).title).toBe(title);
    expect(readFileSync(join(reg.dir, file), "utf8")).toContain(`\n# ${title}\n`);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("a title of 500 characters (or 201 code points) is a usage error and writes nothing", async () => {
    const reg = makeRegister();
    for (const title of ["x".repeat(500), "😀".repeat(201)]) {
      const run = await ikz(reg, ["new-project", "--title", title, "--field", "finanzen"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("zu lang");
      expect(run.stderr).toContain("200");
    }
    const empty = await ikz(reg, ["new-project", "--title", "   ", "--field", "finanzen"]);
    expect(empty.code).toBe(2);
    const twoLines = await ikz(reg, ["new-project", "--title", "Zeile 1\nZeile 2", "--field", "finanzen"]);
    expect(twoLines.code).toBe(2);
    expect(twoLines.stderr).toContain("--title");
    expect(status(reg)).toBe("");
  });
});

describe("ikz new-project with a terminal (scripted prompter)", () => {
  it("asks everything in German, previews, confirms and writes", async () => {
    const reg = makeRegister();
    const prompter = fakePrompter([
      { input: "Titel des Projekts", answer: "Gemeinsame Bußgeldstelle", rejects: ["", "x".repeat(201)] },
      { select: "Handlungsfeld", answer: "ordnungswesen" },
      { input: "Ausgangslage", answer: "Drei Ämter, eine Stelle." },
      { select: "Federführende Kommune", answer: "trebur" },
      { checkbox: "Weitere beteiligte Kommunen", answer: ["nauheim"] },
      { input: "Projektleitung: Vor- und Nachname", answer: "Eva Muster" },
      { input: "Projektleitung: E-Mail", answer: "e.muster@trebur.de", rejects: ["keine-adresse"] },
      { input: "Heutige Kosten", answer: "300.000", rejects: ["12,50", "viel"] },
      { input: "Erwartete Einsparung", answer: "45.000" },
      { confirm: "anlegen", answer: true },
    ]);
    const { deps, err } = testDeps(prompter);
    const outcome = await newProject({ write: writeOpts(reg.dir), yes: false }, deps);
    prompter.done();
    expect(outcome.result.id).toBe("IKZ-2026-001");
    expect(prompter.asked.find((a) => a.kind === "checkbox")!.choices).not.toContain("trebur");
    expect(prompter.asked.find((a) => a.message.startsWith("Titel"))!.refusals!.join(" ")).toMatch(/leer.*zu lang/);
    expect(err()).toContain("Vorschau");
    expect(err()).toContain("title: Gemeinsame Bußgeldstelle");
    expect(err()).toContain("Einsparquote: 15 % der heutigen Kosten");
    const data = readRecord(reg, outcome.result.file);
    expect(data).toMatchObject({ id: "IKZ-2026-001", field: "ordnungswesen", lead: "trebur", created: "2026-05-04", baseline_costs_eur: 300000, savings_planned_eur: 45000 });
    expect(data.participants).toEqual([{ municipality: "trebur", role: "lead" }, { municipality: "nauheim", role: "partner" }]);
    expect(data.project_manager).toEqual({ name: "Eva Muster", email: "e.muster@trebur.de", municipality: "trebur" });
    expect(outcome.commit).toBe(git(reg.dir, "rev-parse", "HEAD"));
  });

  it("asks only for what the flags leave open; empty optional answers mean none", async () => {
    const reg = makeRegister();
    const prompter = fakePrompter([
      { input: "Ausgangslage", answer: "" },
      { select: "Federführende Kommune", answer: "" },
      { checkbox: "Weitere", answer: [] },
      { input: "Projektleitung: Vor- und Nachname", answer: "" },
      { input: "Heutige Kosten", answer: "" },
      { input: "Erwartete Einsparung", answer: "" },
    ]);
    const { deps } = testDeps(prompter);
    const outcome = await newProject({ write: writeOpts(reg.dir), title: "Nur eine Idee", field: "finanzen", yes: true }, deps);
    prompter.done();
    expect(readRecord(reg, outcome.result.file)).toEqual({ id: "IKZ-2026-001", title: "Nur eine Idee", field: "finanzen", phase: "idea", created: "2026-05-04" });
  });

  it("a declined confirmation writes nothing (exit 130)", async () => {
    const reg = makeRegister();
    const prompter = fakePrompter([{ confirm: "anlegen", answer: false }]);
    const { deps } = testDeps(prompter);
    const options = { write: writeOpts(reg.dir), title: "Doch nicht", field: "finanzen", description: "", lead: "raunheim", participants: "", managerName: "", baselineCosts: "", savingsPlanned: "", yes: false };
    const error = await newProject(options, deps).catch((e: unknown) => e);
    prompter.done();
    expect(error).toBeInstanceOf(IkzError);
    expect((error as IkzError).exitCode).toBe(130);
    expect(status(reg)).toBe("");
    expect(() => projectFile(reg, "IKZ-2026-001")).toThrow();
  });

  it("a flag with an unknown code fails before any question is asked", async () => {
    const reg = makeRegister();
    const prompter = fakePrompter([]);
    const { deps } = testDeps(prompter);
    const error = await newProject({ write: writeOpts(reg.dir), field: "finanzn", yes: false }, deps).catch((e: unknown) => e);
    prompter.done();
    expect((error as IkzError).key).toBe("unknown-code");
    expect((error as IkzError).params.hint).toBe("finanzen");
  });
});
