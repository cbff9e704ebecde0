import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";
import { BAD, cases, crlf, HEAD, utf8Bom, type Expected } from "./bad-input-cases.js";

/** One finding as `ikz validate --format json` prints it. */
interface JsonFinding {
  code: string;
  severity: "error" | "warning";
  file: string;
  line: number;
  column: number;
  path: string;
  pointer: string;
  message: string;
}

interface JsonReport {
  version: number;
  summary: { files: number; errors: number; warnings: number };
  findings: JsonFinding[];
}


/**
 * A second, valid-but-warned project added to every case: its warning proves that the files after a bad
 * one are still parsed, schema-checked and rule-checked. A warning, so it never changes the exit code.
 */
const SENTINEL = "projects/IKZ-2025-009-kostenteilung.md";
const SENTINEL_TEXT = [
  "---",
  "id: IKZ-2025-009",
  "title: Kostenteilung",
  "field: finanzen",
  "phase: idea",
  "created: 2025-01-15",
  "lead: trebur",
  "participants:",
  "  - municipality: trebur",
  "    role: lead",
  "    cost_share: 60",
  "---",
  "",
].join("\n");
const SENTINEL_FINDING: Expected = { code: "IKZ-PRJ-003", line: 9, column: 3, path: "participants", severity: "warning" };

/** The valid files of the fixture: they must never have findings. */
const FIXTURE_FILES = ["ikz.yaml", "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md", "projects/IKZ-2025-002-ordnungspolizei-mittelkreis.md"];

/** A run well under the helper's 20 s hang limit. */
const FAST_MS = 10_000;

/** Copies the minimal register, writes the given files (plus the sentinel) and runs `ikz validate --format json`. */
async function validateWith(files: Record<string, string | Buffer>, extraArgs: string[] = []): Promise<{ dir: string; run: RunResult; report: JsonReport }> {
  const dir = copyFixture("minimal-register");
  for (const [file, content] of Object.entries({ [SENTINEL]: SENTINEL_TEXT, ...files })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  const run = await runIkz(["validate", "--format", "json", "--register", dir, ...extraArgs]);
  expectCleanStderr(run);
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`stdout is not the JSON report (exit ${run.code}):\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr.slice(0, 2000)}`);
  }
  return { dir, run, report };
}

/** Bad input is a finding, never a crash: no stack trace, no JS error name, nothing at all on stderr. */
function expectCleanStderr(run: RunResult): void {
  expect(run.stderr, "stack trace on stderr").not.toMatch(/^\s+at /m);
  expect(run.stderr, "JS error on stderr").not.toMatch(/Error:/);
  expect(run.stderr, "crash reported as unexpected error").not.toMatch(/unerwarteter Fehler|unexpected error/);
  expect(run.stderr).toBe("");
}

function pick(f: JsonFinding, withPath: boolean, withSeverity: boolean): Expected {
  return { code: f.code, line: f.line, column: f.column, ...(withPath ? { path: f.path } : {}), ...(withSeverity ? { severity: f.severity } : {}) };
}

/** Exactly these findings in `file`, in report order (file, line, column, code). */
function expectFindings(report: JsonReport, file: string, expected: Expected[]): void {
  const withPath = expected.some((e) => e.path !== undefined);
  const withSeverity = expected.some((e) => e.severity !== undefined);
  const actual = report.findings.filter((f) => f.file === file).map((f) => pick(f, withPath, withSeverity));
  const wanted = expected.map((e) => ({
    code: e.code,
    line: e.line,
    column: e.column,
    ...(withPath ? { path: e.path ?? "" } : {}),
    ...(withSeverity ? { severity: e.severity ?? "error" } : {}),
  }));
  expect(actual, `findings in ${file}`).toEqual(wanted);
}

/** The rest of the register was checked: the fixture is clean and the sentinel's warning is there. */
function expectRestChecked(report: JsonReport, badFile = BAD): void {
  for (const file of FIXTURE_FILES.filter((f) => f !== badFile)) expect(report.findings.filter((f) => f.file === file), `findings in ${file}`).toEqual([]);
  expectFindings(report, SENTINEL, [SENTINEL_FINDING]);
}

/** The message of the only finding with this code in a file. */
function messageOf(report: JsonReport, file: string, code: string): string {
  const found = report.findings.filter((f) => f.file === file && f.code === code);
  expect(found).toHaveLength(1);
  return found[0]!.message;
}


afterAll(removeTempDirs);

describe("ikz validate: bad input is a finding with its place, and the rest is still checked", () => {
  // Each case has its own copy of the register, so they run side by side.
  it.concurrent.each(cases)("$name", async ({ file = BAD, content, expected, exit = 1 }) => {
    const { run, report } = await validateWith({ [file]: content });
    expectFindings(report, file, expected);
    expectRestChecked(report, file);
    // Nothing else anywhere: only the bad file and the sentinel have findings.
    expect(report.findings.filter((f) => f.file !== file && f.file !== SENTINEL)).toEqual([]);
    expect(run.code).toBe(exit);
    expect(run.ms).toBeLessThan(FAST_MS);
  });

  it("a list entry given twice is named in words, at the copy, in German and English (not ajv's English)", async () => {
    const content = `${HEAD}tags: [a, b, a]\n---\n`;
    const { report } = await validateWith({ [BAD]: content });
    expectFindings(report, BAD, [{ code: "IKZ-SCHEMA-009", line: 7, column: 14, path: "tags[2]" }]);
    expect(messageOf(report, BAD, "IKZ-SCHEMA-009")).toBe("Wert entspricht nicht dem Schema: „a“ steht schon als Eintrag 0 (gezählt ab 0) in der Liste – doppelten Eintrag entfernen");
    const { report: en } = await validateWith({ [BAD]: content }, ["--lang", "en"]);
    expect(messageOf(en, BAD, "IKZ-SCHEMA-009")).toBe("value does not match the schema: 'a' is already entry 0 (counted from 0) of the list – remove the duplicate");
  });

  it("a misplaced file is a warning only (exit 0)", async () => {
    const { run, report } = await validateWith({ "projects/notes.txt": "Notizen aus der Sitzung\n" });
    expectFindings(report, "projects/notes.txt", [{ code: "IKZ-FILE-004", line: 1, column: 1, severity: "warning" }]);
    expectRestChecked(report);
    expect(report.summary.errors).toBe(0);
    expect(run.code).toBe(0);
  });

  it("a symbolic link in a record folder is an error and never followed: to a file outside, to nothing, to a folder", async () => {
    const dir = copyFixture("minimal-register");
    const secret = join(makeTempDir(), "geheim.md");
    writeFileSync(secret, `${HEAD}x-geheim: nicht lesen\n---\n`);
    symlinkSync(secret, join(dir, "projects", "IKZ-2026-009-pw.md"));
    symlinkSync("nowhere.md", join(dir, "projects", "IKZ-2026-010-x.md"));
    mkdirSync(join(dir, "decisions"), { recursive: true });
    symlinkSync(dirname(secret), join(dir, "decisions", "2026"));
    const run = await runIkz(["validate", "--format", "json", "--register", dir]);
    expectCleanStderr(run);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.code, f.severity, f.file, f.line, f.column])).toEqual([
      ["IKZ-FILE-005", "error", "decisions/2026", 1, 1],
      ["IKZ-FILE-005", "error", "projects/IKZ-2026-009-pw.md", 1, 1],
      ["IKZ-FILE-005", "error", "projects/IKZ-2026-010-x.md", 1, 1],
    ]);
    // The file link's text asks for the file, the folder link's (decisions/2026, sorted first) for the folder.
    expect(report.findings[1]!.message).toMatch(/^symbolische Verknüpfung – ikz folgt Verknüpfungen nicht.* – die Verknüpfung durch die Datei selbst ersetzen oder entfernen$/);
    expect(report.findings[0]!.message).toMatch(/^symbolische Verknüpfung – ikz folgt Verknüpfungen nicht.* – die Verknüpfung durch den Ordner selbst ersetzen oder entfernen$/);
    // Only the register's own files were read: the link target is no record (nor its x-geheim a finding).
    expect(report.summary.files).toBe(FIXTURE_FILES.length);
    expect(run.code).toBe(1);
    // The reading commands see the same: a link is no record.
    const list = await runIkz(["list", "projects", "--format", "json", "--register", dir]);
    expect(list.stdout).not.toContain("IKZ-2026-009");
  });

  it("a record folder that is itself a link is an error and not walked", async () => {
    const dir = copyFixture("minimal-register");
    const outside = makeTempDir();
    writeFileSync(join(outside, "LL-2026-001-x.md"), "---\nnicht: lesen\n---\n");
    symlinkSync(outside, join(dir, "lessons"));
    const run = await runIkz(["validate", "--format", "json", "--register", dir]);
    expectCleanStderr(run);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.code === "IKZ-FILE-005").map((f) => [f.file, f.line, f.column])).toEqual([["lessons", 1, 1]]);
    expect(report.findings.find((f) => f.code === "IKZ-FILE-005")!.message).toMatch(/ – die Verknüpfung durch den Ordner selbst ersetzen oder entfernen$/);
    // The lesson behind the link was not read: it would be a finding of its own.
    expect(report.findings.map((f) => f.file)).not.toContain("lessons/LL-2026-001-x.md");
    expect(report.summary.files).toBe(FIXTURE_FILES.length);
    expect(run.code).toBe(1);
  });

  it("a file with BOM and CRLF that is otherwise valid has no findings", async () => {
    const text = "---\nid: IKZ-2025-003\ntitle: Über CRLF\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n\n## Ausgangslage\n\nText.\n";
    const { run, report } = await validateWith({ [BAD]: utf8Bom(crlf(text)) });
    expectFindings(report, BAD, []);
    expectRestChecked(report);
    expect(run.code).toBe(0);
  });

  it("a title of 200 code points outside the BMP is within the limit", async () => {
    const { run, report } = await validateWith({ [BAD]: `---\nid: IKZ-2025-003\ntitle: ${"😀".repeat(200)}\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n` });
    expectFindings(report, BAD, []);
    expect(run.code).toBe(0);
  });

  it("a billion-laughs alias bomb is refused fast with IKZ-YAML-005", async () => {
    const names = "abcdefghi".split("");
    const lines = names.map((n, i) => (i === 0 ? `x-${n}: &${n} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` : `x-${n}: &${n} [${Array(9).fill(`*${names[i - 1]}`).join(",")}]`));
    const { run, report } = await validateWith({ [BAD]: `${HEAD}${lines.join("\n")}\n---\n` });
    const found = report.findings.filter((f) => f.file === BAD);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(["IKZ-YAML-005"]));
    // The first finding is the first anchor: "x-a: &a [" has "&a" at column 6 of line 7.
    expect(pick(found[0]!, false, false)).toEqual({ code: "IKZ-YAML-005", line: 7, column: 6 });
    // Every line of the bomb (7–15) is named.
    expect(new Set(found.map((f) => f.line))).toEqual(new Set([7, 8, 9, 10, 11, 12, 13, 14, 15]));
    expectRestChecked(report);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(FAST_MS);
  });

  it("a flood of 200 000 aliases in one file is refused without a crash", async () => {
    const content = `${HEAD}x-a: &a lol\nx-b: [${Array(200_000).fill("*a").join(",")}]\n---\n`;
    expect(Buffer.byteLength(content)).toBeLessThan(1024 * 1024);
    const { run, report } = await validateWith({ [BAD]: content });
    const found = report.findings.filter((f) => f.file === BAD);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(["IKZ-YAML-005"]));
    expectRestChecked(report);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(FAST_MS);
  });

  describe("front matter in a code language never runs", () => {
    const bodies: Record<string, (marker: string) => string> = {
      js: (marker) => `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran");\nmodule.exports = { title: "x" };`,
      javascript: (marker) => `({ title: (globalThis.process.mainModule.require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "x") })`,
      JS: (marker) => `module.exports = (() => { globalThis.process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(marker)}, "ran"); return {}; })();`,
    };
    it.each(Object.keys(bodies))("---%s → IKZ-YAML-008, and no code ran", async (lang) => {
      const dir = copyFixture("minimal-register");
      const marker = join(dir, "marker-code-ran.txt");
      writeFileSync(join(dir, SENTINEL), SENTINEL_TEXT);
      writeFileSync(join(dir, BAD), `---${lang}\n${bodies[lang]!(marker)}\n---\n\n## Ausgangslage\n`);
      const run = await runIkz(["validate", "--format", "json", "--register", dir]);
      expectCleanStderr(run);
      const report = JSON.parse(run.stdout) as JsonReport;
      // "---" is 3 characters: the language name starts at column 4.
      expectFindings(report, BAD, [{ code: "IKZ-YAML-008", line: 1, column: 4 }]);
      expect(messageOf(report, BAD, "IKZ-YAML-008")).toContain(`„${lang}“`);
      expectRestChecked(report);
      expect(existsSync(marker), "front matter code was executed").toBe(false);
      expect(run.code).toBe(1);
    });
  });

  describe("too deep nesting → IKZ-YAML-007 where the limit is crossed", () => {
    // Depth as ikz counts it: the record's top-level mapping is level 1. The finding names the first node
    // nested deeper than MAX_DEPTH: the place to cut. Positions follow from the input below by counting.
    const loadMaxDepth = async () => ((await import(new URL("../../dist/register/front-matter.js", import.meta.url).href)) as { MAX_DEPTH: number }).MAX_DEPTH;

    it("flow sequences nested 5 000 deep", async () => {
      const maxDepth = await loadMaxDepth();
      const { run, report } = await validateWith({ [BAD]: `${HEAD}x-deep: ${"[".repeat(5000)}${"]".repeat(5000)}\n---\n` });
      // "x-deep: " is 8 characters: the n-th "[" is at column 8 + n and at depth n + 1.
      expectFindings(report, BAD, [{ code: "IKZ-YAML-007", line: 7, column: 8 + maxDepth }]);
      expectRestChecked(report);
      expect(run.code).toBe(1);
      expect(run.ms).toBeLessThan(FAST_MS);
    });

    it("a block mapping nested 100 levels", async () => {
      const maxDepth = await loadMaxDepth();
      const nested = Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i + 1)}k${i + 1}:`).join("\n");
      const { run, report } = await validateWith({ [BAD]: `${HEAD}x-deep:\n${nested} v\n---\n` });
      // k<i> is on line 7 + i, indented 2i spaces; the mapping at depth d starts at key k<d - 1>.
      const k = maxDepth; // the mapping at depth MAX_DEPTH + 1 starts at k<MAX_DEPTH>
      expectFindings(report, BAD, [{ code: "IKZ-YAML-007", line: 7 + k, column: 2 * k + 1 }]);
      expectRestChecked(report);
      expect(run.code).toBe(1);
    });

    it("flow mappings nested 200 000 deep in a 1 MB file", async () => {
      const { run, report } = await validateWith({ [BAD]: `${HEAD}x-deep: ${"{a: ".repeat(200_000)}1${"}".repeat(200_000)}\n---\n` });
      const found = report.findings.filter((f) => f.file === BAD);
      expect(found.map((f) => f.code)).toEqual(["IKZ-YAML-007"]);
      expect(found[0]!.line).toBe(7);
      expectRestChecked(report);
      expect(run.code).toBe(1);
      expect(run.ms).toBeLessThan(FAST_MS);
    });
  });

  describe("unknown codes come with a suggestion", () => {
    it("unknown municipality „raunhiem“ in lead → IKZ-REF-001 with „raunheim“", async () => {
      const content = `${HEAD}lead: raunhiem\nparticipants:\n  - municipality: raunhiem\n    role: lead\n---\n`;
      const { run, report } = await validateWith({ [BAD]: content });
      expectFindings(report, BAD, [
        { code: "IKZ-REF-001", line: 7, column: 7, path: "lead" },
        { code: "IKZ-REF-001", line: 9, column: 19, path: "participants[0].municipality" },
      ]);
      for (const f of report.findings.filter((x) => x.file === BAD)) {
        expect(f.message).toContain("„raunhiem“");
        expect(f.message).toContain("meinten Sie „raunheim“?");
      }
      expectRestChecked(report);
      expect(run.code).toBe(1);
    });

    it("the suggestion is English with --lang en", async () => {
      const { report } = await validateWith({ [BAD]: `${HEAD}seat: raunhiem\n---\n` }, ["--lang", "en"]);
      expectFindings(report, BAD, [{ code: "IKZ-REF-001", line: 7, column: 7, path: "seat" }]);
      expect(messageOf(report, BAD, "IKZ-REF-001")).toContain("did you mean 'raunheim'?");
    });

    it("a UTF-16 file (Notepad's „Unicode“) is named as such, not as a binary file with NUL bytes", async () => {
      const { report } = await validateWith({ [BAD]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEAD}---\n`, "utf16le")]) });
      expect(messageOf(report, BAD, "IKZ-FILE-003")).toBe("Datei ist nicht UTF-8-kodiert, sondern UTF-16 (im Windows-Editor „Unicode“) – im Editor als „UTF-8“ speichern (z. B. Editor → Speichern unter → Codierung UTF-8)");
    });

    it("unknown field of action → IKZ-REF-002 with „finanzen“", async () => {
      const { run, report } = await validateWith({ [BAD]: "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzn\nphase: idea\ncreated: 2025-01-15\n---\n" });
      expectFindings(report, BAD, [{ code: "IKZ-REF-002", line: 4, column: 8, path: "field" }]);
      expect(messageOf(report, BAD, "IKZ-REF-002")).toContain("meinten Sie „finanzen“?");
      expectRestChecked(report);
      expect(run.code).toBe(1);
    });

    it("unknown key → IKZ-SCHEMA-002 at the key, with „sponsor“", async () => {
      const { run, report } = await validateWith({ [BAD]: `${HEAD}sponser: goetz\n---\n` });
      expectFindings(report, BAD, [{ code: "IKZ-SCHEMA-002", line: 7, column: 1, path: "sponser" }]);
      expect(messageOf(report, BAD, "IKZ-SCHEMA-002")).toContain("meinten Sie „sponsor“?");
      expectRestChecked(report);
      expect(run.code).toBe(1);
    });

    it("unknown phase code → IKZ-SCHEMA-003 with „idea“", async () => {
      const { run, report } = await validateWith({ [BAD]: "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idee\ncreated: 2025-01-15\n---\n" });
      expectFindings(report, BAD, [{ code: "IKZ-SCHEMA-003", line: 5, column: 8, path: "phase" }]);
      expect(messageOf(report, BAD, "IKZ-SCHEMA-003")).toContain("meinten Sie „idea“?");
      expect(run.code).toBe(1);
    });

    it("a code in the wrong case and a key with two letters swapped get their suggestion too", async () => {
      const content = "---\nid: IKZ-2025-003\ntitel: X\nfield: finanzen\nphase: Idea\ncreated: 2025-01-15\nTags: [a]\n---\n";
      const { report } = await validateWith({ [BAD]: content });
      const messages = report.findings.filter((f) => f.file === BAD && f.code !== "IKZ-SCHEMA-001").map((f) => `${f.line}:${f.column} ${f.message}`);
      expect(messages).toEqual([
        expect.stringMatching(/^3:1 unbekanntes Feld „titel“ – meinten Sie „title“\?/),
        expect.stringMatching(/^5:8 ungültiger Wert „Idea“ – meinten Sie „idea“\?/),
        expect.stringMatching(/^7:1 unbekanntes Feld „Tags“ – meinten Sie „tags“\?/),
      ]);
    });

    it("unknown steering-group member → IKZ-REF-006 with „goetz“", async () => {
      const { report } = await validateWith({ [BAD]: `${HEAD}sponsor: gotz\n---\n` });
      expectFindings(report, BAD, [{ code: "IKZ-REF-006", line: 7, column: 10, path: "sponsor" }]);
      expect(messageOf(report, BAD, "IKZ-REF-006")).toContain("meinten Sie „goetz“?");
    });
  });

  it(".inf, -.inf and .nan in money fields are named as written, not as „null“ (places: the corpus case)", async () => {
    const { run, report } = await validateWith({ [BAD]: `${HEAD}baseline_costs_eur: .inf\nsavings_planned_eur: .NaN\none_off_costs_eur: -.Inf\n---\n` });
    const messages = report.findings.filter((f) => f.file === BAD).map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining("gefunden „.inf“"), expect.stringContaining("gefunden „.nan“"), expect.stringContaining("gefunden „-.inf“")]);
    expect(messages.join(" ")).not.toContain("null");
    expect(run.code).toBe(1);
  });

  it("a __proto__ key pollutes no prototype when parsed in-process", async () => {
    const url = new URL("../../dist/register/load.js", import.meta.url).href;
    const { parseRecord } = (await import(url)) as typeof import("../../src/register/load.js");
    const bytes = Buffer.from(`${HEAD}__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n---\n`);
    const { record, issues } = parseRecord(BAD, "project", bytes);
    expect(issues).toEqual([]);
    const data = record.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toContain("__proto__");
    expect(data.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("many bad files at once: each still gets its finding", async () => {
    const files: Record<string, string | Buffer> = {};
    for (const [i, c] of cases.filter((x) => x.file === undefined).entries()) files[`projects/IKZ-2025-${String(100 + i)}-fall.md`] = c.content;
    const { run, report } = await validateWith(files);
    for (const [i, c] of cases.filter((x) => x.file === undefined).entries()) {
      const file = `projects/IKZ-2025-${String(100 + i)}-fall.md`;
      expect(report.findings.filter((f) => f.file === file).map((f) => f.code), `${c.name} (${file})`).toEqual(
        expect.arrayContaining([...new Set(c.expected.map((e) => e.code))]),
      );
    }
    expectRestChecked(report);
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(FAST_MS);
  });
});
