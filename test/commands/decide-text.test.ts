// The decision body in words (second review): mandate, report acceptance, standard, circulation, funder, supersedes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { decisionBody } from "../../src/commands/decide-text.js";
import type { Decision, IkzConfig, Project, Report } from "../../src/domain/types.generated.js";
import { SAMPLE_DIR } from "../write/register-repo.js";

const config = parse(readFileSync(join(SAMPLE_DIR, "ikz.yaml"), "utf8")) as IkzConfig;
const project = { id: "IKZ-2025-001", title: "Gemeinsamer Standesamtsbezirk Nordkreis", project_manager: { name: "Katrin Lehmann" } } as unknown as Project;
const base = { id: "B-2026-015", date: "2026-11-26", outcome: "approved", body: "steering_group", mode: "consensus", project: project.id } as const;
const body = (d: Partial<Decision>, extra: { report?: Report; supersededDate?: string } = {}) =>
  decisionBody({ ...base, ...d } as Decision, d.type === "standard" ? undefined : project, config, extra.report, extra.supersededDate ? { supersededDate: extra.supersededDate } : {}, "de");

describe("decision body wording", () => {
  it("a mandate: the project manager takes over the project", () => {
    expect(body({ type: "mandate" }).text).toContain("Die Projektleitung übernimmt Katrin Lehmann;");
  });

  it("accepting the assessment report names what it is about and where the project goes", () => {
    const report = { project: project.id, period: "assessment", kind: "assessment" } as Report;
    const moved = body({ type: "accept_report", report: `${project.id}/assessment`, phase_before: "assessment", phase_after: "proposal" }, { report });
    expect(moved.text).toBe("Die Lenkungsgruppe nimmt den Bericht über die Vorteilhaftigkeitsprüfung für „Gemeinsamer Standesamtsbezirk Nordkreis“ ab; das Projekt geht damit in die Entscheidungsvorlage.");
    const quarterly = { project: project.id, period: "2026-Q3", kind: "quarterly" } as Report;
    expect(body({ type: "accept_report", report: `${project.id}/2026-Q3` }, { report: quarterly }).text).toBe("Die Lenkungsgruppe nimmt den Projektbericht 3. Quartal 2026 für „Gemeinsamer Standesamtsbezirk Nordkreis“ ab.");
  });

  it("a replaced decision is named with its date", () => {
    expect(body({ type: "acknowledge", supersedes: "B-2023-001" }, { supersededDate: "2023-02-14" }).text).toContain("Dieser Beschluss ersetzt den Beschluss B-2023-001 vom 14.02.2023.");
  });

  it("circulation: the label says how many of the members replied; a funder's decision has no vote line", () => {
    const circulation = body({ type: "acknowledge", mode: "circulation", present: ["goetz", "schell", "sittmann", "will", "burghardt"], votes: { for: 5, against: 0, abstain: 0 } });
    // ikz.yaml: six members on the roster on 26.11.2026 (Becker left before).
    expect(circulation.voteLabel).toBe("Abstimmungsergebnis (Umlaufverfahren, 5 von 6 Mitgliedern haben geantwortet)");
    expect(circulation.vote).toBe("5 Ja, 0 Nein, 0 Enthaltungen (einstimmig)");
    const funder = body({ type: "acknowledge", body: "funder", mode: "vote" });
    expect(funder.vote).toBeUndefined();
  });
});
