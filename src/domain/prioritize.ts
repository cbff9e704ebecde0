import { compareIds, type RegisterModel } from "./model.js";
import { countInterested } from "./interest.js";
import type { PriorityCriterion, Project } from "./types.generated.js";

/** Phases whose projects compete for the steering group's attention (spec/cli.md `ikz prioritize`). */
export const RANKED_PHASES = ["interest", "prioritized"] as const;
export type RankedPhase = (typeof RANKED_PHASES)[number];

/** Highest score a project can get per criterion. */
export const MAX_SCORE = 5;

/** One criterion's share of a project's weighted score. */
export interface Contribution {
  criterion: string;
  /** Points 0–5 from the project's `scores`; null when the project has none for this criterion. */
  score: number | null;
  /** weight × score / 5: what this criterion adds to the total (0 when the score is missing). */
  points: number;
}

/** What a project still lacks before the steering group can take its next decision. */
export type Gap =
  | { what: "lead" }
  | { what: "interested"; have: number; need: number }
  | { what: "project_manager" }
  | { what: "participants"; have: number; need: number }
  | { what: "milestones" };

/** The decision that would move the project on, and whether its guard (spec/lifecycle.md) is met. */
export interface NextStep {
  decision: "prioritize" | "mandate";
  ready: boolean;
  gaps: Gap[];
}

/** A project in the ranking. */
export interface RankedProject {
  rank: number;
  id: string;
  title: string;
  phase: RankedPhase;
  field: string;
  lead?: string;
  /** Σ weight × score / 5, 0–100; missing scores count 0. */
  total: number;
  contributions: Contribution[];
  /** Criterion ids the project has no score for. */
  missingScores: string[];
  /** Municipalities whose standing expression of interest is `interested` (countInterested, as the guard counts). */
  interested: number;
  next: NextStep;
}

/** The ranking of the projects waiting for prioritisation or a project order. */
export interface Prioritization {
  criteria: Array<Pick<PriorityCriterion, "id" | "name" | "weight">>;
  /** Sum of the weights; 100 in a valid register. */
  weightTotal: number;
  projects: RankedProject[];
  /** Projects whose next decision could be taken now, in rank order: the proposal for the next meeting. */
  ready: string[];
}

const MIN_INTERESTED = 2;
const MIN_PARTICIPANTS = 2;

/**
 * Ranks the projects in `interest` and `prioritized` by the weighted criteria of ikz.yaml and says what each needs
 * next; interest counts as it stands at the end of `today` (every entry when absent), as the guard of a decision
 * taken that day counts it.
 */
export function prioritize(model: RegisterModel, today?: string): Prioritization {
  const criteria = (model.config?.data.priority_criteria ?? []).map(({ id, name, weight }) => ({ id, name, weight }));
  const unranked = model.projects
    .map((r) => r.data)
    .filter((p): p is Project & { phase: RankedPhase } => (RANKED_PHASES as readonly string[]).includes(p.phase))
    .map((p) => scoreProject(p, criteria, today));
  unranked.sort((a, b) => b.total - a.total || b.interested - a.interested || compareIds(a.id, b.id));
  const projects = unranked.map((p, i) => ({ ...p, rank: i + 1 }));
  return {
    criteria,
    weightTotal: criteria.reduce((sum, c) => sum + c.weight, 0),
    projects,
    ready: projects.filter((p) => p.next.ready).map((p) => p.id),
  };
}

function scoreProject(p: Project & { phase: RankedPhase }, criteria: Prioritization["criteria"], today: string | undefined): RankedProject {
  const contributions = criteria.map((c): Contribution => {
    const score = p.scores?.[c.id];
    return { criterion: c.id, score: score ?? null, points: score === undefined ? 0 : round((c.weight * score) / MAX_SCORE) };
  });
  const interested = countInterested(p.interest ?? [], today);
  return {
    rank: 0,
    id: p.id,
    title: p.title,
    phase: p.phase,
    field: p.field,
    ...(p.lead !== undefined ? { lead: p.lead } : {}),
    total: round(contributions.reduce((sum, c) => sum + c.points, 0)),
    contributions,
    missingScores: contributions.filter((c) => c.score === null).map((c) => c.criterion),
    interested,
    next: nextStep(p, interested),
  };
}

/** The guard of the decision that moves the project on: prioritize in `interest`, mandate in `prioritized`. */
export function nextStep(p: Project & { phase: RankedPhase }, interested = countInterested(p.interest ?? [])): NextStep {
  const gaps: Gap[] = [];
  if (p.phase === "interest") {
    if (interested < MIN_INTERESTED) gaps.push({ what: "interested", have: interested, need: MIN_INTERESTED });
    if (p.lead === undefined || p.lead === "") gaps.push({ what: "lead" });
    return { decision: "prioritize", ready: gaps.length === 0, gaps };
  }
  if (p.project_manager === undefined || p.project_manager.name.trim() === "") gaps.push({ what: "project_manager" });
  const participants = new Set((p.participants ?? []).map((x) => x.municipality)).size;
  if (participants < MIN_PARTICIPANTS) gaps.push({ what: "participants", have: participants, need: MIN_PARTICIPANTS });
  if ((p.milestones ?? []).length === 0) gaps.push({ what: "milestones" });
  return { decision: "mandate", ready: gaps.length === 0, gaps };
}

/** Two decimals, so 0.1 + 0.2 sums print as 0.3 and JSON carries no float noise. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
