import MarkdownIt, { type Token } from "markdown-it";

/**
 * Markdown from record bodies, made safe for exports. The one module that turns register Markdown into
 * HTML: markdown-it with raw HTML off, no images (they would load external resources) and only
 * http(s), mailto and relative links, so no `javascript:` or `data:` URL can survive.
 */

const SAFE_LINK = /^(https?:|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function makeRenderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.disable(["image"]);
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so test the squeezed URL.
  md.validateLink = (url: string) => {
    // eslint-disable-next-line no-control-regex
    const squeezed = url.replace(/[\u0000-\u0020\u007F]/g, "");
    return SAFE_LINK.test(squeezed) || !HAS_SCHEME.test(squeezed);
  };
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet("rel", "noopener noreferrer");
    return defaultLinkOpen ? defaultLinkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

const renderer = makeRenderer();

/** Register Markdown as sanitised HTML (no raw HTML, no scripts, no event handlers, no unsafe links, no images). */
export function markdownToHtml(markdown: string): string {
  return renderer.render(markdown);
}

/** Register Markdown as plain-text paragraphs (headings and list items each one paragraph): for outputs that must not carry markup. */
export function markdownToParagraphs(markdown: string): string[] {
  const out: string[] = [];
  for (const token of renderer.parse(markdown, {})) {
    if (token.type !== "inline") continue;
    const text = (token.children ?? [])
      .map((c: Token) => (c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" || c.type === "hardbreak" ? " " : ""))
      .join("")
      .trim();
    if (text !== "") out.push(text);
  }
  return out;
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
