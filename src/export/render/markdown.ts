import { translate } from "../../i18n/index.js";
import { exportRenderMessages } from "../../i18n/controlling-messages.js";
import type { ExportChart, ExportDocument, ExportSection, ExportTable } from "../document.js";
import { cellText, isNumeric } from "./cell-text.js";
import { markdownToParagraphs } from "./markdown-text.js";
import { sourceLines } from "./source-line.js";

/** Register text inside Markdown: one line, control characters dropped, Markdown and HTML syntax escaped. */
export function mdEscape(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .replace(/([\\`*_[\]<>|#~!])/g, "\\$1")
    .replace(/&/g, "&amp;");
}

/** Text inside a Mermaid string: no quotes, no line breaks, no directives. */
function mermaidText(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  const chars = [...text.replace(/[\u0000-\u001F\u007F"`%;#{}<>]/g, " ").replace(/\s+/g, " ").trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}

function renderChart(chart: ExportChart): string[] {
  const points = chart.points.filter((p) => Number.isFinite(p.value));
  if (chart.kind === "pie") {
    const shown = points.filter((p) => p.value > 0);
    if (shown.length === 0) return [];
    return ["```mermaid", "pie showData", `    title ${mermaidText(chart.title)}`, ...shown.map((p) => `    "${mermaidText(p.label)}" : ${p.value}`), "```", ""];
  }
  if (points.length === 0) return [];
  const max = Math.max(0, ...points.map((p) => p.value));
  const min = Math.min(0, ...points.map((p) => p.value));
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidText(chart.title)}"`,
    // Bar labels sit side by side under the axis: long ones would overlap.
    `    x-axis [${points.map((p) => `"${mermaidText(p.label, 20)}"`).join(", ")}]`,
    `    y-axis ${min} --> ${max === min ? min + 1 : max}`,
    `    bar [${points.map((p) => p.value).join(", ")}]`,
    "```",
    "",
  ];
}

function renderTable(table: ExportTable, doc: ExportDocument): string[] {
  const t = (key: string) => translate(exportRenderMessages, doc.lang, key);
  const out = [`### ${mdEscape(table.title)}`, ""];
  // An empty table with a note says it in the note ("nothing needs attention …"), not twice.
  if (table.rows.length === 0) {
    if (table.note === undefined) out.push(`_${t("export.empty")}_`, "");
  } else {
    out.push(`| ${table.columns.map((c) => mdEscape(c.label)).join(" | ")} |`);
    out.push(`| ${table.columns.map((c) => (isNumeric(c.type) ? "---:" : "---")).join(" | ")} |`);
    for (const row of table.rows) out.push(`| ${table.columns.map((c) => mdEscape(cellText(row[c.key] ?? null, c.type, doc.lang))).join(" | ")} |`);
    out.push("");
  }
  if (table.note !== undefined) out.push(`_${mdEscape(table.note)}_`, "");
  return out;
}

function renderSection(section: ExportSection, doc: ExportDocument): string[] {
  const out = [`## ${mdEscape(section.title)}`, ""];
  for (const p of section.paragraphs ?? []) out.push(mdEscape(p), "");
  if (section.figures && section.figures.length > 0) {
    out.push(...section.figures.map((f) => `- **${mdEscape(f.label)}:** ${mdEscape(cellText(f.value, f.type, doc.lang))}`), "");
  }
  for (const chart of section.charts ?? []) out.push(...renderChart(chart));
  for (const table of section.tables) out.push(...renderTable(table, doc));
  for (const excerpt of section.excerpts ?? []) {
    out.push(`#### ${mdEscape(excerpt.title)}`, "");
    // Record Markdown goes out as plain text: a body may hold raw HTML or links that no reader should follow blindly.
    const paragraphs = markdownToParagraphs(excerpt.markdown);
    out.push(...paragraphs.map((p, i) => `> ${mdEscape(p)}${i < paragraphs.length - 1 ? "\n>" : ""}`), "");
  }
  return out;
}

/** Any export document as GitLab/GitHub-flavoured Markdown: tables, Mermaid charts, source line; no run timestamp. */
export function renderMarkdown(doc: ExportDocument): string {
  const t = (key: string) => translate(exportRenderMessages, doc.lang, key);
  const out = [`# ${mdEscape(doc.title)}`, ""];
  if (doc.subtitle !== undefined) out.push(`**${mdEscape(doc.subtitle)}**`, "");
  const lines = sourceLines(doc);
  out.push(...lines.map((l, i) => `> ${mdEscape(l)}${i < lines.length - 1 ? "  " : ""}`), "");
  if (doc.sections.length > 1) {
    out.push(`**${t("export.contents")}:** ${doc.sections.map((s, i) => `${i + 1}. ${mdEscape(s.title)}`).join(" · ")}`, "");
  }
  for (const section of doc.sections) out.push(...renderSection(section, doc));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
