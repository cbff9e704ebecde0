/** The stylesheet of HTML exports: sober, readable on screen and printed on A4 (black text, blue accents, thin rules). */
export const HTML_STYLE = `
:root { --ink: #1d1d1b; --muted: #5b5b57; --rule: #c9c9c4; --accent: #1f5f8b; --band: #f3f5f7; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; color: var(--ink); line-height: 1.4; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
h1 { font-size: 20pt; margin: 2mm 0 1mm; color: var(--accent); }
h2 { font-size: 14pt; margin: 0 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid var(--accent); color: var(--accent); }
h2 .no { display: inline-block; min-width: 8mm; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
p { margin: 0 0 2mm; }
.doc-head { margin-bottom: 6mm; }
.doc-head .register { color: var(--muted); margin: 0; text-transform: uppercase; letter-spacing: .04em; font-size: 9pt; }
.doc-head .subtitle { font-size: 12pt; margin: 0 0 3mm; }
.source { border-left: 3px solid var(--rule); padding: 1mm 3mm; color: var(--muted); font-size: 9pt; margin: 3mm 0; }
.source p { margin: 0; }
.toc ol { columns: 2; column-gap: 10mm; padding-left: 6mm; margin: 1mm 0; }
.toc h2 { border: none; font-size: 11pt; margin: 4mm 0 1mm; padding: 0; }
.toc a { color: var(--ink); text-decoration: none; }
.section { margin-top: 8mm; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm; margin: 2mm 0 4mm; }
.figure { background: var(--band); border-top: 2px solid var(--accent); padding: 1.5mm 2.5mm; break-inside: avoid; }
.figure dt { font-size: 8.5pt; color: var(--muted); }
.figure dd { margin: 0; font-size: 12.5pt; font-weight: 600; font-variant-numeric: tabular-nums; }
.charts { display: flex; flex-wrap: wrap; gap: 4mm; margin: 2mm 0; }
figure.chart { margin: 0; break-inside: avoid; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; }
.svg-title { font-size: 13px; font-weight: 600; fill: var(--ink); }
.svg-label { font-size: 11px; fill: var(--ink); }
.svg-value { font-size: 11px; fill: var(--muted); font-variant-numeric: tabular-nums; }
.table-block { margin-bottom: 3mm; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
thead { display: table-header-group; }
th { hyphens: auto; overflow-wrap: break-word; text-align: left; font-weight: 600; border-bottom: 1.5px solid var(--ink); padding: 1mm 1.5mm; vertical-align: bottom; }
td { border-bottom: 0.5px solid var(--rule); padding: 0.8mm 1.5mm; vertical-align: top; hyphens: auto; overflow-wrap: break-word; }
table.wide th:not(:first-child) { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-align: left; vertical-align: bottom; padding: 1.5mm 0.5mm; }
table.wide td:not(:first-child) { text-align: center; }
td.nowrap { white-space: nowrap; overflow-wrap: normal; }
tbody tr:nth-child(even) td { background: var(--band); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
.note, .empty { color: var(--muted); font-size: 9pt; font-style: italic; margin-top: 1mm; }
.excerpt { border-left: 3px solid var(--rule); padding: 0 3mm; margin: 2mm 0; break-inside: avoid; }
.excerpt h1, .excerpt h2, .excerpt h3 { font-size: 10pt; border: none; color: var(--ink); margin: 2mm 0 1mm; padding: 0; }
a { color: var(--accent); }
@media print {
  body { padding: 0; max-width: none; }
  .section { break-before: page; margin-top: 0; }
  .section:first-child { break-before: auto; margin-top: 6mm; }
  .doc-municipality .section { break-before: auto; margin-top: 6mm; }
  h2, h3 { break-after: avoid; }
  tbody tr:nth-child(even) td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .figure { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}`.trim();

/** A CSS string literal: quotes, backslashes and anything that could close the style element are escaped. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${[...text].map((c) => (/[\w .,:;·()–\-/äöüÄÖÜß€%]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join("")}"`;
}

/** The A4 page with running header (register, title) and footer (commit, page x of y) in the page margins. */
export function pageRules(header: string, commit: string, page: string, of: string): string {
  return [
    "@page {",
    "  size: A4;",
    "  margin: 20mm 16mm 20mm 18mm;",
    `  @top-left { content: ${cssString(header)}; font-size: 8pt; color: #5b5b57; }`,
    `  @bottom-left { content: ${cssString(commit)}; font-size: 8pt; color: #5b5b57; }`,
    `  @bottom-right { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); font-size: 8pt; color: #5b5b57; }`,
    "}",
  ].join("\n");
}
