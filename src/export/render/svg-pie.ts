import { SVG_PALETTE, n, svgText, type SvgPoint } from "./svg-common.js";

const WIDTH = 560;
const R = 90;
const INNER = 48;
const CX = 110;
const LEGEND_X = 240;
const ROW = 22;
const TOP_CY = 34 + R;

function slice(start: number, end: number): string {
  const point = (angle: number, r: number) => [CX + r * Math.sin(angle), TOP_CY - r * Math.cos(angle)];
  const large = end - start > Math.PI ? 1 : 0;
  const [x1, y1] = point(start, R);
  const [x2, y2] = point(end, R);
  const [x3, y3] = point(end, INNER);
  const [x4, y4] = point(start, INNER);
  return `M${n(x1!)} ${n(y1!)}A${R} ${R} 0 ${large} 1 ${n(x2!)} ${n(y2!)}L${n(x3!)} ${n(y3!)}A${INNER} ${INNER} 0 ${large} 0 ${n(x4!)} ${n(y4!)}Z`;
}

/** A donut chart as inline SVG with a legend (label, value, share): zero values are left out of the ring but listed. */
export function renderSvgPie(title: string, points: readonly SvgPoint[], percentText: (share: number) => string): string {
  const total = points.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  const height = Math.max(TOP_CY + R + 14, 34 + points.length * ROW + 14);
  const parts: string[] = [];
  let angle = 0;
  points.forEach((p, i) => {
    const colour = SVG_PALETTE[i % SVG_PALETTE.length]!;
    const value = Math.max(0, p.value);
    if (total > 0 && value > 0) {
      const end = angle + (value / total) * 2 * Math.PI;
      // A single full slice is a ring: an arc from a point to itself draws nothing.
      parts.push(value === total ? `<circle cx="${CX}" cy="${TOP_CY}" r="${(R + INNER) / 2}" fill="none" stroke="${colour}" stroke-width="${R - INNER}"/>` : `<path d="${slice(angle, end)}" fill="${colour}" stroke="#fff" stroke-width="1"/>`);
      angle = end;
    }
    const y = 34 + i * ROW;
    const share = total > 0 ? percentText((value / total) * 100) : "–";
    parts.push(
      `<rect x="${LEGEND_X}" y="${y + 4}" width="12" height="12" fill="${colour}"/>`,
      `<text x="${LEGEND_X + 20}" y="${y + 15}" class="svg-label">${svgText(p.label, 40)}</text>`,
      `<text x="${WIDTH - 70}" y="${y + 15}" text-anchor="end" class="svg-value">${svgText(p.text, 20)}</text>`,
      `<text x="${WIDTH - 4}" y="${y + 15}" text-anchor="end" class="svg-value">${svgText(share, 12)}</text>`,
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" class="chart">`,
    `<title>${svgText(title, 200)}</title>`,
    `<text x="0" y="18" class="svg-title">${svgText(title, 90)}</text>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
