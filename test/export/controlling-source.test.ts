import { describe, expect, it } from "vitest";
import { isoInZone } from "../../src/export/source-info.js";
import { formatDateTime } from "../../src/export/render/source-line.js";

describe("commit dates in the register's time zone", () => {
  it("keeps the wall-clock time with the zone's offset, summer and winter", () => {
    // 2025-09-30 16:00 UTC is 18:00 in Berlin (CEST, +02:00); 2025-12-31 23:30 UTC is already 2026 there (CET, +01:00).
    expect(isoInZone(Date.UTC(2025, 8, 30, 16, 0, 0) / 1000, "Europe/Berlin")).toBe("2025-09-30T18:00:00+02:00");
    expect(isoInZone(Date.UTC(2025, 11, 31, 23, 30, 5) / 1000, "Europe/Berlin")).toBe("2026-01-01T00:30:05+01:00");
    expect(isoInZone(Date.UTC(2025, 0, 1, 12, 0, 0) / 1000, "America/New_York")).toBe("2025-01-01T07:00:00-05:00");
  });

  it("prints it as people read it", () => {
    expect(formatDateTime("2025-09-30T18:00:00+02:00", "de")).toBe("30.09.2025, 18:00 Uhr");
    expect(formatDateTime("2025-09-30T18:00:00+02:00", "en")).toBe("30 Sep 2025, 18:00");
    expect(formatDateTime(undefined, "de")).toBe("–");
  });
});
