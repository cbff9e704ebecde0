import { describe, expect, it } from "vitest";
import { parseEuroFlag, parseIntFlag } from "../../src/commands/flag-values.js";
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

  it("reads zero cents as copied from Excel or a price tag as whole euros", () => {
    expect(parseEuroFlag("1.500.000,00", "--x")).toBe(1500000);
    expect(parseEuroFlag("1500000,00 €", "--x")).toBe(1500000);
    expect(parseEuroFlag("12.000,0", "--x")).toBe(12000);
    expect(parseEuroFlag("12.000,-", "--x")).toBe(12000);
    expect(parseEuroFlag("12.000,– €", "--x")).toBe(12000);
    expect(parseEuroFlag("12 000,00 EUR", "--x")).toBe(12000);
  });

  it("refuses real cents as cents, not as 'no amount'", () => {
    for (const value of ["1.500.000,50", "12,5", "1.234,56", "99,99 €"]) {
      let caught: unknown;
      try {
        parseEuroFlag(value, "--savings-planned");
      } catch (error) {
        caught = error;
      }
      expect(caught, value).toBeInstanceOf(UsageError);
      expect((caught as UsageError).key, value).toBe("euro-cents");
    }
    for (const value of [",50", "12.00,00", "1.5,00", "12,000", "12,"]) {
      expect(() => parseEuroFlag(value, "--x"), value).toThrow(UsageError);
    }
  });

  it("refuses a dot that is not a thousands separator instead of dropping it (12000.5 is not 120005)", () => {
    for (const value of ["12000.5", "3500.75", "1.5", "12.00", "12.0000", "1.23", ".500", "12.", "-500", "", "zwölf", "1..000"]) {
      expect(() => parseEuroFlag(value, "--savings-planned"), value).toThrow(UsageError);
    }
  });
});

describe("parseIntFlag", () => {
  it("reads whole numbers and decimals, and refuses 1.000 (one or a thousand?)", () => {
    expect(parseIntFlag("25", "--cost-share", 0, 100)).toBe(25);
    expect(parseIntFlag("12,5", "--cost-share", 0, 100)).toBe(12.5);
    expect(parseIntFlag("12.5", "--cost-share", 0, 100)).toBe(12.5);
    expect(() => parseIntFlag("1.000", "--cost-share", 0, 100)).toThrow(UsageError);
    expect(() => parseIntFlag("150", "--cost-share", 0, 100)).toThrow(UsageError);
  });
});
