import { describe, expect, it } from "vitest";
import { findMunicipalityId } from "../../src/domain/municipality-lookup.js";

const LIST = [
  { id: "buettelborn", name: "Büttelborn" },
  { id: "gross-gerau", name: "Groß-Gerau" },
  { id: "kreis-gross-gerau", name: "Kreis Groß-Gerau" },
];

describe("findMunicipalityId: one rule for status, export municipality and the writing commands", () => {
  it.each([
    ["buettelborn", "buettelborn"],
    ["BUETTELBORN", "buettelborn"],
    ["Büttelborn", "buettelborn"],
    ["büttelborn", "buettelborn"],
    // u + U+0308, as a Mac or a PDF gives it: the status and export lookups missed it
    ["Bu\u0308ttelborn", "buettelborn"],
    ["  Groß-Gerau ", "gross-gerau"],
    ["kreis groß-gerau", "kreis-gross-gerau"],
  ])("%j is %s", (value, id) => {
    expect(findMunicipalityId(LIST, value)).toBe(id);
  });

  it("gives undefined for what is neither an ID nor a name", () => {
    expect(findMunicipalityId(LIST, "Buettelborn-Süd")).toBeUndefined();
    expect(findMunicipalityId(LIST, "")).toBeUndefined();
  });
});
