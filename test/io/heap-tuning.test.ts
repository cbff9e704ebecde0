import { describe, expect, it } from "vitest";
import { keepYoungGenerationSmall } from "../../src/io/heap-tuning.js";

describe("keepYoungGenerationSmall", () => {
  it("leaves V8 versions alone that are not known to have the flag (V8 would print an error line)", () => {
    expect(keepYoungGenerationSmall([], "10.2.154.26-node.26")).toBe(false);
    expect(keepYoungGenerationSmall([], "14.1.0.0")).toBe(false);
    expect(keepYoungGenerationSmall([], "not-a-version")).toBe(false);
  });

  it("sets the flag on Node 20 to 24 (V8 11 to 13)", () => {
    expect(keepYoungGenerationSmall([], "11.3.244.8-node.38")).toBe(true);
    expect(keepYoungGenerationSmall([], "13.6.233.10-node.24")).toBe(true);
  });
});
