import { latestReport } from "../domain/checks.js";
import { isGranted } from "../domain/funding.js";
import { compareIds, groupBy, type RegisterModel } from "../domain/model.js";
import type { Funding, Lights, Project } from "../domain/types.generated.js";
import { savingsRatePct } from "../domain/savings-rate.js";
import { visibilityOf } from "./audience.js";
import type { Audience } from "./document.js";

/**
 * The whole register as one row per project: plain data with codes and ids (not labels), what
 * `ikz export register --format json` prints and what the CSV/XLSX table is made from. Computed from
 * the register `forAudience` returned, so whatever the audience may not see is simply absent here.
 */

/** One project of the register export. */
export interface RegisterRow {
  id: string;
  title: string;
  field: string;
  phase: Project["phase"];
  created: string;
  lead?: string;
  /** Municipality ids of every participant, the lead first. */
  participants: string[];
  legal_form?: NonNullable<Project["legal_form"]>;
  savings_planned_eur?: number;
  baseline_costs_eur?: number;
  /** Savings planned ÷ baseline costs × 100, one decimal; computed, never stored. */
  savings_rate_pct?: number;
  one_off_costs_eur?: number;
  funding: Funding[];
  /** Sum of funding entries with status `applied`. */
  funding_applied_eur: number;
  /** Sum of funding entries with status `granted` or `paid`. */
  funding_granted_eur: number;
  /** The project's latest report the audience may see (by submission date, then period). */
  latest_report?: { period: string; submitted: string; lights: Lights };
  /** The open milestone that comes next (by forecast, else due date). */
  next_milestone?: { id: string; title: string; due: string; forecast?: string };
  /** Only in internal exports: forAudience removes it for every other audience. */
  project_manager?: { name: string; email?: string; municipality?: string };
  visibility: Audience;
}

/** One row per project, ordered by id. Pure. */
export function buildRegisterRows(model: RegisterModel): RegisterRow[] {
  const reports = groupBy(model.reports, (r) => r.data.project);
  return [...model.projects]
    .sort((a, b) => compareIds(a.data.id, b.data.id))
    .map(({ data: p }) => {
      const participants = [...(p.participants ?? [])].sort((a, b) => (a.role === b.role ? 0 : a.role === "lead" ? -1 : 1)).map((x) => x.municipality);
      const latest = latestReport(reports.get(p.id) ?? [])?.data;
      const next = (p.milestones ?? [])
        .filter((m) => m.done === undefined)
        .sort((a, b) => ((a.forecast ?? a.due) < (b.forecast ?? b.due) ? -1 : (a.forecast ?? a.due) > (b.forecast ?? b.due) ? 1 : 0))[0];
      const funding = p.funding ?? [];
      const sum = (counts: (f: Funding) => boolean) => funding.filter(counts).reduce((s, f) => s + (f.amount_eur ?? 0), 0);
      const rate = p.savings_planned_eur !== undefined && p.baseline_costs_eur !== undefined && p.baseline_costs_eur > 0 ? savingsRatePct(p.savings_planned_eur, p.baseline_costs_eur) : undefined;
      const row: RegisterRow = {
        id: p.id,
        title: p.title,
        field: p.field,
        phase: p.phase,
        created: p.created,
        ...(p.lead !== undefined ? { lead: p.lead } : {}),
        participants,
        ...(p.legal_form !== undefined ? { legal_form: p.legal_form } : {}),
        ...(p.savings_planned_eur !== undefined ? { savings_planned_eur: p.savings_planned_eur } : {}),
        ...(p.baseline_costs_eur !== undefined ? { baseline_costs_eur: p.baseline_costs_eur } : {}),
        ...(rate !== undefined ? { savings_rate_pct: rate } : {}),
        ...(p.one_off_costs_eur !== undefined ? { one_off_costs_eur: p.one_off_costs_eur } : {}),
        // Named fields only: an `x-…` key inside an entry is unclassified and must not leave the register.
        funding: funding.map((f) => ({ program: f.program, status: f.status, ...(f.amount_eur !== undefined ? { amount_eur: f.amount_eur } : {}), ...(f.date !== undefined ? { date: f.date } : {}) })),
        funding_applied_eur: sum((f) => f.status === "applied"),
        // The project's own record, with its phase beside it: a cancelled project's grant stays visible here.
        funding_granted_eur: sum(isGranted),
        ...(latest ? { latest_report: { period: latest.period, submitted: latest.submitted, lights: lightsOf(latest.lights) } } : {}),
        ...(next ? { next_milestone: { id: next.id, title: next.title, due: next.due, ...(next.forecast !== undefined ? { forecast: next.forecast } : {}) } } : {}),
        ...(p.project_manager ? { project_manager: managerOf(p.project_manager) } : {}),
        visibility: visibilityOf("project", p as { visibility?: string }),
      };
      return row;
    });
}

function lightsOf(l: Lights): Lights {
  const out: Lights = { overall: l.overall };
  for (const key of ["schedule", "costs", "quality", "resources"] as const) if (l[key] !== undefined) out[key] = l[key];
  return out;
}

function managerOf(m: NonNullable<Project["project_manager"]>): NonNullable<RegisterRow["project_manager"]> {
  return { name: m.name, ...(m.email !== undefined ? { email: m.email } : {}), ...(m.municipality !== undefined ? { municipality: m.municipality } : {}) };
}
