import { describe, expect, it } from "vitest";
import { tuneHeap } from "../../src/io/heap-tuning.js";

describe("tuneHeap", () => {
  it("tunes only validate", () => {
    expect(tuneHeap(["list", "projects"], "11.3.244.8-node.38")).toBe(false);
    expect(tuneHeap(["--register", "reg", "show", "IKZ-2024-001"], "12.4.254.21-node.33")).toBe(false);
  });

  it("leaves V8 versions alone that are not known to have the flag (V8 would print to stdout)", () => {
    expect(tuneHeap(["validate"], "10.2.154.26-node.26")).toBe(false);
    expect(tuneHeap(["validate"], "14.1.0.0")).toBe(false);
    expect(tuneHeap(["validate"], "not-a-version")).toBe(false);
  });

  it("sets the flag for validate on Node 20 to 24", () => {
    expect(tuneHeap(["--lang", "en", "validate", "--format", "json"], process.versions.v8)).toBe(Number(process.versions.v8.split(".")[0]) <= 13);
  });
});
