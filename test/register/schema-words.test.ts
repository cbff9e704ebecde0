import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/domain/finding.js";
import { describeIssue } from "../../src/register/to-findings.js";

const issue = (code: string, params: Issue["params"]): Issue => ({ code, severity: "error", file: "projects/x.md", path: ["title"], params });

describe("schema findings in words, not JSON Schema terms", () => {
  it("names the expected type in words", () => {
    expect(describeIssue(issue("IKZ-SCHEMA-004", { expected: "integer", value: "zehn" }), "de")).toBe("falscher Typ: hier gehört eine ganze Zahl (ohne Anführungszeichen) hin, gefunden „zehn“");
    expect(describeIssue(issue("IKZ-SCHEMA-004", { expected: "array", value: "x" }), "en")).toBe("wrong type: this should be a list (entries starting with '- '), found 'x'");
  });

  it("says what a length or range limit means and what to do", () => {
    expect(describeIssue(issue("IKZ-SCHEMA-007", { rule: "maxLength", limit: 200, actual: 230 }), "de")).toBe("zu lang: höchstens 200 Zeichen, hier 230 – kürzen");
    expect(describeIssue(issue("IKZ-SCHEMA-007", { rule: "minItems", limit: 1 }), "de")).toBe("zu wenige Einträge: mindestens 1 – ergänzen");
    expect(describeIssue(issue("IKZ-SCHEMA-008", { rule: "minimum", limit: 0, value: "-98000" }), "de")).toBe("Wert -98000 ist zu klein: erlaubt ist mindestens 0");
    expect(describeIssue(issue("IKZ-SCHEMA-008", { rule: "maximum", limit: 100, value: "150" }), "en")).toBe("value 150 is too large: the maximum is 100");
  });

  it("names each kind of ID by its schema definition, with an example and what to write", () => {
    const idIssue = (form: string, params: Record<string, string> = {}) => describeIssue(issue("IKZ-SCHEMA-005", { value: "X-1", format: "^…$", form, ...params }), "de");
    expect(idIssue("project_id", { named: "IKZ-2025-004" })).toBe("Wert „X-1“ hat nicht die erwartete Form: eine Projekt-ID aus Präfix (ids in ikz.yaml), Jahr und laufender Nummer mit drei oder vier Ziffern, z. B. IKZ-2025-004 – die ID aus dem Dateinamen eintragen: IKZ-2025-004");
    expect(idIssue("decision_id")).toMatch(/: eine Beschluss-ID .* z\. B\. B-2025-014 – in dieser Form schreiben$/);
    expect(idIssue("meeting_id")).toMatch(/: eine Sitzungs-ID .* mit zwei oder drei Ziffern, z\. B\. LG-2025-02 – in dieser Form schreiben$/);
    expect(idIssue("lesson_id")).toMatch(/z\. B\. LL-2025-001 – in dieser Form schreiben$/);
    expect(idIssue("report_id")).toMatch(/z\. B\. IKZ-2025-003\/2025-Q2 – in dieser Form schreiben$/);
    expect(describeIssue(issue("IKZ-SCHEMA-005", { value: "X-1", format: "^…$", form: "project_id" }), "en")).toBe("value 'X-1' does not have the expected form: a project ID of prefix (ids in ikz.yaml), year and a running number of three or four digits, e.g. IKZ-2025-004 – write it in this form");
  });

  it("says an empty value is empty (YAML's null), and asks for a date as JJJJ-MM-TT", () => {
    expect(describeIssue(issue("IKZ-SCHEMA-004", { expected: "date", value: "", empty: "yes" }), "de")).toBe("Wert ist leer: hier gehört ein Datum im Format JJJJ-MM-TT, z. B. 2025-03-31 hin – nach dem Doppelpunkt eintragen");
    expect(describeIssue(issue("IKZ-SCHEMA-004", { expected: "string", value: "", empty: "yes" }), "en")).toBe("empty value: this should be a text – write it after the colon");
    expect(describeIssue(issue("IKZ-SCHEMA-004", { expected: "date", value: "2025" }), "de")).toBe("falscher Typ: hier gehört ein Datum im Format JJJJ-MM-TT, z. B. 2025-03-31 hin, gefunden „2025“");
  });

  it("explains the ID pattern and shows other patterns as written", () => {
    expect(describeIssue(issue("IKZ-SCHEMA-005", { value: "Gross_Gerau", format: "^[a-z0-9]+(-[a-z0-9]+)*$" }), "de")).toBe("Wert „Gross_Gerau“ hat nicht die erwartete Form: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. gross-gerau");
    expect(describeIssue(issue("IKZ-SCHEMA-005", { value: "x", format: "^M\\d+$" }), "de")).toBe("Wert „x“ hat nicht die erwartete Form: Muster ^M\\d+$");
  });
});
