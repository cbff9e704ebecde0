#!/usr/bin/env node
// The floor for `ikz validate`: read every record file of a register and parse its front matter,
// nothing else. `node bench/floor.mjs <dir> [--mode yaml|read|jsyaml]`
//
//   yaml    (default) yaml 2 parseDocument with ikz's options, then toJS() – what ikz cannot avoid
//           as long as it builds Documents.
//   read    read and decode every file, no parsing.
//   jsyaml  js-yaml 4 load with CORE_SCHEMA – a plain load, for context.
//
// Same files as ikz (ikz.yaml plus the Markdown records in projects, decisions, meetings, reports,
// lessons), same front-matter split. Prints one JSON line.
//
//   --io async  (default) fs/promises readFile, 32 files in flight (bounded concurrency).
//   --io sync   readFileSync one after the other – on small files several times faster, and what ikz
//               itself does since commit 431c9df, so bench/run.mjs uses it for the floors.

import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const READ_CONCURRENCY = 32; // as ikz had it before commit 431c9df (src/io/fs-source.ts)
const RECORD_FOLDERS = ["projects", "decisions", "meetings", "reports", "lessons"];
const PARSE_OPTIONS = { version: "1.2", schema: "core", uniqueKeys: true, strict: true, stringKeys: true };
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Record files as ikz classifies them (src/register/layout.ts), register-relative with forward slashes. */
export async function listRecordFiles(root) {
  const files = [];
  const top = await readdir(root, { withFileTypes: true });
  if (top.some((e) => e.isFile() && e.name === "ikz.yaml")) files.push("ikz.yaml");
  const walk = async (rel) => {
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch (e) {
      if (e.code === "ENOENT" || e.code === "ENOTDIR") return;
      throw e;
    }
    for (const entry of entries) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isRecord(path)) files.push(path);
    }
  };
  for (const folder of RECORD_FOLDERS) await walk(folder);
  return files.sort();
}

function isRecord(path) {
  const parts = path.split("/");
  const name = parts.at(-1);
  if (name.startsWith(".") || name.toLowerCase() === "readme.md" || !name.endsWith(".md")) return false;
  const top = parts[0];
  return ((top === "projects" || top === "lessons") && parts.length === 2) || (top !== "projects" && top !== "lessons" && parts.length === 3);
}

/** The YAML between the opening and closing `---`, as ikz splits it; null when there is none. */
export function frontMatter(text) {
  const firstEnd = text.indexOf("\n");
  const opener = (firstEnd < 0 ? text : text.slice(0, firstEnd)).replace(/\r$/, "");
  if (opener.trimEnd() !== "---") return null;
  const rest = text.slice(firstEnd + 1);
  const match = /^---[ \t]*\r?$/m.exec(rest);
  return match ? rest.slice(0, match.index) : null;
}

/**
 * The parser of each mode, made when the mode is chosen: each floor loads only its own parser. (Loading yaml
 * takes about 30 ms; until 2026-11-29 every floor loaded both libraries, and the parse and read floors were
 * that much slower than they need to be.)
 */
const PARSERS = {
  read: async () => () => 0,
  yaml: async () => {
    const { parseDocument } = await import("yaml");
    return (yaml) => {
      const doc = parseDocument(yaml, PARSE_OPTIONS);
      if (doc.errors.length > 0) return 1;
      const data = doc.toJS();
      return data !== null && typeof data === "object" ? 0 : 1;
    };
  },
  jsyaml: async () => {
    const { default: jsYaml } = await import("js-yaml");
    return (yaml) => {
      const data = jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA });
      return data !== null && typeof data === "object" ? 0 : 1;
    };
  },
};

/** Reads (and parses) every record file; returns counts and the wall time in ms. */
export async function floor(root, mode = "yaml", io = "async") {
  if (!PARSERS[mode]) throw new Error(`unknown mode ${mode}`);
  const parse = await PARSERS[mode]();
  if (io !== "async" && io !== "sync") throw new Error(`unknown io ${io}`);
  const started = performance.now();
  const files = await listRecordFiles(root);
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const raw = io === "sync" ? readFileSync(join(root, file)) : await readFile(join(root, file));
      bytes += raw.length;
      let text = utf8.decode(raw);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const yaml = file === "ikz.yaml" ? text : frontMatter(text);
      if (yaml === null) {
        errors++;
        continue;
      }
      try {
        errors += parse(yaml);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: io === "sync" ? 1 : Math.min(READ_CONCURRENCY, files.length) }, worker));
  return { mode, io, files: files.length, bytes, errors, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const modeAt = args.indexOf("--mode");
  const mode = modeAt >= 0 ? args.splice(modeAt, 2)[1] : "yaml";
  const ioAt = args.indexOf("--io");
  const io = ioAt >= 0 ? args.splice(ioAt, 2)[1] : "async";
  const [dir] = args;
  if (!dir || !PARSERS[mode] || (io !== "async" && io !== "sync")) {
    process.stderr.write("usage: node bench/floor.mjs <register-dir> [--mode yaml|read|jsyaml] [--io async|sync]\n");
    process.exit(2);
  }
  floor(dir, mode, io).then(
    (result) => {
      process.stdout.write(JSON.stringify(result) + "\n");
      process.exit(result.errors > 0 ? 1 : 0);
    },
    (error) => {
      process.stderr.write(`floor: ${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
