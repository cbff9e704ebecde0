#!/usr/bin/env node
// Benchmark of `ikz validate` against its peers and floors, in one run, the commands taking turns:
//   ikz validate; ikz validate --base main as CI runs it on a merge request (the register is a Git
//   repository whose branch `feature` is one commit ahead of `main`); ajv-cli validating every record
//   against ikz's schemas (one run per record kind, summed); the parse floor (read + js-yaml load of every
//   front matter); the read floor. Then start-up:
//   `node -e 0`, `ikz --version`, `ikz --help`.
//
//   npm run bench                          sizes 200, 2000, 10000
//   BENCH_SIZES=200,2000 npm run bench     fewer sizes
//   BENCH_RUNS=7 npm run bench             runs per command and size (default 7; 5 at 10 000 – the issue asks for medians of at least five)
//   BENCH_STARTUP_RUNS=20 npm run bench    runs of each start-up command (default 20; 0 skips)
//   BENCH_YAML_FLOOR=1 npm run bench       also the yaml 2 parseDocument floor (slow: ~40 s a run at 10 000)
//   BENCH_FLOOR_IO=async npm run bench     floors read with fs/promises, 32 in flight (default: sync reads)
//   BENCH_LIVE=1 npm run bench             run bin/ikz.js itself instead of a snapshot of the build
//   BENCH_BASE=0 npm run bench             skip `ikz validate --base main` (its Git repository takes about a
//                                          minute to commit at 10 000 projects, once)
//
// ikz runs from a copy of bin/, dist/, schemas/ and package.json taken right after the build
// (bench/out/ikz-snapshot/), so that someone rebuilding dist/ meanwhile cannot mix builds.
//
// Registers are generated once into bench/out/<size>/ and reused while the generator version and
// seed match; the front matter for ajv-cli is extracted once into bench/out/<size>/ajv-data/ (not
// timed). Per size the commands take turns (run 1: A B C D, run 2: B C D A, …); each is a fresh
// `node` process, timed wall-clock from spawn to exit, peak RSS from /usr/bin/time -f %M (or from a
// preloaded process.resourceUsage() probe). Prints a Markdown table and writes bench/RESULTS.md.

import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generateRegister, GENERATOR_VERSION, MARKER } from "./generate.mjs";
import { AJV_KINDS, prepareAjvData } from "./ajv-data.mjs";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const OUT = join(BENCH_DIR, "out");
const SEED = 1;
const TIME_BIN = "/usr/bin/time";

const sizes = (process.env.BENCH_SIZES ?? "200,2000,10000").split(",").map((s) => Number(s.trim())).filter((n) => n > 0);
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n))) fail(`BENCH_SIZES must list positive integers, got "${process.env.BENCH_SIZES}"`);
const runsFor = (size) => (process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : size >= 10000 ? 5 : 7);
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 20);

const LIVE = process.env.BENCH_LIVE === "1";
const SNAPSHOT = join(OUT, "ikz-snapshot");
const IKZ_BIN = LIVE ? "bin/ikz.js" : relative(ROOT, join(SNAPSHOT, "bin", "ikz.js"));
const SCHEMAS = LIVE ? "schemas" : relative(ROOT, join(SNAPSHOT, "schemas"));
const AJV_BIN = "node_modules/ajv-cli/dist/index.js";
const FLOOR_IO = process.env.BENCH_FLOOR_IO ?? "sync";
if (FLOOR_IO !== "sync" && FLOOR_IO !== "async") fail(`BENCH_FLOOR_IO must be sync or async, got "${FLOOR_IO}"`);

/** ajv-cli over the extracted front matter, one process per record kind; all errors off as a fair minimum. */
const ajvSteps = (dir) =>
  AJV_KINDS.map((k) => [AJV_BIN, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", `${SCHEMAS}/${k.schema}`, "-r", `${SCHEMAS}/common.schema.json`, "-d", `${dir}/ajv-data/${k.folder}/*.yaml`, "--errors=no"]);

const WITH_BASE = process.env.BENCH_BASE !== "0";
const COMMANDS = [
  { key: "validate", label: "ikz validate --format json", steps: (dir) => [[IKZ_BIN, "validate", "--register", dir, "--format", "json"]] },
  ...(WITH_BASE ? [{ key: "base", label: "ikz validate --base main --format json (merge request: one commit ahead)", steps: (dir) => [[IKZ_BIN, "validate", "--register", dir, "--base", "main", "--format", "json"]] }] : []),
  { key: "ajv", label: "ajv-cli 5 validate, 5 runs (one per kind), summed", steps: ajvSteps },
  { key: "jsyaml", label: "parse floor: read + js-yaml 4 load (core)", steps: (dir) => [["bench/floor.mjs", dir, "--mode", "jsyaml", "--io", FLOOR_IO]] },
  { key: "read", label: "read floor: read + decode only", steps: (dir) => [["bench/floor.mjs", dir, "--mode", "read", "--io", FLOOR_IO]] },
  ...(process.env.BENCH_YAML_FLOOR === "1" ? [{ key: "yaml", label: "floor: read + yaml 2 parseDocument + toJS", steps: (dir) => [["bench/floor.mjs", dir, "--io", FLOOR_IO]] }] : []),
];

const STARTUP = [
  { key: "node", label: "`node -e 0`", args: ["-e", "0"] },
  { key: "version", label: "`ikz --version`", args: [IKZ_BIN, "--version"] },
  { key: "help", label: "`ikz --help`", args: [IKZ_BIN, "--help"] },
];

function fail(message) {
  process.stderr.write(`\nbench: FAILED – ${message}\n`);
  process.exit(1);
}

const log = (s) => process.stderr.write(`${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The register for a size: reused when the marker matches, otherwise (re)generated. */
async function ensureRegister(size) {
  const dir = join(OUT, String(size));
  const markerFile = join(dir, MARKER);
  if (existsSync(markerFile)) {
    const marker = JSON.parse(await readFile(markerFile, "utf8"));
    if (marker.generator === GENERATOR_VERSION && marker.seed === SEED && marker.projects === size) {
      log(`register ${size}: cached in ${relative(ROOT, dir)} (${marker.files} files)`);
      await prepareAjv(dir, marker);
      if (WITH_BASE) await ensureGitRepo(dir, marker);
      return { dir, stats: marker };
    }
    log(`register ${size}: cached one is from generator ${marker.generator}, regenerating`);
  }
  log(`register ${size}: generating …`);
  const stats = await generateRegister(dir, size, { seed: SEED });
  log(`register ${size}: ${stats.files} files (${stats.filesPerProject} per project) in ${stats.seconds} s`);
  const marker = JSON.parse(await readFile(join(dir, MARKER), "utf8"));
  await prepareAjv(dir, marker);
  if (WITH_BASE) await ensureGitRepo(dir, marker);
  return { dir, stats };
}

const GIT_MARKER = ".bench-git.json";

/**
 * Makes the register a Git repository as CI sees it on a merge request: `main` holds the register as generated,
 * the checked-out branch `feature` is one commit ahead (a project's title changed – no finding). Reused while
 * the generator version and seed match; the extracted ajv-cli data and the markers stay out of Git.
 */
async function ensureGitRepo(dir, marker) {
  const markerFile = join(dir, GIT_MARKER);
  const wanted = JSON.stringify({ generator: marker.generator, seed: marker.seed, projects: marker.projects });
  if (existsSync(markerFile) && (await readFile(markerFile, "utf8")) === wanted) return;
  const started = performance.now();
  await rm(join(dir, ".git"), { recursive: true, force: true });
  await writeFile(join(dir, ".gitignore"), "ajv-data/\n.bench-*.json\n");
  const env = { ...process.env, GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@ikz.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@ikz.invalid", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  const git = (...args) => execFileSync("git", ["-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", ...args], { cwd: dir, env, stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 26 });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "register as generated");
  git("checkout", "-q", "-b", "feature");
  const project = join(dir, "projects", (await readdir(join(dir, "projects"))).sort()[0]);
  await writeFile(project, (await readFile(project, "utf8")).replace(/^title: (.*)$/m, "title: $1 (neu gefasst)"));
  git("commit", "-q", "-am", "a project's title on the branch");
  await writeFile(markerFile, wanted);
  log(`  Git repository for --base: main plus one commit on feature, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Extracts the front matter for ajv-cli (untimed; reused while the register is unchanged). */
async function prepareAjv(dir, marker) {
  const started = performance.now();
  await prepareAjvData(dir, marker);
  const seconds = (performance.now() - started) / 1000;
  if (seconds > 1) log(`  ajv-cli data extracted to ${relative(ROOT, join(dir, "ajv-data"))} in ${seconds.toFixed(1)} s`);
}

/** Runs the steps of a command one after the other: seconds summed, peak RSS the largest of them. */
async function measureSteps(steps, scratch) {
  const results = [];
  for (const args of steps) results.push(await measure(args, scratch));
  return {
    seconds: results.reduce((sum, r) => sum + r.seconds, 0),
    rssMiB: Math.max(...results.map((r) => r.rssMiB)),
    code: results.find((r) => r.code !== 0)?.code ?? 0,
    stdout: results.map((r) => r.stdout).join(""),
    stderr: results.map((r) => r.stderr).join(""),
  };
}

/** Runs `node <args>` once; returns wall seconds, peak RSS in MiB, exit code and output. */
async function measure(args, scratch) {
  const rssFile = join(scratch, "rss");
  await rm(rssFile, { force: true });
  const useTime = existsSync(TIME_BIN);
  const [cmd, argv] = useTime
    ? [TIME_BIN, ["-f", "%M", "-o", rssFile, process.execPath, ...args]]
    : [process.execPath, ["--import", join(BENCH_DIR, "maxrss.mjs"), ...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  const out = [];
  const err = [];
  child.stdout.on("data", (b) => out.push(b));
  child.stderr.on("data", (b) => err.push(b));
  const code = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  const seconds = (performance.now() - started) / 1000;
  let rssKiB = NaN;
  try {
    const text = (await readFile(rssFile, "utf8")).trim().split("\n").at(-1);
    rssKiB = Number(text);
  } catch {
    // no measurement
  }
  return { seconds, rssMiB: rssKiB / 1024, code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

/** Fails loudly unless validate found no errors (warnings are accepted) and the floors parsed every file. */
function check(command, result, expectedFiles) {
  const where = `${command.key} (exit ${result.code})`;
  if (command.key === "validate" || command.key === "base") {
    let doc;
    try {
      doc = JSON.parse(result.stdout);
    } catch {
      fail(`${where}: output is not JSON\n${result.stdout.slice(0, 2000)}\n${result.stderr.slice(0, 2000)}`);
    }
    const { errors, warnings, files } = doc.summary;
    if (errors > 0 || result.code !== 0) {
      const shown = doc.findings.filter((f) => f.severity === "error").slice(0, 25).map((f) => `  ${f.file}:${f.line}:${f.column} ${f.code} ${f.path}: ${f.message}`);
      fail(`${where}: ${errors} errors, ${warnings} warnings on the synthetic register – the generator or ikz is wrong:\n${shown.join("\n")}`);
    }
    if (files !== expectedFiles) fail(`${where}: checked ${files} files, the register has ${expectedFiles}`);
    return { files, warnings };
  }
  if (command.key === "ajv") {
    // ajv-cli exits 1 when a file is invalid. Its "<file> valid" lines cannot be counted: it exits before a
    // piped stdout is flushed. That every record was extracted is checked when the data is prepared.
    if (result.code !== 0) fail(`${where}: some records are invalid\n${result.stderr.slice(0, 2000)}`);
    return { files: expectedFiles - 1, warnings: 0 };
  }
  let doc;
  try {
    doc = JSON.parse(result.stdout);
  } catch {
    fail(`${where}: output is not JSON\n${result.stdout.slice(0, 2000)}\n${result.stderr.slice(0, 2000)}`);
  }
  if (result.code !== 0 || doc.errors > 0) fail(`${where}: ${doc.errors} files could not be parsed`);
  if (doc.files !== expectedFiles) fail(`${where}: read ${doc.files} files, the register has ${expectedFiles}`);
  return { files: doc.files, warnings: 0 };
}

/** Copies the fresh build so that a concurrent rebuild of dist/ cannot change ikz halfway through the runs. */
async function snapshotIkz() {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await distFingerprint();
    await rm(SNAPSHOT, { recursive: true, force: true });
    for (const part of ["bin", "dist", "schemas", "package.json"]) await cp(join(ROOT, part), join(SNAPSHOT, part), { recursive: true });
    const copied = await distFingerprint(join(SNAPSHOT, "dist"));
    if (copied === before && (await distFingerprint()) === before) return copied;
    log("dist/ changed while copying it, copying again …");
    await new Promise((r) => setTimeout(r, 2000));
  }
  fail("dist/ keeps changing; cannot take a consistent snapshot of ikz");
}

/** Content hash of dist/*.js: others may rebuild ikz while the benchmark runs, which would mix builds. */
async function distFingerprint(distDir = join(ROOT, "dist")) {
  const hash = createHash("sha1");
  const walk = async (dir) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.name.endsWith(".js")) hash.update(relative(distDir, path)).update(await readFile(path));
    }
  };
  await walk(distDir);
  return hash.digest("hex").slice(0, 12);
}

function gitDescribe() {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "schemas"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return `${head}${dirty ? " + uncommitted changes in src/ or schemas/" : ""}`;
  } catch {
    return "unknown";
  }
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
const num = (n) => n.toLocaleString("en-US").replace(/,/g, " ");

async function main() {
  const startedAt = new Date();
  const scratch = await mkdtemp(join(tmpdir(), "ikz-bench-"));
  const results = new Map(); // size -> key -> { seconds[], rss[], files, warnings }
  const registers = new Map();
  const env = { git: gitDescribe(), dist: LIVE ? await distFingerprint() : await snapshotIkz(), loadStart: loadavg()[0], mixed: new Set(), fdLimit: new Map() };
  try {
    for (const size of sizes) registers.set(size, await ensureRegister(size));
    for (const size of sizes) {
      const { dir, stats } = registers.get(size);
      const runs = runsFor(size);
      const relDir = relative(ROOT, dir) || ".";
      const perCommand = new Map(COMMANDS.map((c) => [c.key, { seconds: [], rss: [], files: 0, warnings: 0 }]));
      // Warm the page cache so that the first command is not charged for cold reads.
      await measureSteps(COMMANDS.find((c) => c.key === "read").steps(relDir), scratch);
      for (let run = 0; run < runs; run++) {
        const order = COMMANDS.map((_, i) => COMMANDS[(i + run) % COMMANDS.length]);
        for (const command of order) {
          const result = await measureSteps(command.steps(relDir), scratch);
          const now = LIVE ? await distFingerprint() : env.dist;
          if (now !== env.dist) {
            log(`  WARNING: dist/ changed during the run (${env.dist} → ${now}): someone rebuilt ikz; results at ${size} mix builds`);
            env.mixed.add(size);
            env.dist = now;
          }
          const { files, warnings } = check(command, result, stats.files);
          const entry = perCommand.get(command.key);
          entry.seconds.push(result.seconds);
          entry.rss.push(result.rssMiB);
          entry.files = files;
          entry.warnings = warnings;
          log(`  ${String(size).padStart(6)} run ${run + 1}/${runs}  ${command.key.padEnd(8)} ${fmt(result.seconds)} s  ${fmt(result.rssMiB, 0)} MiB`);
        }
      }
      results.set(size, perCommand);
      env.fdLimit.set(size, await checkOpenFiles(relDir, stats.files, scratch));
    }
    if (STARTUP_RUNS > 0) env.startup = await measureStartup(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  env.loadEnd = loadavg()[0];
  env.liveChanged = !LIVE && (await distFingerprint()) !== env.dist;
  const markdown = render(results, registers, startedAt, env);
  process.stdout.write(markdown);
  await writeFile(join(BENCH_DIR, "RESULTS.md"), markdown);
  log(`\nwritten: ${relative(ROOT, join(BENCH_DIR, "RESULTS.md"))}`);
  const misses = targets(results, registers, env).filter((t) => !t.met).map((t) => `${t.size}: ${t.what} ${t.value}`);
  if (misses.length > 0) log(`targets missed – ${misses.join("; ")}`);
  if (env.mixed.size > 0) log(`WARNING: dist/ was rebuilt during the run (sizes ${[...env.mixed].join(", ")}); rerun for clean numbers`);
}

/** Open files per process limited to FD_LIMIT: validate must still check every file (untimed). */
const FD_LIMIT = 64;
async function checkOpenFiles(relDir, expectedFiles, scratch) {
  const command = COMMANDS.find((c) => c.key === "validate");
  const [args] = command.steps(relDir);
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const result = await measureSteps([["-e", `require("node:child_process").execFileSync("sh", ["-c", ${JSON.stringify(`ulimit -n ${FD_LIMIT} && exec ${quoted}`)}], { stdio: "inherit" })`]], scratch);
  check(command, result, expectedFiles);
  log(`  open files: validate checks all ${expectedFiles} files with ulimit -n ${FD_LIMIT}`);
  return true;
}

/** `node -e 0`, `ikz --version` and `ikz --help`, taking turns, each STARTUP_RUNS times. */
async function measureStartup(scratch) {
  const seconds = new Map(STARTUP.map((c) => [c.key, []]));
  for (let run = 0; run < STARTUP_RUNS; run++) {
    for (let i = 0; i < STARTUP.length; i++) {
      const command = STARTUP[(i + run) % STARTUP.length];
      const result = await measure(command.args, scratch);
      if (result.code !== 0) fail(`${command.label} exited ${result.code}: ${result.stderr.slice(0, 500)}`);
      seconds.get(command.key).push(result.seconds);
    }
  }
  log(`  start-up (${STARTUP_RUNS} runs each): ${STARTUP.map((c) => `${c.key} ${fmt(median(seconds.get(c.key)) * 1000, 0)} ms`).join(", ")}`);
  return seconds;
}

/** Median over the runs of validate's figure divided by another command's figure in the same run. */
function paired(perCommand, field, key) {
  const a = perCommand.get("validate")[field];
  const b = perCommand.get(key)[field];
  return median(a.map((x, i) => x / b[i]));
}

const GROWTH_IDEAL = 5;
const GROWTH_TOLERANCE = 0.2;

/** Every target of issue 6 with its measured value, per size. */
function targets(results, registers, env) {
  const out = [];
  const m = (size, key) => median(results.get(size).get(key).seconds);
  const rss = (size, key) => median(results.get(size).get(key).rss);
  for (const size of results.keys()) {
    // Paired: validate and the other command of the same run, then the median of these ratios. The machine's
    // speed drifts between runs (±25 % for the same CPU-bound loop here); within a run both see the same.
    const vsAjv = paired(results.get(size), "seconds", "ajv");
    const vsParse = paired(results.get(size), "seconds", "jsyaml");
    const mem = paired(results.get(size), "rss", "jsyaml");
    const plain = (x) => ` (of medians ${fmt(x)}×)`;
    out.push({ size, what: "validate ÷ ajv-cli (summed)", limit: "≤ 1.0×", value: `${fmt(vsAjv)}×${plain(m(size, "validate") / m(size, "ajv"))}`, met: vsAjv <= 1.0 });
    out.push({ size, what: "validate ÷ parse floor", limit: "≤ 1.5×", value: `${fmt(vsParse)}×${plain(m(size, "validate") / m(size, "jsyaml"))}`, met: vsParse <= 1.5 });
    out.push({ size, what: "peak RSS validate ÷ parse floor", limit: "≤ 2.0×", value: `${fmt(mem)}× (${fmt(rss(size, "validate"), 0)} / ${fmt(rss(size, "jsyaml"), 0)} MiB)`, met: mem <= 2.0 });
  }
  if (results.has(2000) && results.has(10000)) {
    const growth = m(10000, "validate") / m(2000, "validate");
    const fileRatio = registers.get(10000).stats.files / registers.get(2000).stats.files;
    // Above the band is worse than linear; below it means fixed costs (start-up) still weigh at 2 000.
    const band = growth > GROWTH_IDEAL * (1 + GROWTH_TOLERANCE) ? "**missed** (worse than linear)" : growth < GROWTH_IDEAL * (1 - GROWTH_TOLERANCE) ? "below the band: sublinear" : "met";
    out.push({ size: "10 000 ÷ 2 000", what: "growth of validate", limit: `${GROWTH_IDEAL} ± ${GROWTH_TOLERANCE * 100} % (files: ${fmt(fileRatio)})`, value: `${fmt(growth)}×`, met: band === "met", label: band });
  }
  for (const [size, ok] of env.fdLimit ?? []) out.push({ size, what: `open files bounded: validate under \`ulimit -n ${FD_LIMIT}\``, limit: "no EMFILE", value: ok ? "all files checked" : "failed", met: ok });
  if (env.startup) {
    const node = median(env.startup.get("node"));
    for (const key of ["version", "help"]) {
      const ratio = median(env.startup.get(key)) / node;
      out.push({ size: "–", what: `\`ikz --${key}\` ÷ \`node -e 0\``, limit: "≤ 1.3×", value: `${fmt(ratio)}×`, met: ratio <= 1.3 });
    }
  }
  return out;
}

function render(results, registers, startedAt, env) {
  const cpu = cpus();
  const sizesDone = [...results.keys()];
  const envPart = ["BENCH_SIZES", "BENCH_RUNS", "BENCH_STARTUP_RUNS", "BENCH_YAML_FLOOR", "BENCH_FLOOR_IO", "BENCH_LIVE", "BENCH_BASE"].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`).join(" ");
  const lines = [];
  lines.push("# ikz validate – benchmark against ajv-cli and the floors");
  lines.push("");
  lines.push(`- Date: ${startedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  lines.push(`- Node: ${process.version}; ${platform()} ${release()}`);
  lines.push(`- Machine: ${cpu.length} cores (${cpu[0]?.model?.trim() ?? "unknown CPU"}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM`);
  lines.push(`- Command: \`${envPart ? `${envPart} ` : ""}npm run bench\` (generator v${GENERATOR_VERSION}, seed ${SEED}; registers in bench/out/<size>/)`);
  const distNote = LIVE
    ? env.mixed.size
      ? ` – **dist/ was rebuilt during the run; sizes ${[...env.mixed].join(", ")} mix builds, rerun**`
      : " (unchanged during the run)"
    : `, run from a snapshot of the build in bench/out/ikz-snapshot${env.liveChanged ? " (dist/ itself was rebuilt meanwhile; the snapshot kept the runs consistent)" : ""}`;
  lines.push(`- ikz: commit ${env.git}; dist fingerprint ${env.dist}${distNote}`);
  lines.push(`- Load average (1 min) at start / end: ${env.loadStart.toFixed(2)} / ${env.loadEnd.toFixed(2)} – other work on the machine adds noise`);
  lines.push(`- Method: every command is a fresh \`node\` process; the commands take turns within each run; wall time from spawn to exit, median of the runs (min–max in brackets); peak RSS via ${existsSync(TIME_BIN) ? "`/usr/bin/time -f %M`" : "process.resourceUsage().maxRSS"}, median. ajv-cli 5 (\`--spec=draft2020 -c ajv-formats -s schemas/<kind>.schema.json -r schemas/common.schema.json -d \"<register>/ajv-data/<kind>/*.yaml\" --errors=no\`, first error only) runs once per record kind over the front matter extracted beforehand (untimed, \`bench/ajv-data.mjs\`); its times are summed, its RSS is the largest. Floors read files with ${FLOOR_IO === "sync" ? "readFileSync one by one" : "fs/promises, 32 in flight"} (\`bench/floor.mjs\`). ikz validate also runs every register rule; ajv-cli only the schemas.${WITH_BASE ? " `ikz validate --base main` runs as CI runs it on a merge request: each register is a Git repository whose checked-out branch is one commit ahead of `main`." : ""} Targets are judged on paired ratios: per run, validate's figure divided by the other command's in the same run, then the median of these ratios (the machine's speed drifts between runs; within a run both commands see the same); the ratio of the medians is shown beside it.`);
  lines.push("");
  lines.push("| projects | files | command | runs | wall s, median (min–max) | ms per file | peak RSS MiB | validate ÷ this |");
  lines.push("|---:|---:|---|---:|---:|---:|---:|---:|");
  for (const size of sizesDone) {
    const perCommand = results.get(size);
    const files = registers.get(size).stats.files;
    const validateMedian = median(perCommand.get("validate").seconds);
    for (const command of COMMANDS) {
      const entry = perCommand.get(command.key);
      const m = median(entry.seconds);
      const range = `${fmt(Math.min(...entry.seconds))}–${fmt(Math.max(...entry.seconds))}`;
      const ratio = command.key === "validate" ? "—" : `${fmt(validateMedian / m)}×`;
      const label = command.key === "validate" ? `**${command.label}**` : command.label;
      lines.push(`| ${num(size)} | ${num(files)} | ${label} | ${entry.seconds.length} | ${fmt(m)} (${range}) | ${fmt((m * 1000) / files, 3)} | ${fmt(median(entry.rss), 0)} | ${ratio} |`);
    }
  }
  lines.push("");
  if (env.startup) {
    lines.push(`| start-up | runs | wall ms, median (min–max) | ÷ \`node -e 0\` |`);
    lines.push("|---|---:|---:|---:|");
    const node = median(env.startup.get("node"));
    for (const c of STARTUP) {
      const xs = env.startup.get(c.key);
      lines.push(`| ${c.label} | ${xs.length} | ${fmt(median(xs) * 1000, 0)} (${fmt(Math.min(...xs) * 1000, 0)}–${fmt(Math.max(...xs) * 1000, 0)}) | ${fmt(median(xs) / node)}× |`);
    }
    lines.push("");
  }
  lines.push("| size | target | limit | measured | |");
  lines.push("|---|---|---|---:|:---:|");
  for (const t of targets(results, registers, env)) lines.push(`| ${typeof t.size === "number" ? num(t.size) : t.size} | ${t.what} | ${t.limit} | ${t.value} | ${t.label ?? (t.met ? "met" : "**missed**")} |`);
  lines.push("");
  const growth = [];
  const pairs = [[2000, 10000], [200, 2000]];
  for (const [a, b] of pairs) {
    if (!results.has(a) || !results.has(b)) continue;
    const ideal = registers.get(b).stats.files / registers.get(a).stats.files;
    const cells = COMMANDS.map((c) => fmt(median(results.get(b).get(c.key).seconds) / median(results.get(a).get(c.key).seconds)));
    growth.push(`| time(${num(b)}) ÷ time(${num(a)}) | ${fmt(ideal)} | ${cells.join(" | ")} |`);
  }
  if (growth.length > 0) {
    lines.push(`| linearity | file ratio | ${COMMANDS.map((c) => c.key).join(" | ")} |`);
    lines.push(`|---|---:|${COMMANDS.map(() => "---:").join("|")}|`);
    lines.push(...growth);
    lines.push("");
    lines.push("Small sizes are dominated by process start-up (≈ 0.1 s for `node -e 0`, more for loading ikz and its schemas), so time(2 000) ÷ time(200) stays below the file ratio; time(10 000) ÷ time(2 000) is the linearity figure.");
    lines.push("");
  }
  return lines.join("\n") + "\n";
}

main().catch((error) => fail(error.stack ?? String(error)));
