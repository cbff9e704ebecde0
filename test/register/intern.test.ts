import { describe, expect, it } from "vitest";
import { StringPool } from "../../src/register/intern.js";

/** Two equal strings from separate JSON texts: separate objects in V8 unless pooled. */
const parsed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("StringPool", () => {
  // Whether two equal strings are one object is not observable from JavaScript; the memory it saves is
  // measured by `npm run bench`. Here: pooling never changes a value.
  it("leaves every record equal to what it was, across many records", () => {
    const pool = new StringPool();
    const one = { id: "B-2025-0001", body: "steering_group", present: ["a", "b"], conditions: [{ text: "Kostenschlüssel vorlegen", owner: "gross-gerau" }], votes: { for: 5 } };
    for (let i = 0; i < 3; i++) {
      const copy = { ...one, id: `B-2025-000${i}` };
      expect(pool.intern(parsed(copy))).toEqual(copy);
    }
  });

  it("keeps values that are not plain strings as they are", () => {
    const pool = new StringPool();
    const value = { n: 1.5, t: true, z: null, list: [1, "x", [2, "long enough string"]], nested: { deeper: { s: "another long string" } } };
    expect(pool.intern(parsed(value))).toEqual(value);
    expect(pool.intern("a plain long string value")).toBe("a plain long string value");
    expect(pool.intern(null)).toBeNull();
    expect(pool.intern([["x"]])).toEqual([["x"]]);
  });
});
