import type { Funding, Project } from "./types.generated.js";

/** Funding statuses in the order people read them (register.md). */
export const FUNDING_STATUSES = ["planned", "applied", "granted", "paid", "rejected"] as const satisfies ReadonlyArray<Funding["status"]>;

/** A funding entry with the project it belongs to. */
export interface ProjectFunding {
  project: Project;
  funding: Funding;
}

/** Whether an entry stands for money granted: `granted`, or `paid` (a paid grant was granted first). */
export function isGranted(funding: Pick<Funding, "status">): boolean {
  return funding.status === "granted" || funding.status === "paid";
}

/**
 * The one rule for funding sums (ikz status, the controlling summary, the municipality fact sheet): the entries of
 * projects that are not cancelled count by their status. A cancelled project's cooperation did not come about (or
 * ended): its planned or pending applications will not be granted, and a grant for a feasibility study is repaid if
 * no cooperation results (domain.md) – whether that applies depends on the grant and on how far the project got (it
 * can be cancelled from operation), so none of it counts. What it had granted or paid is shown apart (`repayable`),
 * as money that may have to be paid back, not as funding the cooperations have.
 */
export function splitFunding(projects: readonly Project[]): { counted: ProjectFunding[]; repayable: ProjectFunding[] } {
  const counted: ProjectFunding[] = [];
  const repayable: ProjectFunding[] = [];
  for (const project of projects) {
    for (const funding of project.funding ?? []) {
      if (project.phase !== "cancelled") counted.push({ project, funding });
      else if (isGranted(funding)) repayable.push({ project, funding });
    }
  }
  return { counted, repayable };
}

/** Number and sum in euros of some funding entries (an entry without an amount counts 0 €). */
export function sumFunding(entries: readonly ProjectFunding[]): { count: number; eur: number } {
  return { count: entries.length, eur: entries.reduce((sum, x) => sum + (x.funding.amount_eur ?? 0), 0) };
}
