import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/domain/finding.js";
import { toFindings } from "../../src/register/to-findings.js";

const issue = (what: string): Issue => ({ code: "IKZ-LC-010", severity: "error", file: "decisions/2025/B-2025-008.md", path: ["type"], line: 4, column: 7, params: { type: "implementation_release", project: "IKZ-2023-003", what } });

describe("toFindings words the parameters of a message", () => {
  it("names a missing guard field in words, as ikz decide does, in German and English", () => {
    const [de] = toFindings([issue("agreement.signed")], [], "de");
    expect(de?.message).toBe("Umsetzungsfreigabe für IKZ-2023-003: es fehlt eine bis zum Beschlussdatum unterzeichnete Vereinbarung (agreement.signed)");
    const [en] = toFindings([issue("lead")], [], "en");
    expect(en?.message).toBe("Release for implementation for IKZ-2023-003: missing the lead municipality (lead)");
  });

  it("keeps a field it has no words for as it is", () => {
    const [de] = toFindings([issue("seat")], [], "de");
    expect(de?.message).toContain("es fehlt seat");
  });
});

describe("toFindings says a finding once", () => {
  it("two issues that read the same at the same place become one finding; different places stay", () => {
    const twice = toFindings([issue("lead"), issue("lead"), { ...issue("lead"), line: 9 }], [], "de");
    expect(twice.map((f) => f.line)).toEqual([4, 9]);
  });
});
