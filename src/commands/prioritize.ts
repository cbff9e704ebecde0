import { RefusedError } from "../domain/errors.js";
import type { Issue } from "../domain/finding.js";
import { PHASE_LABELS } from "../domain/lifecycle.js";
import { prioritize, type Gap, type Prioritization, type RankedProject } from "../domain/prioritize.js";
import { translate, type Lang } from "../i18n/index.js";
import { cliMessages } from "../i18n/cli-messages.js";
import { priorityMessages } from "../i18n/priority-messages.js";
import { folderSource } from "../io/fs-source.js";
import { readRegister } from "../register/register-data.js";
import { terminalProgress } from "../render/progress.js";
import { mdText } from "../render/status-md.js";
import { plainStyler, type Styler } from "../render/styler.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";

export type PrioritizeFormat = "table" | "json" | "md";

export interface PrioritizeOptions {
  root: string;
  format: PrioritizeFormat;
}

/** Ranks the projects in `interest` and `prioritized` by the weighted criteria of ikz.yaml and suggests the next decisions. */
export async function prioritizeProjects(options: PrioritizeOptions, deps: Deps): Promise<Prioritization> {
  const progress = terminalProgress(deps.err, deps.lang, translate(cliMessages, deps.lang, "progress.read"), !deps.quiet);
  const data = await readRegister(folderSource(options.root), undefined, progress.update);
  progress.finish();
  if (data.model.config === undefined) throw new RefusedError("priority-config-missing", {});
  if ((data.model.config.data.priority_criteria ?? []).length === 0) throw new RefusedError("priority-no-criteria", {});
  const result = prioritize(data.model, deps.today());
  const skipped = brokenFiles(data.issues, "projects/", data.model.projects);
  if (skipped > 0 && !deps.quiet) deps.err.write(`${tr(deps.lang, `prio.skipped.${skipped === 1 ? "one" : "other"}`, { count: skipped })}\n`);
  deps.out.write(renderPrioritization(result, options.format, deps.lang, options.format === "table" ? deps.styler : plainStyler));
  return result;
}

/** The ranking as a terminal table, JSON, or Markdown with a Mermaid bar chart. */
export function renderPrioritization(result: Prioritization, format: PrioritizeFormat, lang: Lang, styler: Styler): string {
  if (format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  return format === "md" ? renderMarkdown(result, lang) : renderTable(result, lang, styler);
}

/** Files in a folder with errors that kept their record out of the model (a schema error drops the record). */
export function brokenFiles(issues: readonly Issue[], folder: string, kept: ReadonlyArray<{ file: string }>): number {
  const loaded = new Set(kept.map((r) => r.file));
  return new Set(issues.filter((i) => i.severity === "error" && i.file.startsWith(folder) && !loaded.has(i.file)).map((i) => i.file)).size;
}

const tr = (lang: Lang, key: string, params?: Record<string, string | number>) => translate(priorityMessages, lang, key, params);

function formatPoints(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 }).format(value);
}

function gapText(gap: Gap, lang: Lang): string {
  if (gap.what === "interested" || gap.what === "participants") {
    const count = gap.need - gap.have;
    return tr(lang, `prio.gap.${gap.what}.${count === 1 ? "one" : "other"}`, { count });
  }
  return tr(lang, `prio.gap.${gap.what}`);
}

/** "Projektauftrag erteilen" or "für den Projektauftrag fehlt: Projektleitung, ein Meilenstein". */
export function suggestionText(project: RankedProject, lang: Lang): string {
  const { decision, ready, gaps } = project.next;
  if (ready) return tr(lang, `prio.next.${decision}.ready`);
  return tr(lang, `prio.next.${decision}.gaps`, { gaps: gaps.map((g) => gapText(g, lang)).join(", ") });
}

function interestedText(project: RankedProject, lang: Lang): string {
  return tr(lang, `prio.interested.${project.interested === 1 ? "one" : "other"}`, { count: project.interested });
}

function criterionName(result: Prioritization, id: string): string {
  return result.criteria.find((c) => c.id === id)?.name ?? id;
}

/** Lines under the table: weights that do not add up, incomplete scores, and what is ready for a decision. */
function notes(result: Prioritization, lang: Lang, mark: (s: string) => string = (s) => s): string[] {
  const lines: string[] = [];
  if (result.weightTotal !== 100) lines.push(tr(lang, "prio.weights", { sum: result.weightTotal }));
  const incomplete = result.projects.filter((p) => p.missingScores.length > 0);
  if (incomplete.length > 0) {
    const list = incomplete.map((p) => `${p.id} (${p.missingScores.map((c) => criterionName(result, c)).join(", ")})`).join("; ");
    lines.push(mark(tr(lang, "prio.missing", { list })));
  }
  const ready = result.projects.filter((p) => p.next.ready);
  lines.push(
    ready.length > 0
      ? tr(lang, "prio.ready", { list: ready.map((p) => `${p.id} (${tr(lang, `prio.decision.${p.next.decision}`)})`).join(", ") })
      : tr(lang, "prio.notReady"),
  );
  return lines;
}

interface Cell {
  text: string;
  right?: boolean;
  style?: (s: string) => string;
}

/** Wraps a heading at spaces into lines no wider than its longest word or `min`. */
function wrapHeading(text: string, min: number): string[] {
  const width = Math.max(min, ...text.split(" ").map((w) => [...w].length));
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const lastLine = lines[lines.length - 1];
    if (lastLine !== undefined && [...lastLine].length + 1 + [...word].length <= width) lines[lines.length - 1] = `${lastLine} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function pad(cell: Cell, width: number, last: boolean): string {
  const gap = " ".repeat(Math.max(0, width - [...cell.text].length));
  const styled = cell.style ? cell.style(cell.text) : cell.text;
  if (cell.right) return gap + styled;
  return last ? styled : styled + gap;
}

/**
 * The terminal table: rank, ID, one column per criterion (its name from ikz.yaml as heading), total; under each row
 * the full title and the suggestion, so the table stays narrow enough for a normal terminal.
 */
function renderTable(result: Prioritization, lang: Lang, s: Styler): string {
  const out = [s.bold(tr(lang, "prio.heading"))];
  if (result.projects.length === 0) return `${[...out, tr(lang, "prio.none")].join("\n")}\n`;
  out.push(tr(lang, `prio.intro.${result.projects.length === 1 ? "one" : "other"}`, { count: result.projects.length }), tr(lang, "prio.formula"), "");
  const headings: string[][] = [
    [tr(lang, "prio.col.rank")],
    [tr(lang, "prio.col.id")],
    ...result.criteria.map((c) => [...wrapHeading(c.name, 10), tr(lang, "prio.col.weight", { weight: c.weight })]),
    [tr(lang, "prio.col.total")],
  ];
  const right = headings.map((_, i) => i !== 1);
  const anyMissing = result.projects.some((p) => p.missingScores.length > 0);
  const rows: Cell[][] = result.projects.map((p) => [
    // Every rank gets the marker's place, so the digits stay aligned when one project is marked.
    p.missingScores.length > 0 ? { text: `${p.rank}*`, style: s.yellow } : { text: anyMissing ? `${p.rank} ` : String(p.rank) },
    { text: p.id },
    ...p.contributions.map((c): Cell => (c.score === null ? { text: "–", style: s.yellow } : { text: formatPoints(c.points, lang) })),
    { text: formatPoints(p.total, lang), style: s.bold },
  ]);
  const widths = headings.map((h, i) => Math.max(...h.map((l) => [...l].length), ...rows.map((r) => [...(r[i]?.text ?? "")].length)));
  const height = Math.max(...headings.map((h) => h.length));
  const line = (cells: Cell[]) => cells.map((c, i) => pad({ ...c, right: right[i] }, widths[i] ?? 0, i === cells.length - 1)).join("  ").trimEnd();
  for (let row = 0; row < height; row++) {
    // Headings sit on the bottom lines, so every column's last heading line is next to the rule.
    out.push(line(headings.map((h) => ({ text: h[row - (height - h.length)] ?? "", style: s.bold }))));
  }
  out.push(s.dim(widths.map((w) => "─".repeat(w)).join("  ")));
  const indent = " ".repeat((widths[0] ?? 0) + 2);
  for (const [i, p] of result.projects.entries()) {
    const about = s.dim(`(${PHASE_LABELS[p.phase][lang]} · ${interestedText(p, lang)})`);
    const suggestion = `→ ${suggestionText(p, lang)}`;
    out.push(line(rows[i] ?? []), `${indent}${p.title} ${about}`, `${indent}${p.next.ready ? s.green(suggestion) : s.yellow(suggestion)}`);
  }
  out.push("", ...notes(result, lang, s.yellow));
  return `${out.join("\n")}\n`;
}

/** Register text in a table cell: escaped as `ikz status --format md` does, so a title's `*`, `<…>` or `[…](…)` stays text. */
const escapeCell = mdText;

function renderMarkdown(result: Prioritization, lang: Lang): string {
  const out = [`## ${tr(lang, "prio.heading")}`, ""];
  if (result.projects.length === 0) return `${[...out, tr(lang, "prio.none")].join("\n")}\n`;
  out.push(tr(lang, `prio.intro.${result.projects.length === 1 ? "one" : "other"}`, { count: result.projects.length }), tr(lang, "prio.formula"), "");
  const criteria = result.criteria.map((c) => `${escapeCell(c.name)} ${tr(lang, "prio.col.weight", { weight: c.weight })}`);
  const head = [tr(lang, "prio.col.rank"), tr(lang, "prio.col.id"), tr(lang, "prio.col.title"), tr(lang, "prio.col.phase"), tr(lang, "prio.col.interested"), ...criteria, tr(lang, "prio.col.total"), tr(lang, "prio.col.next")];
  out.push(`| ${head.join(" | ")} |`, `|---:|---|---|---|---:|${criteria.map(() => "---:|").join("")}---:|---|`);
  for (const p of result.projects) {
    const cells = [
      p.missingScores.length > 0 ? `${p.rank}\\*` : String(p.rank),
      p.id,
      escapeCell(p.title),
      PHASE_LABELS[p.phase][lang],
      String(p.interested),
      ...p.contributions.map((c) => (c.score === null ? "–" : formatPoints(c.points, lang))),
      `**${formatPoints(p.total, lang)}**`,
      escapeCell(suggestionText(p, lang)),
    ];
    out.push(`| ${cells.join(" | ")} |`);
  }
  out.push("", ...notes(result, lang, (t) => t.replace(/^\*/, "\\*")).flatMap((n) => [n, ""]));
  const quote = (t: string) => `"${t.replace(/"/g, "'")}"`;
  out.push(
    "```mermaid",
    "xychart-beta",
    `  title ${quote(tr(lang, "prio.chart.title"))}`,
    `  x-axis [${result.projects.map((p) => quote(p.id)).join(", ")}]`,
    `  y-axis ${quote(tr(lang, "prio.chart.axis"))} 0 --> ${Math.max(100, ...result.projects.map((p) => Math.ceil(p.total)))}`,
    `  bar [${result.projects.map((p) => String(p.total)).join(", ")}]`,
    "```",
  );
  return `${out.join("\n")}\n`;
}

/** `ikz prioritize` from the command line. */
export const runPrioritize: CommandRunner = async (inv, ctx) => {
  const requested = (inv.options.format as PrioritizeFormat | undefined) ?? "table";
  const format: PrioritizeFormat = ctx.globals.json && requested === "table" ? "json" : requested;
  await prioritizeProjects({ root: ctx.root, format }, ctx.deps);
  return 0;
};
