import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { folderSource } from "../../src/io/fs-source.js";
import { readRegister, registerIssues } from "../../src/register/register-data.js";
import { toFindings } from "../../src/register/to-findings.js";
import { fastLoad, MAY_NEED_EXACT, NEEDS_EXACT } from "../../src/register/fast-yaml.js";
import { parseYaml } from "../../src/register/front-matter.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));

/** Every finding of a register read in one mode, as comparable strings. */
async function findingsOf(root: string, mode: "fast" | "exact"): Promise<string[]> {
  const data = await readRegister(folderSource(root), undefined, undefined, mode);
  return toFindings(registerIssues(data), data.loaded.records, "de").map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.path} ${f.message}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("the fast loader gives the same answers as the exact parser", () => {
  it("on the sample register", async () => {
    const root = join(repo, "register");
    expect(await findingsOf(root, "fast")).toEqual(await findingsOf(root, "exact"));
  });

  it("on a register with injected errors of every layer", async () => {
    const root = mkdtempSync(join(tmpdir(), "ikz-fast-"));
    try {
      cpSync(join(repo, "register"), root, { recursive: true });
      const projects = join(root, "projects");
      const [first, second, third] = readdirSync(projects).sort();
      const edit = (name: string, change: (text: string) => string) => writeFileSync(join(projects, name), change(readFileSync(join(projects, name), "utf8")));
      edit(first!, (t) => t.replace(/^field: .*$/m, "field: vollstrekung").replace(/^created: .*$/m, "created: 2023-02-30"));
      edit(second!, (t) => t.replace(/^lead: (.*)$/m, "lead: raunhiem\nx-note: &a 1\nx-copy: *a"));
      edit(third!, (t) => t.replace(/^title: (.*)$/m, "title: $1\ntitle: doppelt"));
      writeFileSync(join(projects, "IKZ-2026-099-tags.md"), "---\nid: IKZ-2026-099\ntitle: !!str Tags\nfield: kasse\nphase: idea\ncreated: 2026-01-05\nx-n: 0b101\n---\n");
      writeFileSync(join(projects, "IKZ-2026-098-tab.md"), "---\nid: IKZ-2026-098\ntitle: Tab\n\tfield: kasse\n---\n");
      const fast = await findingsOf(root, "fast");
      expect(fast.length).toBeGreaterThan(5);
      expect(fast).toEqual(await findingsOf(root, "exact"));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("on every front matter of the bad-input corpus fixture and the sample: same data or a fall-back", () => {
    const files = [...filesUnder(join(repo, "register")), ...filesUnder(join(repo, "test", "fixtures"))].filter((f) => /\.(md|yaml)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
      const yaml = file.endsWith(".yaml") ? text : (/^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? "");
      const fast = fastLoad(yaml);
      if (fast === undefined) continue;
      expect(fast, file).toEqual(parseYaml(file, yaml, 1).parsed.data);
    }
  });

  it("leaves YAML 1.1 numbers, signed hex/octal, anchors, tags, tabs and odd keys to the exact parser", () => {
    for (const text of ["a: 0b101\n", "a: &x 1\n", "a: *x\n", "a: !foo x\n", "a:\n\tb: 1\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "%YAML 1.2\n---\na: 1\n", "a: +0x1F\n", "a: -0o17\n", "a: +.5\n", "a: -.5\n", "~: a\n", "? [a]\n: b\n"]) {
      expect(fastLoad(text), text).toBeUndefined();
    }
    const scalars = ["1_000", "0o17", "0x1F", "2025-01-01", "yes", "1e3", ".5", "5.", ".inf", "-.inf", ".nan", "012", "TRUE", "Null", "~", "12:30", "0.0", "1.0e+3"];
    for (const v of scalars) {
      const text = `a: ${v}\n`;
      const fast = fastLoad(text);
      if (fast !== undefined) expect(fast, v).toEqual(parseYaml("x", text, 1).parsed.data);
    }
    expect(fastLoad("a: 1_000\nb: 0o17\nc: 0x1F\nd: 2025-01-01\ne: yes\n")).toEqual(parseYaml("x", "a: 1_000\nb: 0o17\nc: 0x1F\nd: 2025-01-01\ne: yes\n", 1).parsed.data);
  });

  it("leaves every plain value that looks like an amount with thousands dots to the exact parser", () => {
    for (const text of ["a_eur: 98.000\n", "a_eur: 1.500.000 # x\n", "a: [{b_eur: 12.500}]\n", "a:\n  - 2.000\n", "a_eur: 1.000\r\nb: 1\n", "a: 1.000\n", "a_eur: +98.000\n", "a_eur: 098.000\n"]) {
      expect(fastLoad(text), text).toBeUndefined();
    }
    // Dots between other digits, signed or decimal-looking values (never amounts of whole euros), or a dotted number
    // inside a text still take the fast path.
    for (const text of ["a: 1.5\n", "a: 12.50\n", "a: 1.0000\n", "a: Kosten 1.000 Euro\n", "a: v1.000b\n", "a_eur: -1.000\n", "a_eur: 0.500\n"]) {
      expect(fastLoad(text), text).toEqual(parseYaml("x", text, 1).parsed.data);
    }
  });

  it("the cheap pre-check finds everything the full pattern finds", () => {
    // Short strings over the characters the pattern cares about, from a fixed seed: every alternative of
    // NEEDS_EXACT and its surroundings turns up many times over.
    // Pieces, mostly single characters: ".000" makes amounts with thousands dots ("1.000") common enough.
    const alphabet = [..."&*!\t%<?~-.+0bxXoO1 :\n[{,a}]#\r", ".000", "12"];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let caught = 0;
    for (let n = 0; n < 50000; n++) {
      let text = "";
      for (let i = 1 + Math.floor(next() * 10); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      if (!NEEDS_EXACT.test(text)) continue;
      caught++;
      expect(MAY_NEED_EXACT.test(text), JSON.stringify(text)).toBe(true);
    }
    expect(caught).toBeGreaterThan(10000);
  });
});
