import type { IkzConfig, Project } from "../types.generated.js";
import type { Rec, RegisterIndex } from "../model.js";
import { savingsRatePct } from "../savings-rate.js";
import { PHASES, type Phase } from "../lifecycle.js";
import type { IssueList } from "./issue-builder.js";

const FROM_IMPLEMENTATION: readonly Phase[] = ["implementation", "operation", "evaluation", "closed"];
const FROM_PROPOSAL: readonly Phase[] = ["proposal", "councils", ...FROM_IMPLEMENTATION];
const FROM_COUNCILS: readonly Phase[] = ["councils", ...FROM_IMPLEMENTATION];

/** Rules inside one project: participants, cost shares, resolutions, dates in order, conditions done. */
export function checkProject(project: Rec<Project>, index: RegisterIndex, out: IssueList): void {
  const { file, data: p } = project;
  const phase = p.phase as Phase;
  const participants = p.participants ?? [];
  const seen = new Map<string, number>();
  participants.forEach((x, i) => {
    if (seen.has(x.municipality)) out.error("IKZ-PRJ-002", file, ["participants", i, "municipality"], { municipality: x.municipality, first: seen.get(x.municipality)! });
    else seen.set(x.municipality, i);
    if (x.role === "lead" && x.municipality !== p.lead) out.error("IKZ-PRJ-004", file, ["participants", i, "role"], { municipality: x.municipality, lead: p.lead ?? "—" });
  });
  if (p.lead !== undefined) {
    const leadIndex = participants.findIndex((x) => x.municipality === p.lead);
    if (leadIndex < 0 || participants[leadIndex]!.role !== "lead") out.error("IKZ-PRJ-001", file, ["lead"], { lead: p.lead });
  }
  const shares = participants.filter((x) => x.cost_share !== undefined);
  if (shares.length > 0) {
    const sum = Math.round(shares.reduce((s, x) => s + (x.cost_share ?? 0), 0) * 100) / 100;
    const incomplete = shares.length < participants.length;
    if (sum !== 100 || incomplete) {
      const severity = FROM_IMPLEMENTATION.includes(phase) ? "error" : "warning";
      out.add(severity, "IKZ-PRJ-003", file, ["participants"], { sum, missing: participants.length - shares.length });
    }
  }
  p.council_resolutions?.forEach((r, i) => {
    const later = p.council_resolutions!.some((o, j) => j !== i && o.municipality === r.municipality && o.date > r.date);
    if (r.result === "rejected" && !later && seen.has(r.municipality)) out.error("IKZ-PRJ-006", file, ["council_resolutions", i, "result"], { municipality: r.municipality });
    if (r.date < p.created) out.error("IKZ-PRJ-005", file, ["council_resolutions", i, "date"], { date: r.date, before: p.created, what: "created" });
  });
  if (FROM_COUNCILS.includes(phase) && p.legal_form === "open") out.error("IKZ-PRJ-008", file, ["legal_form"], { phase });
  checkDates(project, out);
  if (phase === "on_hold" && p.hold_until === undefined) out.error("IKZ-SCHEMA-001", file, [], { key: "hold_until" });
  if (phase === "cancelled" && p.cancel_reason === undefined) out.error("IKZ-SCHEMA-001", file, [], { key: "cancel_reason" });
  p.conditions_done?.forEach((c, i) => {
    const decision = index.decisions.get(c.decision);
    if (!decision) return;
    const count = decision.data.conditions?.length ?? 0;
    if (decision.data.project !== p.id || c.index > count) {
      out.error("IKZ-PRJ-007", file, ["conditions_done", i, "index"], { decision: c.decision, index: c.index, count });
    } else if (c.date < decision.data.date) {
      out.error("IKZ-PRJ-005", file, ["conditions_done", i, "date"], { date: c.date, before: decision.data.date, what: c.decision });
    }
  });
}

function checkDates(project: Rec<Project>, out: IssueList): void {
  const { file, data: p } = project;
  const notBefore = (date: string | undefined, path: Array<string | number>, before: string, what: string) => {
    if (date !== undefined && date < before) out.error("IKZ-PRJ-005", file, path, { date, before, what });
  };
  p.milestones?.forEach((m, i) => {
    notBefore(m.done, ["milestones", i, "done"], p.created, "created");
  });
  if (p.agreement?.signed !== undefined) notBefore(p.agreement.effective, ["agreement", "effective"], p.agreement.signed, "agreement.signed");
  p.interest?.forEach((x, i) => notBefore(x.date, ["interest", i, "date"], p.created, "created"));
}

/** Funding-rule warnings from `proposal` on, with the rules of each program the project names. */
export function checkFunding(project: Rec<Project>, config: IkzConfig, out: IssueList): void {
  const { file, data: p } = project;
  if (!FROM_PROPOSAL.includes(p.phase as Phase)) return;
  p.funding?.forEach((f, i) => {
    if (f.status === "rejected") return;
    const rules = config.funding_programs?.find((x) => x.id === f.program)?.rules;
    if (!rules) return;
    const partners = p.participants?.length ?? 0;
    if (rules.min_partners !== undefined && partners < rules.min_partners) {
      const justified = rules.min_partners_with_justification !== undefined && partners >= rules.min_partners_with_justification;
      out.warn(justified ? "IKZ-FUND-005" : "IKZ-FUND-001", file, ["funding", i, "program"], { partners, min: rules.min_partners, program: f.program });
    }
    if (rules.min_duration_years !== undefined && (p.duration_years ?? 0) < rules.min_duration_years) {
      out.warn("IKZ-FUND-002", file, p.duration_years === undefined ? ["funding", i, "program"] : ["duration_years"], { years: p.duration_years ?? 0, min: rules.min_duration_years });
    }
    if (rules.min_savings_pct !== undefined) {
      if (!p.baseline_costs_eur || p.savings_planned_eur === undefined) {
        out.warn("IKZ-FUND-006", file, ["funding", i, "program"], { min: rules.min_savings_pct });
      } else {
        // Compared exactly; the message shows the rate rounded down, so it never reads as the threshold itself.
        if (p.savings_planned_eur * 100 < rules.min_savings_pct * p.baseline_costs_eur) out.warn("IKZ-FUND-003", file, ["savings_planned_eur"], { rate: savingsRatePct(p.savings_planned_eur, p.baseline_costs_eur), min: rules.min_savings_pct });
      }
    }
    const grant = [...(rules.standard_grant_eur ?? [])].sort((a, b) => b.min_partners - a.min_partners).find((g) => partners >= g.min_partners);
    if (grant && f.amount_eur !== undefined && f.amount_eur > grant.amount_eur) {
      out.warn("IKZ-FUND-004", file, ["funding", i, "amount_eur"], { amount: f.amount_eur, grant: grant.amount_eur, partners });
    }
  });
}

/** Phases in their order, for messages that compare phases. */
export const phaseRank = (phase: string): number => PHASES.indexOf(phase as Phase);
