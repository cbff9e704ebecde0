import { PHASE_LABELS } from "../domain/lifecycle.js";
import type { IkzConfig } from "../domain/types.generated.js";
import { translate } from "../i18n/index.js";
import { codeLabel } from "../i18n/list-messages.js";
import { exportMessages } from "../i18n/export-messages.js";
import type { Audience, CellType, CellValue, ExportColumn, ExportDocument, ExportSource, Lang } from "./document.js";
import type { RegisterRow } from "./register-rows.js";

/** The register export as a document: one section `projects` with one table, for CSV and XLSX. Pure. */
export function registerDocument(rows: readonly RegisterRow[], config: IkzConfig | undefined, audience: Audience, lang: Lang, source: ExportSource, reportsWithheld = false): ExportDocument {
  const t = (key: string, params?: Record<string, string | number>) => translate(exportMessages, lang, key, params);
  const names = (list: Array<{ id: string; name: string }> | undefined) => new Map((list ?? []).map((x) => [x.id, x.name]));
  const municipality = names(config?.municipalities);
  const field = names(config?.fields);
  const program = names(config?.funding_programs);
  const town = (id: string | undefined) => (id === undefined ? null : (municipality.get(id) ?? id));
  const light = (value: string | undefined) => (value === undefined ? null : codeLabel("overall", value, lang));

  const col = (key: string, label: string, type: CellType): ExportColumn => ({ key, label: t(label), type });
  const columns: ExportColumn[] = [
    col("id", "col.id", "text"),
    col("title", "col.title", "text"),
    col("field", "col.field", "text"),
    col("phase", "col.phase", "text"),
    col("lead", "col.lead", "text"),
    col("participants", "col.participants", "text"),
    col("participantCount", "col.participantCount", "integer"),
    col("created", "col.created", "date"),
    col("legalForm", "col.legalForm", "text"),
    col("savingsPlanned", "col.savingsPlanned", "euro"),
    col("baseline", "col.baseline", "euro"),
    col("savingsRate", "col.savingsRate", "percent"),
    col("oneOff", "col.oneOff", "euro"),
    col("fundingStatus", "col.fundingStatus", "text"),
    col("fundingApplied", "col.fundingApplied", "euro"),
    col("fundingGranted", "col.fundingGranted", "euro"),
    // An edition without reports has no report columns (the note says why) rather than empty ones.
    ...(reportsWithheld ? [] : [col("reportPeriod", "col.reportPeriod", "text"), ...(["overall", "schedule", "costs", "quality", "resources"] as const).map((d) => col(`light_${d}`, `col.light.${d}`, "text"))]),
    col("nextMilestone", "col.nextMilestone", "text"),
    col("nextMilestoneDate", "col.nextMilestoneDate", "date"),
    col("nextMilestoneForecast", "col.nextMilestoneForecast", "date"),
  ];
  // The manager columns follow the data: forAudience removed the field for every audience but internal.
  if (rows.some((r) => r.project_manager !== undefined)) columns.push(col("manager", "col.manager", "text"), col("managerEmail", "col.managerEmail", "text"));
  columns.push(col("visibility", "col.visibility", "text"));

  const tableRows = rows.map((r): Record<string, CellValue> => ({
    id: r.id,
    title: r.title,
    field: field.get(r.field) ?? r.field,
    phase: PHASE_LABELS[r.phase]?.[lang] ?? r.phase,
    lead: town(r.lead),
    participants: r.participants.map((id) => municipality.get(id) ?? id).join(", "),
    participantCount: r.participants.length,
    created: r.created,
    legalForm: r.legal_form === undefined ? null : codeLabel("legal_form", r.legal_form, lang),
    savingsPlanned: r.savings_planned_eur ?? null,
    baseline: r.baseline_costs_eur ?? null,
    savingsRate: r.savings_rate_pct ?? null,
    oneOff: r.one_off_costs_eur ?? null,
    fundingStatus: r.funding.map((f) => `${program.get(f.program) ?? f.program}: ${codeLabel("status", f.status, lang)}`).join("; ") || null,
    fundingApplied: r.funding.length > 0 ? r.funding_applied_eur : null,
    fundingGranted: r.funding.length > 0 ? r.funding_granted_eur : null,
    reportPeriod: r.latest_report ? codeLabel("period", r.latest_report.period, lang) : null,
    light_overall: light(r.latest_report?.lights.overall),
    light_schedule: light(r.latest_report?.lights.schedule),
    light_costs: light(r.latest_report?.lights.costs),
    light_quality: light(r.latest_report?.lights.quality),
    light_resources: light(r.latest_report?.lights.resources),
    nextMilestone: r.next_milestone ? `${r.next_milestone.id} ${r.next_milestone.title}` : null,
    // Due and forecast apart, as in JSON: a late forecast under "fällig" would hide that the milestone slips.
    nextMilestoneDate: r.next_milestone?.due ?? null,
    nextMilestoneForecast: r.next_milestone?.forecast ?? null,
    manager: r.project_manager?.name ?? null,
    managerEmail: r.project_manager?.email ?? null,
    visibility: codeLabel("visibility", r.visibility, lang),
  }));

  return {
    kind: "register",
    lang,
    audience,
    title: `${t("reg.title")}${config?.name ? ` – ${config.name}` : ""}`,
    subtitle: t("reg.subtitle", { count: rows.length }),
    source,
    sections: [{ id: "projects", title: t("reg.section"), tables: [{ id: "register", title: t("reg.section"), columns, rows: tableRows, note: reportsWithheld ? `${t("reg.note")} ${t("reg.reportsHidden")}` : t("reg.note") }] }],
  };
}
