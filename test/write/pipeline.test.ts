// The write pipeline seen through the commands: refusals, what lands in Git, concurrency.
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { filesIn, ikz, makeRegister, readRecord, status } from "./register-repo.js";

afterAll(removeTempDirs);

const P1 = "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md";

describe("refusals leave the register as it was", () => {
  it("a file with uncommitted changes: exit 3, the file keeps the person's edit, nothing committed", async () => {
    const reg = makeRegister();
    const path = join(reg.dir, P1);
    const edited = readFileSync(path, "utf8").replace("Jede Kommune", "Jede einzelne Kommune");
    writeFileSync(path, edited);
    const head = git(reg.dir, "rev-parse", "HEAD");
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim", "--level", "observer", "--date", "2025-04-01"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(P1);
    expect(run.stderr).toContain("--allow-dirty");
    expect(readFileSync(path, "utf8")).toBe(edited);
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    expect(status(reg)).toBe(`M ${P1}`); // " M": changed in the work tree only (git() trims)
    const allowed = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim", "--level", "observer", "--date", "2025-04-01", "--allow-dirty"]);
    expect(allowed.code).toBe(0);
    expect(readFileSync(path, "utf8")).toContain("Jede einzelne Kommune");
    // The hand edit went into ikz's commit with it: said, with the commit to look at.
    const commit = git(reg.dir, "rev-parse", "--short=10", "HEAD");
    expect(allowed.stderr).toContain(`ikz: Achtung: ${P1} hatte nicht übernommene Änderungen; mit --allow-dirty sind sie im Commit ${commit} enthalten`);
    expect(git(reg.dir, "show", "HEAD", "--", P1)).toContain("+Jede einzelne Kommune");
    // A clean file says nothing of the kind.
    const clean = await ikz(reg, ["interest", "IKZ-2025-001", "trebur", "--level", "observer", "--date", "2025-04-01", "--allow-dirty"]);
    expect([clean.code, clean.stderr]).toEqual([0, ""]);
  });

  it("a record folder that is a symbolic link: nothing is written through it (exit 3), nothing changes", async () => {
    const reg = makeRegister();
    const outside = makeTempDir();
    symlinkSync(outside, join(reg.dir, "lessons"));
    git(reg.dir, "add", "-A");
    git(reg.dir, "commit", "-q", "-m", "lessons as a link");
    const head = git(reg.dir, "rev-parse", "HEAD");
    const run = await ikz(reg, ["lesson", "new", "--title", "Hinter dem Link", "--kind", "note", "--category", "legal", "--author", "T", "--date", "2025-04-01"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/ikz: Fehler: lessons\/LL-2025-\d{3}-hinter-dem-link\.md läge hinter der symbolischen Verknüpfung lessons – ikz schreibt nicht durch Verknüpfungen/);
    expect(readdirSync(outside)).toEqual([]);
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    expect(status(reg)).toBe("");
  });

  it("no Git identity anywhere: exit 3 with how to set it, nothing written", async () => {
    const reg = makeRegister("minimal", false);
    const env = { GIT_AUTHOR_NAME: undefined, GIT_AUTHOR_EMAIL: undefined, GIT_COMMITTER_NAME: undefined, GIT_COMMITTER_EMAIL: undefined, EMAIL: undefined };
    const run = await ikz(reg, ["new-project", "--title", "Ohne Namen", "--field", "finanzen"], env);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("git config --global user.name");
    expect(status(reg)).toBe("");
    expect(filesIn(reg, "projects")).toHaveLength(2);
  });

  it("an identity given only in the environment (as in CI) is used for the commit", async () => {
    // Fails while src/io/git.ts lets simple-git 4 strip ambient GIT_* variables (its environment guard).
    const reg = makeRegister("minimal", false);
    const run = await ikz(reg, ["new-project", "--title", "Aus der CI", "--field", "finanzen"], { GIT_AUTHOR_NAME: "CI Bot", GIT_AUTHOR_EMAIL: "ci@ikz.invalid", GIT_COMMITTER_NAME: "CI Bot", GIT_COMMITTER_EMAIL: "ci@ikz.invalid" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(git(reg.dir, "log", "-1", "--format=%an <%ae>")).toBe("CI Bot <ci@ikz.invalid>");
  });

  it("a change that would make the register invalid: exit 1 with the finding, files and index unchanged", async () => {
    const reg = makeRegister();
    const before = readFileSync(join(reg.dir, P1));
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim", "--level", "observer", "--date", "2020-01-01"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nichts geändert");
    expect(run.stderr).toMatch(new RegExp(`${P1}:\\d+:\\d+: IKZ-PRJ-005 interest\\[1\\]\\.date`));
    expect(readFileSync(join(reg.dir, P1)).equals(before)).toBe(true);
    expect(status(reg)).toBe("");
  });

  it("an unknown municipality: exit 2 with „meinten Sie“ and nothing changed", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["council", "IKZ-2025-001", "raunhiem", "--result", "approved", "--date", "2025-05-01"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("meinten Sie „raunheim“");
    expect(status(reg)).toBe("");
  });
});

describe("what lands in Git", () => {
  it("one commit with exactly the touched path, `ikz: …` and the Ikz-Record trailer; unrelated staged files stay staged", async () => {
    const reg = makeRegister();
    writeFileSync(join(reg.dir, "notes.txt"), "eigene Notiz\n");
    git(reg.dir, "add", "notes.txt");
    const run = await ikz(reg, ["milestone", "add", "IKZ-2025-001", "--title", "Start", "--due", "2025-09-01"]);
    expect(run.code).toBe(0);
    expect(git(reg.dir, "show", "--name-only", "--format=", "HEAD")).toBe(P1);
    expect(git(reg.dir, "log", "-1", "--format=%B")).toBe("ikz: Meilenstein M1 für IKZ-2025-001: Start\n\nIkz-Record: IKZ-2025-001");
    expect(git(reg.dir, "log", "-1", "--format=%(trailers:key=Ikz-Record,valueonly)")).toBe("IKZ-2025-001");
    expect(status(reg)).toBe("A  notes.txt");
  });

  it("--no-commit stages the change for review", async () => {
    const reg = makeRegister();
    const head = git(reg.dir, "rev-parse", "HEAD");
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim", "--level", "observer", "--no-commit"]);
    expect(run.code).toBe(0);
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    expect(status(reg)).toBe(`M  ${P1}`);
  });
});

describe("concurrent runs", () => {
  it("two new-project runs at once get two distinct IDs, both committed, register valid", async () => {
    const reg = makeRegister();
    const [a, b] = await Promise.all([
      ikz(reg, ["--json", "new-project", "--title", "Erstes Projekt", "--field", "finanzen", "--date", "2026-02-01"]),
      ikz(reg, ["--json", "new-project", "--title", "Zweites Projekt", "--field", "finanzen", "--date", "2026-02-01"]),
    ]);
    expect(a.stderr + b.stderr).toBe("");
    expect([a.code, b.code]).toEqual([0, 0]);
    const ids = [a, b].map((r) => (JSON.parse(r.stdout) as { id: string }).id).sort();
    expect(ids).toEqual(["IKZ-2026-001", "IKZ-2026-002"]);
    expect(git(reg.dir, "log", "--format=%(trailers:key=Ikz-Record,valueonly)", "-2").split("\n").filter(Boolean).sort()).toEqual(ids);
    expect(status(reg)).toBe("");
    for (const id of ids) expect(readRecord(reg, filesIn(reg, "projects").find((f) => f.includes(id))!).id).toBe(id);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });
});
