import type { Finding } from "../domain/finding.js";
import { translate, type Lang } from "../i18n/index.js";
import { statusMessages } from "../i18n/status-messages.js";
import { mdText } from "./status-md.js";
import { makeFormats } from "./status-text.js";

/** A project the findings are grouped under. */
export interface CheckProject {
  id: string;
  title: string;
}

/** What the Markdown output of `ikz check` needs besides the findings. */
export interface CheckMarkdownOptions {
  lang: Lang;
  today: string;
  /** The project a finding belongs to (by its file), if any. */
  projectOf: (finding: Finding) => CheckProject | undefined;
}

/** Findings of `ikz check` as a Markdown list grouped by project, for the steering group's papers or a CI summary. */
export function renderCheckMarkdown(findings: readonly Finding[], options: CheckMarkdownOptions): string {
  const { lang } = options;
  const t = (key: string, params?: Record<string, string | number>) => translate(statusMessages, lang, key, params);
  const out = [`# ${t("check.md.title", { date: makeFormats(lang).date(options.today) })}`, ""];
  if (findings.length === 0) return [...out, t("check.md.none"), ""].join("\n");

  const groups = new Map<string, { project?: CheckProject; findings: Finding[] }>();
  for (const f of findings) {
    const project = options.projectOf(f);
    const key = project?.id ?? "";
    const group = groups.get(key) ?? { ...(project ? { project } : {}), findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  // Projects in ID order; findings without a project last.
  const ordered = [...groups].sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const projects = ordered.filter(([key]) => key !== "").length;
  const projectWord = t(projects === 1 ? "check.md.projects.one" : "check.md.projects.other", { count: projects });
  out.push(t(findings.length === 1 ? "check.md.summary.one" : "check.md.summary.other", { count: findings.length, projects: projectWord }), "");

  for (const [, group] of ordered) {
    out.push(`## ${group.project ? `${group.project.id} – ${mdText(group.project.title)}` : t("check.md.other")}`, "");
    for (const f of group.findings) {
      const severity = f.severity === "error" ? ` (${t("check.md.severity.error")})` : "";
      const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
      const where = `${code(`${f.file}:${f.line}`)}${f.path === "" ? "" : ` · ${code(f.path)}`}`;
      out.push(`- **${f.code}**${severity} ${mdText(f.message)}  `, `  ${where}`);
    }
    out.push("");
  }
  return out.join("\n");
}
