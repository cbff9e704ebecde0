import { describe, expect, it } from "vitest";
import { DEFAULT_LIFECYCLE, bodyMayDecide, lifecycleOf, typesAllowedIn } from "../../src/domain/lifecycle.js";
import { missingDecisions } from "../../src/domain/replay.js";
import { baseConfig, codes, history, rules } from "../helpers/model.js";

describe("lifecycleOf: ikz.yaml overrides laid over the default, key by key", () => {
  it("without overrides the default of lifecycle.md applies", () => {
    expect(lifecycleOf(undefined)).toBe(DEFAULT_LIFECYCLE);
    expect(lifecycleOf(baseConfig())).toBe(DEFAULT_LIFECYCLE);
  });

  it("an override replaces only the keys it names", () => {
    const lc = lifecycleOf({ lifecycle: { cancel: { bodies: ["steering_group"] }, evaluation_order: { from: ["operation", "implementation"] } } });
    expect(lc.cancel).toEqual({ from: DEFAULT_LIFECYCLE.cancel.from, to: "cancelled", bodies: ["steering_group"], bodyPhases: { mayors_assembly: ["councils", "implementation", "operation", "evaluation", "on_hold"] } });
    expect(lc.evaluation_order).toEqual({ from: ["operation", "implementation"], to: "evaluation", bodies: ["steering_group"] });
    expect(lc.mandate).toBe(DEFAULT_LIFECYCLE.mandate);
    expect(bodyMayDecide(lc.cancel, "mayors_assembly", "councils")).toBe(false);
    expect(typesAllowedIn("implementation", lc)).toContain("evaluation_order");
    expect(typesAllowedIn("implementation", DEFAULT_LIFECYCLE)).not.toContain("evaluation_order");
    // The shortest way from implementation to evaluation now skips the start of operation.
    expect(missingDecisions("implementation", "evaluation", "idea", lc)).toEqual(["evaluation_order"]);
    expect(missingDecisions("implementation", "evaluation")).toEqual(["start_operation", "evaluation_order"]);
  });

  it("the mayors' assembly cancels from councils on by default (body_phases), and an override can lift that", () => {
    expect(bodyMayDecide(DEFAULT_LIFECYCLE.cancel, "mayors_assembly", "proposal")).toBe(false);
    expect(bodyMayDecide(DEFAULT_LIFECYCLE.cancel, "mayors_assembly", "councils")).toBe(true);
    const lc = lifecycleOf({ lifecycle: { cancel: { body_phases: {} } } });
    expect(bodyMayDecide(lc.cancel, "mayors_assembly", "proposal")).toBe(true);
  });

  it("validation replays with the override: a phase reached by an overridden transition is valid", () => {
    const s = history("operation");
    s.project.data.phase = "evaluation";
    expect(codes(rules(s.model))).toEqual(["IKZ-LC-001"]);
    const t = history("implementation");
    t.model.config = { file: "ikz.yaml", data: { ...baseConfig(), lifecycle: { evaluation_order: { from: ["implementation"] } } }, body: "" };
    t.decide("evaluation_order");
    t.project.data.phase = "evaluation";
    expect(codes(rules(t.model))).toEqual([]);
  });
});
