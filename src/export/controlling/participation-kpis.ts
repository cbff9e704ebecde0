import { compareIds } from "../../domain/model.js";
import type { QuarterContext } from "./context.js";
import type { ParticipationKpis } from "./types.js";

/**
 * Participation at the reference date, over projects that are not cancelled: per municipality its projects as lead
 * and as partner and the number of distinct other municipalities it cooperates with; and the project × municipality matrix.
 */
export function computeParticipation(ctx: QuarterContext): ParticipationKpis {
  const projects = ctx.end.projects.filter((p) => p.data.phase !== "cancelled").sort((a, b) => compareIds(a.data.id, b.data.id));
  const matrix: ParticipationKpis["matrix"] = [];
  for (const { data: p } of projects) {
    const roles: Record<string, "lead" | "partner"> = {};
    for (const x of p.participants ?? []) roles[x.municipality] = x.role === "lead" ? "lead" : "partner";
    if (p.lead !== undefined) roles[p.lead] = "lead";
    if (Object.keys(roles).length > 0) matrix.push({ project: p.id, title: p.title, phase: p.phase, roles });
  }
  const municipalities = (ctx.end.config?.data.municipalities ?? []).map((m) => {
    let lead = 0;
    let partner = 0;
    const others = new Set<string>();
    for (const row of matrix) {
      const role = row.roles[m.id];
      if (role === undefined) continue;
      if (role === "lead") lead++;
      else partner++;
      for (const other of Object.keys(row.roles)) if (other !== m.id) others.add(other);
    }
    return { id: m.id, name: m.name, lead, partner, total: lead + partner, partners: others.size };
  });
  return { municipalities, matrix };
}
