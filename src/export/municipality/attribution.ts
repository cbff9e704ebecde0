import type { Project } from "../../domain/types.generated.js";

/**
 * How much of a cooperation's money counts for one participant. The rule, stated in the fact sheet:
 * a participant's share is its `cost_share` (%). Participants without a cost share split what the
 * given shares leave of 100 % equally; when no participant has one, all share equally. A municipality
 * that does not take part has share 0.
 */

/** The municipality's share of a project, 0–1 (see the rule above). Pure. */
export function shareOf(project: Pick<Project, "participants">, municipality: string): number {
  const participants = project.participants ?? [];
  const own = participants.find((p) => p.municipality === municipality);
  if (!own) return 0;
  if (own.cost_share !== undefined) return own.cost_share / 100;
  const given = participants.filter((p) => p.cost_share !== undefined);
  const open = participants.length - given.length;
  const rest = Math.max(0, 100 - given.reduce((sum, p) => sum + (p.cost_share ?? 0), 0));
  return open === 0 ? 0 : rest / open / 100;
}

/** A euro amount attributed by a share, rounded to whole euros (money in the register is whole euros). */
export function attribute(amount: number | undefined, share: number): number | undefined {
  return amount === undefined ? undefined : Math.round(amount * share);
}
