import type { Phase } from "../../domain/lifecycle.js";
import { daysBetween } from "../../domain/checks.js";
import type { QuarterContext } from "./context.js";
import { inQuarter } from "./quarter.js";
import type { LeadTime, ProcessKpis } from "./types.js";

/** The median of numbers (mean of the two middle ones for an even count), one decimal; undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/** The dates a project reached its milestones of the process, from its replayed decisions up to the reference date. */
interface Path {
  created: string;
  mandate?: string;
  implementation?: string;
  operation?: string;
}

function pathOf(ctx: QuarterContext, project: string, created: string): Path {
  const path: Path = { created };
  const first = (key: keyof Omit<Path, "created">, date: string) => (path[key] ??= date);
  for (const step of ctx.replays.get(project)?.steps ?? []) {
    const date = step.decision.data.date;
    if (date > ctx.referenceDate || step.before === step.after) continue;
    const reached = (phase: Phase) => step.after === phase;
    if (reached("assessment") && step.before === "prioritized") first("mandate", date);
    if (reached("implementation")) first("implementation", date);
    if (reached("operation") && step.before === "implementation") first("operation", date);
  }
  return path;
}

function leadTime(ctx: QuarterContext, pairs: Array<[string | undefined, string | undefined]>): LeadTime {
  const done = pairs.filter((p): p is [string, string] => p[0] !== undefined && p[1] !== undefined && p[0] <= p[1]);
  const medianDays = median(done.map(([from, to]) => daysBetween(from, to)));
  return { count: done.length, ...(medianDays !== undefined ? { medianDays } : {}), inQuarter: done.filter(([, to]) => inQuarter(to, ctx.quarter)).length };
}

/**
 * Process indicators over the whole history up to the reference date: lead times idea → project order (mandate)
 * → operation (median days), and how many projects with a project order became cooperations (reached implementation).
 */
export function computeProcess(ctx: QuarterContext): ProcessKpis {
  const paths = ctx.end.projects.map((p) => ({ phase: p.data.phase, path: pathOf(ctx, p.data.id, p.data.created) }));
  const assessed = paths.filter((x) => x.path.mandate !== undefined);
  const cooperation = assessed.filter((x) => x.path.implementation !== undefined).length;
  const cancelled = assessed.filter((x) => x.path.implementation === undefined && x.phase === "cancelled").length;
  const share = cooperation + cancelled === 0 ? undefined : Math.round((cooperation / (cooperation + cancelled)) * 1000) / 10;
  return {
    ideaToMandate: leadTime(ctx, paths.map((x) => [x.path.created, x.path.mandate])),
    mandateToOperation: leadTime(ctx, paths.map((x) => [x.path.mandate, x.path.operation])),
    ideaToOperation: leadTime(ctx, paths.map((x) => [x.path.created, x.path.operation])),
    assessed: assessed.length,
    becameCooperation: cooperation,
    cancelledAfterAssessment: cancelled,
    stillOpen: assessed.length - cooperation - cancelled,
    ...(share !== undefined ? { cooperationSharePct: share } : {}),
  };
}
