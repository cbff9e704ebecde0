import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Eta } from "eta";

/** The templates shipped with ikz; a register's own `templates/` folder overrides them file by file. */
export const SHIPPED_TEMPLATES = fileURLToPath(new URL("../../templates/", import.meta.url));

/** Names of the record templates. */
export type TemplateName = "project" | "decision" | "report" | "lesson" | "minutes";

/**
 * Renders a Markdown template with eta. Values are inserted raw (`<%= %>` does no HTML escaping: this
 * is Markdown); front matter is never templated – callers render it with the yaml library and pass it in.
 */
export function renderTemplate(root: string, name: TemplateName, data: Record<string, unknown>): string {
  const own = join(root, "templates", `${name}.md`);
  const path = existsSync(own) ? own : join(SHIPPED_TEMPLATES, `${name}.md`);
  const eta = new Eta({ autoEscape: false, autoTrim: false, useWith: false, varName: "it" });
  return eta.renderString(readFileSync(path, "utf8"), data);
}
