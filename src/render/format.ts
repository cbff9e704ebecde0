import type { Lang } from "../i18n/index.js";

const LOCALE: Record<Lang, string> = { de: "de-DE", en: "en-GB" };

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A calendar date `YYYY-MM-DD` as people read it: 31.03.2026 (de) or 31 Mar 2026 (en – a month name, because
 * 06/03/2026 reads as June in one country and March in another); anything else unchanged.
 */
export function formatDate(iso: string | undefined, lang: Lang): string {
  if (iso === undefined) return "";
  // String surgery, not Date: a calendar date has no time zone to shift it to the day before.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === "de" ? `${m[3]}.${m[2]}.${m[1]}` : `${Number(m[3])} ${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
}

/** A number with the language's grouping and decimal mark: 1.234.567,5 (de) or 1,234,567.5 (en). */
export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** Whole euros: "1.234.567 €" (de) or "€1,234,567" (en). */
export function formatEuro(n: number, lang: Lang): string {
  const amount = formatNumber(Math.round(n), lang, 0);
  if (lang === "en") return n < 0 ? `-€${amount.slice(1)}` : `€${amount}`;
  return `${amount} €`;
}

/** A percentage 0–100: "20 %" (de, with the space German typography wants) or "20%" (en). */
export function formatPercent(n: number, lang: Lang): string {
  return lang === "de" ? `${formatNumber(n, lang, 1)} %` : `${formatNumber(n, lang, 1)}%`;
}
