import { describe, expect, it } from "vitest";
import { parseEuroFlag } from "../../src/commands/flag-values.js";
import { UsageError } from "../../src/domain/errors.js";

describe("parseEuroFlag", () => {
  it("reads whole euros with German, Swiss or no thousands separators", () => {
    expect(parseEuroFlag("12000", "--x")).toBe(12000);
    expect(parseEuroFlag("12.000", "--x")).toBe(12000);
    expect(parseEuroFlag("12.000 €", "--x")).toBe(12000);
    expect(parseEuroFlag("1.234.567", "--x")).toBe(1234567);
    expect(parseEuroFlag("12 000", "--x")).toBe(12000);
    expect(parseEuroFlag("12\u00a0000 EUR", "--x")).toBe(12000);
    expect(parseEuroFlag("12'000", "--x")).toBe(12000);
    expect(parseEuroFlag("0", "--x")).toBe(0);
  });

  it("refuses a dot that is not a thousands separator instead of dropping it (12000.5 is not 120005)", () => {
    for (const value of ["12000.5", "3500.75", "1.5", "12.00", "12.0000", "1.23", ".500", "12.", "1.234,56", "12,5", "-500", "", "zwölf", "1..000"]) {
      expect(() => parseEuroFlag(value, "--savings-planned"), value).toThrow(UsageError);
    }
  });
});
