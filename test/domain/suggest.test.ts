import { describe, expect, it } from "vitest";
import { editDistance, suggest } from "../../src/domain/suggest.js";

const ROLES = ["lead", "partner"];
const PHASES = ["idea", "interest", "prioritized", "assessment", "direction", "preparation", "implementation", "operation", "evaluation", "closed", "on_hold", "cancelled"];
const PROJECT_KEYS = ["id", "title", "field", "phase", "created", "lead", "participants", "tags", "sample", "sponsor", "seat", "scores"];
const LESSON_KEYS = ["id", "title", "date", "project", "kind", "category", "applies_to", "tags", "author", "released"];
const CONFIG_KEYS = ["schema_version", "name", "language", "ids", "municipalities", "regions", "steering_group", "fields"];
const TOWNS = ["raunheim", "nauheim", "trebur", "ginsheim-gustavsburg", "kelsterbach", "biebesheim"];

describe("suggest: the value that was meant, or nothing", () => {
  it.each([
    // [typed, suggestion ("" = none), known values]
    ["Lead", "lead", ROLES],
    ["PARTNER", "partner", ROLES],
    ["Prioritized", "prioritized", PHASES],
    ["Tags", "tags", PROJECT_KEYS],
    ["titel", "title", LESSON_KEYS],
    ["nmae", "name", CONFIG_KEYS],
    ["raunhiem", "raunheim", TOWNS],
    ["nauhiem", "nauheim", TOWNS],
    ["treburr", "trebur", TOWNS],
    ["Treubr", "trebur", TOWNS],
    ["ad", "add", ["add", "remove"]],
    ["implemantation", "implementation", PHASES],
    // Nothing close: no noise.
    ["xyz", "", ROLES],
    ["foo", "", PROJECT_KEYS],
    ["budget", "", PROJECT_KEYS],
    ["status", "", PHASES],
    ["lager", "", TOWNS],
    ["ab", "", ROLES],
    // A value known as written is no typo.
    ["lead", "", ROLES],
  ])("%s → „%s“", (typed, expected, known) => {
    expect(suggest(typed, known) ?? "").toBe(expected);
  });

  it("prefers the match that differs only in case over one typo away", () => {
    expect(suggest("Seat", ["set", "seat"])).toBe("seat");
  });
});

describe("editDistance (Levenshtein, a swap of neighbours as one typo)", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["title", "titel", 1],
    ["name", "nmae", 1],
    ["ab", "ba", 1],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3], // OSA, not full Damerau (that would say 2): no edits inside a swapped pair
    ["raunheim", "raunhiem", 1],
  ])("%s ↔ %s = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it("stops at the limit", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(2);
    expect(editDistance("a", "abcdef", 3)).toBe(3);
  });
});
