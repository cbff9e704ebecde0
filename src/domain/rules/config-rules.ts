import type { IkzConfig } from "../types.generated.js";
import type { Rec } from "../model.js";
import { suggest } from "../suggest.js";
import type { IssueList } from "./issue-builder.js";

/** Rules inside ikz.yaml: unique ids, weights summing to 100, known regions and municipalities, member dates. */
export function checkConfig(config: Rec<IkzConfig>, out: IssueList): void {
  const { file, data } = config;
  const lists = [
    ["municipalities", data.municipalities],
    ["regions", data.regions ?? []],
    ["fields", data.fields],
    ["funding_programs", data.funding_programs ?? []],
    ["priority_criteria", data.priority_criteria ?? []],
    ["steering_group.members", data.steering_group.members],
  ] as const;
  for (const [name, list] of lists) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) out.error("IKZ-CFG-002", file, [...name.split("."), i, "id"], { id: item.id });
      seen.add(item.id);
    });
  }
  const criteria = data.priority_criteria ?? [];
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (criteria.length > 0 && weights !== 100) out.error("IKZ-CFG-001", file, ["priority_criteria"], { sum: weights });
  const regions = (data.regions ?? []).map((r) => r.id);
  const municipalities = data.municipalities.map((m) => m.id);
  data.municipalities.forEach((m, i) => {
    if (m.region !== undefined && !regions.includes(m.region)) {
      out.error("IKZ-REF-011", file, ["municipalities", i, "region"], { value: m.region, hint: suggest(m.region, regions) ?? "" });
    }
  });
  data.steering_group.members.forEach((member, i) => {
    if (member.represents !== undefined && !municipalities.includes(member.represents)) {
      out.error("IKZ-REF-001", file, ["steering_group", "members", i, "represents"], { value: member.represents, hint: suggest(member.represents, municipalities) ?? "" });
    }
    if (member.until !== undefined && member.until < member.from) {
      out.error("IKZ-CFG-003", file, ["steering_group", "members", i, "until"], { from: member.from, until: member.until });
    }
  });
  // The quorum must be reachable: compare it with the largest roster that ever serves at one time.
  const members = data.steering_group.members;
  const largest = Math.max(0, ...members.map((m) => members.filter((o) => o.from <= m.from && (o.until === undefined || m.from <= o.until)).length));
  if (data.steering_group.quorum > largest) {
    out.error("IKZ-CFG-004", file, ["steering_group", "quorum"], { quorum: data.steering_group.quorum, members: largest });
  }
}
