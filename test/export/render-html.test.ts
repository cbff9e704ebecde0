import { describe, expect, it } from "vitest";
import type { ExportDocument } from "../../src/export/document.js";
import { renderHtml } from "../../src/export/render/html.js";
import { renderMarkdown } from "../../src/export/render/markdown.js";
import { markdownToHtml, markdownToParagraphs } from "../../src/export/render/markdown-text.js";

const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert(2)"> | *fett* [x](javascript:alert(3))`;

/** A small document in which every place that takes text holds hostile text. */
function doc(lang: "de" | "en" = "de"): ExportDocument {
  return {
    kind: "test",
    lang,
    audience: "council",
    title: `Titel ${HOSTILE}`,
    subtitle: "Quartal 2025-Q3",
    source: { registerName: `Register ${HOSTILE}`, commit: "0123456789abcdef0123456789abcdef01234567", commitDate: "2025-09-30T18:05:00+02:00" },
    sections: [
      {
        id: "eins",
        title: `Abschnitt ${HOSTILE}`,
        paragraphs: [`Absatz ${HOSTILE}`],
        figures: [{ label: `Zahl ${HOSTILE}`, value: 1234567, type: "euro" }],
        charts: [
          { kind: "pie", title: `Torte ${HOSTILE}`, unit: "count", points: [{ label: `Stück ${HOSTILE}`, value: 3 }, { label: "Rest", value: 1 }] },
          { kind: "bar", title: "Balken", unit: "euro", points: [{ label: `Bar ${HOSTILE}`, value: 250000 }] },
        ],
        tables: [
          {
            id: "t",
            title: `Tabelle ${HOSTILE}`,
            columns: [{ key: "a", label: `Spalte ${HOSTILE}`, type: "text" }, { key: "b", label: "Betrag", type: "euro" }, { key: "c", label: "Datum", type: "date" }],
            rows: [{ a: HOSTILE, b: 1500, c: "2025-03-31" }],
            note: `Hinweis ${HOSTILE}`,
          },
        ],
        excerpts: [{ title: `Auszug ${HOSTILE}`, markdown: `## Erkenntnis\n\n${HOSTILE}\n\n<a href="javascript:x()" onclick="y()">a</a> [ok](https://example.org) [rel](../x.md) [data](data:text/html,<script>1</script>) [tab](java\tscript:alert(1))` }],
      },
      { id: "zwei", title: "Leer", tables: [{ id: "leer", title: "Nichts", columns: [{ key: "a", label: "A", type: "text" }], rows: [] }] },
    ],
  };
}

const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];

describe("renderHtml", () => {
  const html = renderHtml(doc());

  it("is one self-contained document: inline style, A4 page rules, sections, tables, no scripts or external loads", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"de\">")).toBe(true);
    expect(html).toContain("size: A4");
    expect(html).toContain("counter(page)");
    expect(html).toContain("break-before: page");
    expect(html.match(/<section class="section"/g)).toHaveLength(2);
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html).toContain('<p class="empty">keine Einträge</p>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain("1.234.567 €");
    expect(html).toContain("31.03.2025");
    expect(html).toContain("Commit 0123456789ab vom 30.09.2025, 18:05 Uhr");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<iframe|<object|<embed|<img|<base/i);
  });

  it("escapes register text everywhere and keeps only safe links from record Markdown", () => {
    const tags = tagsOf(html);
    expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /javascript:|data:|vbscript:/i.test(t.replace(/img-src data:/, "")))).toEqual([]);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">ok</a>');
    expect(html).toContain('<a href="../x.md" rel="noopener noreferrer">rel</a>');
    // In the page-margin boxes the text is a CSS string: no way out of the style element.
    const style = html.slice(html.indexOf("<style>") + "<style>".length, html.indexOf("</style>"));
    expect(style).not.toContain("<");
  });

  it("is byte-identical for the same document", () => {
    expect(renderHtml(doc())).toBe(html);
  });

  it("speaks English", () => {
    const en = renderHtml(doc("en"));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("€1,234,567");
    expect(en).toContain("31 Mar 2025");
    expect(en).toContain("no entries");
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(doc());

  it("has headings, a GFM table with right-aligned numbers, Mermaid charts and the source line", () => {
    expect(md.split("\n")[0]).toMatch(/^# Titel /);
    expect(md).toContain("| --- | ---: | --- |");
    expect(md).toContain("```mermaid\npie showData");
    expect(md).toContain("xychart-beta");
    expect(md).toContain("Commit 0123456789ab vom 30.09.2025, 18:05 Uhr");
    expect(md).toContain("_keine Einträge_");
  });

  it("escapes Markdown and HTML syntax so register text cannot break a table or inject markup", () => {
    // Outside the Mermaid blocks (code, never rendered as Markdown) every < and ] of register text is escaped.
    const text = md.replace(/```mermaid[\s\S]*?```/g, "");
    expect(text).not.toMatch(/(^|[^\\])<script/i);
    expect(text).not.toMatch(/(^|[^\\])\]\(javascript/i);
    expect(md).toContain("\\<script\\>");
    expect(md).toContain("\\| \\*fett\\*");
    // A Mermaid label loses quotes and angle brackets instead of ending the string early.
    expect(md).toMatch(/"Stück script alert\(1\) \/script img src=x onerror= alert\(2\)/);
  });
});

describe("record Markdown", () => {
  it("renders headings and emphasis, drops raw HTML and unsafe links", () => {
    const html = markdownToHtml("## Kopf\n\n*kursiv* <b onclick=x>roh</b> [a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](mailto:a@b.de)");
    expect(html).toContain("<h2>Kopf</h2>");
    expect(html).toContain("<em>kursiv</em>");
    expect(html).toContain("&lt;b onclick=x&gt;roh&lt;/b&gt;");
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('href="mailto:a@b.de"');
  });

  it("gives plain paragraphs for formats without markup", () => {
    expect(markdownToParagraphs("## Kopf\n\nEins *zwei*\ndrei\n\n- Punkt")).toEqual(["Kopf", "Eins zwei drei", "Punkt"]);
  });
});
