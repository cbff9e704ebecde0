import { formatDate } from "../../render/format.js";
import type { ExportDocument, Lang } from "../document.js";
import { makeLabels } from "./doc-helpers.js";
import { decisionsSection, milestonesSection, overviewSection, portfolioSection, reportsSection } from "./document-core.js";
import { kpiSection, moneySection, participationSection, processSection, watchSection } from "./document-more.js";
import type { ControllingData } from "./types.js";

/** The section ids of the controlling summary, in order (`--section` picks one). */
export const CONTROLLING_SECTIONS = ["overview", "portfolio", "decisions", "milestones", "reports", "money", "participation", "process", "watch", "kpis"] as const;

/** The controlling figures as a format-neutral document in one language, the KPI catalogue as its appendix. Pure. */
export function buildControllingDocument(d: ControllingData, lang: Lang): ExportDocument {
  const l = makeLabels(lang);
  const provisional = d.quarter.provisional ? ` (${l.t("c.provisional.short")})` : "";
  return {
    kind: "controlling",
    lang,
    audience: d.audience,
    title: l.t("c.title", { quarter: d.quarter.label }) + provisional,
    subtitle: l.t("c.subtitle", { quarter: d.quarter.label, start: formatDate(d.quarter.start, lang), end: formatDate(d.quarter.end, lang) }),
    source: d.source.end,
    sections: [
      overviewSection(d, l),
      portfolioSection(d, l),
      decisionsSection(d, l),
      milestonesSection(d, l),
      reportsSection(d, l),
      moneySection(d, l),
      participationSection(d, l),
      processSection(d, l),
      watchSection(d, l),
      kpiSection(l),
    ],
  };
}
