import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";
import { readRecord, SAMPLE_REGISTER, sampleCopy } from "../helpers/records.js";

afterAll(removeTempDirs);

const ikz = (dir: string, ...args: string[]): Promise<RunResult> => runIkz(["--register", dir, ...args], { cwd: dir, env: { HOME: makeTempDir() } });

/** Every decision of the sample register as plain data. */
function sampleDecisions(): Array<Record<string, unknown>> {
  const root = join(SAMPLE_REGISTER, "decisions");
  return readdirSync(root).flatMap((year) => readdirSync(join(root, year)).map((f) => readRecord(join(root, year, f)).data));
}

interface ShownJson {
  kind: string;
  id: string;
  file: string;
  valid: boolean;
  data: Record<string, unknown>;
  links: Record<string, Array<{ id: string; date?: string; text: string; data: Record<string, unknown> }>>;
  as_of?: { date: string; commit: string };
}

const json = async (dir: string, ...args: string[]): Promise<ShownJson> => {
  const run = await ikz(dir, "show", ...args, "--format", "json");
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ShownJson;
};

describe("ikz show", () => {
  const dir = sampleCopy();
  const decisions = sampleDecisions();
  const byDateThenId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.date).localeCompare(String(b.date)) || String(a.id).localeCompare(String(b.id));

  it("a project: its fields in German words and its decisions, reports, lessons and meetings (text snapshot)", async () => {
    const run = await ikz(dir, "show", "IKZ-2023-003");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b/);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/show-project.txt");
    expect(run.stdout).toMatch(/^Phase +Regelbetrieb$/m);
    expect(run.stdout).toMatch(/^Einsparung geplant pro Jahr +36\.000 €$/m);
    expect(run.stdout).toContain("  - Kelsterbach · federführend · Kostenanteil 20 %");
    expect(run.stdout).toContain("  - M5 · Erfahrungsbericht zu Kontrolldichte und Gebühren (Auflage 2) · fällig 31.12.2026");
  });

  it("the project's computed links agree with the records that name it", async () => {
    const shown = await json(dir, "ikz-2023-003");
    expect(shown.id).toBe("IKZ-2023-003");
    expect(shown.kind).toBe("project");
    const own = decisions.filter((d) => d.project === "IKZ-2023-003").sort(byDateThenId);
    expect(shown.links.decisions!.map((d) => d.id)).toEqual(own.map((d) => String(d.id)));
    const reports = readdirSync(join(SAMPLE_REGISTER, "reports/IKZ-2023-003")).map((f) => `IKZ-2023-003/${f.replace(/\.md$/, "")}`);
    expect(shown.links.reports!.map((r) => r.id).sort()).toEqual(reports.sort());
    const accepted = new Map(own.filter((d) => d.type === "accept_report" && String(d.outcome).startsWith("approved")).map((d) => [String(d.report), String(d.id)]));
    for (const r of shown.links.reports!) expect(r.data.accepted_by).toBe(accepted.get(r.id) ?? null);
    expect(shown.links.lessons!.map((l) => l.id)).toEqual(["LL-2025-002"]);
    const meetings = new Set(own.map((d) => d.meeting).filter((m): m is string => typeof m === "string"));
    for (const m of meetings) expect(shown.links.meetings!.map((x) => x.id)).toContain(m);
  });

  it("Markdown for pasting into documents, with register text escaped", async () => {
    const run = await ikz(dir, "show", "B-2025-008", "--format", "md");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/show-decision.md");
    expect(run.stdout).toContain("- **Ergebnis:** mit Auflagen beschlossen");
    expect(run.stdout).toContain("## Projekt\n\n- **IKZ-2023-003** Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten (Regelbetrieb)");
  });

  it("a decision: its project and meeting; a meeting: the decisions that name it", async () => {
    const decision = await json(dir, "b-2025-008");
    expect(decision.links.project!.map((p) => p.id)).toEqual(["IKZ-2023-003"]);
    expect(decision.links.meeting!.map((m) => m.id)).toEqual(["LG-2025-02"]);
    const meeting = await json(dir, "LG-2025-02");
    const named = decisions.filter((d) => d.meeting === "LG-2025-02").sort(byDateThenId).map((d) => String(d.id));
    expect(meeting.links.decisions!.map((d) => d.id)).toEqual(named);
    expect(named.length).toBeGreaterThan(0);
    const text = await ikz(dir, "show", "LG-2025-02");
    await expect(text.stdout).toMatchFileSnapshot("./__snapshots__/show-meeting.txt");
  });

  it("a decision: its fulfilled conditions with their date, and a represented member named by the substitute", async () => {
    // IKZ-2023-003 records condition 1 of B-2025-008 as fulfilled on 05.09.2025; conditions 2 and 3 are open.
    const decision = await json(dir, "B-2025-008");
    expect(decision.links.conditions_done!.map((c) => [c.id, c.date])).toEqual([["Auflage 1", "2025-09-05"]]);
    const text = (await ikz(dir, "show", "B-2025-008")).stdout;
    expect(text).toMatch(/Erfüllte Auflagen \(1\)\n {2}05\.09\.2025 {2}Auflage 1 {2}erfüllt: Die Stadt Kelsterbach stellt/);
    // In LG-2023-03 Sabine Muster stood in for Thomas Will.
    expect((await ikz(dir, "show", "B-2023-006")).stdout).toMatch(/^Anwesend +.*Sabine Muster \(in Vertretung von Thomas Will\)$/m);
    expect((await ikz(dir, "--lang", "en", "show", "B-2023-006")).stdout).toMatch(/^Present +.*Sabine Muster \(representing Thomas Will\)$/m);
  });

  it("a council resolution whose body is a council kind of ikz.yaml reads as its German name", async () => {
    const copy = sampleCopy();
    const file = join(copy, "projects/IKZ-2023-002-gemeinsame-vollstreckungsstelle-suedkreis.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("body: Stadtverordnetenversammlung Riedstadt", "body: city_council"));
    const text = (await ikz(copy, "show", "IKZ-2023-002")).stdout;
    expect(text).not.toContain("city_council");
    expect(text).toMatch(/Riedstadt · Stadtverordnetenversammlung · 27\.06\.2024/);
  });

  it("a report: its accepting decision, or that it is not accepted; a lesson: its project", async () => {
    const accepted = await json(dir, "IKZ-2023-003/2026-Q2");
    expect(accepted.links.accepted_by!.map((d) => d.id)).toEqual(["B-2026-013"]);
    const open = await ikz(dir, "show", "ikz-2023-003/2025-q3");
    expect(open.code).toBe(0);
    expect(open.stdout).toContain("Abgenommen durch (0)\n  nicht abgenommen");
    expect(open.stdout).toMatch(/^Zeitraum +3\. Quartal 2025$/m);
    await expect(open.stdout).toMatchFileSnapshot("./__snapshots__/show-report.txt");
    const lesson = await json(dir, "LL-2025-001");
    expect(lesson.links.project!.map((p) => p.id)).toEqual(["IKZ-2023-002"]);
    expect(lesson.links.applied_in!.map((p) => p.id)).toEqual(["IKZ-2024-003"]);
  });

  it("an unknown ID is a usage error with the closest ID", async () => {
    const run = await ikz(dir, "show", "B-2025-08");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("„B-2025-08“ ist kein Datensatz des Registers – meinten Sie „B-2025-008“?");
  });

  it("English labels with --lang en", async () => {
    const run = await ikz(dir, "--lang", "en", "show", "IKZ-2023-003");
    expect(run.stdout).toMatch(/^Phase +Operation$/m);
    expect(run.stdout).toMatch(/^Planned savings per year +€36,000$/m);
  });
});

describe("ikz show on odd records", () => {
  it("shows a record that breaks its schema as written, with a warning, and strips escape sequences", async () => {
    const dir = sampleCopy();
    const file = join(dir, "lessons/LL-2024-001-gremienbeschluesse-frueh-planen.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^kind: .*$/m, "kind: grossartig").replace(/^title: .*$/m, 'title: "Früh planen \\e[31mrot\\e[0m"'));
    const run = await ikz(dir, "show", "LL-2024-001");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Achtung: dieser Datensatz verletzt das Schema");
    expect(run.stdout).toMatch(/^Art +grossartig$/m);
    expect(run.stdout).toContain("LL-2024-001 – Früh planen rot");
    expect(run.stdout).not.toMatch(/\u001b/);
  });

  it("says when the front matter cannot be read at all, and still lists the sections readably", async () => {
    const dir = sampleCopy();
    const file = join(dir, "lessons/LL-2024-001-gremienbeschluesse-frueh-planen.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: (.*)$/m, "title: [$1"));
    const run = await ikz(dir, "show", "LL-2024-001");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Achtung: die Kopfdaten (YAML) dieses Datensatzes sind fehlerhaft oder fehlen – „ikz validate“ zeigt die Stelle");
    expect(run.stdout).not.toContain("verletzt das Schema");
    expect(run.stdout).toMatch(/^Text {2,}\S/m);
  });
});

describe("ikz show --as-of", () => {
  it("shows the record as committed at that date", async () => {
    const dir = sampleCopy();
    const home = makeTempDir();
    const git = (date: string | undefined, ...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Anna Beispiel", "-c", "user.email=anna.beispiel@ikz.invalid", "-c", "commit.gpgsign=false", ...args], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C", ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      }).trim();
    git(undefined, "init", "-q", "-b", "main");
    git("2026-01-05T10:00:00+01:00", "add", "-A");
    git("2026-01-05T10:00:00+01:00", "commit", "-q", "-m", "Register übernommen");
    const file = join(dir, "projects/IKZ-2024-003-gemeinsamer-bauhof-nauheim-und-trebur.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^seat: .*$/m, "seat: nauheim"));
    git("2026-02-10T10:00:00+01:00", "commit", "-q", "-a", "-m", "Sitz geändert");
    const before = await json(dir, "IKZ-2024-003", "--as-of", "2026-02-09");
    const after = await json(dir, "IKZ-2024-003", "--as-of", "2026-02-10");
    expect(before.data.seat).not.toBe("nauheim");
    expect(after.data.seat).toBe("nauheim");
    expect(before.as_of).toEqual({ date: "2026-02-09", commit: git(undefined, "rev-parse", "HEAD~1") });
    const text = await ikz(dir, "show", "IKZ-2024-003", "--as-of", "2026-02-10");
    expect(text.stdout.split("\n")[0]).toBe(`Stand 10.02.2026 (Commit ${git(undefined, "rev-parse", "HEAD").slice(0, 10)})`);
    expect(text.stdout).toMatch(/^Sitz +Nauheim$/m);
  });
});
