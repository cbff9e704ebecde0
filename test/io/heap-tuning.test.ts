import { describe, expect, it } from "vitest";
import { getHeapSpaceStatistics } from "node:v8";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { YoungGenerationCap } from "../../src/io/heap-tuning.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));

const youngGenerationBytes = () => getHeapSpaceStatistics().find((s) => s.space_name === "new_space")!.space_size;

/** Keeps many small objects alive for a while, which makes V8 grow the young generation to its maximum. */
function allocateSurvivors(): number {
  let kept: object[] = [];
  for (let i = 0; i < 2_000_000; i++) {
    kept.push({ i, s: `x${i}` });
    if (kept.length > 200_000) kept = [];
  }
  return kept.length;
}

describe("YoungGenerationCap", () => {
  it("leaves V8 versions alone that are not known to have the flag (V8 would print an error line)", () => {
    allocateSurvivors();
    expect(youngGenerationBytes()).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    for (const version of ["10.2.154.26-node.26", "14.1.0.0", "not-a-version"]) {
      const cap = new YoungGenerationCap(version);
      cap.check(5000);
      expect(cap.capped, version).toBe(false);
    }
  });

  it("stops the growth once the young generation has reached 16 MiB (V8 would go on to 32 MiB)", () => {
    // In a process of its own: V8's flags are the process's, and this one's young generation is grown already.
    const script = `
      import { YoungGenerationCap } from ${JSON.stringify(pathToFileURL(join(repo, "dist/io/heap-tuning.js")).href)};
      import { getHeapSpaceStatistics } from "node:v8";
      const cap = process.argv[1] === "cap" ? new YoungGenerationCap() : undefined;
      let kept = [];
      for (let i = 0; i < 3000000; i++) {
        kept.push({ i, s: "x" + i });
        if (kept.length > 200000) kept = [];
        if (i % 1000 === 0) cap?.check(i);
      }
      const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;
      console.log(JSON.stringify({ young: young / 1048576, capped: cap?.capped ?? false, kept: kept.length }));`;
    const run = (mode: string) => JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script, mode], { encoding: "utf8" })) as { young: number; capped: boolean };
    const free = run("free");
    const capped = run("cap");
    expect(free.young).toBeGreaterThan(16);
    expect(capped).toMatchObject({ young: 16, capped: true });
  });
});
