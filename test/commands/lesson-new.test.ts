import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lessonNew } from "../../src/commands/lesson-new.js";
import { git, removeTempDirs } from "../helpers/cli.js";
import {
  gitStatus,
  ikzIn,
  lastCommitChanges,
  lastCommitMessage,
  readRecord,
  registerRepo,
  scriptedPrompter,
  testDeps,
  writeFlags,
  type AskedQuestion,
} from "../helpers/records.js";

afterAll(removeTempDirs);

describe("ikz lesson new (no terminal)", () => {
  it("creates lessons/<next id>-<slug>.md, not released, with the template body, in one commit", async () => {
    const dir = registerRepo();
    const run = await ikzIn(
      dir,
      "lesson", "new",
      "--title", "Kostenschlüssel früh mit allen Kämmereien abstimmen",
      "--kind", "failure", "--category", "finance",
      "--project", "IKZ-2024-002", "--applies-to", "klimaschutz, personal",
      "--tags", "kostenschluessel,gremien", "--author", "Marion Götz", "--date", "2026-09-01",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = "lessons/LL-2026-004-kostenschluessel-frueh-mit-allen-kaemmereien-abstimmen.md";
    expect(run.stdout).toContain(file);
    const { data, body } = readRecord(join(dir, file));
    expect(data).toEqual({
      id: "LL-2026-004",
      title: "Kostenschlüssel früh mit allen Kämmereien abstimmen",
      date: "2026-09-01",
      project: "IKZ-2024-002",
      kind: "failure",
      category: "finance",
      applies_to: ["klimaschutz", "personal"],
      tags: ["kostenschluessel", "gremien"],
      author: "Marion Götz",
      released: false,
    });
    expect(Object.keys(data)).toEqual(["id", "title", "date", "project", "kind", "category", "applies_to", "tags", "author", "released"]);
    expect(body).toMatch(/^\n## Ausgangssituation\n\nAus dem Projekt „Interkommunale Klimaschutzstelle“ \(IKZ-2024-002\)/);
    expect(body).toContain("\n## Erkenntnis\n");
    expect(body).toContain("\n## Empfehlung\n");
    expect(body).not.toMatch(/undefined|\n\n\n/);
    expect(lastCommitChanges(dir)).toEqual([`A\t${file}`]);
    expect(lastCommitMessage(dir)).toBe("ikz: Erfahrung LL-2026-004 angelegt: Kostenschlüssel früh mit allen Kämmereien abstimmen\n\nIkz-Record: LL-2026-004");
    expect(gitStatus(dir)).toBe("");
    const validate = await ikzIn(dir, "validate");
    expect(validate.code, validate.stdout).toBe(0);
  });

  it("numbers per year of the lesson's date and makes a safe slug of any title", async () => {
    const dir = registerRepo("minimal-register");
    const title = '--Gremien: "früh" planen ../ 😀 ' + "x".repeat(150);
    const run = await ikzIn(dir, "lesson", "new", "--title", title, "--kind", "note", "--category", "methodical", "--date", "2024-02-01");
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(join(dir, "lessons"));
    expect(files).toHaveLength(1);
    expect(files[0]).toBe("LL-2024-001-gremien-frueh-planen.md");
    const { data } = readRecord(join(dir, "lessons", files[0]!));
    expect(data.title).toBe(title);
    expect(data.released).toBe(false);
    expect((await ikzIn(dir, "validate")).code).toBe(0);
    const second = await ikzIn(dir, "lesson", "new", "--title", "Zweite", "--kind", "note", "--category", "legal", "--date", "2024-03-01");
    expect(second.code, second.stderr).toBe(0);
    expect(readdirSync(join(dir, "lessons")).sort()).toEqual(["LL-2024-001-gremien-frueh-planen.md", "LL-2024-002-zweite.md"]);
  });

  it("refuses unknown fields of action and projects with a suggestion (exit 2), changing nothing", async () => {
    const dir = registerRepo();
    const head = git(dir, "rev-parse", "HEAD");
    const field = await ikzIn(dir, "lesson", "new", "--title", "T", "--kind", "note", "--category", "legal", "--applies-to", "klimaschutz,vollstrekung");
    expect(field.code).toBe(2);
    expect(field.stderr).toContain("--applies-to");
    expect(field.stderr).toContain("meinten Sie „vollstreckung“");
    const project = await ikzIn(dir, "lesson", "new", "--title", "T", "--kind", "note", "--category", "legal", "--project", "IKZ-2024-02");
    expect(project.code).toBe(2);
    expect(project.stderr).toContain("meinten Sie „IKZ-2024-002“");
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(gitStatus(dir)).toBe("");
  });

  it("names the missing flag without a terminal (exit 2), and refuses an over-long title", async () => {
    const dir = registerRepo("minimal-register");
    const title = await ikzIn(dir, "lesson", "new", "--kind", "note", "--category", "legal");
    expect(title.code).toBe(2);
    expect(title.stderr).toContain("--title");
    const kind = await ikzIn(dir, "lesson", "new", "--title", "T", "--category", "legal");
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("--kind");
    const category = await ikzIn(dir, "lesson", "new", "--title", "T", "--kind", "note");
    expect(category.code).toBe(2);
    expect(category.stderr).toContain("--category");
    const long = await ikzIn(dir, "lesson", "new", "--title", "ä".repeat(201), "--kind", "note", "--category", "legal");
    expect(long.code).toBe(2);
    expect(long.stderr).toContain("--title");
    expect(gitStatus(dir)).toBe("");
  });
});

describe("lesson new with a terminal (scripted prompter)", () => {
  it("asks for title, kind and category with German labels", async () => {
    const dir = registerRepo("minimal-register");
    const asked: AskedQuestion[] = [];
    const prompter = scriptedPrompter(
      [
        { expect: /Titel/, answer: "Ordnungsdienst früh mit der Polizei abstimmen" },
        { expect: /Art/, answer: "success" },
        { expect: /Kategorie/, answer: "communication" },
      ],
      asked,
    );
    const outcome = await lessonNew({ ...writeFlags(dir), project: "IKZ-2025-002" }, testDeps({ prompter, today: "2025-11-03" }));
    expect(outcome.result).toEqual({ id: "LL-2025-001", file: "lessons/LL-2025-001-ordnungsdienst-frueh-mit-der-polizei-abstimmen.md" });
    expect(asked[1]!.choices!.map((c) => c.name)).toEqual(["Erfolg", "Misserfolg", "Hinweis"]);
    expect(asked[2]!.choices!.map((c) => c.name)).toContain("Kommunikation");
    const { data } = readRecord(join(dir, outcome.result.file));
    expect(data).toEqual({
      id: "LL-2025-001",
      title: "Ordnungsdienst früh mit der Polizei abstimmen",
      date: "2025-11-03",
      project: "IKZ-2025-002",
      kind: "success",
      category: "communication",
      released: false,
    });
    expect(lastCommitChanges(dir)).toEqual([`A\t${outcome.result.file}`]);
  });

  it("checks --project before asking anything", async () => {
    const dir = registerRepo("minimal-register");
    const deps = testDeps({ prompter: scriptedPrompter([]) });
    await expect(lessonNew({ ...writeFlags(dir), project: "IKZ-2025-003" }, deps)).rejects.toMatchObject({ key: "unknown-code", exitCode: 2 });
  });
});
