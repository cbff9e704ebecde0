import { formatDate } from "../../render/format.js";
import { translate } from "../../i18n/index.js";
import { exportRenderMessages } from "../../i18n/controlling-messages.js";
import type { ExportDocument } from "../document.js";

/** The lines every rendered export prints instead of a run timestamp: where its figures come from, and for whom. */
export function sourceLines(doc: ExportDocument): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(exportRenderMessages, doc.lang, key, params);
  const { source } = doc;
  const lines: string[] = [];
  if (source.commit === undefined) lines.push(t("export.source.none", { name: source.registerName }));
  else lines.push(t("export.source", { name: source.registerName, commit: source.commit.slice(0, 12), date: formatDateTime(source.commitDate, doc.lang) }));
  if (source.dirty === true) lines.push(t("export.source.dirty"));
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
