import { stringify } from "yaml";
import { UsageError } from "../domain/errors.js";
import { nextId, slugify } from "../domain/ids.js";
import { suggest } from "../domain/suggest.js";
import type { Lesson } from "../domain/types.generated.js";
import { translate } from "../i18n/index.js";
import { recordMessages } from "../i18n/record-messages.js";
import { folderSource } from "../io/fs-source.js";
import { idFromPath } from "../register/layout.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { renderTemplate } from "../register/template.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { BREAKS_LINE, parseDateFlag, parseListFlag, requireKnown } from "./flag-values.js";
import { refuseFutureDate } from "./past-date.js";
import { valueOrAsk, type Choice } from "./prompter.js";
import { printOutcome, writeOptions } from "./write-common.js";

export type LessonKind = Lesson["kind"];
export type LessonCategory = Lesson["category"];

export interface LessonNewOptions extends WriteOptions {
  title?: string;
  kind?: LessonKind;
  category?: LessonCategory;
  project?: string;
  /** Field-of-action codes from ikz.yaml. */
  appliesTo?: string[];
  tags?: string[];
  author?: string;
  /** Date of the lesson; default today. Its year is the year of the ID. */
  date?: string;
}

export interface LessonNewResult {
  id: string;
  file: string;
}

/** What templates/lesson.md receives. */
export interface LessonTemplateData {
  frontMatter: string;
  lesson: Lesson;
  project?: { id: string; title: string };
}

const KINDS: readonly LessonKind[] = ["success", "failure", "note"];
const CATEGORIES: readonly LessonCategory[] = ["technical", "methodical", "legal", "funding", "staff", "communication", "finance"];
const MAX_TITLE = 200;

/** Records a lesson learned as `lessons/<id>-<slug>.md`, not yet released (the steering group releases it). */
export async function lessonNew(options: LessonNewOptions, deps: Deps): Promise<WriteOutcome<LessonNewResult>> {
  const t = (key: string, params?: Record<string, string | number>) => translate(recordMessages, deps.lang, key, params);
  const date = options.date ?? deps.today();
  refuseFutureDate(date, "--date", "date-in-future.lesson", deps);
  const author = options.author === undefined ? undefined : checkText(options.author, "--author", MAX_TITLE);
  const tags = options.tags?.map((tag) => checkText(tag, "--tags", 100));
  if (options.title !== undefined) checkText(options.title, "--title", MAX_TITLE);
  if (deps.prompts.interactive && (options.title === undefined || options.kind === undefined || options.category === undefined)) {
    // Refuse an unknown project or field before anyone answers questions.
    checkReferences(await readRegister(folderSource(options.root)), options);
  }
  const title = checkText(
    await valueOrAsk(options.title, "--title", deps.prompts, (p) =>
      p.input({ message: t("prompt.lessonTitle"), validate: (v) => (v.trim() !== "" && [...v.trim()].length <= MAX_TITLE) || t("prompt.required") }),
    ),
    "--title",
    MAX_TITLE,
  );
  const kind = await valueOrAsk(options.kind, "--kind", deps.prompts, (p) => p.select({ message: t("prompt.lessonKind"), choices: choices(KINDS, "lessonKind", t) }));
  const category = await valueOrAsk(options.category, "--category", deps.prompts, (p) => p.select({ message: t("prompt.category"), choices: choices(CATEGORIES, "category", t) }));

  return runWrite(options, (data) => {
    const project = checkReferences(data, options);
    const prefix = data.model.config?.data.ids?.lesson ?? "LL";
    const id = nextId(prefix, Number(date.slice(0, 4)), usedIds(data));
    const lesson: Lesson = {
      id,
      title,
      date,
      ...(project !== undefined ? { project: project.id } : {}),
      kind,
      category,
      ...(options.appliesTo !== undefined && options.appliesTo.length > 0 ? { applies_to: options.appliesTo } : {}),
      ...(tags !== undefined && tags.length > 0 ? { tags } : {}),
      ...(author !== undefined ? { author } : {}),
      released: false,
    };
    const file = `lessons/${id}-${slugify(title)}.md`;
    const frontMatter = `---\n${stringify(lesson, { lineWidth: 0, indent: 2, indentSeq: true })}---\n`;
    const templateData: LessonTemplateData = { frontMatter, lesson, ...(project !== undefined ? { project } : {}) };
    const content = renderTemplate(options.root, "lesson", templateData as unknown as Record<string, unknown>);
    return { summary: t("lesson.summary", { id, title }), recordId: id, changes: [{ file, content }], result: { id, file } };
  });
}

/** Checks --project and --applies-to against the register; returns the project named. */
function checkReferences(data: RegisterData, options: LessonNewOptions): { id: string; title: string } | undefined {
  const fields = data.model.config?.data.fields.map((f) => f.id) ?? [];
  for (const field of options.appliesTo ?? []) requireKnown(field, fields, "--applies-to", suggest);
  if (options.project === undefined) return undefined;
  const projects = data.loaded.records.filter((r) => r.kind === "project" && isObject(r.data)).map((r) => r.data as Record<string, unknown>);
  const found = projects.find((p) => p.id === options.project);
  if (!found) {
    const known = projects.map((p) => String(p.id));
    throw new UsageError("unknown-code", { flag: "--project", value: options.project, hint: suggest(options.project, known) ?? "", known: known.slice(-20).join(", ") });
  }
  return { id: options.project, title: typeof found.title === "string" ? found.title : options.project };
}

/** Every ID in use: from the records' data and from their file names (a broken record still holds its number). */
function usedIds(data: RegisterData): string[] {
  const ids: string[] = [];
  for (const r of data.loaded.records) {
    if (isObject(r.data) && typeof r.data.id === "string") ids.push(r.data.id);
    if (r.kind !== "config") {
      const fromFile = idFromPath(r.kind, r.file);
      if (fromFile !== undefined) ids.push(fromFile);
    }
  }
  return ids;
}

function choices<T extends string>(values: readonly T[], group: string, t: (key: string) => string): Choice<T>[] {
  return values.map((value) => ({ value, name: t(`${group}.${value}`) }));
}

function checkText(value: string, flag: string, max: number): string {
  const text = value.normalize("NFC").trim();
  if (text === "") throw new UsageError("text-empty", { flag });
  // A line break or other control character would break the one-line field and the commit subject.
  if (BREAKS_LINE.test(text)) throw new UsageError("text-one-line", { flag });
  const length = [...text].length;
  if (length > max) throw new UsageError("text-too-long", { flag, max, length });
  return text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `ikz lesson new --title … --kind … --category …` from the command line. */
export const runLessonNew: CommandRunner = async (inv, ctx) => {
  const o = inv.options;
  const str = (value: unknown) => (typeof value === "string" ? value : undefined);
  const outcome = await lessonNew(
    {
      ...writeOptions(inv, ctx),
      title: str(o.title),
      kind: str(o.kind) as LessonKind | undefined,
      category: str(o.category) as LessonCategory | undefined,
      project: str(o.project)?.trim().toUpperCase(),
      appliesTo: str(o.appliesTo) === undefined ? undefined : parseListFlag(str(o.appliesTo)!),
      tags: str(o.tags) === undefined ? undefined : parseListFlag(str(o.tags)!),
      author: str(o.author),
      date: str(o.date) === undefined ? undefined : parseDateFlag(str(o.date)!, "--date"),
    },
    ctx.deps,
  );
  printOutcome(ctx, outcome, outcome.result.id);
  return 0;
};
