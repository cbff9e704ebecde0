import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeTempDirs, runIkz, type DatedRepo } from "../helpers/cli.js";
import { EVIL_TITLE, twoQuarterRepo } from "./controlling-repo.js";

const require = createRequire(import.meta.url);
const SCHEMAS = new URL("../../schemas/", import.meta.url);

/** The controlling schema with the common definitions, compiled strictly. */
function controllingValidator() {
  const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const formats = require("ajv-formats") as { default?: (a: unknown) => unknown } & ((a: unknown) => unknown);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (formats.default ?? formats)(ajv);
  for (const f of readdirSync(SCHEMAS).filter((n) => n.endsWith(".schema.json"))) ajv.addSchema(JSON.parse(readFileSync(new URL(f, SCHEMAS), "utf8")) as object);
  return ajv.getSchema("https://ikz.example/schemas/controlling.schema.json")!;
}

let repo: DatedRepo;
const ikz = (...args: string[]) => runIkz(["--register", repo.dir, "export", "controlling", ...args], { env: repo.env });

beforeAll(() => {
  repo = twoQuarterRepo();
  // An uncommitted change: the summary must not see it (it reads Git history, never the working tree).
  const file = join(repo.dir, "projects/IKZ-2025-002-ordnungspolizei-mittelkreis.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("title: Ordnungspolizei Mittelkreis", "title: WORKTREE-ONLY"));
});
afterAll(removeTempDirs);

describe("ikz export controlling from a two-quarter Git history", () => {
  it("computes 2025-Q3 from the commit at its end and the one before its start; later commits and the working tree do not count", async () => {
    const r = await ikz("--quarter", "2025-Q3", "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as Record<string, any>;
    expect(data.quarter).toMatchObject({ label: "2025-Q3", provisional: false, referenceDate: "2025-09-30" });
    expect([data.portfolio.totalStart, data.portfolio.totalEnd]).toEqual([2, 3]);
    expect(data.portfolio.transitions).toMatchObject([{ project: "IKZ-2025-001", from: "idea", to: "interest", decision: "B-2025-001" }]);
    expect(data.portfolio.newProjects.map((p: { project: string }) => p.project)).toEqual(["IKZ-2025-003"]);
    expect(data.source.end.commitDate).toBe("2025-08-15T10:00:00+02:00");
    expect(data.source.start.commitDate).toBe("2025-05-10T10:00:00+02:00");
    expect(r.stdout).not.toContain("IKZ-2025-004");
    expect(r.stdout).not.toContain("WORKTREE-ONLY");
    expect(controllingValidator()(data), JSON.stringify(controllingValidator().errors)).toBe(true);
  });

  it("refuses a quarter that has not begun, naming today in the reader's date format", async () => {
    const de = await ikz("--quarter", "2999-Q1");
    expect(de.code).toBe(2);
    expect(de.stderr).toMatch(/Quartal 2999-Q1 hat noch nicht begonnen \(heute ist \d{2}\.\d{2}\.\d{4}\)/);
    const en = await ikz("--quarter", "2999-Q1", "--lang", "en");
    expect(en.stderr).toMatch(/today is \d{1,2} [A-Z][a-z]{2} \d{4}\)/);
  });

  it("starts from an empty register when the history begins inside the quarter", async () => {
    const r = await ikz("--quarter", "2025-Q2", "--format", "json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as Record<string, any>;
    expect([data.portfolio.totalStart, data.portfolio.totalEnd]).toEqual([0, 2]);
    expect(data.source.start).toBeUndefined();
    expect(controllingValidator()(data)).toBe(true);
  });

  it("refuses a quarter before the history and a malformed quarter with exit 2", async () => {
    const before = await ikz("--quarter", "2025-Q1");
    expect(before.code).toBe(2);
    expect(before.stderr).toContain("2025-Q1");
    expect(before.stderr).toContain("die Historie beginnt am 10.05.2025");
    expect(before.stdout).toBe("");
    for (const bad of ["2025-Q5", "Q3-2025", "2025-3"]) {
      const r = await ikz("--quarter", bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toContain("JJJJ-Qn");
    }
    const missing = await ikz();
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--quarter");
  });

  it("gives byte-identical Markdown and HTML for the same commit, and no run timestamp", async () => {
    for (const format of ["md", "html"]) {
      const [a, b] = [await ikz("--quarter", "2025-Q3", "--format", format), await ikz("--quarter", "2025-Q3", "--format", format)];
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(1000);
      expect(Buffer.from(a.stdout).equals(Buffer.from(b.stdout)), format).toBe(true);
      expect(a.stdout).toContain("15.08.2025, 10:00 Uhr");
      expect(a.stdout).not.toContain(new Date().toISOString().slice(0, 10));
    }
  });

  it("escapes hostile register text in HTML: no script, no event handler, no javascript: link, no external image", async () => {
    const r = await ikz("--quarter", "2025-Q3", "--format", "html");
    const html = r.stdout;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    // Inside tags (text may show such words harmlessly, escaped): no handlers, no javascript: URLs, no external loads.
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(html).not.toMatch(/<script/i);
    expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /javascript:/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /<(img|iframe|object|embed|link|base|form)\b/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /\ssrc\s*=/i.test(t))).toEqual([]);
    expect(html).toContain("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;");
    // The lesson's own Markdown is rendered (a heading and a paragraph), its unsafe link stays text.
    expect(html).toContain("<h4>Erkenntnis</h4>");
    expect(html).toContain("[klick](javascript");
    expect(EVIL_TITLE).toContain("<script>");
  });

  it("computes a running quarter from HEAD and marks it provisional; a future quarter is refused", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
    const current = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
    const json = JSON.parse((await ikz("--quarter", current, "--format", "json")).stdout) as Record<string, any>;
    expect(json.quarter).toMatchObject({ label: current, provisional: true, referenceDate: today });
    // HEAD holds all four projects (the uncommitted title change still does not count).
    expect(json.portfolio.totalEnd).toBe(4);
    const md = await ikz("--quarter", current, "--format", "md");
    expect(md.stdout).toContain("(vorläufig)");
    expect(md.stdout).toContain("Vorläufig: Das Quartal ist noch nicht abgeschlossen");
    const future = await ikz("--quarter", `${Number(today.slice(0, 4)) + 1}-Q4`);
    expect(future.code).toBe(2);
  });

  it("--section picks one section; an unknown one, or one with json, is a usage error", async () => {
    const md = await ikz("--quarter", "2025-Q3", "--section", "portfolio");
    expect(md.code).toBe(0);
    expect(md.stdout.match(/^## /gm)).toEqual(["## "]);
    expect(md.stdout).toContain("## Portfolio");
    const unknown = await ikz("--quarter", "2025-Q3", "--section", "portfolioo");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("overview, portfolio, decisions");
    expect((await ikz("--quarter", "2025-Q3", "--section", "money", "--format", "json")).code).toBe(2);
  });

  it("speaks English with --lang en", async () => {
    const r = await runIkz(["--register", repo.dir, "--lang", "en", "export", "controlling", "--quarter", "2025-Q3", "--format", "md"], { env: repo.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Controlling summary 2025-Q3");
    expect(r.stdout).toContain("Appendix: KPI catalogue");
    expect(r.stdout).toContain("15 Aug 2025");
  });
});
