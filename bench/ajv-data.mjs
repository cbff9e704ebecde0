// Preparation for the ajv-cli comparison (not timed): ajv-cli cannot read Markdown front matter, so every
// record's front matter is written as a .yaml file of its own under <register>/ajv-data/<kind>/.
//
// The data is loaded as ikz reads it (js-yaml 4, YAML 1.2 core schema) and dumped again by js-yaml 4,
// which quotes strings such as `2025-01-15` that ajv-cli's YAML 1.1 loader (js-yaml 3 safeLoad) would
// otherwise turn into Date objects – so ajv-cli sees exactly the data ikz validates.

import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { frontMatter, listRecordFiles } from "./floor.mjs";

/** Record kinds ajv-cli is run for: folder of the register → schema file. */
export const AJV_KINDS = [
  { folder: "projects", schema: "project.schema.json" },
  { folder: "decisions", schema: "decision.schema.json" },
  { folder: "meetings", schema: "meeting.schema.json" },
  { folder: "reports", schema: "report.schema.json" },
  { folder: "lessons", schema: "lesson.schema.json" },
];

const MARKER = ".ajv-data.json";

/** Writes (or reuses) the extracted front matter of every record of `registerDir`; returns the data folder. */
export async function prepareAjvData(registerDir, registerMarker) {
  const out = join(registerDir, "ajv-data");
  const markerFile = join(out, MARKER);
  const wanted = JSON.stringify({ register: registerMarker, format: 1 });
  if (existsSync(markerFile) && (await readFile(markerFile, "utf8")) === wanted) {
    const count = (await Promise.all(AJV_KINDS.map(async ({ folder }) => (await readdir(join(out, folder))).length))).reduce((a, b) => a + b, 0);
    if (count === registerMarker.files - 1) return out;
  }
  await rm(out, { recursive: true, force: true });
  for (const { folder } of AJV_KINDS) await mkdir(join(out, folder), { recursive: true });
  const files = await listRecordFiles(registerDir);
  let written = 0;
  for (const file of files) {
    const folder = file.split("/")[0];
    if (!AJV_KINDS.some((k) => k.folder === folder)) continue;
    const yaml = frontMatter(await readFile(join(registerDir, file), "utf8"));
    if (yaml === null) throw new Error(`${file}: no front matter`);
    const data = jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA });
    // Flattened name: reports/<project>/<period>.md would collide across projects otherwise.
    const name = file.slice(folder.length + 1).replace(/\.md$/, "").replace(/\//g, "__");
    await writeFile(join(out, folder, `${name}.yaml`), jsYaml.dump(data, { lineWidth: -1 }));
    written++;
  }
  if (written !== registerMarker.files - 1) throw new Error(`extracted ${written} records, the register has ${registerMarker.files - 1} besides ikz.yaml`);
  await writeFile(markerFile, wanted);
  return out;
}
