import { stringify } from "yaml";
import { RefusedError, UsageError } from "../domain/errors.js";
import type { Lights, MilestoneStatus, Report } from "../domain/types.generated.js";
import { suggest } from "../domain/suggest.js";
import { acceptedReports } from "../domain/rules/lifecycle-rules.js";
import { translate } from "../i18n/index.js";
import { recordMessages } from "../i18n/record-messages.js";
import { folderSource } from "../io/fs-source.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { renderTemplate } from "../register/template.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { BREAKS_LINE, parseDateFlag, parseEuroFlag, parseIntFlag } from "./flag-values.js";
import { valueOrAsk, type Choice, type Prompter } from "./prompter.js";
import { refuseFutureDate } from "./past-date.js";
import { printOutcome, writeOptions } from "./write-common.js";
import { formatDate } from "../render/format.js";
import { parseQuarterLabel } from "../domain/quarter.js";

/** The kinds of project reports. */
export type ReportKind = Report["kind"];
/** A traffic light value. */
export type Light = Lights["overall"];
/** The five traffic lights of a report, in the order they are asked. */
export const LIGHT_KEYS = ["overall", "schedule", "costs", "quality", "resources"] as const;
export type LightKey = (typeof LIGHT_KEYS)[number];

export interface ReportNewOptions extends WriteOptions {
  project: string;
  /** `2025-Q2`, `assessment`, `final` or `evaluation`; asked for when missing and a terminal is there. */
  period?: string;
  kind?: ReportKind;
  lights: Partial<Record<LightKey, Light>>;
  progress?: number;
  savingsRealized?: number;
  author?: string;
  /** Submission date; default today. */
  date?: string;
}

export interface ReportNewResult {
  id: string;
  file: string;
}

/** What templates/report.md receives. */
export interface ReportTemplateData {
  frontMatter: string;
  report: Report;
  project: { id: string; title: string };
  periodLabel: string;
  milestones: Array<{ id: string; title: string; state: string }>;
}

const PERIOD = /^(\d{4})-Q([1-4])$|^(assessment|final|evaluation)$/;
const LIGHTS: readonly Light[] = ["green", "yellow", "red"];
const MAX_TEXT = 200;

/** Creates `reports/<project>/<period>.md` from the report template and commits it; reports are never rewritten. */
export async function reportNew(options: ReportNewOptions, deps: Deps): Promise<WriteOutcome<ReportNewResult>> {
  const t = (key: string, params?: Record<string, string | number>) => translate(recordMessages, deps.lang, key, params);
  const submitted = options.date ?? deps.today();
  refuseFutureDate(submitted, "--date", "date-in-future.report", deps);
  if (options.period !== undefined) checkPeriod(normalizePeriod(options.period), options.kind);
  const author = options.author === undefined ? undefined : checkText(options.author, "--author");
  const missingLights = LIGHT_KEYS.filter((key) => options.lights[key] === undefined);
  const asks = deps.prompts.interactive && (options.period === undefined || missingLights.length > 0 || author === undefined);
  // Refuse an unknown project or an existing report before anyone answers questions, or before a missing
  // light is reported: a report that exists needs no light.
  const early = asks || options.lights.overall === undefined ? await readRegister(folderSource(options.root)) : undefined;
  if (early) findProject(early, options.project);
  const period = normalizePeriod(
    await valueOrAsk(options.period, "--period", deps.prompts, (p) =>
      p.input({ message: t("prompt.period"), default: previousQuarter(submitted), validate: (v) => PERIOD.test(normalizePeriod(v)) || t("prompt.badPeriod") }),
    ),
  );
  const kind = checkPeriod(period, options.kind);
  if (early) refuseExisting(early, options.project, period);
  const lights: Partial<Record<LightKey, Light>> = { ...options.lights };
  lights.overall = await valueOrAsk(lights.overall, "--overall", deps.prompts, (p) => askLight(p, "overall", t));
  if (deps.prompts.interactive) {
    for (const key of missingLights.filter((k) => k !== "overall")) lights[key] = await askLight(await deps.prompts.prompter(), key, t);
  }
  const name = author ?? (deps.prompts.interactive ? await askAuthor(await deps.prompts.prompter(), t) : undefined);

  return runWrite(options, (data) => {
    const project = findProject(data, options.project);
    refuseExisting(data, project.id, period);
    const report = buildReport({ ...options, period, kind, author: name, lights }, project, submitted);
    const id = `${project.id}/${report.period}`;
    const file = `reports/${id}.md`;
    const frontMatter = `---\n${stringify(report, { lineWidth: 0, indent: 2, indentSeq: true })}---\n`;
    const body: ReportTemplateData = {
      frontMatter,
      report,
      project: { id: project.id, title: project.title },
      periodLabel: periodLabel(report.period, t),
      milestones: project.milestones.map((m) => ({ id: m.id, title: m.title, state: milestoneState(m, deps, t) })),
    };
    const content = renderTemplate(options.root, "report", body as unknown as Record<string, unknown>);
    return { summary: t("report.summary", { id }), recordId: id, changes: [{ file, content }], result: { id, file } };
  });
}

/** The project a report is for, as the register has it (also when it fails its schema). */
interface ProjectInfo {
  id: string;
  title: string;
  milestones: Array<{ id: string; title: string; due: string | undefined; forecast: string | undefined; done: string | undefined }>;
}

function findProject(data: RegisterData, id: string): ProjectInfo {
  const projects = data.loaded.records.filter((r) => r.kind === "project" && isObject(r.data));
  const found = projects.find((r) => (r.data as Record<string, unknown>).id === id);
  if (!found) {
    const known = projects.map((r) => String((r.data as Record<string, unknown>).id));
    throw new UsageError("unknown-code", { flag: "<project>", value: id, hint: suggest(id, known) ?? "", known: known.slice(-20).join(", ") });
  }
  const p = found.data as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const milestones = (Array.isArray(p.milestones) ? p.milestones : [])
    .filter((m): m is Record<string, unknown> => isObject(m) && typeof m.id === "string" && /^M\d{1,3}$/.test(m.id))
    .map((m) => ({ id: String(m.id), title: text(m.title) ?? "", due: text(m.due), forecast: text(m.forecast), done: text(m.done) }));
  return { id, title: typeof p.title === "string" ? p.title : id, milestones };
}

/** Reports are never created twice; an accepted one is append-only. */
function refuseExisting(data: RegisterData, project: string, period: string): void {
  const id = `${project}/${period}`;
  const file = `reports/${id}.md`;
  if (!data.loaded.records.some((r) => r.file === file)) return;
  const accepted = acceptedReports(data.model.decisions).has(id);
  throw new RefusedError(accepted ? "report-accepted" : "report-exists", { id, file });
}

function buildReport(o: ReportNewOptions & { period: string; kind: ReportKind }, project: ProjectInfo, submitted: string): Report {
  const lights: Lights = { overall: o.lights.overall! };
  for (const key of LIGHT_KEYS) if (key !== "overall" && o.lights[key] !== undefined) lights[key] = o.lights[key];
  const report: Report = {
    project: project.id,
    period: o.period,
    kind: o.kind,
    submitted,
    ...(o.author !== undefined ? { author: o.author } : {}),
    lights,
    ...(o.progress !== undefined ? { progress_pct: o.progress } : {}),
    ...(o.savingsRealized !== undefined ? { savings_realized_eur: o.savingsRealized } : {}),
  };
  const milestones: MilestoneStatus[] = project.milestones.map((m) => (m.done !== undefined ? { id: m.id, status: "done", date: m.done } : { id: m.id, status: "open" }));
  if (milestones.length > 0) report.milestones = milestones;
  return report;
}

/** Validates a period and returns the report kind: given, or derived (YYYY-Qn → quarterly, else the period's name). */
function checkPeriod(period: string, kind: ReportKind | undefined): ReportKind {
  const m = PERIOD.exec(period);
  if (!m) throw new UsageError("bad-period", { value: period });
  const named = m[3] as ReportKind | undefined;
  if (kind === undefined) return named ?? "quarterly";
  if ((kind === "quarterly" && named !== undefined) || (named !== undefined && kind !== named)) throw new UsageError("kind-period-mismatch", { kind, period });
  return kind;
}

function checkText(value: string, flag: string): string {
  const text = value.normalize("NFC").trim();
  if (text === "") throw new UsageError("text-empty", { flag });
  // A line break or other control character would break the one-line field and the commit subject.
  if (BREAKS_LINE.test(text)) throw new UsageError("text-one-line", { flag });
  const length = [...text].length;
  if (length > MAX_TEXT) throw new UsageError("text-too-long", { flag, max: MAX_TEXT, length });
  return text;
}

async function askAuthor(p: Prompter, t: (key: string) => string): Promise<string> {
  return checkText(await p.input({ message: t("prompt.author"), validate: (v) => v.trim() !== "" || t("prompt.required") }), "--author");
}

async function askLight(p: Prompter, key: LightKey, t: (key: string) => string): Promise<Light> {
  const choices: Choice<Light>[] = LIGHTS.map((value) => ({ value, name: t(`light.${value}`), description: t(`light.${value}.description`) }));
  return p.select({ message: t(`prompt.light.${key}`), choices });
}

/** `2025-q2` → `2025-Q2`, `Assessment` → `assessment`: the spelling the file name needs. */
function normalizePeriod(value: string): string {
  const period = value.trim();
  // Any "YYYY-qN" keeps the quarter spelling, so an error about 2026-Q5 shows what was typed.
  return /^\d{4}-q\d+$/i.test(period) ? period.toUpperCase() : period.toLowerCase();
}

/** The last quarter that has ended on a date, as the default period. */
function previousQuarter(date: string): string {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

function periodLabel(period: string, t: (key: string, params?: Record<string, string | number>) => string): string {
  const x = parseQuarterLabel(period);
  return x ? t("period.quarter", { year: x.year, quarter: x.q }) : t(`period.${period}`);
}

function milestoneState(m: ProjectInfo["milestones"][number], deps: Deps, t: (key: string, params?: Record<string, string | number>) => string): string {
  if (m.done !== undefined) return t("milestone.done", { date: formatDate(m.done, deps.lang) });
  const due = m.forecast ?? m.due;
  return due === undefined ? t("milestone.openUndated") : t("milestone.open", { date: formatDate(due, deps.lang) });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `ikz report new <project> --period …` from the command line. */
export const runReportNew: CommandRunner = async (inv, ctx) => {
  const o = inv.options;
  const lights: Partial<Record<LightKey, Light>> = {};
  for (const key of LIGHT_KEYS) if (typeof o[key] === "string") lights[key] = o[key] as Light;
  const project = (inv.args[0] ?? "").trim().toUpperCase();
  const outcome = await reportNew(
    {
      ...writeOptions(inv, ctx),
      project,
      period: typeof o.period === "string" ? normalizePeriod(o.period) : undefined,
      kind: o.kind as ReportKind | undefined,
      lights,
      progress: typeof o.progress === "string" ? parseIntFlag(o.progress, "--progress", 0, 100) : undefined,
      savingsRealized: typeof o.savingsRealized === "string" ? parseEuroFlag(o.savingsRealized, "--savings-realized") : undefined,
      author: typeof o.author === "string" ? o.author : undefined,
      date: typeof o.date === "string" ? parseDateFlag(o.date, "--date") : undefined,
    },
    ctx.deps,
  );
  printOutcome(ctx, outcome, outcome.result.id);
  return 0;
};
