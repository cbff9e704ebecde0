#!/usr/bin/env node
// Instruction counts of `ikz validate` and of the parse floor under valgrind (cachegrind without cache
// simulation): a steadier measure than wall time for comparing two builds on a noisy machine. Counts
// repeat within about 1 %, where wall-time ratios drift by ±10 % between batches of runs. They count the
// work of every thread (GC helpers, the JIT's compiler threads, workers), not the time it takes, so they
// complement `npm run bench` and do not replace it: the targets are judged on wall time.
//
//   node bench/instructions.mjs [size] [runs] [ikz entry …]
//   node bench/instructions.mjs 200 2 bin/ikz.js /tmp/other-build/bin/ikz.js
//
// The register must exist (bench/out/<size>/, made by `npm run bench`). A run at 200 projects takes about
// 20 s under valgrind. Needs valgrind (Debian: apt install valgrind).

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const [size = "200", runs = "2", ...entries] = process.argv.slice(2);
const register = join(BENCH_DIR, "out", size);
if (!existsSync(register)) fail(`no register at ${register}: run \`BENCH_SIZES=${size} npm run bench\` first`);
if (spawnSync("valgrind", ["--version"]).status !== 0) fail("valgrind is not installed (Debian: apt install valgrind)");

const commands = [
  ["parse floor", [join(BENCH_DIR, "floor.mjs"), register, "--mode", "jsyaml", "--io", "sync"]],
  ...(entries.length > 0 ? entries : [join(BENCH_DIR, "..", "bin", "ikz.js")]).map((entry) => [`validate (${entry})`, [resolve(entry), "validate", "--format", "json"]]),
];
const counts = commands.map(() => []);
for (let run = 0; run < Number(runs); run++) {
  commands.forEach(([label, args], i) => {
    const result = spawnSync("valgrind", ["--tool=cachegrind", "--cache-sim=no", "--smc-check=all-non-file", "--cachegrind-out-file=/dev/null", process.execPath, ...args], { cwd: register, encoding: "utf8", maxBuffer: 1 << 28 });
    const match = /I\s+refs:\s+([\d,]+)/.exec(result.stderr);
    if (!match) fail(`${label}: no instruction count in valgrind's output\n${result.stderr.slice(-2000)}`);
    counts[i].push(Number(match[1].replaceAll(",", "")) / 1e6);
    process.stderr.write(`  run ${run + 1}/${runs}  ${label}: ${counts[i].at(-1).toFixed(0)} M\n`);
  });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const floor = median(counts[0]);
process.stdout.write(`| command (${size} projects) | million instructions, median (all) | ÷ parse floor |\n|---|---:|---:|\n`);
commands.forEach(([label], i) => process.stdout.write(`| ${label} | ${median(counts[i]).toFixed(0)} (${counts[i].map((c) => c.toFixed(0)).join(", ")}) | ${(median(counts[i]) / floor).toFixed(2)}× |\n`));

function fail(message) {
  process.stderr.write(`instructions: ${message}\n`);
  process.exit(2);
}
