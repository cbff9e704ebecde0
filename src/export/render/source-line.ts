import { formatDate } from "../../render/format.js";
import { translate } from "../../i18n/index.js";
import { exportRenderMessages } from "../../i18n/controlling-messages.js";
import type { ExportDocument } from "../document.js";

/**
 * The lines that say the figures are not a clean, complete state: uncommitted changes (the commit alone would
 * claim a state the figures do not have), records left out for errors (totals would look complete) and records
 * in the figures that break a register rule (what they add may be wrong). Every format shows them, CSV included,
 * so nobody passes on such a document unaware.
 */
export function sourceWarnings(doc: ExportDocument): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(exportRenderMessages, doc.lang, key, params);
  const { source } = doc;
  const lines: string[] = [];
  if (source.dirty === true) lines.push(t("export.source.dirty", { commit: (source.commit ?? "").slice(0, 12) }));
  // Ten names are enough to see what is meant; ikz validate lists them all.
  const names = (files: readonly string[]) => (files.length > 10 ? `${files.slice(0, 10).join(", ")} ${t("export.source.more", { count: files.length - 10 })}` : files.join(", "));
  const skipped = source.skipped ?? [];
  if (skipped.length > 0) lines.push(t(skipped.length === 1 ? "export.source.skipped.one" : "export.source.skipped", { count: skipped.length, files: names(skipped) }));
  const flawed = source.flawed ?? [];
  if (flawed.length > 0) lines.push(t(flawed.length === 1 ? "export.source.flawed.one" : "export.source.flawed", { count: flawed.length, files: names(flawed) }));
  return lines;
}

/** The lines every rendered export prints instead of a run timestamp: where its figures come from, and for whom. */
export function sourceLines(doc: ExportDocument): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(exportRenderMessages, doc.lang, key, params);
  const { source } = doc;
  const lines: string[] = [];
  if (source.commit === undefined) lines.push(t("export.source.none", { name: source.registerName }));
  else lines.push(t(source.dirty === true ? "export.source.uncommitted" : "export.source", { name: source.registerName, commit: source.commit.slice(0, 12), date: formatDateTime(source.commitDate, doc.lang) }));
  lines.push(...sourceWarnings(doc));
  lines.push(t("export.audience", { audience: t(`export.audience.${doc.audience}`) }));
  return lines;
}

/** An ISO date-time with offset (`2026-03-31T14:02:11+02:00`) as "31.03.2026, 14:02 Uhr", keeping its wall-clock time. */
export function formatDateTime(iso: string | undefined, lang: ExportDocument["lang"]): string {
  if (iso === undefined) return "–";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!m) return iso;
  return translate(exportRenderMessages, lang, "export.time", { date: formatDate(m[1], lang), time: m[2]! });
}
