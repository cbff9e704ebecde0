import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { git, makeGitRepo, makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";
import { shellWord } from "../../src/io/shell-word.js";

const PACKAGE = fileURLToPath(new URL("../../", import.meta.url));
const RECORD_FOLDERS = ["projects", "decisions", "meetings", "reports", "lessons"];

afterAll(removeTempDirs);

/** A home folder of its own and no system config, so no global Git setting leaks in; optionally a fixed identity. */
function testEnv(identity = true): Record<string, string | undefined> {
  const home = makeTempDir();
  const who = identity ? "IKZ Test" : undefined;
  const mail = identity ? "test@ikz.invalid" : undefined;
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: undefined,
    GIT_AUTHOR_NAME: who,
    GIT_AUTHOR_EMAIL: mail,
    GIT_COMMITTER_NAME: who,
    GIT_COMMITTER_EMAIL: mail,
    EMAIL: undefined,
  };
}

function ikz(args: string[], cwd: string, env = testEnv()): Promise<RunResult> {
  return runIkz(args, { cwd, env });
}

/** Every file below a folder (including .git) with a hash of its content: equal listings mean nothing changed. */
function snapshot(dir: string, base = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const rel = base === "" ? e.name : `${base}/${e.name}`;
      if (e.isDirectory()) return [`${rel}/`, ...snapshot(join(dir, e.name), rel)];
      return [`${rel} ${createHash("sha1").update(readFileSync(join(dir, e.name))).digest("hex")}`];
    })
    .sort();
}

/** Files below a folder, relative, without .git. */
function files(dir: string, base = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name !== ".git")
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), `${base}${e.name}/`) : [`${base}${e.name}`]))
    .sort();
}

function committedFiles(repo: string): string[] {
  return git(repo, "show", "--name-only", "--format=", "HEAD").split("\n").filter(Boolean).sort();
}

function readYaml(path: string): Record<string, unknown> {
  return parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

function sampleRecords(): string[] {
  return RECORD_FOLDERS.flatMap((f) => files(join(PACKAGE, "register", f), `${f}/`));
}

async function expectValid(dir: string): Promise<void> {
  const run = await ikz(["validate", "--register", dir], dir);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/keine Fehler/);
}

describe("ikz init --preset gross-gerau", () => {
  it("creates a Git repository with the real configuration, folders, templates and Git settings, in one commit", async () => {
    const dir = join(makeTempDir(), "register");
    const run = await ikz(["init", dir, "--json"], makeTempDir());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { dir: string; files: string[]; commit: string };
    expect(out.dir).toBe(dir);
    expect(out.commit).toMatch(/^[0-9a-f]{40}$/);

    expect(git(dir, "rev-parse", "--show-toplevel")).toBe(dir);
    expect(git(dir, "branch", "--show-current")).toBe("main");
    expect(git(dir, "rev-parse", "HEAD")).toBe(out.commit);
    expect(git(dir, "log", "-1", "--format=%B").trim()).toBe("ikz: Register angelegt\n\nIkz-Record: ikz.yaml");
    expect(git(dir, "rev-list", "--count", "HEAD")).toBe("1");
    expect(committedFiles(dir)).toEqual([...out.files].sort());
    expect(files(dir)).toEqual([...out.files].sort());
    expect(git(dir, "status", "--porcelain")).toBe("");

    const config = readYaml(join(dir, "ikz.yaml"));
    expect(config.sample).toBeUndefined();
    expect(config.name).toBe("IKZ im Kreis Groß-Gerau");
    const municipalities = config.municipalities as Array<{ id: string; kind: string }>;
    expect(municipalities).toHaveLength(15);
    expect(municipalities.filter((m) => m.kind === "district").map((m) => m.id)).toEqual(["kreis-gross-gerau"]);
    const members = (config.steering_group as { members: Array<{ name: string; until?: string }> }).members;
    expect(members.map((m) => m.name)).toEqual(["Marion Götz", "Thomas Schell", "Carsten Sittmann", "Heinz-Peter Becker", "Patrick Burghardt", "Thomas Will"]);
    expect(members.every((m) => m.until === undefined)).toBe(true);
    expect(readFileSync(join(dir, "ikz.yaml"), "utf8")).toMatch(/^# /);
    const rules = (config.funding_programs as Array<{ rules: Record<string, unknown> }>)[0]?.rules;
    expect(rules).toMatchObject({ min_partners: 3, min_duration_years: 5, min_savings_pct: 15 });

    for (const folder of RECORD_FOLDERS) expect(readFileSync(join(dir, folder, ".gitkeep"), "utf8")).toBe("");
    const shipped = readdirSync(join(PACKAGE, "templates")).filter((n) => n.endsWith(".md"));
    expect(shipped).toContain("project.md");
    for (const name of shipped) expect(readFileSync(join(dir, "templates", name), "utf8")).toBe(readFileSync(join(PACKAGE, "templates", name), "utf8"));
    const attributes = readFileSync(join(dir, ".gitattributes"), "utf8");
    for (const line of ["*.md text eol=lf", "*.yaml text eol=lf", "*.yml text eol=lf"]) expect(attributes).toContain(line);
    expect(existsSync(join(dir, ".gitignore"))).toBe(true);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toMatch(/^# IKZ im Kreis Groß-Gerau\n[\s\S]*ikz validate[\s\S]*ikz new-project/);
    // --ci defaults to both
    expect(existsSync(join(dir, ".github/workflows/ikz.yml"))).toBe(true);
    expect(existsSync(join(dir, ".gitlab-ci.yml"))).toBe(true);

    await expectValid(dir);
  });

  it("prints German lines by default and English with --lang en", async () => {
    const cwd = makeTempDir();
    const de = await ikz(["init", "de-register"], cwd);
    expect(de.code).toBe(0);
    expect(de.stdout).toMatch(/^Register angelegt in /);
    expect(de.stdout).toContain("Git-Repository angelegt (Zweig main)");
    expect(de.stdout).toContain("angelegt: templates/project.md");
    expect(de.stdout).toMatch(/Nächste Schritte:\n  cd de-register\n  ikz validate .*\n  ikz new-project /);
    const en = await ikz(["init", "en-register", "--lang", "en"], cwd);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Register created in /);
    expect(en.stdout).toContain("Next steps:");
    expect(en.stdout).not.toContain("angelegt:");
  });

  it("initialises the current folder when no folder is given", async () => {
    const cwd = makeTempDir();
    const run = await ikz(["init", "--ci", "none"], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("  cd ");
    expect(existsSync(join(cwd, ".git"))).toBe(true);
    await expectValid(cwd);
  });
});

describe("ikz init --preset empty", () => {
  it("writes a commented skeleton that validates", async () => {
    const dir = join(makeTempDir(), "leer");
    const run = await ikz(["init", dir, "--preset", "empty"], makeTempDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("leeres Gerüst");
    expect(run.stdout).toContain("ikz.yaml anpassen");
    const text = readFileSync(join(dir, "ikz.yaml"), "utf8");
    expect(text.split("\n").filter((l) => l.trimStart().startsWith("#")).length).toBeGreaterThan(10);
    expect(readYaml(join(dir, "ikz.yaml")).sample).toBeUndefined();
    await expectValid(dir);
  });
});

describe("ikz init --sample", () => {
  for (const preset of ["gross-gerau", "empty"]) {
    it(`copies the sample register's records and configuration (--preset ${preset})`, async () => {
      const dir = join(makeTempDir(), "beispiel");
      const run = await ikz(["init", dir, "--preset", preset, "--sample", "--json"], makeTempDir());
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout) as { files: string[] };
      const records = sampleRecords();
      expect(records.length).toBeGreaterThan(100);
      for (const file of records) expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(PACKAGE, "register", file)));
      expect(readFileSync(join(dir, "ikz.yaml"))).toEqual(readFileSync(join(PACKAGE, "register", "ikz.yaml")));
      expect(committedFiles(dir)).toEqual([...out.files].sort());
      expect(out.files).toEqual(expect.arrayContaining(records));
      await expectValid(dir);
    });
  }
});

describe("ikz init --ci", () => {
  const workflow = ".github/workflows/ikz.yml";
  const gitlab = ".gitlab-ci.yml";

  function expectGithub(path: string, register = ""): void {
    const doc = readYaml(path);
    expect(doc.on).toHaveProperty("pull_request");
    const steps = ((doc.jobs as Record<string, { steps: Array<Record<string, unknown>> }>).validate?.steps ?? []) as Array<{ uses?: string; with?: Record<string, unknown>; run?: string }>;
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with?.["fetch-depth"]).toBe(0);
    expect(steps.find((s) => s.uses?.startsWith("actions/setup-node"))?.with?.["node-version"]).toBe(22);
    const runs = steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("npm install -g ikz");
    expect(runs).toContain(`ikz validate${register} --base "origin/\${{ github.base_ref }}" --format github`);
    expect(readFileSync(path, "utf8")).toMatch(/interne.*Paketquelle/);
  }

  function expectGitlab(path: string, register = ""): void {
    const job = (readYaml(path) as Record<string, { rules: unknown[]; script: string[]; artifacts: { when: string; reports: Record<string, string> } }>)["ikz-validate"];
    expect(job).toBeDefined();
    expect(JSON.stringify(job?.rules)).toContain("merge_request_event");
    const script = (job?.script ?? []).join("\n");
    expect(script).toMatch(/git fetch origin .*\$CI_MERGE_REQUEST_TARGET_BRANCH_NAME/);
    expect(script).toContain(`ikz validate${register} --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format gitlab > gl-code-quality-report.json`);
    expect(script).toContain(`ikz validate${register} --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format junit > ikz-junit.xml`);
    expect(job?.artifacts.when).toBe("always");
    expect(job?.artifacts.reports).toEqual({ codequality: "gl-code-quality-report.json", junit: "ikz-junit.xml" });
  }

  it("github writes only the GitHub workflow", async () => {
    const dir = makeTempDir();
    expect((await ikz(["init", ".", "--ci", "github"], dir)).code).toBe(0);
    expectGithub(join(dir, workflow));
    expect(existsSync(join(dir, gitlab))).toBe(false);
    expect(committedFiles(dir)).toContain(workflow);
  });

  it("gitlab writes only the GitLab pipeline", async () => {
    const dir = makeTempDir();
    expect((await ikz(["init", ".", "--ci", "gitlab"], dir)).code).toBe(0);
    expectGitlab(join(dir, gitlab));
    expect(existsSync(join(dir, ".github"))).toBe(false);
    expect(committedFiles(dir)).toContain(gitlab);
  });

  it("both writes both, none neither", async () => {
    const both = makeTempDir();
    expect((await ikz(["init", ".", "--ci", "both"], both)).code).toBe(0);
    expectGithub(join(both, workflow));
    expectGitlab(join(both, gitlab));
    const none = makeTempDir();
    expect((await ikz(["init", ".", "--ci", "none"], none)).code).toBe(0);
    expect(existsSync(join(none, ".github"))).toBe(false);
    expect(existsSync(join(none, gitlab))).toBe(false);
    await expectValid(none);
  });

  it("in a subfolder of a repository: CI files at the repository root with --register, existing ones kept", async () => {
    const repo = makeTempDir();
    writeFileSync(join(repo, "README.md"), "Andere Inhalte\n");
    writeFileSync(join(repo, gitlab), "stages: [build]\n");
    makeGitRepo(repo);
    const run = await ikz(["init", "daten/ikz register", "--json"], repo);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { files: string[]; skipped: string[] };
    expect(out.skipped).toEqual([gitlab]);
    expect(readFileSync(join(repo, gitlab), "utf8")).toBe("stages: [build]\n");
    expectGithub(join(repo, workflow), " --register 'daten/ikz register'");
    expect(out.files).toContain(workflow);
    expect(out.files).toContain("daten/ikz register/ikz.yaml");
  });
});

describe("ikz init inside an existing repository", () => {
  it("creates the register as a folder of the repository, without a nested .git, and commits only its files", async () => {
    const repo = makeTempDir();
    writeFileSync(join(repo, "README.md"), "Projekt\n");
    makeGitRepo(repo);
    // Unrelated staged work stays staged and out of the commit.
    writeFileSync(join(repo, "notes.txt"), "Entwurf\n");
    git(repo, "add", "notes.txt");
    const before = git(repo, "rev-parse", "HEAD");
    const run = await ikz(["init", "register", "--ci", "gitlab"], repo);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const dir = join(repo, "register");
    expect(existsSync(join(dir, ".git"))).toBe(false);
    expect(run.stdout).toContain(`im bestehenden Git-Repository ${repo}`);
    expect(git(repo, "rev-parse", "HEAD~1")).toBe(before);
    const committed = committedFiles(repo);
    expect(committed).toEqual([...files(dir).map((f) => `register/${f}`), ".gitlab-ci.yml"].sort());
    expect(git(repo, "diff", "--cached", "--name-only")).toBe("notes.txt");
    expectGitlabRegister(join(repo, ".gitlab-ci.yml"));
    await expectValid(dir);
    const base = await ikz(["validate", "--register", "register", "--base", before, "--format", "gitlab"], repo);
    expect(base.code).toBe(0);
    expect(JSON.parse(base.stdout)).toEqual([]);
  });

  function expectGitlabRegister(path: string): void {
    expect((readYaml(path)["ikz-validate"] as { script: string[] }).script.join("\n")).toContain("ikz validate --register register --base");
  }
});

describe("refusals", () => {
  it("names a folder with spaces as one shell word in the command it suggests", async () => {
    const parent = makeTempDir();
    expect((await ikz(["init", "Neues Register"], parent)).code).toBe(0);
    const again = await ikz(["init", "Neues Register"], parent);
    expect(again.code).toBe(3);
    const quoted = process.platform === "win32" ? `"${join(parent, "Neues Register")}"` : `'${join(parent, "Neues Register")}'`;
    expect(again.stderr).toContain(`ikz validate --register ${quoted}`);
  });

  it("refuses a second init into the same folder (exit 3) and changes nothing", async () => {
    const dir = makeTempDir();
    expect((await ikz(["init", "."], dir)).code).toBe(0);
    const before = snapshot(dir);
    const again = await ikz(["init", ".", "--preset", "empty", "--sample"], dir);
    expect(again.code).toBe(3);
    expect(again.stdout).toBe("");
    expect(again.stderr).toMatch(/^ikz: Fehler: .* enthält schon ein Register \(ikz\.yaml\)/);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(snapshot(dir)).toEqual(before);
    const en = await ikz(["init", ".", "--lang", "en"], dir);
    expect(en.code).toBe(3);
    expect(en.stderr).toMatch(/already holds a register/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses a folder whose record folders hold files, even without ikz.yaml", async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, "decisions/2025"), { recursive: true });
    writeFileSync(join(dir, "decisions/2025/B-2025-001.md"), "---\nid: B-2025-001\n---\n");
    const before = snapshot(dir);
    const run = await ikz(["init", "."], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("(decisions/)");
    expect(snapshot(dir)).toEqual(before);
  });

  it("refuses when a file it would write exists, before writing anything; a README is kept", async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates/project.md"), "eigene Vorlage\n");
    writeFileSync(join(dir, "README.md"), "eigenes README\n");
    const before = snapshot(dir);
    const run = await ikz(["init", "."], dir);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("templates/project.md");
    expect(run.stderr).not.toContain("README.md");
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, ".git"))).toBe(false);
  });

  it("keeps an existing README and reports it", async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, "README.md"), "eigenes README\n");
    const run = await ikz(["init", "."], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("schon vorhanden, nicht verändert: README.md");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("eigenes README\n");
    expect(committedFiles(dir)).not.toContain("README.md");
    await expectValid(dir);
  });

  it("refuses a file as target", async () => {
    const parent = makeTempDir();
    writeFileSync(join(parent, "datei"), "x\n");
    const run = await ikz(["init", "datei"], parent);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("ist eine Datei, kein Ordner");
  });
});

describe("without a Git identity", () => {
  it("stops with exit 3 before creating anything and says how to set the identity (like every writing command)", async () => {
    const parent = makeTempDir();
    const run = await ikz(["init", "neu"], parent, testEnv(false));
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('git config --global user.name "Vorname Nachname"');
    expect(run.stderr).toContain("git config --global user.email");
    expect(readdirSync(parent)).toEqual([]);
    const english = await ikz(["--lang", "en", "init", "neu"], parent, testEnv(false));
    expect(english.code).toBe(3);
    expect(english.stderr).toContain('git config --global user.name "First Last"');
  });

  it("inside a repository, its own user.name and user.email count (no global identity needed)", async () => {
    const repo = makeTempDir();
    makeGitRepo(repo);
    git(repo, "config", "user.name", "Nur Lokal");
    git(repo, "config", "user.email", "lokal@ikz.invalid");
    const run = await ikz(["init", "register", "--json"], repo, testEnv(false));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { commit: string }).commit).toBe(git(repo, "rev-parse", "HEAD"));
    expect(git(repo, "log", "-1", "--format=%an <%ae>")).toBe("Nur Lokal <lokal@ikz.invalid>");
    expect(git(repo, "status", "--porcelain")).toBe("");
  });
});

describe("when the commit fails", () => {
  /** Git config through the environment: every repository's pre-commit hook rejects the commit. */
  function rejectingHookEnv(): Record<string, string | undefined> {
    const hooks = makeTempDir();
    writeFileSync(join(hooks, "pre-commit"), "#!/bin/sh\necho 'abgelehnt vom Hook' >&2\nexit 1\n", { mode: 0o755 });
    return { ...testEnv(), GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "core.hooksPath", GIT_CONFIG_VALUE_0: hooks };
  }

  it("takes back everything in a new folder, including the new .git (exit 3)", async () => {
    const parent = makeTempDir();
    const run = await ikz(["init", "neu/register"], parent, rejectingHookEnv());
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("abgelehnt vom Hook");
    expect(run.stderr).toContain("Register unverändert");
    expect(readdirSync(parent)).toEqual([]);
  });

  it("takes back files and index entries in an existing repository", async () => {
    const repo = makeTempDir();
    writeFileSync(join(repo, "README.md"), "Projekt\n");
    makeGitRepo(repo);
    const before = snapshot(repo).filter((l) => !l.startsWith(".git/"));
    const status = git(repo, "status", "--porcelain");
    const run = await ikz(["init", "register"], repo, rejectingHookEnv());
    expect(run.code).toBe(3);
    expect(snapshot(repo).filter((l) => !l.startsWith(".git/"))).toEqual(before);
    expect(git(repo, "status", "--porcelain")).toBe(status);
    expect(git(repo, "rev-list", "--count", "HEAD")).toBe("1");
  });
});

describe("the folder in the next steps is one word for the user's shell", () => {
  it("plain when safe, in single quotes for POSIX shells, in double quotes for cmd and PowerShell", () => {
    expect(shellWord("register", "linux")).toBe("register");
    expect(shellWord("-x", "linux")).toBe("./-x");
    expect(shellWord("IKZ Register/Groß-Gerau", "linux")).toBe("'IKZ Register/Groß-Gerau'");
    expect(shellWord("it's", "darwin")).toBe("'it'\\''s'");
    expect(shellWord("C:\\Users\\Eva Muster\\ikz", "win32")).toBe('"C:\\Users\\Eva Muster\\ikz"');
    expect(shellWord("IKZ Register", "win32")).toBe('"IKZ Register"');
  });
});
