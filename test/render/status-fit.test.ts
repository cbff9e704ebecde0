import { describe, expect, it } from "vitest";
import { fit } from "../../src/render/status-text.js";
import { displayWidth } from "../../src/render/table.js";

describe("status cuts titles by terminal columns, not code points", () => {
  const composed = "Prüfstelle Büttelborn Öffentlichkeit Ämter Übergabe";
  const decomposed = composed.normalize("NFD");

  it("a title with decomposed umlauts (u + U+0308) is cut at the same place as the composed one", () => {
    expect(decomposed).not.toBe(composed);
    expect(fit(decomposed, 40).normalize("NFC")).toBe(fit(composed, 40));
    expect(displayWidth(fit(decomposed, 40))).toBe(40);
  });

  it("leaves a title that fits alone", () => {
    expect(fit(decomposed, 60)).toBe(decomposed);
    expect(fit("Bauhof", 6)).toBe("Bauhof");
    expect(fit("Bauhof Trebur", 8)).toBe("Bauhof …");
  });
});
