import type { IkzConfig, Meeting } from "../types.generated.js";
import { isMemberOn, type Rec } from "../model.js";
import type { IssueList } from "./issue-builder.js";

/** Attendance against the roster valid on the meeting date; agenda numbering. */
export function checkMeeting(meeting: Rec<Meeting>, config: IkzConfig, out: IssueList): void {
  const { file, data: m } = meeting;
  const roster = config.steering_group.members.filter((x) => isMemberOn(x, m.date)).map((x) => x.id);
  const known = new Set(config.steering_group.members.map((x) => x.id));
  const seen = new Set<string>();
  m.attendance?.forEach((a, i) => {
    if (seen.has(a.member)) out.error("IKZ-MTG-002", file, ["attendance", i, "member"], { value: a.member });
    seen.add(a.member);
    if (known.has(a.member) && !roster.includes(a.member)) out.error("IKZ-DEC-001", file, ["attendance", i, "member"], { value: a.member, date: m.date, hint: "" });
  });
  if (m.attendance && m.attendance.length > 0) {
    const absent = roster.filter((id) => !seen.has(id));
    if (absent.length > 0) out.warn("IKZ-MTG-003", file, ["attendance"], { missing: absent.join(", ") });
  }
  const items = new Set<number>();
  m.agenda?.forEach((a, i) => {
    if (items.has(a.item)) out.error("IKZ-MTG-004", file, ["agenda", i, "item"], { item: a.item });
    items.add(a.item);
  });
}
