import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Command } from "commander";
import { buildProgram } from "../../src/program.js";
import { argumentWords } from "../../src/i18n/argument-words.js";
import { spawnSync } from "node:child_process";
import { copyFixture, git, IKZ_BIN, makeGitRepo, makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

afterAll(removeTempDirs);

/** No stack trace and no raw JS error on stderr. */
function expectNoStack(run: RunResult): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:/);
}

/** A usage or environment error: one short message on stderr, nothing on stdout. */
function expectErrorOnly(run: RunResult, code: number): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim()).not.toBe("");
  expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  expectNoStack(run);
}

/** The minimal register plus one error (an impossible date) and one warning (a misplaced file). */
function registerWithErrorAndWarning(): string {
  const dir = copyFixture("minimal-register");
  writeFileSync(join(dir, "projects/IKZ-2025-003-y.md"), "---\nid: IKZ-2025-003\ntitle: Y\nfield: finanzen\nphase: idea\ncreated: 2025-13-01\n---\n");
  writeFileSync(join(dir, "projects/notes.txt"), "Notizen\n");
  return dir;
}

/** The minimal register plus one warning only. */
function registerWithWarningOnly(): string {
  const dir = copyFixture("minimal-register");
  writeFileSync(join(dir, "projects/notes.txt"), "Notizen\n");
  return dir;
}

describe("help, version and language", () => {
  it("--help is German by default and exits 0", async () => {
    const run = await runIkz(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Aufruf:");
    expect(run.stdout).toContain("Optionen:");
    expect(run.stdout).toContain("validate");
    expect(run.stderr).toBe("");
  });

  it("the top-level help printed from the build (no commander) is the help commander renders", async () => {
    for (const lang of ["de", "en"]) {
      const prebuilt = await runIkz(["--help", "--lang", lang]);
      const rendered = await runIkz(["help", "--lang", lang]);
      expect(prebuilt.code).toBe(0);
      expect(prebuilt.stdout).toBe(rendered.stdout);
      expect(prebuilt.stdout).toContain(lang === "de" ? "Befehle:" : "Commands:");
    }
  });

  it("validate --help is German by default and exits 0", async () => {
    const run = await runIkz(["validate", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Aufruf:");
    expect(run.stdout).toContain("Optionen:");
    expect(run.stdout).toContain("--format");
    expect(run.stdout).toContain("--base");
    expect(run.stdout).toContain("--strict");
    expect(run.stderr).toBe("");
  });

  it("help is English with --lang en", async () => {
    for (const args of [["--lang", "en", "--help"], ["validate", "--help", "--lang", "en"]]) {
      const run = await runIkz(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Usage:");
      expect(run.stdout).toContain("Options:");
      expect(run.stdout).not.toContain("Aufruf:");
      expect(run.stdout).not.toContain("Optionen:");
    }
  });

  it("help is English with IKZ_LANG=en", async () => {
    const run = await runIkz(["--help"], { env: { IKZ_LANG: "en" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage:");
    expect(run.stdout).not.toContain("Aufruf:");
  });

  it("help is German without IKZ_LANG", async () => {
    const run = await runIkz(["--help"], { env: { IKZ_LANG: undefined } });
    expect(run.stdout).toContain("Aufruf:");
  });

  it("--version prints the version of package.json", async () => {
    for (const flag of ["--version", "-V"]) {
      const run = await runIkz([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${VERSION}\n`);
      expect(run.stderr).toBe("");
    }
  });

  it("keeps its compiled code in the temporary folder where Node can (22.1 and later), and runs as well where it cannot", async () => {
    const tmp = makeTempDir();
    const run = await runIkz(["validate", "--format", "json", "--register", copyFixture("minimal-register")], { env: { TMPDIR: tmp, NODE_COMPILE_CACHE: undefined } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const nodeCanCache = typeof (await import("node:module") as { default: { enableCompileCache?: unknown } }).default.enableCompileCache === "function";
    expect(existsSync(join(tmp, "node-compile-cache")), `Node ${process.version}`).toBe(nodeCanCache);
  });
});

describe("usage errors exit 2 with a German message", () => {
  it("an unknown command suggests the closest one", async () => {
    const run = await runIkz(["valdate"]);
    expectErrorOnly(run, 2);
    expect(run.stderr).toContain("„valdate“");
    expect(run.stderr).toContain("„validate“");
    expect(run.stderr).toMatch(/unbekannter Befehl/);
  });

  it("an unknown command in English with --lang en", async () => {
    const run = await runIkz(["valdate", "--lang", "en"]);
    expectErrorOnly(run, 2);
    expect(run.stderr).toContain("'validate'");
    expect(run.stderr).not.toMatch(/unbekannt/);
  });

  it("an unknown option", async () => {
    const run = await runIkz(["validate", "--bogus"]);
    expectErrorOnly(run, 2);
    expect(run.stderr).toContain("„--bogus“");
    expect(run.stderr).toMatch(/unbekannte Option/);
  });

  it("an unknown option before any command points at ikz --help (one space)", async () => {
    const run = await runIkz(["--bogus"]);
    expectErrorOnly(run, 2);
    expect(run.stderr).toBe("ikz: Fehler: unbekannte Option „--bogus“ – „ikz --help“ zeigt alle Optionen\n");
  });

  it("control characters in a value echoed by an error reach the terminal as U+FFFD, never as an escape sequence", async () => {
    const register = copyFixture("minimal-register");
    const escape = "a\u001b[31mROT\u0007\u009b";
    for (const args of [["show", escape], ["list", "projects", "--municipality", escape], ["meeting", "new", "--date", "2027-01-11", "--location", escape], [`--x${escape}`]]) {
      const run = await runIkz(["--register", register, ...args]);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(run.stderr, args.join(" ")).toContain("a\uFFFD[31mROT\uFFFD\uFFFD");
    }
  });

  it("a huge value echoed by an error is cut to a readable length", async () => {
    const run = await runIkz(["--register", copyFixture("minimal-register"), "show", "a".repeat(100_000)]);
    expectErrorOnly(run, 2);
    expect(run.stderr.length).toBeLessThan(1000);
    expect(run.stderr).toContain(`„${"a".repeat(599)}…“`);
    // Commander's usage errors too: an unknown command or option of 100 000 characters.
    for (const args of [["b".repeat(100_000)], ["list", `--${"b".repeat(100_000)}`]]) {
      const usage = await runIkz(args);
      expectErrorOnly(usage, 2);
      expect(usage.stderr.length).toBeLessThan(1000);
      expect(usage.stderr).toContain("…“");
    }
  });

  it("a mistyped option suggests the closest one", async () => {
    const run = await runIkz(["validate", "--stirct"]);
    expectErrorOnly(run, 2);
    expect(run.stderr).toContain("„--strict“");
  });

  it("--format xml", async () => {
    const run = await runIkz(["validate", "--format", "xml", "--register", copyFixture("minimal-register")]);
    expectErrorOnly(run, 2);
    expect(run.stderr).toContain("xml");
    expect(run.stderr).toContain("--format");
    expect(run.stderr).toContain("sarif");
  });

  it("a missing argument is named in words, in German and in English", async () => {
    const register = copyFixture("minimal-register");
    const de = await runIkz(["condition", "done", "--register", register]);
    expectErrorOnly(de, 2);
    expect(de.stderr).toBe("ikz: Fehler: Angabe fehlt: Beschluss-ID (z. B. B-2025-009) – „ikz condition done --help“ zeigt den Aufruf\n");
    const en = await runIkz(["--lang", "en", "renumber", "IKZ-2025-001", "--register", register]);
    expectErrorOnly(en, 2);
    expect(en.stderr).toBe("ikz: error: missing: new ID – 'ikz renumber --help' shows the usage\n");
  });

  it("every required argument of every command has words for that message", () => {
    const missing: string[] = [];
    const walk = (command: Command, path: string[]) => {
      for (const argument of command.registeredArguments) {
        const name = argument.name();
        if (argument.required && argumentWords(path.join(" "), name, "de") === undefined) missing.push(`${path.join(" ")} <${name}>`);
      }
      for (const sub of command.commands) walk(sub, [...path, sub.name()]);
    };
    walk(buildProgram("de", "0.0.0", {}, () => {}), []);
    expect(missing).toEqual([]);
  });

  it("--format without a value", async () => {
    const run = await runIkz(["validate", "--format"]);
    expectErrorOnly(run, 2);
    expect(run.stderr).toContain("--format");
  });
});

describe("environment errors exit 3", () => {
  it("a folder without ikz.yaml is not a register: the message names ikz.yaml, no stack trace", async () => {
    const dir = makeTempDir();
    const run = await runIkz(["validate", "--register", dir]);
    expectErrorOnly(run, 3);
    expect(run.stderr).toContain("ikz.yaml");
    expect(run.stderr).toContain(dir);
  });

  it("--debug shows the stack trace of the same error", async () => {
    const run = await runIkz(["validate", "--register", makeTempDir(), "--debug"]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^\s+at /m);
    expect(run.stderr).toContain("ikz.yaml");
  });

  it("IKZ_REGISTER pointing at an empty folder", async () => {
    const run = await runIkz(["validate"], { env: { IKZ_REGISTER: makeTempDir() } });
    expectErrorOnly(run, 3);
    expect(run.stderr).toContain("ikz.yaml");
  });
});

describe("validate output formats", () => {
  const formats = ["text", "json", "github", "gitlab", "junit", "sarif"] as const;

  it.each(formats)("--format %s: exit 1, the report alone on stdout, nothing on stderr", async (format) => {
    const dir = registerWithErrorAndWarning();
    const run = await runIkz(["validate", "--format", format, "--register", dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const out = run.stdout;
    switch (format) {
      case "text": {
        const lines = out.trimEnd().split("\n");
        expect(lines[0]).toMatch(/^projects\/IKZ-2025-003-y\.md:6:10: Fehler IKZ-SCHEMA-006 created: /);
        expect(lines[1]).toMatch(/^projects\/notes\.txt:1:1: Warnung IKZ-FILE-004: /);
        expect(lines.at(-1)).toBe("4 Dateien geprüft: 1 Fehler, 1 Warnung");
        break;
      }
      case "json": {
        const report = JSON.parse(out) as { summary: { errors: number; warnings: number }; findings: Array<{ code: string; line: number; column: number }> };
        expect(report.summary).toMatchObject({ errors: 1, warnings: 1 });
        expect(report.findings.map((f) => [f.code, f.line, f.column])).toEqual([["IKZ-SCHEMA-006", 6, 10], ["IKZ-FILE-004", 1, 1]]);
        break;
      }
      case "github": {
        const lines = out.split("\n");
        const annotations = lines.slice(0, lines.findIndex((l) => l.startsWith("::stop-commands::")));
        expect(annotations).toHaveLength(2);
        expect(annotations[0]).toMatch(/^::error file=projects\/IKZ-2025-003-y\.md,line=6,col=10,title=IKZ-SCHEMA-006::/);
        expect(annotations[1]).toMatch(/^::warning file=projects\/notes\.txt,line=1,col=1,title=IKZ-FILE-004::/);
        break;
      }
      case "gitlab": {
        const issues = JSON.parse(out) as Array<{ check_name: string; location: { path: string; lines: { begin: number } } }>;
        expect(issues.map((i) => [i.check_name, i.location.path, i.location.lines.begin])).toEqual([
          ["IKZ-SCHEMA-006", "projects/IKZ-2025-003-y.md", 6],
          ["IKZ-FILE-004", "projects/notes.txt", 1],
        ]);
        break;
      }
      case "junit":
        expect(out.startsWith("<?xml")).toBe(true);
        expect(out).toContain("<testsuites");
        expect(out.trimEnd().endsWith("</testsuites>")).toBe(true);
        expect(out.match(/<failure /g)).toHaveLength(1);
        break;
      case "sarif": {
        const sarif = JSON.parse(out) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
        expect(sarif.version).toBe("2.1.0");
        expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([["IKZ-SCHEMA-006", "error"], ["IKZ-FILE-004", "warning"]]);
        break;
      }
    }
  });

  it("--json is the JSON report", async () => {
    const run = await runIkz(["validate", "--json", "--register", registerWithErrorAndWarning()]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { summary: { errors: number } }).summary.errors).toBe(1);
  });

  it("the valid fixture: exit 0 and the German summary „keine Fehler“", async () => {
    const run = await runIkz(["validate", "--register", copyFixture("minimal-register")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("keine Fehler");
    expect(run.stdout.trim()).toBe("3 Dateien geprüft: keine Fehler, keine Warnungen");
    expect(run.stderr).toBe("");
  });

  it("the valid fixture in English", async () => {
    const run = await runIkz(["validate", "--register", copyFixture("minimal-register"), "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe("3 files checked: no errors, no warnings");
  });

  it("finds the register from the current folder upwards", async () => {
    const dir = copyFixture("minimal-register");
    const run = await runIkz(["validate"], { cwd: join(dir, "projects") });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("keine Fehler");
  });

  it("warnings alone exit 0; --strict makes them errors (exit 1)", async () => {
    const dir = registerWithWarningOnly();
    const plain = await runIkz(["validate", "--register", dir]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("Warnung IKZ-FILE-004");
    const strict = await runIkz(["validate", "--strict", "--format", "json", "--register", dir]);
    expect(strict.code).toBe(1);
    const report = JSON.parse(strict.stdout) as { summary: { errors: number; warnings: number }; findings: Array<{ severity: string }> };
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.findings.map((f) => f.severity)).toEqual(["error"]);
  });

  it("no ANSI escapes when NO_COLOR is unset but stdout is not a terminal", async () => {
    const run = await runIkz(["validate", "--register", registerWithErrorAndWarning()], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: "xterm-256color" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Fehler IKZ-SCHEMA-006");
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });

  it("--no-color wins over FORCE_COLOR", async () => {
    const run = await runIkz(["validate", "--no-color", "--register", registerWithErrorAndWarning()], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });
});

describe("validate --base", () => {
  const DECISION = [
    "---",
    "id: B-2025-001",
    "date: 2025-04-02",
    "type: acknowledge",
    "outcome: approved",
    "body: mayors_assembly",
    "mode: vote",
    "project: IKZ-2025-001",
    "votes:",
    "  for: 3",
    "  against: 0",
    "  abstain: 1",
    "---",
    "",
    "## Gegenstand",
    "",
    "Die Bürgermeister-Dienstversammlung nimmt die Projektidee zur Kenntnis.",
    "",
  ].join("\n");
  const DECISION_FILE = "decisions/2025/B-2025-001.md";

  const project = (title: string, created: string) => `---\nid: IKZ-2026-001\ntitle: ${title}\nfield: finanzen\nphase: idea\ncreated: ${created}\n---\n`;

  /** The minimal register with a decision, committed on main in a fresh repository. */
  function committedRegister(): string {
    const dir = copyFixture("minimal-register");
    mkdirSync(join(dir, "decisions/2025"), { recursive: true });
    writeFileSync(join(dir, DECISION_FILE), DECISION);
    makeGitRepo(dir);
    return dir;
  }

  it("the committed register is valid against its own main", async () => {
    const dir = committedRegister();
    const run = await runIkz(["validate", "--base", "main", "--register", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("4 Dateien geprüft: keine Fehler");
  });

  it("(a) editing a committed decision → IKZ-BASE-001", async () => {
    const dir = committedRegister();
    writeFileSync(join(dir, DECISION_FILE), DECISION.replace("zur Kenntnis.", "zur Kenntnis und begrüßt sie."));
    const run = await runIkz(["validate", "--base", "main", "--format", "json", "--register", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ code: string; file: string; line: number; column: number; message: string }> };
    // At the edited line, so that the CI annotation sits on the change.
    const edited = DECISION.split("\n").findIndex((line) => line.includes("zur Kenntnis.")) + 1;
    expect(report.findings.map((f) => [f.code, f.file, f.line, f.column])).toEqual([["IKZ-BASE-001", DECISION_FILE, edited, 1]]);
    expect(report.findings[0]!.message).toContain("B-2025-001");
    expect(report.findings[0]!.message).toContain("main");
  });

  it("(a') a CRLF checkout of a committed decision is not an edit", async () => {
    const dir = committedRegister();
    writeFileSync(join(dir, DECISION_FILE), DECISION.replace(/\n/g, "\r\n"));
    const run = await runIkz(["validate", "--base", "main", "--register", dir]);
    expect(run.code).toBe(0);
  });

  it("(a'') deleting a committed decision → IKZ-BASE-003", async () => {
    const dir = committedRegister();
    git(dir, "rm", "-q", DECISION_FILE);
    const run = await runIkz(["validate", "--base", "main", "--format", "json", "--register", dir]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ code: string; file: string }> };
    expect(report.findings.map((f) => [f.code, f.file])).toEqual([["IKZ-BASE-003", DECISION_FILE]]);
  });

  it("(b) a branch and main both allocating IKZ-2026-001 → IKZ-BASE-002 on the branch's file", async () => {
    const dir = committedRegister();
    git(dir, "checkout", "-q", "-b", "feature");
    writeFileSync(join(dir, "projects/IKZ-2026-001-a.md"), project("Projekt A", "2026-01-10"));
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "A");
    git(dir, "checkout", "-q", "main");
    writeFileSync(join(dir, "projects/IKZ-2026-001-b.md"), project("Projekt B", "2026-01-12"));
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "B");
    git(dir, "checkout", "-q", "feature");

    const alone = await runIkz(["validate", "--register", dir]);
    expect(alone.code).toBe(0);

    const run = await runIkz(["validate", "--base", "main", "--format", "json", "--register", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ code: string; file: string; line: number; column: number; path: string; message: string }> };
    // "id: IKZ-2026-001" is line 2; the value starts at column 5.
    expect(report.findings.map((f) => [f.code, f.file, f.line, f.column, f.path])).toEqual([["IKZ-BASE-002", "projects/IKZ-2026-001-a.md", 2, 5, "id"]]);
    expect(report.findings[0]!.message).toContain("projects/IKZ-2026-001-b.md");
    expect(report.findings[0]!.message).toContain("ikz renumber IKZ-2026-001");
  });

  it("(c) an unknown ref → exit 3 with a message naming it", async () => {
    const run = await runIkz(["validate", "--base", "does-not-exist", "--register", committedRegister()]);
    expectErrorOnly(run, 3);
    expect(run.stderr).toContain("„does-not-exist“");
  });

  it("(d) an option-like ref is refused as usage (exit 2), never passed to git", async () => {
    const dir = committedRegister();
    for (const args of [["--base", "--upload-pack=x"], ["--base=--upload-pack=x"], ["--base", "-x"]]) {
      const run = await runIkz(["validate", ...args, "--register", dir]);
      expectErrorOnly(run, 2);
    }
  });

  it("--base outside a Git repository → exit 3", async () => {
    const run = await runIkz(["validate", "--base", "main", "--register", copyFixture("minimal-register")]);
    expectErrorOnly(run, 3);
    expect(run.stderr).toMatch(/Git/);
  });
});

describe("language values", () => {
  it("refuses an unknown --lang or IKZ_LANG as a usage error (exit 2)", async () => {
    const bad = await runIkz(["--lang", "fr", "--help"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("„fr“");
    const env = await runIkz(["--help"], { env: { IKZ_LANG: "xx" } });
    expect(env.code).toBe(2);
  });
});

describe("a register kept in English (language: en in ikz.yaml)", () => {
  /** The minimal register with `language: en`, saved by Notepad: BOM and CRLF. */
  function englishRegister(): string {
    const dir = copyFixture("minimal-register");
    const config = readFileSync(join(dir, "ikz.yaml"), "utf8").replace(/^language: de$/m, "language: en");
    writeFileSync(join(dir, "ikz.yaml"), `\uFEFF${config.replace(/\r?\n/g, "\r\n")}`);
    return dir;
  }
  // Only IKZ_LANG is cleared: the test helper sets it to de, which would win over ikz.yaml.
  const noLangEnv = { IKZ_LANG: undefined };

  it("answers usage errors and help in English, found upwards or named by --register", async () => {
    const dir = englishRegister();
    const unknown = await runIkz(["valdate"], { cwd: dir, env: noLangEnv });
    expectErrorOnly(unknown, 2);
    expect(unknown.stderr).toBe("ikz: error: unknown command 'valdate' – did you mean 'validate'? – 'ikz --help' lists all commands\n");
    const option = await runIkz(["list", "--bogus", "--register", dir], { env: noLangEnv });
    expect(option.stderr).toBe("ikz: error: unknown option '--bogus' – 'ikz list --help' lists all options\n");
    const help = await runIkz(["--help"], { cwd: dir, env: noLangEnv });
    expect(help.stdout).toMatch(/^Usage: ikz \[options\] \[command\]/);
    const commandHelp = await runIkz(["decide", "--help"], { cwd: dir, env: noLangEnv });
    expect(commandHelp.stdout).toMatch(/^Usage: ikz decide \[options\]/);
  });

  it("--lang and IKZ_LANG still win over ikz.yaml", async () => {
    const dir = englishRegister();
    expect((await runIkz(["valdate"], { cwd: dir })).stderr).toMatch(/^ikz: Fehler: unbekannter Befehl/);
    expect((await runIkz(["--help", "--lang", "de"], { cwd: dir, env: noLangEnv })).stdout).toMatch(/^Aufruf: ikz/);
  });
});

describe("a current folder that no longer exists", () => {
  // The shell still stands in a folder another program removed: Node's process.cwd() then throws.
  const inGoneFolder = (args: string) => {
    const gone = join(makeTempDir(), "gone");
    mkdirSync(gone);
    const script = `cd "${gone}" && rmdir "${gone}" && exec "${process.execPath}" "${IKZ_BIN}" ${args}`;
    return spawnSync("sh", ["-c", script], { encoding: "utf8", env: { ...process.env, IKZ_LANG: "", IKZ_REGISTER: "" } });
  };

  it("still answers --help and usage errors, and a command that needs the register says what happened (exit 3)", () => {
    const help = inGoneFolder("--help");
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain("Aufruf: ikz");
    const typo = inGoneFolder("valdate");
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("meinten Sie „validate“?");
    const run = inGoneFolder("validate");
    expect(run.status).toBe(3);
    expect(run.stderr).toBe("ikz: Fehler: der aktuelle Ordner existiert nicht mehr (gelöscht oder verschoben) – in einen vorhandenen Ordner wechseln (cd) und den Befehl wiederholen\n");
  });
});
