import { UsageError } from "../domain/errors.js";
import { foldText, markMatches, queryTerms, searchLessons, sectionText, type LessonHit, type LessonPart } from "../domain/lesson-search.js";
import type { Rec } from "../domain/model.js";
import { suggest } from "../domain/suggest.js";
import type { Field, Lesson } from "../domain/types.generated.js";
import { translate, type Lang } from "../i18n/index.js";
import { cliMessages } from "../i18n/cli-messages.js";
import { priorityMessages } from "../i18n/priority-messages.js";
import { folderSource } from "../io/fs-source.js";
import { readRegister } from "../register/register-data.js";
import { formatDate } from "../render/format.js";
import { terminalProgress } from "../render/progress.js";
import { plainStyler, type Styler } from "../render/styler.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";

export type LessonsFormat = "text" | "json" | "md";

export interface LessonsOptions {
  root: string;
  words: string[];
  /** Field of action: its id, or its name as in ikz.yaml ("Vollstreckung"). */
  field?: string;
  category?: Lesson["category"];
  format: LessonsFormat;
}

/** One lesson found, as every format shows it. */
export interface LessonFound {
  id: string;
  title: string;
  date: string;
  kind: Lesson["kind"];
  category: Lesson["category"];
  project?: { id: string; title?: string };
  appliesTo: string[];
  tags: string[];
  score: number;
  matchedIn: LessonPart[];
  /** The section "Empfehlung" as one paragraph ("" when the lesson has none); text and md show its first lines. */
  recommendation: string;
  file: string;
}

/** What `ikz lessons` found. */
export interface LessonsResult {
  query: { words: string[]; terms: string[]; field?: string; category?: Lesson["category"] };
  count: number;
  lessons: LessonFound[];
}

/** The recommendation snippet: lines of at most this many characters, at most this many lines. */
const SNIPPET_WIDTH = 64;
const SNIPPET_LINES = 3;

/** Searches the released lessons (title, tags, fields of action, text), best matches first. */
export async function searchLessonsCommand(options: LessonsOptions, deps: Deps): Promise<LessonsResult> {
  const progress = terminalProgress(deps.err, deps.lang, translate(cliMessages, deps.lang, "progress.read"), !deps.quiet);
  const data = await readRegister(folderSource(options.root), undefined, progress.update);
  progress.finish();
  // A lesson file with a schema error is not in the model: say so rather than silently search less.
  const loaded = new Set(data.model.lessons.map((l) => l.file));
  const skipped = new Set(data.issues.filter((i) => i.severity === "error" && i.file.startsWith("lessons/") && !loaded.has(i.file)).map((i) => i.file)).size;
  if (skipped > 0 && !deps.quiet) deps.err.write(`${tr(deps.lang, `lessons.skipped.${skipped === 1 ? "one" : "other"}`, { count: skipped })}\n`);
  const fields = data.model.config?.data.fields ?? [];
  const field = options.field === undefined ? undefined : resolveField(options.field, fields);
  const hits = searchLessons(data.model.lessons, { words: options.words, ...(field ? { field } : {}), ...(options.category ? { category: options.category } : {}) }, fields);
  const projects = new Map(data.model.projects.map((p) => [p.data.id, p.data.title]));
  const result: LessonsResult = {
    query: { words: options.words, terms: queryTerms(options.words), ...(field ? { field } : {}), ...(options.category ? { category: options.category } : {}) },
    count: hits.length,
    lessons: hits.map((hit) => found(hit, projects)),
  };
  const styler = options.format === "text" ? deps.styler : plainStyler;
  deps.out.write(renderLessons(result, options.format, deps.lang, styler, fields));
  return result;
}

/** A field of action given by id or (folded) name; an unknown one is a usage error with a suggestion. */
export function resolveField(value: string, fields: readonly Field[]): string {
  const byId = fields.find((f) => f.id === value.trim());
  if (byId) return byId.id;
  const folded = foldText(value.trim());
  const byName = fields.find((f) => foldText(f.name) === folded || foldText(f.id) === folded);
  if (byName) return byName.id;
  const ids = fields.map((f) => f.id);
  throw new UsageError("lessons-unknown-field", { value, hint: suggest(folded, ids) ?? "", known: ids.join(", ") });
}

function found(hit: LessonHit, projects: Map<string, string>): LessonFound {
  const l = hit.lesson.data;
  const projectTitle = l.project === undefined ? undefined : projects.get(l.project);
  return {
    id: l.id,
    title: l.title,
    date: l.date,
    kind: l.kind,
    category: l.category,
    ...(l.project !== undefined ? { project: { id: l.project, ...(projectTitle !== undefined ? { title: projectTitle } : {}) } } : {}),
    appliesTo: l.applies_to ?? [],
    tags: l.tags ?? [],
    score: hit.score,
    matchedIn: hit.matchedIn,
    recommendation: recommendationOf(hit.lesson),
    file: hit.lesson.file,
  };
}

function recommendationOf(lesson: Rec<Lesson>): string {
  return (sectionText(lesson.body, "Empfehlung") || sectionText(lesson.body, "Recommendation")).replace(/\s+/g, " ");
}

/** The first lines of a text, wrapped at words, with "…" when cut. */
function snippet(text: string): string {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (current !== "" && [...current].length + 1 + [...word].length > SNIPPET_WIDTH) {
      lines.push(current);
      current = "";
      if (lines.length === SNIPPET_LINES) return `${lines.join("\n").replace(/[\s.,;:]*$/, "")} …`;
    }
    current = current === "" ? word : `${current} ${word}`;
  }
  if (current !== "") lines.push(current);
  return lines.join("\n");
}

const tr = (lang: Lang, key: string, params?: Record<string, string | number>) => translate(priorityMessages, lang, key, params);

/** " zu „gebühren“ · Handlungsfeld Vollstreckung · Kategorie rechtlich" */
function describeQuery(result: LessonsResult, lang: Lang, fields: readonly Field[]): { query: string; filters: string } {
  const { words, field, category } = result.query;
  const filters: string[] = [];
  if (field !== undefined) filters.push(tr(lang, "lessons.filter.field", { name: fields.find((f) => f.id === field)?.name ?? field }));
  if (category !== undefined) filters.push(tr(lang, "lessons.filter.category", { name: tr(lang, `lessons.category.${category}`) }));
  return { query: words.length > 0 ? tr(lang, "lessons.query", { words: words.join(" ") }) : "", filters: filters.map((f) => ` · ${f}`).join("") };
}

/** The search result as text for the terminal, JSON, or Markdown. */
export function renderLessons(result: LessonsResult, format: LessonsFormat, lang: Lang, styler: Styler, fields: readonly Field[] = []): string {
  if (format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  const md = format === "md";
  const { query, filters } = describeQuery(result, lang, fields);
  const out: string[] = md ? [`## ${tr(lang, "lessons.heading")}`, ""] : [];
  if (result.count === 0) {
    out.push(tr(lang, "lessons.none", { query, filters }), "", tr(lang, "lessons.none.hint"));
    return `${out.join("\n")}\n`;
  }
  const order = tr(lang, result.query.terms.length > 0 ? "lessons.order.relevance" : "lessons.order.newest");
  const count = tr(lang, `lessons.found.${result.count === 1 ? "one" : "other"}`, { count: result.count });
  out.push(`${md ? count : styler.bold(count)}${query}${filters} (${order})`, "");
  const highlight = (text: string) =>
    markMatches(text, result.query.terms)
      .map((piece) => (piece.match ? (md ? `**${piece.text}**` : styler.bold(piece.text)) : piece.text))
      .join("");
  result.lessons.forEach((l, i) => {
    const meta = [l.id, formatDate(l.date, lang), tr(lang, `lessons.kind.${l.kind}`), tr(lang, `lessons.category.${l.category}`)].join(" · ");
    const project = l.project ? `${tr(lang, "lessons.project", { id: l.project.id })}${l.project.title ? ` ${l.project.title}` : ""}` : undefined;
    const label = tr(lang, "lessons.recommendation");
    if (md) {
      out.push(`### ${i + 1}. ${highlight(escapeMd(l.title))}`, "", escapeMd(project ? `${meta} · ${project}` : meta), "");
      if (l.recommendation !== "") out.push(`> **${label}:** ${highlight(escapeMd(snippet(l.recommendation).replace(/\n/g, " ")))}`, "");
      return;
    }
    out.push(`${styler.bold(`${i + 1}.`)} ${highlight(l.title)}`, `   ${styler.dim(meta)}`);
    if (project) out.push(`   ${styler.dim(project)}`);
    if (l.recommendation !== "") {
      const [first, ...rest] = snippet(l.recommendation).split("\n");
      out.push(`   ${label}: ${highlight(first ?? "")}`, ...rest.map((line) => `   ${" ".repeat([...label].length + 2)}${highlight(line)}`));
    }
    out.push("");
  });
  while (out[out.length - 1] === "") out.pop();
  return `${out.join("\n")}\n`;
}

function escapeMd(text: string): string {
  return text.replace(/([\\*_`[\]<>|])/g, "\\$1");
}

/** `ikz lessons` from the command line. */
export const runLessons: CommandRunner = async (inv, ctx) => {
  const requested = (inv.options.format as LessonsFormat | undefined) ?? "text";
  const format: LessonsFormat = ctx.globals.json && requested === "text" ? "json" : requested;
  await searchLessonsCommand(
    {
      root: ctx.root,
      words: inv.args,
      format,
      ...(typeof inv.options.field === "string" ? { field: inv.options.field } : {}),
      ...(typeof inv.options.category === "string" ? { category: inv.options.category as Lesson["category"] } : {}),
    },
    ctx.deps,
  );
  return 0;
};
