import { isRunning } from "../../domain/lifecycle.js";
import type { Rec } from "../../domain/model.js";
import type { CouncilResolution, Milestone, Project } from "../../domain/types.generated.js";

/**
 * What a municipality's council has done and still has to do, from its projects. Pure.
 */

/** A project waiting for a resolution of the council; `deferredOn` when the council's latest resolution was to defer. */
export interface PendingResolution {
  project: Project;
  deferredOn?: string;
}

const isActive = (p: Project) => isRunning(p.phase);

/** The municipality's latest resolution on a project (by date; on the same day the later entry wins). */
function latestResolution(project: Project, municipality: string): CouncilResolution | undefined {
  let latest: CouncilResolution | undefined;
  for (const r of project.council_resolutions ?? []) if (r.municipality === municipality && (!latest || r.date >= latest.date)) latest = r;
  return latest;
}

/**
 * Resolutions the council still owes: every participating project in phase `councils` whose latest
 * resolution of this municipality is not an approval, and every active project whose latest
 * resolution was deferred (vertagt) and has not been followed by another.
 */
export function pendingResolutions(projects: readonly Rec<Project>[], municipality: string): PendingResolution[] {
  const out: PendingResolution[] = [];
  for (const { data: p } of projects) {
    if (!(p.participants ?? []).some((x) => x.municipality === municipality) || !isActive(p)) continue;
    const latest = latestResolution(p, municipality);
    if (latest?.result === "deferred") out.push({ project: p, deferredOn: latest.date });
    else if (p.phase === "councils" && latest?.result !== "approved") out.push({ project: p });
  }
  return out;
}

/** The council's resolutions on these projects, oldest first. */
export function resolutionRows(projects: readonly Rec<Project>[], municipality: string): Array<{ project: Project; resolution: CouncilResolution }> {
  return projects
    .flatMap(({ data: p }) => (p.council_resolutions ?? []).filter((r) => r.municipality === municipality).map((resolution) => ({ project: p, resolution })))
    .sort((a, b) => (a.resolution.date < b.resolution.date ? -1 : a.resolution.date > b.resolution.date ? 1 : a.project.id < b.project.id ? -1 : 1));
}

/** Open milestones of the active projects, by their expected date (forecast, else due). */
export function upcomingMilestones(projects: readonly Rec<Project>[]): Array<{ project: Project; milestone: Milestone }> {
  const when = (m: Milestone) => m.forecast ?? m.due;
  return projects
    .filter(({ data: p }) => isActive(p))
    .flatMap(({ data: p }) => (p.milestones ?? []).filter((m) => m.done === undefined).map((milestone) => ({ project: p, milestone })))
    .sort((a, b) => (when(a.milestone) < when(b.milestone) ? -1 : when(a.milestone) > when(b.milestone) ? 1 : a.project.id < b.project.id ? -1 : 1));
}
