import { EnvError, EXIT, UsageError } from "../domain/errors.js";
import { requireValidConfig } from "./register-view.js";
import type { RegisterModel } from "../domain/model.js";
import { summarizePortfolio, type Portfolio } from "../domain/portfolio.js";
import { suggest } from "../domain/suggest.js";
import { sourceAsOf } from "../history/as-of.js";
import { translate } from "../i18n/index.js";
import { cliMessages } from "../i18n/cli-messages.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { warnSkippedRecords } from "./skipped-records.js";
import { compileSchemas } from "../schema/compile.js";
import { terminalProgress } from "../render/progress.js";
import { plainStyler } from "../render/styler.js";
import { renderStatusText, type StatusSource } from "../render/status-text.js";
import { renderStatusMarkdown } from "../render/status-md.js";
import type { CommandRunner } from "./context.js";
import { parseDateFlag } from "./flag-values.js";
import type { Deps } from "./deps.js";
import { findMunicipalityId } from "../domain/municipality-lookup.js";

export type StatusFormat = "text" | "json" | "md";

export interface StatusOptions {
  root: string;
  /** `--as-of`: a date (YYYY-MM-DD, end of that day) or a Git ref. */
  asOf?: string;
  /** Only projects this municipality leads or takes part in (id or name from ikz.yaml). */
  municipality?: string;
  format: StatusFormat;
}

/** A register read as of a date or ref, and the day its date checks count from. */
export interface RegisterAsOf {
  data: RegisterData;
  today: string;
  source?: StatusSource;
}

/** Reads the register as of `--as-of` (or the working tree); today is the as-of date, else the clock's. */
export async function readRegisterAsOf(root: string, asOf: string | undefined, deps: Deps): Promise<RegisterAsOf> {
  // A date-shaped value must be a real calendar day (2026-02-30 is a typo, not a Git ref).
  if (asOf !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) parseDateFlag(asOf, "--as-of");
  const resolved = await sourceAsOf(root, asOf, deps.timeZone);
  const progress = terminalProgress(deps.err, deps.lang, translate(cliMessages, deps.lang, "progress.read"), !deps.quiet);
  const data = await readRegister(resolved.source, compileSchemas(), progress.update);
  progress.finish();
  if (!data.loaded.records.some((r) => r.kind === "config")) throw new EnvError("not-a-register", { dir: asOf === undefined ? root : `${root} (--as-of ${asOf})` });
  requireValidConfig(data);
  // A record that fails to parse or its schema is missing from the overview: say so, not a silent gap.
  warnSkippedRecords(data, ["projects", "decisions", "meetings", "reports", "lessons"], deps, resolved);
  const source = resolved.commit !== undefined && resolved.date !== undefined ? { commit: resolved.commit, date: resolved.date } : undefined;
  return { data, today: resolved.date ?? deps.today(), ...(source ? { source } : {}) };
}

/** A municipality given by id or name (any case), as its id; an unknown one is a usage error with a suggestion. */
export function resolveMunicipality(model: RegisterModel, value: string): string {
  const known = model.config?.data.municipalities ?? [];
  const found = findMunicipalityId(known, value);
  if (found !== undefined) return found;
  const ids = known.map((m) => m.id);
  throw new UsageError("unknown-code", { flag: "--municipality", value, hint: suggest(value, ids) ?? "", known: ids.join(", ") || "–" });
}

/** Portfolio at a glance: phases, traffic lights, savings, funding, overdue items, pending decisions, next meeting. */
export async function status(options: StatusOptions, deps: Deps): Promise<Portfolio> {
  const { data, today, source } = await readRegisterAsOf(options.root, options.asOf, deps);
  const municipality = options.municipality === undefined ? undefined : resolveMunicipality(data.model, options.municipality);
  const portfolio = summarizePortfolio(data.model, today, municipality);
  if (options.format === "json") deps.out.write(JSON.stringify(source ? { ...portfolio, source } : portfolio, null, 2) + "\n");
  else if (options.format === "md") deps.out.write(renderStatusMarkdown(portfolio, { lang: deps.lang, color: plainStyler, ...(source ? { source } : {}) }));
  else deps.out.write(renderStatusText(portfolio, { lang: deps.lang, color: deps.styler, ...(source ? { source } : {}) }));
  return portfolio;
}

/** `ikz status` from the command line. */
export const runStatus: CommandRunner = async (inv, ctx) => {
  const format = (ctx.globals.json && inv.options.format === "text" ? "json" : inv.options.format) as StatusFormat;
  const asOf = inv.options.asOf as string | undefined;
  const municipality = inv.options.municipality as string | undefined;
  await status({ root: ctx.root, format, ...(asOf !== undefined ? { asOf } : {}), ...(municipality !== undefined ? { municipality } : {}) }, ctx.deps);
  return EXIT.ok;
};
