import { describe, expect, it } from "vitest";
import { slugify } from "../../src/domain/ids.js";

describe("slugify (spec/register.md: umlauts transliterated, other accents to the base letter)", () => {
  it.each([
    ["Gemeinsame Prüfstelle Büttelborn", "gemeinsame-pruefstelle-buettelborn"],
    // The same title with decomposed umlauts (u + U+0308), as pasted from a PDF or typed on a Mac.
    ["Gemeinsame Pru\u0308fstelle Bu\u0308ttelborn", "gemeinsame-pruefstelle-buettelborn"],
    ["A\u0308rztliche O\u0308ffnungszeiten", "aerztliche-oeffnungszeiten"],
    ["Straße in Groß-Gerau", "strasse-in-gross-gerau"],
    ["Café Élysée", "cafe-elysee"],
    ["Cafe\u0301", "cafe"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
