import { isRunning, type Phase } from "../../domain/lifecycle.js";
import { compareIds } from "../../domain/model.js";
import type { IkzConfig } from "../../domain/types.generated.js";
import { savingsRatePct } from "../../domain/savings-rate.js";
import { addsToRealizedSavings } from "../../domain/realized-savings.js";
import { FUNDING_STATUSES, splitFunding, sumFunding } from "../../domain/funding.js";
import type { QuarterContext } from "./context.js";
import { inQuarter } from "./quarter.js";
import type { FundingStatusSum, MoneyKpis } from "./types.js";

/** Phases whose projects deliver savings already: the cooperation runs (or ran). */
const DELIVERING: readonly Phase[] = ["operation", "evaluation", "closed"];

/** The savings-rate threshold of funding: the first funding program in ikz.yaml whose rules name one (Hessen: 15 %). */
export function savingsThreshold(config: IkzConfig | undefined): { pct: number; program: string } | undefined {
  const program = config?.funding_programs?.find((p) => p.rules?.min_savings_pct !== undefined);
  return program ? { pct: program.rules!.min_savings_pct!, program: program.name } : undefined;
}

/** Money: planned savings per year, realised savings reported (quarter, year to date, cumulated), savings rates vs the funding threshold, funding by status. */
export function computeMoney(ctx: QuarterContext): MoneyKpis {
  const { end, quarter, referenceDate } = ctx;
  const yearStart = `${quarter.year}-01-01`;
  const projects = [...end.projects].sort((a, b) => compareIds(a.data.id, b.data.id));
  let plannedPerYearEur = 0;
  let plannedInOperationPerYearEur = 0;
  for (const { data: p } of projects) {
    if (isRunning(p.phase) || p.phase === "closed") plannedPerYearEur += p.savings_planned_eur ?? 0;
    if (DELIVERING.includes(p.phase)) plannedInOperationPerYearEur += p.savings_planned_eur ?? 0;
  }
  // Realised savings count in the quarter in which their report was received: that is what was known at the quarter's end.
  const realized = new Map<string, { q: number; ytd: number; all: number }>();
  for (const { data: r } of end.reports) {
    if (!addsToRealizedSavings(r) || r.savings_realized_eur === undefined || r.submitted > referenceDate) continue;
    const sums = realized.get(r.project) ?? { q: 0, ytd: 0, all: 0 };
    sums.all += r.savings_realized_eur;
    if (r.submitted >= yearStart) sums.ytd += r.savings_realized_eur;
    if (inQuarter(r.submitted, quarter)) sums.q += r.savings_realized_eur;
    realized.set(r.project, sums);
  }
  const total = (key: "q" | "ytd" | "all") => [...realized.values()].reduce((s, x) => s + x[key], 0);
  const threshold = savingsThreshold(end.config?.data);
  const rates: MoneyKpis["rates"] = [];
  const byProject: MoneyKpis["byProject"] = [];
  for (const { data: p } of projects) {
    if (p.phase === "cancelled") continue;
    if (p.savings_planned_eur !== undefined && p.baseline_costs_eur !== undefined && p.baseline_costs_eur > 0) {
      const ratePct = savingsRatePct(p.savings_planned_eur, p.baseline_costs_eur);
      // Compared unrounded (as validation's funding rule does); printed rounded down, so 14.96 % is 14,9 % and misses 15 %.
      const meetsThreshold = threshold ? p.savings_planned_eur * 100 >= threshold.pct * p.baseline_costs_eur : undefined;
      rates.push({ project: p.id, title: p.title, phase: p.phase, baselineEur: p.baseline_costs_eur, savingsPlannedEur: p.savings_planned_eur, ratePct, ...(meetsThreshold !== undefined ? { meetsThreshold } : {}) });
    }
    const r = realized.get(p.id);
    if (p.savings_planned_eur !== undefined || r !== undefined) {
      byProject.push({ project: p.id, title: p.title, ...(p.savings_planned_eur !== undefined ? { savingsPlannedEur: p.savings_planned_eur } : {}), realizedQuarterEur: r?.q ?? 0, realizedYearToDateEur: r?.ytd ?? 0, realizedCumulatedEur: r?.all ?? 0 });
    }
  }
  // A cancelled project's funding counts in no status: its grant is to be repaid (splitFunding), shown apart.
  const { counted, repayable } = splitFunding(projects.map((p) => p.data));
  const funding = FUNDING_STATUSES.map((status): FundingStatusSum => {
    const all = counted.filter((x) => x.funding.status === status);
    const inQ = sumFunding(all.filter((x) => inQuarter(x.funding.date, quarter)));
    return { status, ...sumFunding(all), inQuarterCount: inQ.count, inQuarterEur: inQ.eur };
  });
  return {
    plannedPerYearEur,
    plannedInOperationPerYearEur,
    realizedQuarterEur: total("q"),
    realizedYearToDateEur: total("ytd"),
    realizedCumulatedEur: total("all"),
    ...(threshold ? { thresholdPct: threshold.pct, thresholdProgram: threshold.program } : {}),
    rates,
    byProject,
    funding,
    fundingCancelled: sumFunding(repayable),
  };
}
