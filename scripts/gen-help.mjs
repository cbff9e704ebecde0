#!/usr/bin/env node
// Build step (`npm run build`): renders `ikz --help` in German and English into dist/generated/help.<lang>.txt,
// so that the top-level help is printed without loading the command line library (issue 6: `--help` close to
// a bare `node` start). The text comes from the same buildProgram() the CLI runs, so it cannot drift from it;
// a missing file simply means ikz builds the help at run time.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { buildProgram, localizeHelp } = await import(pathToFileURL(join(root, "dist/program.js")).href);
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const outDir = join(root, "dist", "generated");
mkdirSync(outDir, { recursive: true });
for (const lang of ["de", "en"]) {
  // A fixed width, as commander uses when stdout is not a terminal.
  let text = "";
  const output = { writeOut: (s) => (text += localizeHelp(s, lang)), writeErr: () => undefined, getOutHelpWidth: () => 80, getErrHelpWidth: () => 80 };
  // outputHelp() also emits the examples added with addHelpText("after"), exactly as `ikz --help` does.
  buildProgram(lang, version, output, () => undefined).outputHelp();
  writeFileSync(join(outDir, `help.${lang}.txt`), text);
}
process.stdout.write("gen-help: dist/generated/help.{de,en}.txt\n");
