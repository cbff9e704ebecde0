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

describe("toFindings writes the dates a rule compares as people read them", () => {
  const order: Issue = { code: "IKZ-PRJ-005", severity: "error", file: "projects/IKZ-2026-003-x.md", path: ["interest", 0, "date"], line: 22, column: 11, params: { date: "2020-01-01", before: "2026-11-29", what: "created" } };

  it("31.03.2026 in German, 31 Mar 2026 in English (was 2020-01-01 and 2026-11-29, unlike ikz check and ikz decide)", () => {
    expect(toFindings([order], [], "de")[0]?.message).toBe("Datum 01.01.2020 liegt vor 29.11.2026 (created) – Reihenfolge der Daten prüfen");
    expect(toFindings([order], [], "en")[0]?.message).toBe("date 1 Jan 2020 is before 29 Nov 2026 (created) – check the order of dates");
  });

  it("leaves a value quoted from the file as written", () => {
    const schema: Issue = { code: "IKZ-SCHEMA-005", severity: "error", file: "projects/IKZ-2026-003-x.md", path: ["created"], line: 5, column: 10, params: { value: "2025-02-30", format: "date" } };
    expect(toFindings([schema], [], "de")[0]?.message).toContain("2025-02-30");
  });
});
