import { stringify } from "yaml";
import { formatEuro, formatNumber } from "../render/format.js";
import { IkzError, UsageError } from "../domain/errors.js";
import { nextId, slugify } from "../domain/ids.js";
import { suggest } from "../domain/suggest.js";
import { savingsRatePct } from "../domain/savings-rate.js";
import type { IkzConfig, Project } from "../domain/types.generated.js";
import { folderSource } from "../io/fs-source.js";
import { CONFIG_FILE, classifyPath, idFromPath } from "../register/layout.js";
import { joinRecordFile } from "../register/record-file.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { renderTemplate } from "../register/template.js";
import { runWrite, type WriteOptions, type WriteOutcome, type WritePlan } from "../register/write-transaction.js";
import { compileSchemas } from "../schema/compile.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { parseDateFlag, parseEuroFlag, parseListFlag, requireKnown } from "./flag-values.js";
import { refuseFutureDate } from "./past-date.js";
import { checkTitle, printWrite, projectIds, projectText, promptCheck, registerConfig, requireMunicipality, stringOption } from "./find-record.js";
import { valueOrAsk, type PromptSource, type Prompter } from "./prompter.js";
import { writeOptions } from "./write-common.js";

export interface NewProjectOptions {
  write: WriteOptions;
  title?: string;
  field?: string;
  lead?: string;
  /** Partners besides the lead, comma-separated as on the command line. */
  participants?: string;
  managerName?: string;
  managerEmail?: string;
  baselineCosts?: string;
  savingsPlanned?: string;
  description?: string;
  /** Creation date (YYYY-MM-DD); its year is the ID's year. Default: today. */
  date?: string;
  /** Skip the confirmation after the preview (--yes). */
  yes: boolean;
}

export interface NewProjectResult {
  id: string;
  file: string;
  title: string;
}

/** What the coordinator answered or passed as flags, checked but not yet matched against ikz.yaml. */
interface Answers {
  title: string;
  field: string;
  lead?: string;
  partners: string[];
  managerName?: string;
  managerEmail?: string;
  baseline?: number;
  savings?: number;
  description?: string;
  created: string;
}

const MAX_DESCRIPTION = 2000;
// The address check of ajv-formats' "email" format, so a flag value the schema would refuse is a usage error.
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Registers a new project in phase `idea`: asks what is missing (on a terminal), previews, allocates the ID under the lock, writes and commits. */
export async function newProject(options: NewProjectOptions, deps: Deps): Promise<WriteOutcome<NewProjectResult>> {
  const created = options.date === undefined ? deps.today() : parseDateFlag(options.date, "--date");
  // Before any question: the ID's year comes from this date, and a day to come is no registration.
  refuseFutureDate(created, "--date", "date-in-future.project", deps);
  const interactive = deps.prompts.interactive;
  const preview = interactive ? await readConfigOnly(options.write.root) : undefined;
  const answers = await collectAnswers(options, deps, created, preview?.config);
  if (preview) {
    const provisional = nextId(preview.config.ids?.project ?? "IKZ", Number(created.slice(0, 4)), preview.ids);
    const { frontMatter, rate } = buildProject(provisional, answers, preview.config);
    deps.err.write(`\n${projectText(deps.lang, "preview.heading")}\n---\n${frontMatter}---\n`);
    if (rate !== undefined) deps.err.write(`${projectText(deps.lang, "preview.savingsRate", { rate })}\n`);
    if (!options.yes) {
      const ok = await (await deps.prompts.prompter()).confirm({ message: projectText(deps.lang, "prompt.confirm"), default: true });
      if (!ok) throw new IkzError("cancelled", {}, 130);
    }
  }
  return runWrite(options.write, (data) => planProject(data, answers, options.write.root, deps));
}

/** The plan, computed under the lock: codes checked against ikz.yaml, the next free ID, the file from the template. */
function planProject(data: RegisterData, answers: Answers, root: string, deps: Deps): WritePlan<NewProjectResult> {
  const config = registerConfig(data);
  const id = nextId(config.ids?.project ?? "IKZ", Number(answers.created.slice(0, 4)), projectIds(data));
  const { project, frontMatter, rate, savingsText } = buildProject(id, answers, config);
  const file = `projects/${id}-${slugify(answers.title)}.md`;
  const rendered = renderTemplate(root, "project", { frontMatter: `---\n${frontMatter}---\n`, project, description: answers.description, savingsRate: rate, savingsText });
  // A register's own template without the front matter placeholder still gets the front matter.
  const content = rendered.startsWith(`---\n${frontMatter}---\n`) ? rendered : joinRecordFile(frontMatter, rendered);
  return {
    summary: projectText(deps.lang, "summary.newProject", { id, title: answers.title }),
    recordId: id,
    changes: [{ file, content }],
    result: { id, file, title: answers.title },
  };
}

/** The project's front matter in the key order of spec/register.md, rendered by the yaml library. */
function buildProject(id: string, a: Answers, config: IkzConfig): { project: Project; frontMatter: string; rate?: string; savingsText?: string } {
  requireKnown(a.field, config.fields.map((f) => f.id), "--field", suggest);
  const lead = a.lead === undefined ? undefined : requireMunicipality(config, a.lead, "--lead");
  const partners = a.partners.map((m) => requireMunicipality(config, m, "--participants")).filter((m) => m !== lead);
  const project: Project = { id, title: a.title, field: a.field, phase: "idea", created: a.created };
  if (lead !== undefined) project.lead = lead;
  const participants = [...(lead === undefined ? [] : [{ municipality: lead, role: "lead" as const }]), ...partners.map((m) => ({ municipality: m, role: "partner" as const }))];
  if (participants.length > 0) project.participants = participants;
  if (a.managerName !== undefined) {
    project.project_manager = { name: a.managerName };
    if (a.managerEmail !== undefined) project.project_manager.email = a.managerEmail;
    if (lead !== undefined) project.project_manager.municipality = lead;
  }
  if (a.baseline !== undefined) project.baseline_costs_eur = a.baseline;
  if (a.savings !== undefined) project.savings_planned_eur = a.savings;
  const frontMatter = stringify(project, { lineWidth: 0 });
  if (a.baseline === undefined || a.savings === undefined || a.baseline === 0) return { project, frontMatter };
  // The project text is the register's own (German) prose, whatever --lang the coordinator runs with.
  const rate = formatNumber(savingsRatePct(a.savings, a.baseline), "de", 1);
  return { project, frontMatter, rate, savingsText: formatEuro(a.savings, "de") };
}

/** Flags first; on a terminal the dialogue asks for the rest, without one a missing title or field names its flag. */
async function collectAnswers(options: NewProjectOptions, deps: Deps, created: string, config: IkzConfig | undefined): Promise<Answers> {
  const src = deps.prompts;
  const t = (key: string, params?: Record<string, string | number>) => projectText(deps.lang, key, params);
  const check = (fn: (v: string) => unknown) => promptCheck(deps.lang, fn);
  const fields = config?.fields ?? [];
  const municipalities = config?.municipalities ?? [];
  const known = (value: string | undefined, flag: string) => (config && value !== undefined ? requireMunicipality(config, value, flag) : value);
  // Every flag is checked before the first question, so a typo never costs a whole dialogue.
  if (config && options.field !== undefined) requireKnown(options.field, fields.map((f) => f.id), "--field", suggest);
  if (options.title !== undefined) checkTitle(options.title, "--title");
  if (options.description !== undefined) checkDescription(options.description);
  known(emptyToUndefined(options.lead), "--lead");
  if (options.participants !== undefined) parseListFlag(options.participants).forEach((m) => known(m, "--participants"));
  if (emptyToUndefined(options.managerName) !== undefined) checkTitle(options.managerName!, "--manager-name");
  if (emptyToUndefined(options.managerEmail) !== undefined) checkEmail(options.managerEmail!, "--manager-email");
  if (emptyToUndefined(options.baselineCosts) !== undefined) parseEuroFlag(options.baselineCosts!, "--baseline-costs");
  if (emptyToUndefined(options.savingsPlanned) !== undefined) parseEuroFlag(options.savingsPlanned!, "--savings-planned");

  const title = checkTitle(await valueOrAsk(options.title, "--title", src, (p) => p.input({ message: t("prompt.title"), validate: check((v) => checkTitle(v, t("label.title"))) })), "--title");
  const field = await valueOrAsk(options.field, "--field", src, (p) => p.select({ message: t("prompt.field"), choices: fields.map((f) => ({ value: f.id, name: `${f.name} (${f.id})` })) }));
  const description = emptyToUndefined(await optional(options.description, src, (p) => p.input({ message: t("prompt.description"), validate: check((v) => checkDescription(v)) })));
  const lead = known(emptyToUndefined(await optional(options.lead, src, (p) => p.select({ message: t("prompt.lead"), choices: [{ value: "", name: t("choice.leadOpen") }, ...municipalities.map((m) => ({ value: m.id, name: m.name }))] }))), "--lead");
  const partners = options.participants !== undefined
    ? parseListFlag(options.participants).map((m) => known(m, "--participants")!)
    : ((await optional(undefined, src, (p) => p.checkbox({ message: t("prompt.participants"), choices: municipalities.filter((m) => m.id !== lead).map((m) => ({ value: m.id, name: m.name })) }))) ?? []);
  const managerName = emptyToUndefined(await optional(options.managerName, src, (p) => p.input({ message: t("prompt.managerName"), validate: check((v) => v.trim() === "" || checkTitle(v, t("label.managerName"))) })));
  const managerEmail = managerName === undefined && options.managerEmail === undefined
    ? undefined
    : emptyToUndefined(await optional(options.managerEmail, src, (p) => p.input({ message: t("prompt.managerEmail"), validate: check((v) => v.trim() === "" || checkEmail(v, t("label.email"))) })));
  const baseline = await optional(options.baselineCosts, src, (p) => p.input({ message: t("prompt.baseline"), validate: check((v) => v.trim() === "" || parseEuroFlag(v, t("label.euro"))) }));
  const savings = await optional(options.savingsPlanned, src, (p) => p.input({ message: t("prompt.savings"), validate: check((v) => v.trim() === "" || parseEuroFlag(v, t("label.euro"))) }));
  // An e-mail address belongs to a named project manager; alone it would be dropped without a word.
  if (managerName === undefined && managerEmail !== undefined) throw new UsageError("manager-email-without-name", {});
  return {
    title,
    field: field.trim(),
    lead,
    partners,
    managerName: managerName === undefined ? undefined : checkTitle(managerName, "--manager-name"),
    managerEmail: managerEmail === undefined ? undefined : checkEmail(managerEmail, "--manager-email"),
    baseline: emptyToUndefined(baseline) === undefined ? undefined : parseEuroFlag(baseline!, "--baseline-costs"),
    savings: emptyToUndefined(savings) === undefined ? undefined : parseEuroFlag(savings!, "--savings-planned"),
    description: description === undefined ? undefined : checkDescription(description),
    created,
  };
}

/** A value the project may do without: the flag, else a prompt on a terminal, else nothing. */
async function optional<T>(value: T | undefined, source: PromptSource, ask: (p: Prompter) => Promise<T>): Promise<T | undefined> {
  if (value !== undefined || !source.interactive) return value;
  return ask(await source.prompter());
}

function emptyToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

function checkEmail(value: string, flag: string): string {
  const email = value.trim();
  if (email.length > 254 || !EMAIL.test(email)) throw new UsageError("bad-email", { flag, value });
  return email;
}

function checkDescription(value: string): string {
  const text = value.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  const length = [...text].length;
  if (length > MAX_DESCRIPTION) throw new UsageError("description-too-long", { flag: "--description", length, max: MAX_DESCRIPTION });
  return text;
}

/** ikz.yaml and the project IDs in use, read without the lock: enough for the dialogue and a provisional ID. */
async function readConfigOnly(root: string): Promise<{ config: IkzConfig; ids: string[] }> {
  const folder = folderSource(root);
  const files = await folder.list();
  const data = await readRegister({ label: root, list: async () => files.filter((f) => f === CONFIG_FILE), read: folder.read }, compileSchemas());
  const ids = files.flatMap((f) => {
    const c = classifyPath(f);
    return c !== null && "kind" in c && c.kind === "project" ? [idFromPath("project", f) ?? ""] : [];
  });
  return { config: registerConfig(data), ids };
}

/** `ikz new-project` from the command line. */
export const runNewProject: CommandRunner = async (inv, ctx) => {
  const o = inv.options;
  return printWrite(ctx, () =>
    newProject(
      {
        write: writeOptions(inv, ctx),
        title: stringOption(o.title),
        field: stringOption(o.field),
        lead: stringOption(o.lead),
        participants: stringOption(o.participants),
        managerName: stringOption(o.managerName),
        managerEmail: stringOption(o.managerEmail),
        baselineCosts: stringOption(o.baselineCosts),
        savingsPlanned: stringOption(o.savingsPlanned),
        description: stringOption(o.description),
        date: stringOption(o.date),
        yes: o.yes === true,
      },
      ctx.deps,
    ),
  );
};
