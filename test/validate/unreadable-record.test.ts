import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDirs, runIkz } from "../helpers/cli.js";
import { sampleCopy } from "../helpers/records.js";

afterAll(removeTempDirs);

describe("a record whose YAML cannot be read", () => {
  it("gets its syntax finding, and records that refer to it get no 'unknown project' with a wrong suggestion", async () => {
    const dir = sampleCopy();
    const file = readdirSync(join(dir, "projects")).find((f) => f.startsWith("IKZ-2024-004"))!;
    const path = join(dir, "projects", file);
    const text = readFileSync(path, "utf8");
    // A duplicated key makes the whole front matter unreadable.
    writeFileSync(path, text.replace(/^(title: .*)$/m, "$1\ntitle: noch einmal"));
    const run = await runIkz(["--register", dir, "validate", "--format", "json"], { env: { HOME: makeTempDir() } });
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ code: string; file: string; message: string }> }).findings;
    expect(findings.filter((f) => f.file === `projects/${file}`).map((f) => f.code)).toEqual(["IKZ-YAML-004"]);
    expect(findings.filter((f) => f.message.includes("IKZ-2024-004") && f.code.startsWith("IKZ-REF"))).toEqual([]);
  });
});
