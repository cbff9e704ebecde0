import { EXIT, UsageError } from "../domain/errors.js";
import type { RegisterModel } from "../domain/model.js";
import { suggest } from "../domain/suggest.js";
import { forAudience } from "../export/audience.js";
import type { Audience, ExportDocument, ExportSource } from "../export/document.js";
import { buildFactSheet } from "../export/municipality/fact-sheet.js";
import { deliverExport, outputSink } from "../export/output.js";
import { describeSource, withRecordsWithErrors } from "../export/source-info.js";
import type { CommandRunner } from "./context.js";
import { exportFlags, exportFormat, reportWritten } from "./export-flags.js";
import type { Deps } from "./deps.js";
import { readView } from "./register-view.js";
import { warnSkippedRecords } from "./skipped-records.js";
import { findMunicipalityId } from "../domain/municipality-lookup.js";

export type FactSheetFormat = "md" | "html";

export interface ExportMunicipalityOptions {
  root: string;
  /** Municipality id or name from ikz.yaml. */
  municipality: string;
  format: FactSheetFormat;
  audience: Audience;
  asOf?: string;
  /** `--out`, already resolved against the current folder; else stdout. */
  out?: string;
  force: boolean;
}

/** `ikz export municipality <id>`: the fact sheet for one municipality's council, as Markdown or HTML; returns the document. */
export async function exportMunicipality(options: ExportMunicipalityOptions, deps: Deps): Promise<ExportDocument> {
  const view = await readView(options.root, options.asOf, deps.timeZone);
  const withErrors = warnSkippedRecords(view.data, ["projects", "decisions", "reports"], deps, view.resolved);
  const municipality = municipalityId(view.model, options.municipality);
  const source = withRecordsWithErrors(await describeSource(options.root, view.resolved, deps.timeZone, view.model.config?.data.name ?? ""), withErrors);
  const today = view.resolved.date ?? dataDate(source) ?? deps.today();
  const model = forAudience(view.model, options.audience);
  const reportsWithheld = view.model.reports.length > 0 && model.reports.length === 0;
  const doc = buildFactSheet({ model, municipality, audience: options.audience, lang: deps.lang, today, source, ...(reportsWithheld ? { reportsWithheld } : {}) });
  const name = `${municipality}.${options.format}`;
  let content: string;
  if (options.format === "html") content = (await import("../export/render/html.js")).renderHtml(doc);
  else content = (await import("../export/render/markdown.js")).renderMarkdown(doc);
  const written = await deliverExport([{ name, content }], { ...(options.out !== undefined ? { out: options.out } : {}), force: options.force }, { stdout: outputSink(deps.out) });
  reportWritten(written, deps);
  return doc;
}

/**
 * The day a working-tree fact sheet describes: the commit's date in the register's time zone, so that the same commit
 * gives the same bytes on any day. Uncommitted changes (or no Git at all) are today's data, so then it is today.
 */
function dataDate(source: ExportSource): string | undefined {
  return source.dirty === true ? undefined : source.commitDate?.slice(0, 10);
}

/** A municipality given by id or name (any case), as its id; an unknown one is a usage error with a suggestion. */
export function municipalityId(model: RegisterModel, value: string): string {
  const known = model.config?.data.municipalities ?? [];
  const found = findMunicipalityId(known, value);
  if (found !== undefined) return found;
  const ids = known.map((m) => m.id);
  throw new UsageError("export.unknown-municipality", { value, hint: suggest(value, ids) ?? "", known: ids.join(", ") || "–" });
}

/** `ikz export municipality` from the command line. */
export const runExportMunicipality: CommandRunner = async (inv, ctx) => {
  await exportMunicipality(
    {
      root: ctx.root,
      municipality: inv.args[0] ?? "",
      format: exportFormat<FactSheetFormat>(inv, ctx, ["md", "html"]),
      ...exportFlags(inv, ctx),
    },
    ctx.deps,
  );
  return EXIT.ok;
};
