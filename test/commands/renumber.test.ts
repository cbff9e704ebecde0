import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renumber } from "../../src/commands/renumber.js";
import { git, removeTempDirs } from "../helpers/cli.js";
import { gitStatus, ikzIn, lastCommitChanges, lastCommitMessage, readRecord, registerRepo, snapshot, testDeps, writeFlags } from "../helpers/records.js";

afterAll(removeTempDirs);

/** The register as it must be after renumbering: every path and every byte with the old ID replaced, nothing else. */
function expectedAfter(before: Map<string, string>, oldId: string, newId: string, move: (path: string) => string = (p) => p.replaceAll(oldId, newId)): Map<string, string> {
  const mention = new RegExp(`(?<![A-Za-z0-9_-])${oldId}(?![A-Za-z0-9_])`, "g");
  const isRecord = (path: string) => /^(projects|decisions|meetings|reports|lessons)\//.test(path);
  return new Map([...before].map(([path, text]) => (isRecord(path) ? [move(path), text.replace(mention, newId)] : [path, text])));
}

describe("ikz renumber", () => {
  it("renumbers a project: file, reports folder, decisions, meetings, lessons – one commit with renames, register valid", async () => {
    const dir = registerRepo();
    const before = snapshot(dir);
    const run = await ikzIn(dir, "renumber", "IKZ-2024-002", "IKZ-2024-009");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("projects/IKZ-2024-002-interkommunale-klimaschutzstelle.md → projects/IKZ-2024-009-interkommunale-klimaschutzstelle.md");

    // Nothing but the ID changed, byte for byte, in every file of the register.
    expect(snapshot(dir)).toEqual(expectedAfter(before, "IKZ-2024-002", "IKZ-2024-009"));
    expect(existsSync(join(dir, "reports/IKZ-2024-002"))).toBe(false);
    expect(readRecord(join(dir, "reports/IKZ-2024-009/assessment.md")).data.project).toBe("IKZ-2024-009");
    expect(readRecord(join(dir, "decisions/2025/B-2025-009.md")).data.report).toBe("IKZ-2024-009/assessment");
    expect(readRecord(join(dir, "lessons/LL-2024-001-gremienbeschluesse-frueh-planen.md")).data.applied_in).toEqual(["IKZ-2024-001", "IKZ-2024-009"]);
    const agenda = readRecord(join(dir, "meetings/2024/LG-2024-02.md")).data.agenda as Array<{ project?: string }>;
    expect(agenda.some((a) => a.project === "IKZ-2024-009")).toBe(true);

    const changes = lastCommitChanges(dir);
    expect(changes.some((c) => /^R\d{3}\tprojects\/IKZ-2024-002-interkommunale-klimaschutzstelle\.md\tprojects\/IKZ-2024-009-interkommunale-klimaschutzstelle\.md$/.test(c))).toBe(true);
    for (const period of ["2026-Q1", "2026-Q2", "2026-Q3", "assessment"]) {
      expect(changes.some((c) => /^R\d{3}\t/.test(c) && c.endsWith(`\treports/IKZ-2024-002/${period}.md\treports/IKZ-2024-009/${period}.md`))).toBe(true);
    }
    const touched = [...before].filter(([path, text]) => path !== "ikz.yaml" && (path.includes("IKZ-2024-002") || text.includes("IKZ-2024-002"))).length;
    expect(changes).toHaveLength(touched);
    expect(changes.filter((c) => c.startsWith("M\t")).map((c) => c.slice(2))).toContain("lessons/LL-2024-001-gremienbeschluesse-frueh-planen.md");
    expect(lastCommitMessage(dir)).toBe("ikz: IKZ-2024-002 → IKZ-2024-009 umnummeriert\n\nIkz-Record: IKZ-2024-009");
    expect(gitStatus(dir)).toBe("");
    const validate = await ikzIn(dir, "validate");
    expect(validate.code, validate.stdout).toBe(0);
  });

  it("renumbers a decision (supersedes, conditions_done, minutes) and a meeting (decisions' meeting)", async () => {
    const dir = registerRepo();
    const before = snapshot(dir);
    const decision = await ikzIn(dir, "renumber", "B-2025-008", "B-2025-030");
    expect(decision.code, decision.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(expectedAfter(before, "B-2025-008", "B-2025-030"));
    const project = readRecord(join(dir, "projects/IKZ-2023-003-gemeinsame-aufsicht-ueber-geldspielgeraete-in-gaststaetten.md")).data;
    expect((project.conditions_done as Array<{ decision: string }>).map((c) => c.decision)).toContain("B-2025-030");
    expect(lastCommitMessage(dir)).toContain("Ikz-Record: B-2025-030");

    const middle = snapshot(dir);
    const meeting = await ikzIn(dir, "renumber", "LG-2025-02", "LG-2025-12");
    expect(meeting.code, meeting.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(expectedAfter(middle, "LG-2025-02", "LG-2025-12"));
    expect(readRecord(join(dir, "decisions/2025/B-2025-030.md")).data.meeting).toBe("LG-2025-12");
    expect(lastCommitChanges(dir).find((c) => c.startsWith("R"))).toMatch(/^R\d{3}\tmeetings\/2025\/LG-2025-02\.md\tmeetings\/2025\/LG-2025-12\.md$/);
    expect((await ikzIn(dir, "validate")).code).toBe(0);
  });

  it("keeps comments, BOM and CRLF of the files it rewrites", async () => {
    const dir = registerRepo();
    const lesson = join(dir, "lessons/LL-2024-001-gremienbeschluesse-frueh-planen.md");
    const text = readFileSync(lesson, "utf8")
      .replace("applied_in:\n", "# wo die Erfahrung schon genutzt wurde\napplied_in: # Projekte\n")
      .replace("  - IKZ-2024-002\n", "  - IKZ-2024-002 # Klimaschutz\n")
      .replace(/\n/g, "\r\n");
    writeFileSync(lesson, `\uFEFF${text}`);
    const report = join(dir, "reports/IKZ-2024-002/2026-Q1.md");
    writeFileSync(report, readFileSync(report, "utf8").replace(/\n/g, "\r\n").replace("sample: true", "sample: true # Beispiel"));
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "CRLF und Kommentare");
    const before = snapshot(dir);

    const run = await ikzIn(dir, "renumber", "IKZ-2024-002", "IKZ-2024-009");
    expect(run.code, run.stderr).toBe(0);
    const after = readFileSync(lesson, "utf8");
    expect(after).toBe(`\uFEFF${text.replaceAll("IKZ-2024-002", "IKZ-2024-009")}`);
    expect(after).toContain("  - IKZ-2024-009 # Klimaschutz\r\n");
    expect(after.replace(/\r\n/g, "")).not.toContain("\n");
    const moved = readFileSync(join(dir, "reports/IKZ-2024-009/2026-Q1.md"), "utf8");
    expect(moved).toContain("project: IKZ-2024-009\r\n");
    expect(moved).toContain("sample: true # Beispiel\r\n");
    expect(moved.replace(/\r\n/g, "")).not.toContain("\n");
    expect(snapshot(dir)).toEqual(expectedAfter(before, "IKZ-2024-002", "IKZ-2024-009"));
    expect((await ikzIn(dir, "validate")).code).toBe(0);
  });

  it("fixes an ID collision found by validate --base on a branch", async () => {
    const dir = await lessonCollision(["Deren Erfahrung"]);

    const collision = await ikzIn(dir, "validate", "--base", "main");
    expect(collision.code).toBe(1);
    expect(collision.stdout).toContain("LL-2025-001");
    const run = await ikzIn(dir, "renumber", "LL-2025-001", "LL-2025-002");
    expect(run.code, run.stderr).toBe(0);
    expect(lastCommitChanges(dir)).toEqual([expect.stringMatching(/^R\d{3}\tlessons\/LL-2025-001-unsere-erfahrung\.md\tlessons\/LL-2025-002-unsere-erfahrung\.md$/)]);
    const clean = await ikzIn(dir, "validate", "--base", "main");
    expect(clean.code, clean.stdout).toBe(0);
  });

  it("with --base renumbers only a record new on the branch, and only to an ID free on the target too", async () => {
    const dir = await lessonCollision(["Deren Erfahrung", "Noch eine"]);
    const head = git(dir, "rev-parse", "HEAD");
    const before = snapshot(dir);

    // A record that was there when the branch left main keeps its ID.
    const old = await ikzIn(dir, "renumber", "IKZ-2025-001", "IKZ-2025-009", "--base", "main");
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/IKZ-2025-001 gab es schon, als dieser Zweig von main abzweigte \(projects\/IKZ-2025-001-[a-z0-9-]+\.md\)/);
    // LL-2025-002 is free here but taken on main: that would only move the collision.
    const taken = await ikzIn(dir, "renumber", "LL-2025-001", "LL-2025-002", "--base", "main");
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("auf main schon vergeben (lessons/LL-2025-002-noch-eine.md)");
    expect(taken.stderr).toContain("z. B. LL-2025-003");
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(snapshot(dir)).toEqual(before);

    const run = await ikzIn(dir, "renumber", "LL-2025-001", "LL-2025-003", "--base", "main");
    expect(run.code, run.stderr).toBe(0);
    const clean = await ikzIn(dir, "validate", "--base", "main");
    expect(clean.code, clean.stdout).toBe(0);
  });

  it("refuses a new ID that exists, has the wrong shape or year, and unknown or report IDs (exit 2), changing nothing", async () => {
    const dir = registerRepo();
    const head = git(dir, "rev-parse", "HEAD");
    const before = snapshot(dir);
    const taken = await ikzIn(dir, "renumber", "IKZ-2024-002", "IKZ-2024-003");
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("IKZ-2024-003");
    expect(taken.stderr).toContain("IKZ-2024-005");
    const year = await ikzIn(dir, "renumber", "B-2025-008", "B-2026-030");
    // The decision's date as a German reader writes it, not as YAML stores it.
    expect(year.stderr).toMatch(/das Jahr der ID muss das Jahr des Datums sein \(\d\d\.\d\d\.2025\)/);
    for (const args of [
      ["IKZ-2024-002", "B-2024-030"],
      ["IKZ-2024-002", "IKZ-24-9"],
      ["B-2025-008", "B-2026-030"],
      ["IKZ-2024-022", "IKZ-2024-009"],
      ["IKZ-2024-002/assessment", "IKZ-2024-009/assessment"],
      ["LG-2025-02", "LG-2025-03"],
    ]) {
      const run = await ikzIn(dir, "renumber", ...args);
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(2);
      expect(run.stderr).not.toMatch(/missing message|unerwartet/);
    }
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(snapshot(dir)).toEqual(before);
    expect(gitStatus(dir)).toBe("");
  });

  it("works in-process and stages only with --no-commit", async () => {
    const dir = registerRepo("minimal-register");
    const head = git(dir, "rev-parse", "HEAD");
    const outcome = await renumber({ ...writeFlags(dir), noCommit: true, oldId: "ikz-2025-002", newId: "ikz-2025-007" }, testDeps());
    expect(outcome.commit).toBeUndefined();
    expect(outcome.result).toEqual({
      kind: "project",
      oldId: "IKZ-2025-002",
      newId: "IKZ-2025-007",
      renamed: [{ from: "projects/IKZ-2025-002-ordnungspolizei-mittelkreis.md", to: "projects/IKZ-2025-007-ordnungspolizei-mittelkreis.md" }],
      updated: [],
    });
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(gitStatus(dir).split("\n").sort()).toEqual(["R  projects/IKZ-2025-002-ordnungspolizei-mittelkreis.md -> projects/IKZ-2025-007-ordnungspolizei-mittelkreis.md"]);
  });
});

/**
 * A repository whose branch "feature" records lesson LL-2025-001 ("Unsere Erfahrung") while main, after the
 * branch left it, records the given lessons (LL-2025-001 onwards): the ID collision validate --base reports.
 */
async function lessonCollision(onMain: readonly string[]): Promise<string> {
  const dir = registerRepo("minimal-register");
  git(dir, "checkout", "-q", "-b", "feature");
  const ours = await ikzIn(dir, "lesson", "new", "--title", "Unsere Erfahrung", "--kind", "note", "--category", "legal", "--date", "2025-05-01");
  expect(ours.code, ours.stderr).toBe(0);
  git(dir, "checkout", "-q", "main");
  for (const title of onMain) {
    const theirs = await ikzIn(dir, "lesson", "new", "--title", title, "--kind", "note", "--category", "legal", "--date", "2025-05-02");
    expect(theirs.code, theirs.stderr).toBe(0);
  }
  git(dir, "checkout", "-q", "feature");
  return dir;
}
