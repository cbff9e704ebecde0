/** Largest slug length after the ID (spec/register.md). */
export const MAX_SLUG = 60;

const TRANSLIT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue", ẞ: "ss" };
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/**
 * The file-name slug of a title: lower case, umlauts transliterated, other accents dropped, every run of
 * other characters one "-", trimmed, then cut at a "-" to at most 60 characters (a longer single word is cut).
 * Never empty, never a Windows device name, never starting with "-" or containing a path separator.
 */
export function slugify(title: string): string {
  // NFC first: a title pasted from a PDF or typed on a Mac may spell ü as u + U+0308, which must become "ue" too.
  const base = title
    .normalize("NFC")
    .replace(/[äöüßÄÖÜẞ]/g, (c) => TRANSLIT[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  let slug = base;
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf("-", MAX_SLUG);
    slug = cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG);
  }
  slug = slug.replace(/-+$/, "");
  if (slug === "" || WINDOWS_RESERVED.test(slug)) slug = slug === "" ? "eintrag" : `${slug}-eintrag`;
  return slug;
}

/** The next sequential ID `<prefix>-<year>-<nnn>` after every ID already used that year. */
export function nextId(prefix: string, year: number, used: Iterable<string>, digits = 3): string {
  const head = `${prefix}-${year}-`;
  let max = 0;
  for (const id of used) {
    if (!id.startsWith(head)) continue;
    const n = Number.parseInt(id.slice(head.length), 10);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${head}${String(max + 1).padStart(digits, "0")}`;
}
