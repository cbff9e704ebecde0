// A write killed with SIGKILL at random moments leaves every file old or new and the register valid.
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { git, IKZ_BIN, removeTempDirs } from "../helpers/cli.js";
import { filesIn, ikz, makeRegister, readRecord, status, type TestRegister } from "./register-repo.js";

afterAll(removeTempDirs);

/** Small seeded PRNG (mulberry32), so a failing run can be replayed with the same delays. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts `ikz new-project` and kills it with SIGKILL after `delay` ms; resolves with the exit code (null when killed). */
function runAndKill(reg: TestRegister, title: string, delay: number): Promise<number | null> {
  const env = { ...process.env, ...reg.env, NO_COLOR: "1", IKZ_LANG: "de" } as NodeJS.ProcessEnv;
  const child = spawn(process.execPath, [IKZ_BIN, "--register", reg.dir, "new-project", "--title", title, "--field", "finanzen", "--date", "2026-03-01"], { cwd: reg.dir, env, stdio: "ignore" });
  const timer = setTimeout(() => child.kill("SIGKILL"), delay);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Every visible project file parses completely; hidden files are only the atomic writer's temp files. */
function expectOldOrNew(reg: TestRegister, context: string): void {
  for (const file of filesIn(reg, "projects")) {
    const name = file.slice("projects/".length);
    if (name.startsWith(".")) {
      expect(name, context).toMatch(/^\.IKZ-[^/]+\.md\.[0-9a-f]+\.tmp$/);
      continue;
    }
    const data = readRecord(reg, file);
    expect(typeof data.id, `${context}: ${file}`).toBe("string");
    expect(file.startsWith(`projects/${String(data.id)}-`), `${context}: ${file}`).toBe(true);
  }
}

describe("SIGKILL during a write", () => {
  it("at 36 seeded moments: files old or new, then one more write recovers and the register validates", { timeout: 180_000 }, async () => {
    const reg = makeRegister();
    const started = Date.now();
    const probe = await ikz(reg, ["new-project", "--title", "Messlauf", "--field", "finanzen", "--date", "2026-03-01"]);
    expect(probe.code).toBe(0);
    const fullRun = Date.now() - started;
    const random = prng(20_261_128);
    // 24 delays across 0–300 ms, then 12 across a whole run, so the kills also land in the writing phase.
    const delays = [...Array.from({ length: 24 }, () => Math.floor(random() * 300)), ...Array.from({ length: 12 }, () => Math.floor(random() * fullRun))];
    let completed = 0;
    for (const [i, delay] of delays.entries()) {
      const code = await runAndKill(reg, `Abbruch ${i + 1}`, delay);
      if (code === 0) completed++;
      expectOldOrNew(reg, `run ${i + 1}, killed after ${delay} ms`);
    }
    const last = await ikz(reg, ["--json", "new-project", "--title", "Nach den Abbrüchen", "--field", "finanzen", "--date", "2026-03-01"]);
    // The only thing it may say: that it put back what a killed run had written, or dropped a committed run's journal.
    // Never that it left a file alone: a killed run's files are always old or new, never a third state.
    for (const line of last.stderr.split("\n").filter(Boolean)) {
      expect(line).toMatch(/^ikz: (ein abgebrochener Lauf hatte \S+ geändert – auf den Stand davor zurückgesetzt|Journal eines abgebrochenen Laufs entfernt – .*)$/);
    }
    expect(last.code).toBe(0);
    expectOldOrNew(reg, "after recovery");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
    for (const line of status(reg).split("\n").filter(Boolean)) expect(line).toMatch(/^\?\? projects\/\.IKZ-.*\.tmp$/);
    const committed = git(reg.dir, "log", "--format=%(trailers:key=Ikz-Record,valueonly)").split("\n").filter(Boolean);
    expect(new Set(committed).size).toBe(committed.length);
    expect(committed.length).toBeGreaterThanOrEqual(2 + completed);
  });
});
