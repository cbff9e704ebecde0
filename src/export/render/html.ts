import { translate } from "../../i18n/index.js";
import { exportRenderMessages } from "../../i18n/controlling-messages.js";
import { formatEuro, formatNumber, formatPercent } from "../../render/format.js";
import type { ExportChart, ExportColumn, ExportDocument, ExportSection, ExportTable } from "../document.js";
import { cellText, isNumeric } from "./cell-text.js";
import { HTML_STYLE, pageRules } from "./html-style.js";
import { escapeHtml, markdownToHtml } from "./markdown-text.js";
import { sourceLines } from "./source-line.js";
import { renderSvgBar } from "./svg-bar.js";
import { renderSvgPie } from "./svg-pie.js";

const e = escapeHtml;

function chartHtml(chart: ExportChart, doc: ExportDocument): string {
  const format = (v: number) => (chart.unit === "euro" ? formatEuro(v, doc.lang) : chart.unit === "percent" ? formatPercent(v, doc.lang) : formatNumber(v, doc.lang, 1));
  const points = chart.points.filter((p) => Number.isFinite(p.value)).map((p) => ({ label: p.label, value: p.value, text: format(p.value) }));
  if (points.length === 0) return "";
  const svg = chart.kind === "pie" ? renderSvgPie(chart.title, points, (share) => formatPercent(Math.round(share), doc.lang)) : renderSvgBar(chart.title, points);
  return `<figure class="chart">${svg}</figure>`;
}

/** Numbers right-aligned; dates and record IDs (IKZ-2025-003, B-2026-012) never broken across lines. */
function cellClass(column: ExportColumn, text: string): string {
  if (isNumeric(column.type)) return ` class="num"`;
  return column.type === "date" || /^[A-Z]{1,6}-\d{4}-\d+(\/\S+)?( \(\d+\))?$/.test(text) ? ` class="nowrap"` : "";
}

function tableHtml(table: ExportTable, doc: ExportDocument): string {
  const t = (key: string) => translate(exportRenderMessages, doc.lang, key);
  const out = [`<div class="table-block" id="t-${e(table.id)}">`, `<h3>${e(table.title)}</h3>`];
  // An empty table with a note says it in the note, not twice.
  if (table.rows.length === 0) {
    if (table.note === undefined) out.push(`<p class="empty">${e(t("export.empty"))}</p>`);
  } else {
    const head = (c: ExportColumn) => (isNumeric(c.type) ? ` class="num"` : "");
    // A matrix (a column per municipality) fits A4 only with its headings written upwards.
    out.push(table.columns.length > 10 ? `<table class="wide">` : "<table>", `<thead><tr>${table.columns.map((c) => `<th scope="col"${head(c)}>${e(c.label)}</th>`).join("")}</tr></thead>`, "<tbody>");
    for (const row of table.rows) {
      out.push(`<tr>${table.columns.map((c) => {
        const text = cellText(row[c.key] ?? null, c.type, doc.lang);
        return `<td${cellClass(c, text)}>${e(text)}</td>`;
      }).join("")}</tr>`);
    }
    out.push("</tbody>", "</table>");
  }
  if (table.note !== undefined) out.push(`<p class="note">${e(table.note)}</p>`);
  out.push("</div>");
  return out.join("\n");
}

function sectionHtml(section: ExportSection, doc: ExportDocument, number: number): string {
  const out = [`<section class="section" id="s-${e(section.id)}">`, `<h2><span class="no">${number}</span> ${e(section.title)}</h2>`];
  for (const p of section.paragraphs ?? []) out.push(`<p>${e(p)}</p>`);
  if (section.figures && section.figures.length > 0) {
    out.push(`<dl class="figures">`, ...section.figures.map((f) => `<div class="figure"><dt>${e(f.label)}</dt><dd>${e(cellText(f.value, f.type, doc.lang))}</dd></div>`), "</dl>");
  }
  const charts = (section.charts ?? []).map((c) => chartHtml(c, doc)).filter((c) => c !== "");
  if (charts.length > 0) out.push(`<div class="charts">`, ...charts, "</div>");
  for (const table of section.tables) out.push(tableHtml(table, doc));
  for (const excerpt of section.excerpts ?? []) out.push(`<article class="excerpt"><h4>${e(excerpt.title)}</h4>`, markdownToHtml(excerpt.markdown), "</article>");
  out.push("</section>");
  return out.join("\n");
}

/**
 * Any export document as ONE self-contained HTML file: inline CSS and SVG, no scripts, no external resources,
 * print-ready on A4 (page breaks between sections; header and footer with register, title, commit and page
 * numbers where the browser supports CSS page margin boxes). All register text is escaped.
 */
export function renderHtml(doc: ExportDocument): string {
  const t = (key: string) => translate(exportRenderMessages, doc.lang, key);
  const commit = doc.source.commit?.slice(0, 12);
  const running = [doc.source.registerName, doc.subtitle ?? doc.title].filter((x) => x !== "").join(" · ");
  const toc = doc.sections.length > 1 ? [`<nav class="toc"><h2>${e(t("export.contents"))}</h2><ol>`, ...doc.sections.map((s) => `<li><a href="#s-${e(s.id)}">${e(s.title)}</a></li>`), "</ol></nav>"] : [];
  return [
    "<!DOCTYPE html>",
    `<html lang="${doc.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No scripts, no external loads, no form posts: a browser that honours CSP enforces what the renderer promises.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    `<title>${e([doc.title, doc.subtitle].filter((x) => x !== undefined).join(" – "))}</title>`,
    `<style>\n${HTML_STYLE}\n${pageRules(running, commit === undefined ? "" : `Commit ${commit}`, t("export.page"), t("export.of"))}\n</style>`,
    "</head>",
    // The kind picks the print layout: the controlling report starts each section on a new page, a fact sheet runs on.
    `<body class="doc-${e(doc.kind)}">`,
    '<header class="doc-head">',
    `<p class="register">${e(doc.source.registerName)}</p>`,
    `<h1>${e(doc.title)}</h1>`,
    ...(doc.subtitle !== undefined ? [`<p class="subtitle">${e(doc.subtitle)}</p>`] : []),
    `<div class="source">${sourceLines(doc).map((l) => `<p>${e(l)}</p>`).join("")}</div>`,
    ...toc,
    "</header>",
    "<main>",
    ...doc.sections.map((s, i) => sectionHtml(s, doc, i + 1)),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
