import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { looksLikeOtherDate } from "../../src/history/as-of.js";
import { copyFixture, gitEnv, makeGitRepo, makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";

/** The sample register shipped with ikz (register/). */
const SAMPLE = fileURLToPath(new URL("../../register/", import.meta.url));

afterAll(removeTempDirs);

/** A copy of the sample register in a temp folder that is not inside any Git repository. */
function sampleWithoutGit(): string {
  const dir = join(makeTempDir(), "register");
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** A copy of the sample register as its own Git repository with everything committed. */
function sampleInGit(): string {
  const dir = sampleWithoutGit();
  makeGitRepo(dir);
  return dir;
}

function ikz(register: string, args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return runIkz(["--register", register, ...args], { env: { ...gitEnv(), ...env } });
}

describe("a register outside Git names what needs Git and how to fix it", () => {
  it("a writing command says it commits, and suggests git init", async () => {
    const reg = sampleWithoutGit();
    const run = await ikz(reg, ["new-project", "--title", "Gemeinsame Testplattform", "--field", "it", "--lead", "raunheim", "--yes"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("liegt in keinem Git-Repository – ikz schreibt jede Änderung als Git-Commit");
    expect(run.stderr).toContain("„git init“");
    expect(run.stderr).toContain("--register");
    expect(run.stderr).not.toContain("--base");
  });

  it("log and the controlling export say they read the history, without blaming --base", async () => {
    const reg = sampleWithoutGit();
    for (const args of [["log", "IKZ-2023-002"], ["export", "controlling", "--quarter", "2025-Q3"]]) {
      const run = await ikz(reg, args);
      expect(run.code, args.join(" ")).toBe(3);
      expect(run.stderr, args.join(" ")).toContain("lesen die Git-Historie");
      expect(run.stderr, args.join(" ")).toContain("„git init“");
      expect(run.stderr, args.join(" ")).not.toContain("--base");
    }
  });

  it("validate --base names --base, in English too", async () => {
    const reg = sampleWithoutGit();
    const run = await ikz(reg, ["--lang", "en", "validate", "--base", "main"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("is not inside a Git repository – --base compares with the target branch in Git");
    expect(run.stderr).toContain("'git init'");
  });
});

describe("--as-of with a date in another notation", () => {
  it("is a usage error that shows the YYYY-MM-DD form, not an unknown Git ref", async () => {
    const reg = sampleInGit();
    for (const value of ["31.03.2026", "1.4.26", "2026/03/31", "31/03/2026", "2026-3-31"]) {
      const run = await ikz(reg, ["check", "--as-of", value]);
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toContain(`--as-of: „${value}“ ist kein gültiges Datum – Format JJJJ-MM-TT, z. B. 2026-03-31`);
      expect(run.stderr, value).not.toContain("Git-Ref");
    }
  });

  it("is a usage error even outside Git (the value is wrong before Git matters)", async () => {
    const run = await ikz(sampleWithoutGit(), ["status", "--as-of", "31.03.2026"]);
    expect(run.code).toBe(2);
  });

  it("a real ref and an ISO date still work", async () => {
    const reg = sampleInGit();
    for (const value of ["HEAD", "main", "2099-01-01"]) {
      const run = await ikz(reg, ["status", "--as-of", value]);
      expect(run.code, `${value}: ${run.stderr}`).toBe(0);
    }
  });

  it("tells date notations from refs", () => {
    for (const date of ["31.03.2026", "1.4.26", "2026/03/31", "2026.03.31", "2026-3-1", "3/31/2026"]) expect(looksLikeOtherDate(date), date).toBe(true);
    for (const ref of ["2026-03-31", "HEAD", "origin/main", "v1.2.3", "20260331", "release/2026", "abc1234"]) expect(looksLikeOtherDate(ref), ref).toBe(false);
  });
});

describe("a group command without its subcommand", () => {
  const groups: Array<[string, string]> = [
    ["participant", "add|remove"],
    ["export", "controlling|register|municipality"],
    ["milestone", "add|set"],
    ["meeting", "new|open|close"],
    ["report", "new"],
    ["lesson", "new"],
    ["condition", "done"],
  ];

  it("is a usage error (exit 2): help and a line naming the subcommands on stderr", async () => {
    for (const [group, subs] of groups) {
      const run = await runIkz([group]);
      expect(run.code, group).toBe(2);
      expect(run.stdout, group).toBe("");
      expect(run.stderr, group).toContain(`ikz: Fehler: Unterbefehl fehlt: ikz ${group} ${subs} – „ikz ${group} --help“ zeigt den Aufruf`);
    }
    const en = await runIkz(["--lang", "en", "participant"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("ikz: error: missing subcommand: ikz participant add|remove – 'ikz participant --help' shows the usage");
  });

  it("bare ikz is a usage error too", async () => {
    const run = await runIkz([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("ikz: Fehler: Befehl fehlt – „ikz --help“ zeigt alle Befehle");
  });

  it("<group> --help and ikz help <group> still show the help on stdout with exit 0", async () => {
    for (const args of [["participant", "--help"], ["help", "milestone"]]) {
      const run = await runIkz(args);
      expect(run.code, args.join(" ")).toBe(0);
      expect(run.stdout, args.join(" ")).toContain("Aufruf: ikz");
      expect(run.stderr, args.join(" ")).toBe("");
    }
  });
});

describe("--quiet validate prints errors only", () => {
  it("prints nothing for a register with warnings only; the full output without --quiet", async () => {
    const reg = sampleInGit();
    const loud = await ikz(reg, ["validate"]);
    expect(loud.code).toBe(0);
    expect(loud.stdout).toContain("Warnung");
    const quiet = await ikz(reg, ["--quiet", "validate"]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe("");
    expect((await ikz(reg, ["validate", "-q"])).stdout).toBe("");
  });

  it("prints the errors and the summary, no warnings, when something is wrong; machine formats unchanged", async () => {
    const reg = copyFixture("minimal-register");
    writeFileSync(join(reg, "projects/IKZ-2025-003-y.md"), "---\nid: IKZ-2025-003\ntitle: Y\nfield: finanzen\nphase: idea\ncreated: 2025-13-01\n---\n");
    writeFileSync(join(reg, "projects/notes.txt"), "Notizen\n");
    const quiet = await ikz(reg, ["--quiet", "validate"]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/IKZ-2025-003-y\.md:\d+:\d+: Fehler /);
    expect(quiet.stdout).not.toContain("Warnung ");
    expect(quiet.stdout).toMatch(/Dateien geprüft: 1 Fehler, 1 Warnung\n$/);
    for (const format of ["json", "github", "gitlab", "junit", "sarif"]) {
      const loud = await ikz(reg, ["validate", "--format", format]);
      const q = await ikz(reg, ["--quiet", "validate", "--format", format]);
      expect(q.code, format).toBe(1);
      // Byte for byte, including GitHub's stop-commands token (a hash of the full text listing).
      expect(q.stdout, format).toBe(loud.stdout);
    }
  });
});

describe("an unknown --lang / IKZ_LANG", () => {
  it("is reported like every other error, naming the source and the languages there are", async () => {
    const flag = await runIkz(["--lang", "fr", "validate"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("ikz: Fehler: --lang: Sprache „fr“ gibt es nicht – verfügbar sind de (Deutsch) und en (Englisch)\n");
    const env = await runIkz(["validate"], { env: { IKZ_LANG: "xx" } });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe("ikz: Fehler: IKZ_LANG: Sprache „xx“ gibt es nicht – verfügbar sind de (Deutsch) und en (Englisch)\n");
  });
});

describe("ikz set messages", () => {
  it("the example for a missing assignment is one that set accepts", async () => {
    const reg = sampleInGit();
    const missing = await ikz(reg, ["set", "IKZ-2023-002"]);
    expect(missing.code).toBe(2);
    const example = /\(z\. B\. ([\w.]+=[\w.-]+)\)/.exec(missing.stderr)?.[1];
    expect(example, missing.stderr).toBeDefined();
    const applied = await ikz(reg, ["set", "IKZ-2023-002", example!, "--no-commit"]);
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
  });

  it("an unknown key is an unknown field, with the field it probably means (also nested)", async () => {
    const reg = sampleInGit();
    const top = await ikz(reg, ["set", "IKZ-2023-002", "lgal_form=kag"]);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain("ikz: Fehler: unbekanntes Feld „lgal_form“ – meinten Sie „legal_form“? – bekannt: title, ");
    expect(top.stderr).not.toMatch(/bekannt: .*\bphase\b/);
    const nested = await ikz(reg, ["--lang", "en", "set", "IKZ-2023-002", "agreement.sgned=2026-01-01"]);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toContain("unknown field 'agreement.sgned' – did you mean 'agreement.signed'?");
  });
});

describe("a wrong argument is named in words, not by its placeholder", () => {
  it("municipality and project, German and English", async () => {
    const reg = sampleInGit();
    const town = await ikz(reg, ["participant", "add", "IKZ-2023-002", "nauhiem"]);
    expect(town.code).toBe(2);
    expect(town.stderr).toContain("ikz: Fehler: Kommune (ID oder Name aus ikz.yaml): unbekannter Wert „nauhiem“ – meinten Sie „nauheim“?");
    const project = await ikz(reg, ["--lang", "en", "participant", "add", "IKZ-2099-002", "raunheim"]);
    expect(project.code).toBe(2);
    expect(project.stderr).toContain("ikz: error: project ID (e.g. IKZ-2025-001): unknown value 'IKZ-2099-002'");
    const report = await ikz(reg, ["report", "new", "IKZ-2099-002", "--period", "2026-Q1", "--overall", "green", "--schedule", "green", "--costs", "green", "--quality", "green", "--resources", "green"]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain("Projekt-ID (z. B. IKZ-2025-001): unbekannter Wert „IKZ-2099-002“");
    for (const run of [town, project, report]) expect(run.stderr).not.toMatch(/<\w+>/);
  });
});
