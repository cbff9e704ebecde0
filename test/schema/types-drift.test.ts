import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GENERATED = "src/domain/types.generated.ts";

function runCheck(cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ["scripts/gen-types.mjs", "--check"], { cwd, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("generated types", () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it("match schemas/*.schema.json (run `npm run gen:types` after changing a schema)", () => {
    const { status, output } = runCheck(ROOT);
    expect(output).toContain("up to date");
    expect(status).toBe(0);
  });

  it("--check exits 1 with a message when the file differs", () => {
    const dir = mkdtempSync(join(tmpdir(), "ikz-gen-types-"));
    temps.push(dir);
    cpSync(join(ROOT, "scripts"), join(dir, "scripts"), { recursive: true });
    cpSync(join(ROOT, "schemas"), join(dir, "schemas"), { recursive: true });
    mkdirSync(join(dir, "src/domain"), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    const stale = readFileSync(join(ROOT, GENERATED), "utf8").replace("export interface Project {", "export interface Project {\n  stale?: string;");
    writeFileSync(join(dir, GENERATED), stale);
    const { status, output } = runCheck(dir);
    expect(status).toBe(1);
    expect(output).toContain("out of date");
    expect(output).toContain("npm run gen:types");
  });
});
