import { decodeText } from "./text-file.js";
import { splitFrontMatter } from "./front-matter.js";
import { editYaml, type YamlEdit } from "./yaml-edit.js";

/** Applies edits to the front matter of a record file and returns its new text, keeping BOM, line endings and body. */
export function editRecordFile(file: string, bytes: Uint8Array, edits: readonly YamlEdit[]): string {
  const decoded = decodeText(file, bytes);
  if ("code" in decoded) throw new Error(`cannot edit ${file}: ${decoded.code}`);
  const lf = decoded.text.replace(/\r\n/g, "\n");
  let out: string;
  if (file === "ikz.yaml") {
    out = editYaml(lf, edits);
  } else {
    const split = splitFrontMatter(file, lf);
    if ("code" in split) throw new Error(`cannot edit ${file}: ${split.code}`);
    const opener = lf.slice(0, lf.indexOf("\n") + 1);
    const closerAt = lf.length - split.body.length;
    const closer = lf.slice(opener.length + split.yaml.length, closerAt);
    out = opener + editYaml(split.yaml, edits) + closer + split.body;
  }
  if (decoded.eol === "\r\n") out = out.replace(/\n/g, "\r\n");
  return (decoded.bom ? "\uFEFF" : "") + out;
}

/** A new record file: front matter YAML (already rendered) and Markdown body, with "\n" endings. */
export function joinRecordFile(frontMatter: string, body: string): string {
  const yaml = frontMatter.endsWith("\n") ? frontMatter : `${frontMatter}\n`;
  return `---\n${yaml}---\n${body.startsWith("\n") ? body : `\n${body}`}`;
}
