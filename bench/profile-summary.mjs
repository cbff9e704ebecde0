#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by module, and the
// inclusive time of named functions. `node bench/profile-summary.mjs <file.cpuprofile> [top=25] [fn1,fn2,…]`
// With worker threads, `node --cpu-prof` writes one profile per thread: summarise each (largest = main).

import { readFile } from "node:fs/promises";

const [file, topArg = "25", namesArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node bench/profile-summary.mjs <file.cpuprofile> [top] [function,names,for,inclusive,time]\n");
  process.exit(2);
}
const top = Number(topArg);
const profile = JSON.parse(await readFile(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const shortUrl = (url) => {
  if (!url) return "";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) return url.slice(nm + "node_modules/".length);
  const dist = url.indexOf("/dist/");
  if (dist >= 0) return url.slice(dist + 1);
  const bench = url.indexOf("/bench/");
  if (bench >= 0) return url.slice(bench + 1);
  return url.replace(/^file:\/\//, "");
};
const FS_NATIVES = new Set(["read", "open", "close", "fstat", "readdir", "lstat", "stat", "readFileUtf8"]);
const moduleOf = (url, name) => {
  if (!url) {
    if (/^validate\d*$/.test(name)) return "ajv generated validators";
    if (FS_NATIVES.has(name)) return "fs (native)";
    if (name.startsWith("RegExp:")) return "RegExp";
    if (name.startsWith("(")) return name;
    return "(native / vm)";
  }
  if (url.startsWith("node:")) return "node internals";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const d = /\/dist\/([^/]+)\//.exec(url);
  if (d) return `ikz dist/${d[1]}`;
  if (url.includes("/dist/")) return "ikz dist";
  return shortUrl(url);
};
const label = (n) => {
  const f = n.callFrame;
  const name = f.functionName || "(anonymous)";
  return f.url ? `${name}  ${shortUrl(f.url)}:${f.lineNumber + 1}` : name;
};

// Time per sample: V8 records the delta before each sample.
const selfByNode = new Map();
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
let total = 0;
const inclusive = new Map();
const wanted = new Set((namesArg ?? "loadRegister,readRegisterParallel,parseBatch,pack,unpack,checkRecord,parseRecord,parseYaml,parseAllDocuments,visit,toJS,depthOf,decodeText,splitFrontMatter,checkRecords,compileSchemas,checkRegisterRules,toFindings,renderFindings,readRegister,validate").split(","));
for (let i = 0; i < samples.length; i++) {
  const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000; // ms
  total += dt;
  const id = samples[i];
  selfByNode.set(id, (selfByNode.get(id) ?? 0) + dt);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = nodes.get(at).callFrame.functionName;
    if (wanted.has(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  }
}
// What the time was spent on: the innermost frame on the stack that names a stage wins.
const STAGES = new Map(
  Object.entries({
    readFileSync: "read files",
    readFile: "read files",
    readdir: "list files",
    walk: "list files",
    listRecordFiles: "list files",
    fastLoad: "parse YAML (js-yaml fast path)",
    jsyaml: "parse YAML (js-yaml)",
    parseYaml: "parse YAML (yaml 2, exact)",
    yaml: "parse YAML (yaml 2)",
    decodeText: "decode + split",
    decode: "decode + split",
    splitFrontMatter: "decode + split",
    frontMatter: "decode + split",
    checkRecords: "schema check (ajv)",
    checkRecord: "schema check (ajv)",
    pack: "JSON between threads",
    unpack: "JSON between threads",
    jsonSafe: "JSON between threads",
    compileSchemas: "compile schemas",
    checkRegisterRules: "register rules",
    toFindings: "findings + output",
    renderFindings: "findings + output",
  }),
);
const byStage = new Map();
for (let i = 0; i < samples.length; i++) {
  const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
  let stage;
  for (let at = samples[i]; at !== undefined && stage === undefined; at = parent.get(at)) {
    const f = nodes.get(at).callFrame;
    stage = STAGES.get(f.functionName);
    if (stage === undefined && f.url.startsWith("node:internal/modules")) stage = "module loading";
  }
  if (stage === undefined) {
    const leaf = nodes.get(samples[i]).callFrame.functionName;
    stage = leaf === "(garbage collector)" ? "garbage collection" : leaf === "(idle)" ? "idle (waiting for I/O)" : leaf === "(program)" ? "(program)" : "other";
  }
  byStage.set(stage, (byStage.get(stage) ?? 0) + dt);
}

const byFunction = new Map();
const byModule = new Map();
for (const [id, ms] of selfByNode) {
  const n = nodes.get(id);
  const key = label(n);
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  const mod = moduleOf(n.callFrame.url, n.callFrame.functionName);
  byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
}
const pct = (ms) => `${((ms / total) * 100).toFixed(1).padStart(5)} %`;
const row = (ms, text) => `${(ms / 1000).toFixed(2).padStart(8)} s ${pct(ms)}  ${text}`;
const out = [];
out.push(`profile: ${file}`);
out.push(`sampled time: ${(total / 1000).toFixed(2)} s, ${samples.length} samples`);
out.push("");
out.push("time by stage (innermost named stage on the stack):");
for (const [k, ms] of [...byStage].sort((a, b) => b[1] - a[1])) out.push(row(ms, k));
out.push("");
out.push(`top ${top} functions by self time:`);
for (const [k, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) out.push(row(ms, k));
out.push("");
out.push("self time by module:");
for (const [k, ms] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 20)) out.push(row(ms, k));
out.push("");
out.push("inclusive time of selected functions (each counted once per sample):");
for (const [k, ms] of [...inclusive].sort((a, b) => b[1] - a[1])) out.push(row(ms, k));
process.stdout.write(out.join("\n") + "\n");
