import { RefusedError } from "../domain/errors.js";
import type { CouncilResolution, IkzConfig } from "../domain/types.generated.js";
import type { Lang } from "../i18n/index.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { parseDateFlag } from "./flag-values.js";
import { refuseFutureDate } from "./past-date.js";
import { formatDate } from "../render/format.js";
import { checkTitle, editRecord, findProject, NothingToChange, printWrite, projectText, registerConfig, removeListItem, requireMunicipality, stringOption } from "./find-record.js";
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
  refuseFutureDate(date, "--date", "date-in-future.council", deps);
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
    refuseRepeat(project.council_resolutions ?? [], resolution, { id, given: { body: givenBody, reference }, lang: deps.lang });
    const participants = project.participants ?? [];
    const index = participants.findIndex((x) => x.municipality === municipality);
    // Only a participant's council decides on taking part; resolutions already on record are not checked again (a
    // rejection removes the participant, its resolution stays). A council that rejected may reconsider: its new
    // resolution comes first, because validation (IKZ-PRJ-006) refuses re-adding it while the rejection is its latest.
    if (index < 0 && !leftByRejection(project.council_resolutions ?? [], municipality)) {
      throw new RefusedError("council-not-participant", { municipality, id, known: participants.map((x) => x.municipality).join(", ") || "—" });
    }
    const edits: YamlEdit[] = [{ op: "push", path: ["council_resolutions"], value: resolution }];
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

/** True when the municipality's latest resolution on record is a rejection: it left the project by its council's vote. */
function leftByRejection(onRecord: readonly CouncilResolution[], municipality: string): boolean {
  const own = onRecord.filter((r) => r.municipality === municipality).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return own[own.length - 1]?.result === "rejected";
}

/**
 * The same resolution (municipality, date, result) recorded again: "nothing to change" (exit 0), as a repeated
 * `participant add` is. When the repeat names another body or reference, it is a correction of the entry on record,
 * which `ikz set` makes; refused (exit 1) rather than recorded twice.
 */
function refuseRepeat(onRecord: readonly CouncilResolution[], wanted: CouncilResolution, at: { id: string; given: { body?: string; reference?: string }; lang: Lang }): void {
  const index = onRecord.findIndex((r) => r.municipality === wanted.municipality && r.date === wanted.date && r.result === wanted.result);
  if (index < 0) return;
  const same = onRecord[index]!;
  const differs = (at.given.body !== undefined && at.given.body !== same.body) || (at.given.reference !== undefined && at.given.reference !== same.reference);
  if (!differs) throw new NothingToChange(at.id);
  throw new RefusedError("council-duplicate", {
    municipality: wanted.municipality,
    id: at.id,
    date: formatDate(wanted.date, at.lang),
    result: projectText(at.lang, `result.${wanted.result}`),
    index,
    key: at.given.reference !== undefined && at.given.reference !== same.reference ? "reference" : "body",
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
