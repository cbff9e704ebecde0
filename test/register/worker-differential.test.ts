import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { removeTempDirs, runIkz, copyFixture } from "../helpers/cli.js";
import { badInputRegister, brokenSyntheticRegister } from "../helpers/corpora.js";
import { cases } from "../validate/bad-input-cases.js";
import { folderSource } from "../../src/io/fs-source.js";
import { readRegister, registerIssues } from "../../src/register/register-data.js";
import { toFindings } from "../../src/register/to-findings.js";
import { compileSchemas } from "../../src/schema/compile.js";
import { jsonSafe } from "../../src/register/json-safe.js";

// The fast path of `ikz validate` – js-yaml instead of yaml's Documents, worker threads, validators generated
// at build time, records without their texts – must give exactly the answers of the plain path: one thread,
// the position-keeping parser for every file, schemas compiled at run time.

const repo = fileURLToPath(new URL("../../", import.meta.url));

/** Every field of a finding, one string each, in report order. */
type Findings = string[];

/** The reference: in-process, single thread, exact parser, schemas compiled now. */
async function exactFindings(root: string): Promise<Findings> {
  return (await exactRun(root)).findings;
}

async function exactRun(root: string): Promise<{ findings: Findings; files: number }> {
  const before = process.env.IKZ_COMPILE_SCHEMAS;
  process.env.IKZ_COMPILE_SCHEMAS = "1";
  let schemas;
  try {
    schemas = compileSchemas();
  } finally {
    if (before === undefined) delete process.env.IKZ_COMPILE_SCHEMAS;
    else process.env.IKZ_COMPILE_SCHEMAS = before;
  }
  expect(schemas.origin).toBe("compiled");
  const data = await readRegister(folderSource(root), schemas, undefined, "exact");
  const findings = toFindings(registerIssues(data), data.loaded.records, "de").map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.path} | ${f.pointer} | ${f.message}`);
  return { findings, files: data.loaded.fileCount };
}

/** The built CLI as users run it, with `workers` worker threads (undefined: its own choice). */
async function cliFindings(root: string, workers?: number, env: Record<string, string> = {}): Promise<{ findings: Findings; files: number; code: number | null }> {
  const run = await runIkz(["validate", "--format", "json", "--register", root], { env: { IKZ_WORKERS: workers === undefined ? undefined : String(workers), IKZ_COMPILE_SCHEMAS: undefined, ...env } });
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as { summary: { files: number }; findings: Array<Record<string, string | number>> };
  return {
    findings: report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.path} | ${f.pointer} | ${f.message}`),
    files: report.summary.files,
    code: run.code,
  };
}

afterAll(removeTempDirs);

describe("the validators generated at build time", () => {
  it("are the ones ikz uses (run `npm run build` if this fails)", () => {
    expect(compileSchemas().origin).toBe("generated");
  });

  it("are not used for schemas that changed after the build: ikz compiles those instead", () => {
    const dir = mkdtempSync(join(tmpdir(), "ikz-schemas-"));
    try {
      cpSync(join(repo, "schemas"), dir, { recursive: true });
      expect(compileSchemas(dir).origin).toBe("generated");
      // Same size, one character different: the fingerprint's CRC must see it.
      const file = join(dir, "project.schema.json");
      const text = readFileSync(file, "utf8");
      const at = text.indexOf("Projekt");
      expect(at).toBeGreaterThan(0);
      writeFileSync(file, `${text.slice(0, at)}projekt${text.slice(at + 7)}`);
      const changed = compileSchemas(dir);
      expect(changed.origin).toBe("compiled");
      expect(changed.validators.project({})).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("worker threads and the fast path give the findings of the exact single-thread path", () => {
  it("on the sample register", async () => {
    const root = join(repo, "register");
    const exact = await exactFindings(root);
    for (const workers of [0, 2]) expect((await cliFindings(root, workers)).findings, `${workers} workers`).toEqual(exact);
  });

  it("on the bad-input corpus: every project case at once, and each ikz.yaml case", async () => {
    const configCases = cases.filter((c) => c.file === "ikz.yaml").length;
    expect(configCases).toBeGreaterThan(2);
    for (const configCase of [undefined, ...Array.from({ length: configCases }, (_, i) => i)]) {
      const root = badInputRegister(configCase);
      const exact = await exactFindings(root);
      expect(exact.length, `case ${configCase}`).toBeGreaterThan(configCase === undefined ? cases.length / 2 : 1);
      for (const workers of [0, 2]) expect((await cliFindings(root, workers)).findings, `ikz.yaml case ${configCase}, ${workers} workers`).toEqual(exact);
    }
  }, 120_000);

  it("when a worker runs out of memory on hostile files, the main thread redoes its files", async () => {
    const root = copyFixture("minimal-register");
    const head = (id: string) => `---\nid: ${id}\ntitle: X\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n`;
    writeFileSync(join(root, "projects", "IKZ-2025-003-x.md"), `${head("IKZ-2025-003")}x-a: &a lol\nx-b: [${Array(200_000).fill("*a").join(",")}]\n---\n`);
    writeFileSync(join(root, "projects", "IKZ-2025-004-y.md"), `${head("IKZ-2025-004")}x-deep: ${"{a: ".repeat(200_000)}1${"}".repeat(200_000)}\n---\n`);
    const exact = await exactFindings(root);
    expect(exact.length).toBeGreaterThan(1);
    // A worker heap of 4 MiB cannot hold these files: the worker dies, its batch is parsed again on the main thread.
    const cli = await cliFindings(root, 1, { IKZ_WORKER_OLD: "4" });
    expect(cli.findings).toEqual(exact);
    expect(cli.code).toBe(1);
  }, 60_000);

  describe("on a synthetic register with injected errors", () => {
    let root: string;

    beforeAll(async () => {
      const generated = await brokenSyntheticRegister(400);
      root = generated.root;
      // Large enough that ikz picks workers by itself.
      expect(generated.files).toBeGreaterThan(5000);
    }, 60_000);

    it("with forced workers, the automatic choice and none", async () => {
      const { findings: exact, files } = await exactRun(root);
      expect(exact.length).toBeGreaterThan(30);
      for (const workers of [2, undefined, 0, 3]) {
        const cli = await cliFindings(root, workers);
        expect(cli.findings, `${workers ?? "automatic"} workers`).toEqual(exact);
        expect(cli.code).toBe(1);
        expect(cli.files).toBe(files);
      }
    }, 120_000);
  });
});

describe("jsonSafe: what may cross from a worker as JSON", () => {
  it("refuses what JSON would change", () => {
    expect(jsonSafe({ a: [1, "x", null, true, { b: 2.5 }] })).toBe(true);
    for (const bad of [{ a: Number.NaN }, { a: [Infinity] }, { a: -0 }, JSON.parse('{"__proto__": {"x": 1}}') as unknown, { a: { b: -Infinity } }]) expect(jsonSafe(bad)).toBe(false);
  });
});
