import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { copyFixture, makeTempDir } from "./cli.js";
import { cases } from "../validate/bad-input-cases.js";

// Registers full of mistakes, for tests that compare two ways of reaching the same findings.

/** A register holding every bad-input case at once (the config cases need an ikz.yaml each: `configCase`). */
export function badInputRegister(configCase?: number): string {
  const dir = copyFixture("minimal-register");
  const projectCases = cases.filter((c) => c.file === undefined);
  projectCases.forEach((c, i) => writeFileSync(join(dir, "projects", `IKZ-2025-${String(100 + i)}-fall.md`), c.content));
  if (configCase !== undefined) writeFileSync(join(dir, "ikz.yaml"), cases.filter((c) => c.file === "ikz.yaml")[configCase]!.content);
  writeFileSync(join(dir, "projects", "notizen.txt"), "Notizen\n");
  return dir;
}

/** The synthetic register of the benchmark (bench/generate.mjs) with `projects` projects and errors injected in every layer. */
export async function brokenSyntheticRegister(projects: number): Promise<{ root: string; files: number }> {
  const root = makeTempDir();
  const generator = "../../bench/generate.mjs";
  const { generateRegister } = (await import(generator)) as { generateRegister: (dir: string, projects: number, opts: { seed: number }) => Promise<{ files: number }> };
  const { files } = await generateRegister(root, projects, { seed: 7 });
  injectErrors(root);
  return { root, files };
}

/** Breaks files of every layer in a generated register: syntax, encoding, schema, references, lifecycle, layout. */
function injectErrors(root: string): void {
  const list = (folder: string): string[] =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  const projects = list("projects");
  const decisions = list("decisions");
  const meetings = list("meetings");
  const reports = list("reports");
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, "utf8")));
  const front = (extra: string) => (t: string) => t.replace(/\n---\n/, `\n${extra}\n---\n`);
  // Projects: one mutation each, spread over the register.
  const projectEdits: Array<(t: string) => string> = [
    (t) => t.replace(/^phase: .*$/m, "phase: umsetzung"),
    front("sponser: goetz"),
    (t) => t.replace(/^title: (.*)$/m, "title: $1\ntitle: doppelt"),
    front("x-note: &a 1\nx-copy: *a"),
    front("x-bin: !!binary aGFsbG8="),
    front("x-list: [offen"),
    (t) => t.replace(/^title: .*\n/m, ""),
    (t) => t.replace(/^created: .*$/m, "created: 2023-02-30"),
    front("x-inf: .inf\nx-nan: .NaN\nx-zero: -0.0"),
    front("x-proto:\n  __proto__:\n    polluted: true"),
    front("x-tab:\n\tb: 1"),
    front("x-bin2: 0b101\nx-hex: +0x1F"),
    (t) => t.replace(/^lead: (.*)$/m, "lead: raunhiem"),
    (t) => `\uFEFF${t}`.replace(/\n/g, "\r\n"),
    (t) => t.replace(/^---\n/, "--- yaml\n"),
    (t) => t.replace(/\n---\n/, "\n"),
  ];
  projectEdits.forEach((change, i) => edit(projects[(i * 7) % projects.length]!, change));
  // Decisions: references, lifecycle, votes; and one missing decision that breaks a project's history.
  edit(decisions[3]!, (t) => t.replace(/^project: .*$/m, "project: IKZ-2099-999"));
  edit(decisions[11]!, (t) => t.replace(/^phase_after: .*$/m, "phase_after: operation"));
  edit(decisions[17]!, (t) => t.replace(/^ {2}for: \d+$/m, "  for: 40"));
  edit(decisions[23]!, (t) => t.replace(/^meeting: .*$/m, "meeting: LG-1999-01"));
  edit(decisions[29]!, (t) => t.replace(/^id: .*$/m, "id: B-1999-001"));
  unlinkSync(decisions[41]!);
  // Meetings and reports: formats, encoding.
  edit(meetings[2]!, (t) => t.replace(/^date: .*$/m, "date: 12.03.2024"));
  if (reports.length > 2) {
    writeFileSync(reports[1]!, Buffer.concat([Buffer.from("---\nid: x\n"), Buffer.from([0xff, 0xfe]), Buffer.from("\n---\n")]));
    writeFileSync(reports[2]!, Buffer.from("---\nproject: a\u0000\n---\n"));
  }
  // Layout: a misplaced file and a record in the wrong folder depth.
  writeFileSync(join(root, "projects", "notizen.txt"), "Notizen\n");
  mkdirSync(dirname(join(root, "decisions", "2030", "tief", "B-2030-001.md")), { recursive: true });
  writeFileSync(join(root, "decisions", "2030", "tief", "B-2030-001.md"), "---\nid: B-2030-001\n---\n");
}
