import { RefusedError, UsageError } from "../domain/errors.js";
import type { Participant } from "../domain/types.generated.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { parseIntFlag } from "./flag-values.js";
import { editRecord, findProject, printWrite, projectText, registerConfig, removeListItem, requireMunicipality, stringOption } from "./find-record.js";
import { writeOptions } from "./write-common.js";

type Role = Participant["role"];

export interface ParticipantAddOptions {
  write: WriteOptions;
  project: string;
  municipality: string;
  role: Role;
  /** Cost share in percent (0–100). */
  costShare?: string;
}

export interface ParticipantRemoveOptions {
  write: WriteOptions;
  project: string;
  municipality: string;
}

export interface ParticipantResult {
  id: string;
  municipality: string;
  role?: Role;
}

/**
 * Adds a municipality to a project, or changes its role and cost share when it already takes part. A new lead takes
 * over from the former one, who stays a partner; making the lead a partner drops `lead`, so the record stays consistent.
 */
export async function addParticipant(options: ParticipantAddOptions, deps: Deps): Promise<WriteOutcome<ParticipantResult>> {
  const costShare = options.costShare === undefined ? undefined : parseIntFlag(options.costShare, "--cost-share", 0, 100);
  const role = options.role;
  return runWrite(options.write, (data) => {
    const municipality = requireMunicipality(registerConfig(data), options.municipality, "<municipality>");
    const { id, record, data: project } = findProject(data, options.project);
    const participants = project.participants ?? [];
    const index = participants.findIndex((x) => x.municipality === municipality);
    const currentLead = project.lead ?? participants.find((x) => x.role === "lead")?.municipality;
    const edits: YamlEdit[] = [];
    // A new lead takes over: the former lead stays on as a partner, so the project never has two leads or none.
    const handover = role === "lead" && currentLead !== undefined && currentLead !== municipality ? currentLead : undefined;
    if (handover !== undefined) {
      const former = participants.findIndex((x) => x.municipality === handover);
      if (former >= 0) edits.push({ op: "set", path: ["participants", former, "role"], value: "partner" });
    }
    if (index < 0) {
      const entry: Participant = { municipality, role };
      if (costShare !== undefined) entry.cost_share = costShare;
      edits.push({ op: "push", path: ["participants"], value: entry });
    } else {
      edits.push({ op: "set", path: ["participants", index, "role"], value: role });
      if (costShare !== undefined) edits.push({ op: "set", path: ["participants", index, "cost_share"], value: costShare });
    }
    if (role === "lead") edits.push({ op: "set", path: ["lead"], value: municipality });
    else if (project.lead === municipality) edits.push({ op: "delete", path: ["lead"] });
    return {
      summary:
        handover === undefined
          ? projectText(deps.lang, "summary.participantAdd", { municipality, id, role: projectText(deps.lang, `role.${role}`) })
          : projectText(deps.lang, "summary.leadHandover", { municipality, id, former: handover }),
      recordId: id,
      changes: [editRecord(record, id, edits)],
      result: { id, municipality, role },
    };
  });
}

/** Takes a municipality out of a project's participants; the lead cannot be removed. */
export async function removeParticipant(options: ParticipantRemoveOptions, deps: Deps): Promise<WriteOutcome<ParticipantResult>> {
  return runWrite(options.write, (data) => {
    const municipality = requireMunicipality(registerConfig(data), options.municipality, "<municipality>");
    const { id, record, data: project } = findProject(data, options.project);
    const participants = project.participants ?? [];
    const index = participants.findIndex((x) => x.municipality === municipality);
    if (index < 0) throw new UsageError("not-a-participant", { municipality, id, known: participants.map((x) => x.municipality).join(", ") || "—" });
    if (project.lead === municipality || participants[index]!.role === "lead") throw new RefusedError("participant-remove-lead", { municipality, id });
    return {
      summary: projectText(deps.lang, "summary.participantRemove", { municipality, id }),
      recordId: id,
      changes: [editRecord(record, id, [removeListItem(["participants"], participants, index)])],
      result: { id, municipality },
    };
  });
}

/** `ikz participant add <project> <municipality> [--role] [--cost-share]`. */
export const runParticipantAdd: CommandRunner = async (inv, ctx) => {
  const [project = "", municipality = ""] = inv.args;
  const role = (stringOption(inv.options.role) ?? "partner") as Role;
  return printWrite(ctx, () => addParticipant({ write: writeOptions(inv, ctx), project, municipality, role, costShare: stringOption(inv.options.costShare) }, ctx.deps));
};

/** `ikz participant remove <project> <municipality>`. */
export const runParticipantRemove: CommandRunner = async (inv, ctx) => {
  const [project = "", municipality = ""] = inv.args;
  return printWrite(ctx, () => removeParticipant({ write: writeOptions(inv, ctx), project, municipality }, ctx.deps));
};
