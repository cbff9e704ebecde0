import { RefusedError } from "../domain/errors.js";
import type { CouncilResolution, IkzConfig } from "../domain/types.generated.js";
import type { Lang } from "../i18n/index.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { parseDateFlag } from "./flag-values.js";
import { checkTitle, editRecord, findProject, printWrite, projectText, registerConfig, removeListItem, requireMunicipality, stringOption } from "./find-record.js";
import { valueOrAsk } from "./prompter.js";
import { writeOptions } from "./write-common.js";

type Result = CouncilResolution["result"];
const RESULTS: readonly Result[] = ["approved", "rejected", "deferred"];

export interface CouncilOptions {
  write: WriteOptions;
  project: string;
  municipality: string;
  result?: Result;
  /** Date of the resolution; default today. */
  date?: string;
  /** The deciding body; default derived from ikz.yaml (e.g. "Gemeindevertretung Trebur"). */
  body?: string;
  reference?: string;
}

export interface CouncilResult {
  id: string;
  municipality: string;
  result: Result;
  body: string;
  /** True when a rejection took the municipality out of the participants. */
  removed: boolean;
}

/** The council of a municipality as ikz.yaml describes it: "Stadtverordnetenversammlung Raunheim", "Gemeindevertretung Trebur", "Kreistag". */
export function councilBody(config: IkzConfig, municipality: string, lang: Lang): string {
  const m = config.municipalities.find((x) => x.id === municipality);
  if (!m) return municipality;
  return projectText(lang, `council.${m.council}`, { name: m.name });
}

/** Records a council resolution; a rejection also takes the municipality out of the participants (never the lead). */
export async function recordCouncil(options: CouncilOptions, deps: Deps): Promise<WriteOutcome<CouncilResult>> {
  const t = (key: string, params?: Record<string, string | number>) => projectText(deps.lang, key, params);
  const date = options.date === undefined ? deps.today() : parseDateFlag(options.date, "--date");
  const givenBody = options.body === undefined ? undefined : checkTitle(options.body, "--body");
  const result = await valueOrAsk(options.result, "--result", deps.prompts, (p) =>
    p.select({ message: t("prompt.result", { body: givenBody ?? options.municipality }), choices: RESULTS.map((r) => ({ value: r, name: `${t(`result.${r}`)} (${r})` })) }),
  );
  let reference = options.reference === undefined ? undefined : checkTitle(options.reference, "--reference");
  if (reference === undefined && deps.prompts.interactive) {
    const answer = await (await deps.prompts.prompter()).input({ message: t("prompt.reference") });
    reference = answer.trim() === "" ? undefined : checkTitle(answer, "--reference");
  }
  return runWrite(options.write, (data) => {
    const config = registerConfig(data);
    const municipality = requireMunicipality(config, options.municipality, "<municipality>");
    const { id, record, data: project } = findProject(data, options.project);
    const body = givenBody ?? councilBody(config, municipality, deps.lang);
    const resolution: CouncilResolution = { municipality, body, date, result };
    if (reference !== undefined) resolution.reference = reference;
    const edits: YamlEdit[] = [{ op: "push", path: ["council_resolutions"], value: resolution }];
    const participants = project.participants ?? [];
    const index = participants.findIndex((x) => x.municipality === municipality);
    const removed = result === "rejected" && index >= 0;
    if (removed) {
      if (project.lead === municipality || participants[index]!.role === "lead") throw new RefusedError("council-rejects-lead", { municipality, id });
      edits.push(removeListItem(["participants"], participants, index));
    }
    return {
      summary: removed ? t("summary.councilRemoved", { municipality, id }) : t("summary.council", { municipality, id, result: t(`result.${result}`) }),
      recordId: id,
      changes: [editRecord(record, id, edits)],
      result: { id, municipality, result, body, removed },
    };
  });
}

/** `ikz council <project> <municipality> --result … [--date --body --reference]`. */
export const runCouncil: CommandRunner = async (inv, ctx) => {
  const [project = "", municipality = ""] = inv.args;
  const o = inv.options;
  return printWrite(ctx, () =>
    recordCouncil(
      {
        write: writeOptions(inv, ctx),
        project,
        municipality,
        result: stringOption(o.result) as Result | undefined,
        date: stringOption(o.date),
        body: stringOption(o.body),
        reference: stringOption(o.reference),
      },
      ctx.deps,
    ),
  );
};
