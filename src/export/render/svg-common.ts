import { escapeHtml } from "./markdown-text.js";

/** Colours of chart series: distinguishable when printed in grey, and for common colour blindness (Okabe–Ito based). */
export const SVG_PALETTE = ["#1f5f8b", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#0072b2", "#8c8c2a", "#999999", "#5d3a9b", "#f0e442", "#3b3b3b"];

/** A chart's data with labels and values already formatted by the caller. */
export interface SvgPoint {
  label: string;
  value: number;
  /** The value as people read it (German or English number format). */
  text: string;
}

/** A number as SVG writes it: two decimals at most, so output is the same on every machine. */
export const n = (x: number): string => String(Math.round(x * 100) / 100);

/** Text inside SVG, escaped, and cut to a length so a long title cannot run across the chart. */
export function svgText(text: string, max = 60): string {
  const chars = [...text];
  return escapeHtml(chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text);
}
