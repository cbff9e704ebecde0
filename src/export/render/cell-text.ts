import { formatDate, formatEuro, formatNumber, formatPercent } from "../../render/format.js";
import type { CellType, CellValue, Lang } from "../document.js";

/** A cell as people read it in documents (Markdown, HTML): German or English numbers, dates and euros; empty as "–". */
export function cellText(value: CellValue, type: CellType, lang: Lang): string {
  if (value === null || value === "") return "–";
  if (typeof value === "boolean") return value ? (lang === "de" ? "ja" : "yes") : lang === "de" ? "nein" : "no";
  if (typeof value === "number") {
    switch (type) {
      case "euro":
        return formatEuro(value, lang);
      case "percent":
        return formatPercent(value, lang);
      case "integer":
        return formatNumber(value, lang, 0);
      default:
        return formatNumber(value, lang, 1);
    }
  }
  return type === "date" ? formatDate(value, lang) : value;
}

/** Whether a column's values line up on the right (numbers). */
export function isNumeric(type: CellType): boolean {
  return type === "integer" || type === "euro" || type === "percent" || type === "number";
}
