import { EnvError, EXIT, IkzError, UsageError } from "../domain/errors.js";
import type { RegisterModel } from "../domain/model.js";
import { computeControlling } from "../export/controlling/compute.js";
import { buildControllingDocument, CONTROLLING_SECTIONS } from "../export/controlling/build-document.js";
import { emptyModel } from "../export/controlling/context.js";
import { dayBefore, parseQuarter, type QuarterSpan } from "../export/controlling/quarter.js";
import type { ControllingData } from "../export/controlling/types.js";
import type { Audience, ExportDocument, ExportSource } from "../export/document.js";
import { deliverExport, outputSink, type ExportFile } from "../export/output.js";
import { describeSource, isoInZone, withRecordsWithErrors } from "../export/source-info.js";
import { sourceAsOf, type ResolvedSource } from "../history/as-of.js";
import { tryGit } from "../io/git-process.js";
import { formatDate } from "../render/format.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { requireValidConfig } from "./register-view.js";
import { warnSkippedRecords } from "./skipped-records.js";
import { compileSchemas, type CompiledSchemas } from "../schema/compile.js";
import type { CommandRunner } from "./context.js";
import { exportFlags, exportFormat, reportWritten } from "./export-flags.js";
import type { Deps } from "./deps.js";

export type ControllingFormat = "md" | "html" | "csv" | "xlsx" | "json";

export interface ExportControllingOptions {
  root: string;
  /** `YYYY-Qn`. */
  quarter: string;
  format: ControllingFormat;
  audience: Audience;
  /** One section id (CONTROLLING_SECTIONS). */
  section?: string;
  /** `--out`, resolved against the current folder; else stdout. */
  out?: string;
  force: boolean;
}

interface State {
  model: RegisterModel;
  resolved?: ResolvedSource;
  data?: RegisterData;
}

async function readState(resolved: ResolvedSource, schemas: CompiledSchemas): Promise<State> {
  const data = await readRegister(resolved.source, schemas);
  return { model: data.model, resolved, data };
}

/** The register at the quarter's end (HEAD while the quarter runs); before the history began it is a clear usage error. */
async function readEnd(root: string, quarter: QuarterSpan, provisional: boolean, deps: Pick<Deps, "timeZone" | "lang">, schemas: CompiledSchemas): Promise<State> {
  const { timeZone } = deps;
  let resolved: ResolvedSource;
  try {
    resolved = await sourceAsOf(root, provisional ? "HEAD" : quarter.end, timeZone);
  } catch (error) {
    if (error instanceof IkzError && error.key === "as-of-before-history") throw await beforeHistory(root, quarter, deps);
    throw error;
  }
  const state = await readState(resolved, schemas);
  // A broken ikz.yaml at the quarter's end is refused; one at its start only makes the start state unknown.
  requireValidConfig(state.data!);
  // The commit exists but the register folder (or its ikz.yaml) did not yet: just as much "before the history".
  if (state.model.config === undefined) throw await beforeHistory(root, quarter, deps);
  return state;
}

async function beforeHistory(root: string, quarter: QuarterSpan, deps: Pick<Deps, "timeZone" | "lang">): Promise<IkzError> {
  const times = await tryGit(root, ["log", "--format=%ct", "--reverse", "--", "ikz.yaml"]);
  const first = times?.split("\n")[0];
  // No commit of ikz.yaml at all: there is no quarter to choose, the register has to be committed first.
  if (!first) return new EnvError("git-no-commits", { dir: root });
  // The first commit's day in the register's time zone, the zone the quarter's end is read in.
  const firstDay = isoInZone(Number(first), deps.timeZone).slice(0, 10);
  return new UsageError("quarter-before-history", { quarter: quarter.label, end: formatDate(quarter.end, deps.lang), first: formatDate(firstDay, deps.lang) });
}

/** The register at the end of the day before the quarter; undefined when history starts later (the summary then starts empty). */
async function readStart(root: string, quarter: QuarterSpan, timeZone: string, schemas: CompiledSchemas): Promise<State | undefined> {
  try {
    const state = await readState(await sourceAsOf(root, dayBefore(quarter), timeZone), schemas);
    return state.model.config === undefined ? undefined : state;
  } catch (error) {
    if (error instanceof IkzError && error.key === "as-of-before-history") return undefined;
    throw error;
  }
}

/** Computes the quarter's figures from Git history (never the working tree), for the audience. */
export async function computeQuarter(options: Pick<ExportControllingOptions, "root" | "quarter" | "audience">, deps: Deps): Promise<ControllingData> {
  const quarter = parseQuarter(options.quarter);
  if (!quarter) throw new UsageError("bad-quarter", { value: options.quarter });
  const today = deps.today();
  if (quarter.start > today) throw new UsageError("quarter-future", { quarter: quarter.label, today: formatDate(today, deps.lang) });
  const provisional = quarter.end >= today;
  const schemas = compileSchemas();
  // Both states are read at once: Git streams one while the other is parsed.
  const [end, startState] = await Promise.all([readEnd(options.root, quarter, provisional, deps, schemas), readStart(options.root, quarter, deps.timeZone, schemas)]);
  // The figures rest on the end state: records it could not read are named, not silently left out.
  const withErrors = end.data ? warnSkippedRecords(end.data, ["projects", "decisions", "meetings", "reports", "lessons"], deps, end.resolved) : { skipped: [], flawed: [] };
  const start: State = startState ?? { model: emptyModel(end.model.config) };
  const name = end.model.config?.data.name ?? "";
  const source: { end: ExportSource; start?: ExportSource } = { end: withRecordsWithErrors(await describeSource(options.root, end.resolved!, deps.timeZone, name), withErrors) };
  if (start.resolved) source.start = await describeSource(options.root, start.resolved, deps.timeZone, name);
  return computeControlling({ quarter, start: start.model, end: end.model, referenceDate: provisional ? today : quarter.end, provisional, audience: options.audience, source });
}

function selectSection(doc: ExportDocument, section: string | undefined): ExportDocument {
  return section === undefined ? doc : { ...doc, sections: doc.sections.filter((s) => s.id === section) };
}

/** `ikz export controlling`: the quarterly controlling summary as md, html, csv, xlsx or json; returns the paths written. */
export async function exportControlling(options: ExportControllingOptions, deps: Deps): Promise<string[]> {
  if (options.section !== undefined) {
    if (options.format === "json") throw new UsageError("section-json");
    if (!(CONTROLLING_SECTIONS as readonly string[]).includes(options.section)) throw new UsageError("unknown-section", { value: options.section, known: CONTROLLING_SECTIONS.join(", ") });
  }
  const data = await computeQuarter(options, deps);
  const base = `controlling-${data.quarter.label}`;
  let files: ExportFile[];
  if (options.format === "json") files = [{ name: `${base}.json`, content: `${JSON.stringify(data, null, 2)}\n` }];
  else {
    const doc = buildControllingDocument(data, deps.lang);
    if (options.format === "csv") {
      const { renderCsvFiles } = await import("../export/render/csv.js");
      files = renderCsvFiles(doc, options.section);
    } else if (options.format === "xlsx") {
      const { renderXlsx } = await import("../export/render/xlsx.js");
      files = [{ name: `${base}.xlsx`, content: await renderXlsx(selectSection(doc, options.section)) }];
    } else if (options.format === "html") {
      const { renderHtml } = await import("../export/render/html.js");
      files = [{ name: `${base}.html`, content: renderHtml(selectSection(doc, options.section)) }];
    } else {
      const { renderMarkdown } = await import("../export/render/markdown.js");
      files = [{ name: `${base}.md`, content: renderMarkdown(selectSection(doc, options.section)) }];
    }
  }
  const written = await deliverExport(files, { ...(options.out !== undefined ? { out: options.out } : {}), force: options.force }, { stdout: outputSink(deps.out) });
  reportWritten(written, deps);
  return written;
}

/** `ikz export controlling` from the command line. */
export const runExportControlling: CommandRunner = async (inv, ctx) => {
  const o = inv.options;
  if (typeof o.quarter !== "string") throw new UsageError("quarter-missing");
  const format = exportFormat<ControllingFormat>(inv, ctx, ["md", "html", "csv", "xlsx", "json"]);
  await exportControlling(
    {
      root: ctx.root,
      quarter: o.quarter,
      format,
      ...exportFlags(inv, ctx),
      ...(typeof o.section === "string" ? { section: o.section } : {}),
    },
    ctx.deps,
  );
  return EXIT.ok;
};
