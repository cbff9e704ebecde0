import { compareIds, type Rec } from "./model.js";
import type { Field, Lesson } from "./types.generated.js";

/** Where a search word was found in a lesson. */
export type LessonPart = "title" | "tags" | "fields" | "body";

/**
 * Points per search word and part of the lesson it occurs in: a word in the title says most about what the lesson is
 * about, a tag or field of action was chosen on purpose, a word somewhere in the text says least.
 */
export const PART_WEIGHTS: Readonly<Record<LessonPart, number>> = { title: 6, tags: 3, fields: 2, body: 1 };

/** What to look for. */
export interface LessonQuery {
  /** Search words as typed; every word must occur (in any part). No words: every released lesson. */
  words: readonly string[];
  /** Field-of-action id the lesson must apply to (`applies_to`). */
  field?: string;
  category?: Lesson["category"];
}

/** A released lesson that matched, with why. */
export interface LessonHit {
  lesson: Rec<Lesson>;
  score: number;
  /** Parts in which at least one search word occurred, in the order title, tags, fields, body. */
  matchedIn: LessonPart[];
}

/**
 * Folds text for German-aware comparison: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents stripped (é→e),
 * so "Gebühren", "GEBÜHREN" and "Gebuehren" compare equal.
 */
export function foldText(text: string): string {
  // NFC first, so a decomposed ü (u + U+0308, from a Mac or a PDF) folds to "ue" like a composed one.
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/[ßẞ]/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}

/** Folded words of a text: runs of letters and digits. */
export function tokenize(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The search terms of what was typed: each typed word folded and split like the text ("E-Akte" → e, akte). */
export function queryTerms(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => tokenize(w)))];
}

/** A folded word without the umlaut e (ae→a, oe→o, ue→u): the form in which a singular meets its umlaut plural. */
function baseForm(folded: string): string {
  return folded.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
}

/**
 * Whether a folded search term occurs inside a folded token: as it is ("gebuehren" in "gebuehrenkalkulation"), or with
 * umlauts set aside on both sides, so "beschluss" finds "Gremienbeschlüsse" and "Beschlussfassung" alike.
 */
export function termMatches(term: string, token: string): boolean {
  return token.includes(term) || baseForm(token).includes(baseForm(term));
}

function occursIn(term: string, tokens: readonly string[]): boolean {
  return tokens.some((t) => termMatches(term, t));
}

/** Released lessons matching the query: best matches first, then newest; without words, newest first. */
export function searchLessons(lessons: readonly Rec<Lesson>[], query: LessonQuery, fields: readonly Field[] = []): LessonHit[] {
  const terms = queryTerms(query.words);
  const fieldNames = new Map(fields.map((f) => [f.id, f.name]));
  const hits: LessonHit[] = [];
  for (const lesson of lessons) {
    const l = lesson.data;
    if (l.released !== true) continue;
    if (query.category !== undefined && l.category !== query.category) continue;
    if (query.field !== undefined && !(l.applies_to ?? []).includes(query.field)) continue;
    if (terms.length === 0) {
      hits.push({ lesson, score: 0, matchedIn: [] });
      continue;
    }
    const parts: Record<LessonPart, string[]> = {
      title: tokenize(l.title),
      tags: (l.tags ?? []).flatMap(tokenize),
      fields: (l.applies_to ?? []).flatMap((id) => tokenize(`${id} ${fieldNames.get(id) ?? ""}`)),
      // The section headings (Ausgangssituation, Erkenntnis, Empfehlung) are the template's, not the lesson's words.
      body: tokenize(lesson.body.replace(/^#{1,6}[ \t].*$/gm, "")),
    };
    const matched = new Set<LessonPart>();
    let score = 0;
    let all = true;
    for (const term of terms) {
      let found = false;
      for (const part of Object.keys(PART_WEIGHTS) as LessonPart[]) {
        if (!occursIn(term, parts[part])) continue;
        found = true;
        matched.add(part);
        score += PART_WEIGHTS[part];
      }
      if (!found) {
        all = false;
        break;
      }
    }
    if (all) hits.push({ lesson, score, matchedIn: (Object.keys(PART_WEIGHTS) as LessonPart[]).filter((p) => matched.has(p)) });
  }
  return hits.sort((a, b) => b.score - a.score || newestFirst(a.lesson.data, b.lesson.data));
}

function newestFirst(a: Lesson, b: Lesson): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return compareIds(b.id, a.id);
}

/** The text of a body section (`## Empfehlung`), without its heading; "" when the lesson has none. */
export function sectionText(body: string, heading: string): string {
  const lines = body.replace(/\r\n/g, "\n").split("\n");
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && foldText(line.replace(/^#+\s*/, "").trim()) === foldText(heading));
  if (start < 0) return "";
  const end = lines.findIndex((line, i) => i > start && /^#{1,6}\s/.test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join("\n")
    .trim();
}

/** Splits text into pieces, marking the words that contain a search term, so a renderer can highlight them. */
export function markMatches(text: string, terms: readonly string[]): Array<{ text: string; match: boolean }> {
  const pieces: Array<{ text: string; match: boolean }> = [];
  // A one-letter term ("e" from "E-Akte") occurs in nearly every word: marking those would mark everything.
  const marked = terms.some((t) => t.length > 1) ? terms.filter((t) => t.length > 1) : terms;
  const re = /[\p{L}\p{N}]+/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const word = m[0];
    const folded = foldText(word);
    if (!marked.some((t) => termMatches(t, folded))) continue;
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), match: false });
    pieces.push({ text: word, match: true });
    last = m.index + word.length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}
