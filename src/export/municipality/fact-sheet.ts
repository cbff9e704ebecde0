import { addsToRealizedSavings } from "../../domain/realized-savings.js";
import { isGranted, splitFunding, sumFunding } from "../../domain/funding.js";
import { PHASE_LABELS, isRunning, type Phase } from "../../domain/lifecycle.js";
import { compareIds, groupBy, type Rec, type RegisterModel } from "../../domain/model.js";
import { latestReport } from "../../domain/checks.js";
import type { IkzConfig, Project, Report } from "../../domain/types.generated.js";
import { translate } from "../../i18n/index.js";
import { exportMessages } from "../../i18n/export-messages.js";
import { codeLabel } from "../../i18n/list-messages.js";
import { formatDate } from "../../render/format.js";
import type { Audience, CellType, ExportColumn, ExportDocument, ExportSection, ExportSource, ExportTable, Lang } from "../document.js";
import { attribute, shareOf } from "./attribution.js";
import { pendingResolutions, resolutionRows, upcomingMilestones } from "./council-items.js";

/** What a fact sheet is built from: the register as the audience may see it, and the day it describes. */
export interface FactSheetInput {
  model: RegisterModel;
  municipality: string;
  audience: Audience;
  lang: Lang;
  /** The as-of date (or today): milestones before it count as overdue. */
  today: string;
  /** The audience sees none of the register's reports (public): realised savings and lights are left out and the sheet says why, instead of "–". */
  reportsWithheld?: boolean;
  source: ExportSource;
}

/** A text helper bound to a language and the municipality's name and council. */
export type Say = (key: string, params?: Record<string, string | number>) => string;

/** Builds the fact sheet for one municipality's council as an export document. Pure. */
export function buildFactSheet(input: FactSheetInput): ExportDocument {
  const { model, municipality, lang } = input;
  const config = model.config?.data;
  const entry = config?.municipalities.find((m) => m.id === municipality);
  const name = entry?.name ?? municipality;
  const kind = `mun.council.${entry?.council ?? "municipal_council"}`;
  const council = translate(exportMessages, lang, kind);
  const withArticle = (grammaticalCase: "nom" | "acc" | "gen") => translate(exportMessages, lang, `${kind}.${grammaticalCase}`);
  const forms = { council, councilNom: withArticle("nom"), councilAcc: withArticle("acc"), councilGen: withArticle("gen") };
  const say: Say = (key, params) => translate(exportMessages, lang, key, { name, ...forms, ...params });
  const projects = model.projects.filter((p) => (p.data.participants ?? []).some((x) => x.municipality === municipality) || p.data.lead === municipality).sort((a, b) => compareIds(a.data.id, b.data.id));
  const reports = groupBy(model.reports, (r) => r.data.project);
  const pending = pendingResolutions(projects, municipality);
  const sections: ExportSection[] = [
    overview(input, projects, reports, pending.length, say),
    projectSection(input, projects, reports, config, say),
    section("pending", say("mun.pending"), pendingTable(pending, municipality, config, lang, say), say("mun.pending.none"), [say("mun.pending.intro")]),
    // Every project the council resolved on: a rejection took the municipality out of the participants, not out of its record.
    section("resolutions", say("mun.resolutions"), resolutionTable(model.projects, municipality, lang, say), say("mun.resolutions.none")),
    section("funding", say("mun.funding"), fundingTable(projects, config, lang, say), say("mun.funding.none")),
    section("milestones", say("mun.milestones"), milestoneTable(projects, input.today, lang, say), say("mun.milestones.none")),
    contactSection(config, say),
  ];
  return { kind: "municipality", lang, audience: input.audience, title: say("mun.title"), subtitle: say("mun.subtitle"), source: input.source, sections };
}

const col = (key: string, label: string, type: CellType): ExportColumn => ({ key, label, type });

/** A section with its table, or with a sentence saying there is nothing when the table has no rows. */
function section(id: string, title: string, table: ExportTable, none: string, intro: string[] = []): ExportSection {
  return table.rows.length === 0 ? { id, title, paragraphs: [...intro, none], tables: [] } : { id, title, paragraphs: intro, tables: [table] };
}
const counted = (p: Rec<Project>) => p.data.phase !== "cancelled";

/** Savings realised per project: the sum over its quarterly reports; undefined when the audience sees no report of it. */
function realized(reports: readonly Rec<Report>[] | undefined): number | undefined {
  if (!reports || reports.length === 0) return undefined;
  return reports.reduce((sum, r) => sum + (addsToRealizedSavings(r.data) ? r.data.savings_realized_eur! : 0), 0);
}

function overview(input: FactSheetInput, projects: Rec<Project>[], reports: Map<string, Rec<Report>[]>, pending: number, say: Say): ExportSection {
  const m = input.municipality;
  const sumShares = (amount: (p: Rec<Project>) => number | undefined) => {
    const values = projects.filter(counted).map((p) => attribute(amount(p), shareOf(p.data, m)));
    return values.some((v) => v !== undefined) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
  };
  // As in the controlling summary: a cancelled project's grant is not funding of the cooperations (splitFunding).
  const funding = splitFunding(projects.map((p) => p.data));
  const granted = funding.counted.filter((x) => isGranted(x.funding));
  const repayable = funding.repayable;
  const withheld = input.reportsWithheld === true;
  return {
    id: "overview",
    title: say("mun.overview"),
    paragraphs: [say("mun.intro", { date: formatDate(input.today, input.lang) }), say("mun.rule"), ...(withheld ? [say("mun.reportsHidden")] : [])],
    figures: [
      { label: say("mun.fig.projects"), value: projects.length, type: "integer" },
      { label: say("mun.fig.lead"), value: projects.filter((p) => p.data.lead === m).length, type: "integer" },
      { label: say("mun.fig.active"), value: projects.filter((p) => isRunning(p.data.phase)).length, type: "integer" },
      { label: say("mun.fig.savingsPlanned"), value: sumShares((p) => p.data.savings_planned_eur), type: "euro" },
      ...(withheld ? [] : [{ label: say("mun.fig.savingsRealized"), value: sumShares((p) => realized(reports.get(p.data.id))), type: "euro" as const }]),
      { label: say("mun.fig.funding"), value: granted.length > 0 ? sumFunding(granted).eur : null, type: "euro" },
      ...(repayable.length > 0 ? [{ label: say("mun.fig.fundingCancelled"), value: sumFunding(repayable).eur, type: "euro" as const }] : []),
      { label: say("mun.fig.pending"), value: pending, type: "integer" },
    ],
    tables: [],
  };
}

function projectSection(input: FactSheetInput, projects: Rec<Project>[], reports: Map<string, Rec<Report>[]>, config: IkzConfig | undefined, say: Say): ExportSection {
  const { municipality: m, lang } = input;
  const field = new Map((config?.fields ?? []).map((f) => [f.id, f.name]));
  const columns = [
    col("id", "ID", "text"),
    col("title", translate(exportMessages, lang, "col.title"), "text"),
    col("field", translate(exportMessages, lang, "col.field"), "text"),
    col("role", say("mun.col.role"), "text"),
    col("phase", translate(exportMessages, lang, "col.phase"), "text"),
    col("partners", say("mun.col.partners"), "integer"),
    col("share", say("mun.col.share"), "percent"),
    col("planned", say("mun.col.savingsPlanned"), "euro"),
    col("plannedShare", say("mun.col.savingsPlannedShare"), "euro"),
    // Columns from reports only where the audience sees reports: a public sheet says why instead of a column of "–".
    ...(input.reportsWithheld === true ? [] : [col("realized", say("mun.col.savingsRealized"), "euro"), col("realizedShare", say("mun.col.savingsRealizedShare"), "euro"), col("light", say("mun.col.light"), "text")]),
  ];
  const rows = projects.map(({ data: p }) => {
    const share = shareOf(p, m);
    const done = realized(reports.get(p.id));
    const light = latestReport(reports.get(p.id) ?? [])?.data.lights.overall;
    return {
      id: p.id,
      title: p.title,
      field: field.get(p.field) ?? p.field,
      role: codeLabel("role", p.lead === m ? "lead" : "partner", lang),
      phase: PHASE_LABELS[p.phase as Phase]?.[lang] ?? p.phase,
      partners: p.participants?.length ?? 0,
      share: Math.round(share * 1000) / 10,
      planned: p.savings_planned_eur ?? null,
      plannedShare: attribute(p.savings_planned_eur, share) ?? null,
      realized: done ?? null,
      realizedShare: attribute(done, share) ?? null,
      light: light === undefined ? null : codeLabel("overall", light, lang),
    };
  });
  const note = input.reportsWithheld === true ? `${say("mun.rule")} ${say("mun.reportsHidden")}` : say("mun.rule");
  return section("projects", say("mun.projects"), { id: "projects", title: say("mun.projects.table"), columns, rows, note }, say("mun.projects.none"));
}

function pendingTable(pending: ReturnType<typeof pendingResolutions>, m: string, config: IkzConfig | undefined, lang: Lang, say: Say): ExportTable {
  const town = new Map((config?.municipalities ?? []).map((x) => [x.id, x.name]));
  const columns = [
    col("id", "ID", "text"),
    col("title", translate(exportMessages, lang, "col.title"), "text"),
    col("lead", translate(exportMessages, lang, "col.lead"), "text"),
    col("legalForm", translate(exportMessages, lang, "col.legalForm"), "text"),
    col("state", say("mun.col.state"), "text"),
    col("share", say("mun.col.share"), "percent"),
    col("plannedShare", say("mun.col.savingsPlannedShare"), "euro"),
  ];
  const rows = pending.map(({ project: p, deferredOn }) => ({
    id: p.id,
    title: p.title,
    lead: p.lead === undefined ? null : (town.get(p.lead) ?? p.lead),
    legalForm: p.legal_form === undefined ? null : codeLabel("legal_form", p.legal_form, lang),
    state: deferredOn === undefined ? say("mun.pending.missing") : say("mun.pending.deferred", { date: formatDate(deferredOn, lang) }),
    share: Math.round(shareOf(p, m) * 1000) / 10,
    plannedShare: attribute(p.savings_planned_eur, shareOf(p, m)) ?? null,
  }));
  return { id: "pending", title: say("mun.pending.table"), columns, rows };
}

function resolutionTable(projects: Rec<Project>[], m: string, lang: Lang, say: Say): ExportTable {
  const rows = resolutionRows(projects, m).map(({ project: p, resolution: r }) => ({
    date: r.date,
    id: p.id,
    title: p.title,
    body: r.body ?? null,
    result: codeLabel("result", r.result, lang),
    reference: r.reference ?? null,
  }));
  const columns = [col("date", say("mun.col.date"), "date"), col("id", "ID", "text"), col("title", translate(exportMessages, lang, "col.title"), "text"), col("body", say("mun.col.body"), "text"), col("result", say("mun.col.result"), "text"), col("reference", say("mun.col.reference"), "text")];
  return { id: "resolutions", title: say("mun.resolutions.table"), columns, rows };
}

function fundingTable(projects: Rec<Project>[], config: IkzConfig | undefined, lang: Lang, say: Say): ExportTable {
  const program = new Map((config?.funding_programs ?? []).map((f) => [f.id, f.name]));
  const rows = projects.flatMap(({ data: p }) =>
    (p.funding ?? []).map((f) => {
      const status = codeLabel("status", f.status, lang);
      return { id: p.id, title: p.title, program: program.get(f.program) ?? f.program, status: p.phase === "cancelled" ? say("mun.funding.cancelledStatus", { status }) : status, amount: f.amount_eur ?? null, date: f.date ?? null };
    }),
  );
  const columns = [col("id", "ID", "text"), col("title", translate(exportMessages, lang, "col.title"), "text"), col("program", say("mun.col.program"), "text"), col("status", say("mun.col.status"), "text"), col("amount", say("mun.col.amount"), "euro"), col("date", say("mun.col.date"), "date")];
  const cancelled = projects.some(({ data: p }) => p.phase === "cancelled" && (p.funding ?? []).length > 0);
  const note = [say("mun.funding.note"), ...(cancelled ? [say("mun.funding.noteCancelled")] : [])].join(" ");
  return { id: "funding", title: say("mun.funding.table"), columns, rows, note };
}

function milestoneTable(projects: Rec<Project>[], today: string, lang: Lang, say: Say): ExportTable {
  const rows = upcomingMilestones(projects).map(({ project: p, milestone: ms }) => ({
    id: p.id,
    title: p.title,
    milestone: `${ms.id} ${ms.title}`,
    due: ms.due,
    forecast: ms.forecast ?? null,
    gate: ms.gate === true,
    state: say(ms.due < today ? "mun.milestone.overdue" : "mun.milestone.open"),
  }));
  const columns = [col("id", "ID", "text"), col("title", translate(exportMessages, lang, "col.title"), "text"), col("milestone", say("mun.col.milestone"), "text"), col("due", say("mun.col.due"), "date"), col("forecast", say("mun.col.forecast"), "date"), col("gate", say("mun.col.gate"), "text"), col("state", say("mun.col.state"), "text")];
  return { id: "milestones", title: say("mun.milestones.table"), columns, rows };
}

function contactSection(config: IkzConfig | undefined, say: Say): ExportSection {
  const c = config?.contact;
  const lines = c ? [[c.name, c.role].filter(Boolean).join(", "), c.organisation, c.address, c.phone, c.email].filter((x): x is string => typeof x === "string" && x !== "") : [say("mun.contact.none")];
  return { id: "contact", title: say("mun.contact"), paragraphs: lines, tables: [] };
}
