import { SVG_PALETTE, n, svgText, type SvgPoint } from "./svg-common.js";

const WIDTH = 680;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 110;
const ROW = 26;
const TOP = 34;

/** A horizontal bar chart as inline SVG (no scripts, no external references): one bar per point, value at its end. */
export function renderSvgBar(title: string, points: readonly SvgPoint[]): string {
  const height = TOP + points.length * ROW + 10;
  const max = Math.max(0, ...points.map((p) => p.value));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const bars = points.map((p, i) => {
    const y = TOP + i * ROW;
    const w = max > 0 ? Math.max(0, (p.value / max) * span) : 0;
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${n(y + ROW / 2 + 4)}" text-anchor="end" class="svg-label">${svgText(p.label, 34)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${n(y + 4)}" width="${n(w)}" height="${ROW - 8}" fill="${SVG_PALETTE[0]}"/>`,
      `<text x="${n(LABEL_WIDTH + w + 6)}" y="${n(y + ROW / 2 + 4)}" class="svg-value">${svgText(p.text, 24)}</text>`,
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" class="chart">`,
    `<title>${svgText(title, 200)}</title>`,
    `<text x="0" y="18" class="svg-title">${svgText(title, 90)}</text>`,
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 2}" x2="${LABEL_WIDTH}" y2="${height - 8}" stroke="#666" stroke-width="1"/>`,
    ...bars,
    "</svg>",
  ].join("\n");
}
