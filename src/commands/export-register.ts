import { EXIT } from "../domain/errors.js";
import { forAudience } from "../export/audience.js";
import type { Audience, ExportDocument } from "../export/document.js";
import { deliverExport, outputSink, type ExportFile } from "../export/output.js";
import { registerDocument } from "../export/register-document.js";
import { buildRegisterRows, type RegisterRow } from "../export/register-rows.js";
import { renderCsvFiles } from "../export/render/csv.js";
import { describeSource, withRecordsWithErrors } from "../export/source-info.js";
import type { CommandRunner } from "./context.js";
import { exportFlags, exportFormat, reportWritten } from "./export-flags.js";
import type { Deps } from "./deps.js";
import { readView } from "./register-view.js";
import { warnSkippedRecords } from "./skipped-records.js";

export type RegisterExportFormat = "csv" | "xlsx" | "json";

export interface ExportRegisterOptions {
  root: string;
  format: RegisterExportFormat;
  audience: Audience;
  /** `--as-of`: a date (end of that day) or a Git ref; else the working tree. */
  asOf?: string;
  /** `--out`, already resolved against the current folder; else stdout. */
  out?: string;
  force: boolean;
}

/** The JSON form of the register export (schemas/register-export.schema.json). */
export interface RegisterExportJson {
  kind: "register";
  audience: Audience;
  /** The register has reports, but none the audience may see: no row has a latest report, and that is why. */
  reportsWithheld?: true;
  source: ExportDocument["source"];
  projects: RegisterRow[];
}

/** `ikz export register`: the whole register, one row per project, as Excel CSV, XLSX or JSON; returns the paths written. */
export async function exportRegister(options: ExportRegisterOptions, deps: Deps): Promise<string[]> {
  const view = await readView(options.root, options.asOf, deps.timeZone);
  const config = view.model.config?.data;
  // A project that fails its schema is not in the model: say so rather than leave a silent gap in the table.
  const withErrors = warnSkippedRecords(view.data, ["projects"], deps, view.resolved);
  const model = forAudience(view.model, options.audience);
  const rows = buildRegisterRows(model);
  // As in the controlling summary: empty report columns would read as "no report yet".
  const reportsWithheld = view.model.reports.length > 0 && model.reports.length === 0;
  const source = withRecordsWithErrors(await describeSource(options.root, view.resolved, deps.timeZone, config?.name ?? ""), withErrors);
  let files: ExportFile[];
  if (options.format === "json") {
    const json: RegisterExportJson = { kind: "register", audience: options.audience, ...(reportsWithheld ? { reportsWithheld: true as const } : {}), source, projects: rows };
    files = [{ name: "register.json", content: `${JSON.stringify(json, null, 2)}\n` }];
  } else {
    const doc = registerDocument(rows, config, options.audience, deps.lang, source, reportsWithheld);
    if (options.format === "csv") files = renderCsvFiles(doc);
    else {
      const { renderXlsx } = await import("../export/render/xlsx.js");
      files = [{ name: "register.xlsx", content: await renderXlsx(doc) }];
    }
  }
  const written = await deliverExport(files, { ...(options.out !== undefined ? { out: options.out } : {}), force: options.force }, { stdout: outputSink(deps.out) });
  reportWritten(written, deps);
  return written;
}

/** `ikz export register` from the command line. */
export const runExportRegister: CommandRunner = async (inv, ctx) => {
  const format = exportFormat<RegisterExportFormat>(inv, ctx, ["csv", "xlsx", "json"]);
  await exportRegister(
    {
      root: ctx.root,
      format,
      ...exportFlags(inv, ctx),
    },
    ctx.deps,
  );
  return EXIT.ok;
};
