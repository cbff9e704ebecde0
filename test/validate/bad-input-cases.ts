// The bad-input corpus of `ikz validate`: one bad project file (or ikz.yaml) per case with the findings it must
// produce. Shared by bad-input.test.ts and the fast-vs-exact differential test (test/register).
import { readFileSync } from "node:fs";

/** What a test expects of one finding; path and severity only when given. */
export interface Expected {
  code: string;
  line: number;
  column: number;
  path?: string;
  severity?: "error" | "warning";
}

export const BAD = "projects/IKZ-2025-003-x.md";

/** The head of a valid idea-phase project; lines 1–6, so a line added after it is line 7. */
export const HEAD = "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n";

export interface Case {
  name: string;
  file?: string;
  content: string | Buffer;
  expected: Expected[];
  exit?: number;
}

export const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
export const crlf = (text: string) => text.replace(/\n/g, "\r\n");

export const cases: Case[] = [
  {
    // The parser notices the unclosed "[" where the next key starts at column 1 (line 4).
    name: "broken YAML: unclosed flow sequence",
    content: "---\nid: IKZ-2025-003\ntitle: [unclosed\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n",
    expected: [{ code: "IKZ-YAML-003", line: 4, column: 1 }],
  },
  {
    name: "broken YAML: colon in an unquoted title",
    content: "---\nid: IKZ-2025-003\ntitle: Projekt: Bauhof\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n",
    expected: [{ code: "IKZ-YAML-003", line: 3, column: 8 }],
  },
  {
    // The parser also complains about "Bauhof" as a key without a value; that follows from the dash: one finding.
    name: "broken YAML: list dash on the key's line",
    content: "---\nid: IKZ-2025-003\ntitle: - Bauhof\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n",
    expected: [{ code: "IKZ-YAML-003", line: 3, column: 8 }],
  },
  {
    // The parser notices the missing quote at the end of the front matter; the finding points where it opens.
    name: "broken YAML: unclosed double quote",
    content: "---\nid: IKZ-2025-003\ntitle: \"Bauhof\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n",
    expected: [{ code: "IKZ-YAML-003", line: 3, column: 8 }],
  },
  {
    // Inside a flow list the unclosed quote swallows the "]" too: one finding, at the quote.
    name: "broken YAML: unclosed single quote in a flow list",
    content: `${HEAD}tags: [bauhof, 'süd]\nx-note: n\n---\n`,
    expected: [{ code: "IKZ-YAML-003", line: 7, column: 16 }],
  },
  {
    // Only the opener: the finding points at the "---" that is never closed.
    name: "unclosed front matter",
    content: "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\n\n## Ausgangslage\n",
    expected: [{ code: "IKZ-YAML-002", line: 1, column: 1 }],
  },
  {
    name: "tab indentation",
    content: `${HEAD}interest:\n\t- municipality: trebur\n---\n`,
    expected: [{ code: "IKZ-YAML-010", line: 8, column: 1 }],
  },
  {
    name: "duplicate key",
    content: "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idea\ntitle: Y\ncreated: 2025-01-15\n---\n",
    expected: [{ code: "IKZ-YAML-004", line: 6, column: 1 }],
  },
  {
    // "x-anker: &anker Wert": the anchor "&anker" starts at column 10; in "x-alias: *anker" the alias too.
    name: "anchor and alias, each at its own position",
    content: `${HEAD}x-anker: &anker Wert\nx-alias: *anker\n---\n`,
    expected: [
      { code: "IKZ-YAML-005", line: 7, column: 10 },
      { code: "IKZ-YAML-005", line: 8, column: 10 },
    ],
  },
  {
    // "x-fn: " is 6 characters: the tag starts at column 7.
    name: "custom tag !!js/function",
    content: `${HEAD}x-fn: !!js/function "function () { return 1 }"\n---\n`,
    expected: [{ code: "IKZ-YAML-006", line: 7, column: 7 }],
  },
  {
    name: "custom tag !foo",
    content: `${HEAD}x-foo: !foo bar\n---\n`,
    expected: [{ code: "IKZ-YAML-006", line: 7, column: 8 }],
  },
  {
    name: "custom tag on a real field",
    content: "---\nid: IKZ-2025-003\ntitle: !!python/object:os.system X\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n",
    expected: [{ code: "IKZ-YAML-006", line: 3, column: 8 }],
  },
  {
    // PNG signature: the first NUL byte is at offset 8; a binary file is a whole-file finding at 1:1.
    name: "binary file with NUL bytes",
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    expected: [{ code: "IKZ-FILE-002", line: 1, column: 1 }],
  },
  {
    name: "Latin-1 file with umlauts (invalid UTF-8)",
    content: Buffer.from("---\nid: IKZ-2025-003\ntitle: Grüße aus Mörfelden\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n", "latin1"),
    expected: [{ code: "IKZ-FILE-003", line: 1, column: 1 }],
  },
  {
    // Notepad's "Unicode": a text file in the wrong encoding (IKZ-FILE-003), not a binary one (IKZ-FILE-002).
    name: "UTF-16 file",
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEAD}---\n`, "utf16le")]),
    expected: [{ code: "IKZ-FILE-003", line: 1, column: 1 }],
  },
  {
    name: "UTF-16 big-endian file",
    content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${HEAD}---\n`, "utf16le").swap16()]),
    expected: [{ code: "IKZ-FILE-003", line: 1, column: 1 }],
  },
  {
    name: "file over 1 MiB",
    content: `${HEAD}---\n${"Lorem ipsum dolor sit amet.\n".repeat(Math.ceil((1.1 * 1024 * 1024) / 28))}`,
    expected: [{ code: "IKZ-FILE-001", line: 1, column: 1 }],
  },
  {
    name: "no front matter",
    content: "id: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n",
    expected: [{ code: "IKZ-YAML-001", line: 1, column: 1 }],
  },
  {
    name: "empty file",
    content: "",
    expected: [{ code: "IKZ-YAML-001", line: 1, column: 1 }],
  },
  {
    name: "empty front matter",
    content: "---\n---\n",
    expected: [{ code: "IKZ-YAML-011", line: 2, column: 1 }],
  },
  {
    name: "front matter that is a list",
    content: "---\n- a\n- b\n---\n",
    expected: [{ code: "IKZ-YAML-011", line: 2, column: 1 }],
  },
  {
    // A "---" line with a comment does not close the front matter; YAML sees a second document there.
    name: "two YAML documents",
    content: `${HEAD}--- # zweites Dokument\nid: IKZ-2025-004\n---\n`,
    expected: [{ code: "IKZ-YAML-009", line: 7, column: 1 }],
  },
  {
    name: "__proto__ key",
    content: `${HEAD}__proto__:\n  polluted: true\n---\n`,
    expected: [{ code: "IKZ-SCHEMA-002", line: 7, column: 1, path: "__proto__" }],
  },
  {
    name: "constructor.prototype key",
    content: `${HEAD}constructor:\n  prototype:\n    polluted: true\n---\n`,
    expected: [{ code: "IKZ-SCHEMA-002", line: 7, column: 1, path: "constructor" }],
  },
  {
    // Only the malformed ID: no IKZ-ID-001 on top (the message names the ID the file name gives).
    name: "malformed project ID",
    content: "---\nid: IKZ-25-3\ntitle: X\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n",
    expected: [{ code: "IKZ-SCHEMA-005", line: 2, column: 5, path: "id" }],
  },
  {
    name: "empty date and ~ as a title",
    content: "---\nid: IKZ-2025-003\ntitle: ~\nfield: finanzen\nphase: idea\ncreated:\n---\n",
    expected: [
      { code: "IKZ-SCHEMA-004", line: 3, column: 8, path: "title" },
      { code: "IKZ-SCHEMA-004", line: 6, column: 9, path: "created" },
    ],
  },
  {
    name: "invalid date 2025-02-30",
    content: "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idea\ncreated: 2025-02-30\n---\n",
    expected: [{ code: "IKZ-SCHEMA-006", line: 6, column: 10, path: "created" }],
  },
  {
    name: "date in the wrong format",
    content: "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idea\ncreated: 15.01.2025\n---\n",
    expected: [{ code: "IKZ-SCHEMA-006", line: 6, column: 10, path: "created" }],
  },
  {
    name: "title of 201 characters",
    content: `---\nid: IKZ-2025-003\ntitle: ${"Ä".repeat(201)}\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\n---\n`,
    expected: [{ code: "IKZ-SCHEMA-007", line: 3, column: 8, path: "title" }],
  },
  {
    name: "negative money",
    content: `${HEAD}baseline_costs_eur: -5\n---\n`,
    expected: [{ code: "IKZ-SCHEMA-008", line: 7, column: 21, path: "baseline_costs_eur" }],
  },
  {
    name: "money with cents",
    content: `${HEAD}savings_planned_eur: 1200.50\n---\n`,
    expected: [{ code: "IKZ-SCHEMA-004", line: 7, column: 22, path: "savings_planned_eur" }],
  },
  {
    // YAML's special floats are numbers, but not amounts; the message names them as written (not as JSON's null).
    name: "money as .inf, .NaN and -.Inf",
    content: `${HEAD}baseline_costs_eur: .inf\nsavings_planned_eur: .NaN\none_off_costs_eur: -.Inf\n---\n`,
    expected: [
      { code: "IKZ-SCHEMA-004", line: 7, column: 21, path: "baseline_costs_eur" },
      { code: "IKZ-SCHEMA-004", line: 8, column: 22, path: "savings_planned_eur" },
      { code: "IKZ-SCHEMA-004", line: 9, column: 20, path: "one_off_costs_eur" },
    ],
  },
  {
    // A YAML finding that leaves the data readable does not hide the file's other mistakes; the amount's
    // type error is not repeated beside the thousands-dot finding.
    name: "thousands dots beside a typo in a key",
    content: `${HEAD}baseline_costs_eur: 1.200.000\nsponsr: x\n---\n`,
    expected: [
      { code: "IKZ-YAML-012", line: 7, column: 21, path: "baseline_costs_eur" },
      { code: "IKZ-SCHEMA-002", line: 8, column: 1, path: "sponsr" },
    ],
  },
  {
    name: "duplicate key beside a typo in a key",
    content: "---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idea\ncreated: 2025-01-15\ntitle: Y\nsponsr: x\n---\n",
    expected: [
      { code: "IKZ-YAML-004", line: 7, column: 1, path: "" },
      { code: "IKZ-SCHEMA-002", line: 8, column: 1, path: "sponsr" },
    ],
  },
  {
    name: "foreign tag beside a missing field",
    content: "---\nid: IKZ-2025-003\ntitle: !foo X\nfield: finanzen\nphase: idea\n---\n",
    expected: [
      { code: "IKZ-SCHEMA-001", line: 2, column: 1 },
      { code: "IKZ-YAML-006", line: 3, column: 8 },
    ],
  },
  {
    // Every missing field is its own finding: all of them sit at the mapping's start, and none may hide another.
    name: "two required fields missing",
    content: "---\nid: IKZ-2025-003\ntitle: X\nphase: idea\n---\n",
    expected: [
      { code: "IKZ-SCHEMA-001", line: 2, column: 1 },
      { code: "IKZ-SCHEMA-001", line: 2, column: 1 },
    ],
  },
  {
    name: "money as a string",
    content: `${HEAD}one_off_costs_eur: "12.000 €"\n---\n`,
    expected: [{ code: "IKZ-SCHEMA-004", line: 7, column: 20, path: "one_off_costs_eur" }],
  },
  {
    // YAML reads "98.000" as the number 98: without the check, 98 000 € would silently become 98 €.
    name: "money with a German thousands dot",
    content: `${HEAD}baseline_costs_eur: 98.000\n---\n`,
    expected: [{ code: "IKZ-YAML-012", line: 7, column: 21, path: "baseline_costs_eur" }],
  },
  {
    // "1.500.000" is text to YAML, "1.500" the number 1.5: both get the same clear finding, not a type error.
    name: "money with thousands dots, a comment and CRLF",
    content: crlf(`${HEAD}savings_planned_eur: 1.500.000 # Schätzung\none_off_costs_eur: 1.500\nbaseline_costs_eur: +098.000\n---\n`),
    expected: [
      { code: "IKZ-YAML-012", line: 7, column: 22, path: "savings_planned_eur" },
      { code: "IKZ-YAML-012", line: 8, column: 20, path: "one_off_costs_eur" },
      { code: "IKZ-YAML-012", line: 9, column: 21, path: "baseline_costs_eur" },
    ],
  },
  {
    name: "money with a thousands dot inside a flow list",
    content: `${HEAD}funding: [{program: hessen-ikz, status: planned, amount_eur: 12.500}]\n---\n`,
    expected: [{ code: "IKZ-YAML-012", line: 7, column: 62, path: "funding[0].amount_eur" }],
  },
  {
    // Only money fields (…_eur) are checked: a dotted number elsewhere, in the user's own fields (x-…), in quotes
    // or in a text is left alone.
    name: "dotted numbers outside money fields",
    content: `${HEAD}x-version: 1.000\nx-zuschuss_eur: 12.000\nx-note: Kosten 12.000 Euro\nx-quoted: "2.000"\n---\n`,
    expected: [],
    exit: 0,
  },
  {
    name: "score out of range",
    content: `${HEAD}scores:\n  einsparpotenzial: 7\n---\n`,
    expected: [{ code: "IKZ-SCHEMA-008", line: 8, column: 21, path: "scores.einsparpotenzial" }],
  },
  {
    name: "BOM + CRLF: YAML error position",
    content: utf8Bom(crlf("---\nid: IKZ-2025-003\ntitle: X\nfield: finanzen\nphase: idea\ntitle: Y\ncreated: 2025-01-15\n---\n")),
    expected: [{ code: "IKZ-YAML-004", line: 6, column: 1 }],
  },
  {
    name: "BOM + CRLF: schema error position",
    content: utf8Bom(crlf("---\nid: IKZ-2025-003\ntitle: Über CRLF\nfield: finanzen\nphase: idea\ncreated: 2025-02-30\n---\n\n## Ausgangslage\n")),
    expected: [{ code: "IKZ-SCHEMA-006", line: 6, column: 10, path: "created" }],
  },
  {
    name: "BOM + CRLF: rule error position",
    content: utf8Bom(crlf(`${HEAD}interest:\n  - municipality: trebu\n    level: interested\n---\n`)),
    expected: [{ code: "IKZ-REF-001", line: 8, column: 19, path: "interest[0].municipality" }],
  },
  {
    name: "BOM + ---js: position on line 1 ignores the BOM",
    content: utf8Bom(crlf("---js\nmodule.exports = {}\n---\n")),
    expected: [{ code: "IKZ-YAML-008", line: 1, column: 4 }],
  },
  {
    name: "ikz.yaml: priority weights sum to 90",
    file: "ikz.yaml",
    content: "", // filled in below from the fixture
    expected: [], // filled in below
  },
];

// The ikz.yaml cases derive from the fixture's own text, so they stay right when the fixture grows.
const fixtureConfig = readFileSync(new URL("../fixtures/minimal-register/ikz.yaml", import.meta.url), "utf8");
const configLines = fixtureConfig.split("\n");
const criteriaLine = configLines.indexOf("priority_criteria:") + 1;
const weightsCase = cases.find((c) => c.file === "ikz.yaml")!;
weightsCase.content = fixtureConfig.replace("    weight: 20", "    weight: 10");
// The list of criteria starts with "  - id:" on the line after the key, at column 3.
weightsCase.expected = [{ code: "IKZ-CFG-001", line: criteriaLine + 1, column: 3, path: "priority_criteria" }];

const fieldsLine = configLines.indexOf("fields:") + 1;
const fieldsEnd = configLines.findIndex((l, i) => i >= fieldsLine && /^\S/.test(l));
cases.push({
  name: "ikz.yaml: empty list of fields",
  file: "ikz.yaml",
  content: [...configLines.slice(0, fieldsLine - 1), "fields: []", ...configLines.slice(fieldsEnd)].join("\n"),
  // "fields: " is 8 characters: the empty list starts at column 9.
  expected: [{ code: "IKZ-SCHEMA-007", line: fieldsLine, column: 9, path: "fields" }],
});
cases.push({
  name: "ikz.yaml: broken YAML",
  file: "ikz.yaml",
  // The parser notices the unclosed "[" where the next key starts at column 1.
  content: fixtureConfig.replace("language: de", "language: [de"),
  expected: [{ code: "IKZ-YAML-003", line: configLines.indexOf("language: de") + 2, column: 1 }],
});
cases.push({
  name: "ikz.yaml: a second YAML document",
  file: "ikz.yaml",
  content: `${fixtureConfig.replace(/\n$/, "")}\n---\nname: zweites\n`,
  expected: [{ code: "IKZ-YAML-009", line: fixtureConfig.replace(/\n$/, "").split("\n").length + 1, column: 1 }],
});
cases.push({
  // Only a value whose own key is a money field counts: a partner count under standard_grant_eur is no amount
  // (3.000 is YAML for 3, which is what the fixture says anyway).
  name: "ikz.yaml: a dotted number below a money field that is no amount",
  file: "ikz.yaml",
  content: fixtureConfig.replace("        - min_partners: 3\n", "        - min_partners: 3.000\n"),
  expected: [],
  exit: 0,
});
const grantLine = configLines.indexOf("          amount_eur: 75000") + 1;
cases.push({
  name: "ikz.yaml: a standard grant with a thousands dot",
  file: "ikz.yaml",
  content: fixtureConfig.replace("          amount_eur: 75000", "          amount_eur: 75.000"),
  // "          amount_eur: " is 22 characters: the amount starts at column 23.
  expected: [{ code: "IKZ-YAML-012", line: grantLine, column: 23 }],
});
