import { describe, expect, it } from "vitest";
import { compareIds } from "../../src/domain/model.js";

/** The rule as first written (split on "-", numeric segments as numbers): the reference for the in-place walk. */
function reference(a: string, b: string): number {
  const pa = a.split("-");
  const pb = b.split("-");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== "" && y !== "" && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

const IDS = [
  "", "-", "--", "B", "B-", "-B", "B-2025", "B-2025-", "B-2025-9", "B-2025-09", "B-2025-999", "B-2025-1000", "B-2026-001",
  "B--1", "B-2025--1", "LG-2025-07", "LG-2025-7", "IKZ-2025-001", "IKZ-2025-001-x", "IKZ-2025-1e3", "IKZ-2025-0x10", "IKZ-2025- 1",
  "IKZ-2025-1.5", "LL-2024-012", "b-2025-1", "Ä-2025-1", "B-2025-1-2-3", "B-2025-1-2", "B-10", "B-9",
];

describe("compareIds", () => {
  it("orders numbers as numbers", () => {
    expect(compareIds("B-2025-999", "B-2025-1000")).toBeLessThan(0);
    expect(compareIds("B-2026-001", "B-2025-999")).toBeGreaterThan(0);
    expect(compareIds("LG-2025-07", "LG-2025-07")).toBe(0);
    expect(["B-2025-10", "B-2025-9", "A-2030-1"].sort(compareIds)).toEqual(["A-2030-1", "B-2025-9", "B-2025-10"]);
  });

  it("gives the sign of the split-based rule for every pair, edge cases included", () => {
    for (const a of IDS) for (const b of IDS) expect([a, b, Math.sign(compareIds(a, b))]).toEqual([a, b, Math.sign(reference(a, b))]);
  });
});
