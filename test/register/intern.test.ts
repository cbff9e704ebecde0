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

  it("shares equal short lists of strings between records, frozen, and nothing else", () => {
    const pool = new StringPool();
    const a = pool.intern(parsed({ id: "B-1", present: ["keller", "weber"], excluded: ["weber"], votes: [1, 2] })) as Record<string, unknown>;
    const b = pool.intern(parsed({ id: "B-2", present: ["keller", "weber"], excluded: ["keller"], votes: [1, 2] })) as Record<string, unknown>;
    expect(b.present).toBe(a.present);
    expect(b.present).toEqual(["keller", "weber"]);
    expect(Object.isFrozen(a.present)).toBe(true);
    expect(b.excluded).not.toBe(a.excluded);
    // Numbers, mixed and long lists stay each record's own.
    expect(b.votes).not.toBe(a.votes);
    const long = Array.from({ length: 17 }, (_, i) => `m${i}`);
    const first = pool.intern(parsed({ list: long })) as { list: string[] };
    const second = pool.intern(parsed({ list: long })) as { list: string[] };
    expect(second.list).not.toBe(first.list);
    expect(Object.isFrozen(first.list)).toBe(false);
    // A shared list cannot be changed through one record.
    expect(() => (a.present as string[]).push("x")).toThrow(TypeError);
  });

  it("tells lists apart that only look alike when joined", () => {
    const pool = new StringPool();
    const a = pool.intern(parsed({ l: ["a,b"] })) as { l: string[] };
    const b = pool.intern(parsed({ l: ["a", "b"] })) as { l: string[] };
    expect(b.l).toEqual(["a", "b"]);
    expect(a.l).toEqual(["a,b"]);
  });
});
