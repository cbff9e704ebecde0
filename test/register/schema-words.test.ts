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

  it("explains the ID pattern and shows other patterns as written", () => {
    expect(describeIssue(issue("IKZ-SCHEMA-005", { value: "Gross_Gerau", format: "^[a-z0-9]+(-[a-z0-9]+)*$" }), "de")).toBe("Wert „Gross_Gerau“ hat nicht die erwartete Form: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. gross-gerau");
    expect(describeIssue(issue("IKZ-SCHEMA-005", { value: "x", format: "^M\\d+$" }), "de")).toBe("Wert „x“ hat nicht die erwartete Form: Muster ^M\\d+$");
  });
});
