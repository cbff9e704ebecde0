import { describe, expect, it } from "vitest";
import { firstChangedLine } from "../../../src/domain/rules/base-rules.js";
import { parseRecord } from "../../../src/register/load.js";
import { recordText } from "../../../src/register/register-data.js";

/** A decision file's text as validate --base compares it (recordText of the parsed file). */
const textOf = (content: string) => recordText(parseRecord("decisions/2026/B-2026-001.md", "decision", Buffer.from(content)).record);

const FILE = ["---", "id: B-2026-001", "date: 2026-03-05", "outcome: approved", "---", "", "## Gegenstand", "", "Start der Umsetzung.", ""].join("\n");
/** The 1-based line of the file that holds `needle`. */
const lineOf = (content: string, needle: string) => content.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("a changed final record is reported at the line of the change", () => {
  it("in the front matter, in the body, and after the end", () => {
    const inFrontMatter = FILE.replace("date: 2026-03-05", "date: 2026-03-06");
    expect(firstChangedLine(textOf(inFrontMatter), textOf(FILE))).toBe(lineOf(FILE, "date:"));
    const inBody = FILE.replace("Start der Umsetzung.", "Start der Umsetzung, geändert.");
    expect(firstChangedLine(textOf(inBody), textOf(FILE))).toBe(lineOf(FILE, "Start der Umsetzung"));
    const appended = `${FILE}Nachtrag\n`;
    expect(firstChangedLine(textOf(appended), textOf(FILE))).toBe(lineOf(appended, "Nachtrag"));
    const fieldAdded = FILE.replace("outcome: approved\n", "outcome: approved\nreason: neu\n");
    expect(firstChangedLine(textOf(fieldAdded), textOf(FILE))).toBe(lineOf(fieldAdded, "reason:"));
  });

  it("a removed last line points at the last line left; a placeholder or equal texts (a CRLF checkout) at line 1", () => {
    const shortened = FILE.replace("Start der Umsetzung.\n", "");
    expect(firstChangedLine(textOf(shortened), textOf(FILE))).toBe(shortened.split("\n").length);
    expect(firstChangedLine("", textOf(FILE))).toBe(1);
    expect(firstChangedLine(textOf(FILE.replace(/\n/g, "\r\n")), textOf(FILE))).toBe(1);
  });
});
