import type { Interest } from "../domain/types.generated.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { parseDateFlag } from "./flag-values.js";
import { refuseFutureDate } from "./past-date.js";
import { editRecord, findProject, printWrite, projectText, registerConfig, requireMunicipality, stringOption } from "./find-record.js";
import { valueOrAsk } from "./prompter.js";
import { writeOptions } from "./write-common.js";

type Level = Interest["level"];
const LEVELS: readonly Level[] = ["interested", "observer", "declined"];

export interface InterestOptions {
  write: WriteOptions;
  project: string;
  municipality: string;
  level?: Level;
  /** Date of the response (YYYY-MM-DD); default today. */
  date?: string;
}

export interface InterestResult {
  id: string;
  municipality: string;
  level: Level;
  /** True when the municipality's earlier entry was updated instead of a new one appended. */
  updated: boolean;
}

/** Records a municipality's expression of interest: appends to `interest`, or updates its existing entry. */
export async function recordInterest(options: InterestOptions, deps: Deps): Promise<WriteOutcome<InterestResult>> {
  const date = options.date === undefined ? deps.today() : parseDateFlag(options.date, "--date");
  refuseFutureDate(date, "--date", "date-in-future.interest", deps);
  const level = await valueOrAsk(options.level, "--level", deps.prompts, (p) =>
    p.select({
      message: projectText(deps.lang, "prompt.level", { municipality: options.municipality }),
      choices: LEVELS.map((l) => ({ value: l, name: `${projectText(deps.lang, `level.${l}`)} (${l})` })),
    }),
  );
  return runWrite(options.write, (data) => {
    const municipality = requireMunicipality(registerConfig(data), options.municipality, "<municipality>");
    const { id, record, data: project } = findProject(data, options.project);
    const existing = (project.interest ?? []).findIndex((x) => x.municipality === municipality);
    const edits: YamlEdit[] =
      existing < 0
        ? [{ op: "push", path: ["interest"], value: { municipality, level, date } }]
        : [
            { op: "set", path: ["interest", existing, "level"], value: level },
            { op: "set", path: ["interest", existing, "date"], value: date },
          ];
    return {
      summary: projectText(deps.lang, "summary.interest", { municipality, id, level: projectText(deps.lang, `level.${level}`) }),
      recordId: id,
      changes: [editRecord(record, id, edits)],
      result: { id: id, municipality, level, updated: existing >= 0 },
    };
  });
}

/** `ikz interest <project> <municipality> --level … [--date]`. */
export const runInterest: CommandRunner = async (inv, ctx) => {
  const [project = "", municipality = ""] = inv.args;
  return printWrite(ctx, () =>
    recordInterest({ write: writeOptions(inv, ctx), project, municipality, level: stringOption(inv.options.level) as Level | undefined, date: stringOption(inv.options.date) }, ctx.deps),
  );
};
