import { describe, expect, it } from "vitest";
import type { RegisterModel } from "../../../src/domain/model.js";
import { checkAgainstBase, type Snapshot } from "../../../src/domain/rules/base-rules.js";
import { brief, decision, expectWordsFilled, history, meeting, project, report } from "../../helpers/model.js";

const BASE = "origin/main";

/** A snapshot of a model: every record's text is its data (one front-matter line) and body, shaped as its file (recordText). */
function snapshot(model: RegisterModel): Snapshot {
  const recs = [...model.projects, ...model.decisions, ...model.meetings, ...model.reports, ...model.lessons];
  const texts = new Map(recs.map((r) => [r.file, `---\n${JSON.stringify(r.data)}\n---\n${r.body}`]));
  return { model, textOf: (file) => texts.get(file) };
}

/**
 * The register where the branch forked: a project in operation with an accepted quarterly report (2025-Q2), an
 * unaccepted one (2025-Q3) and a planned meeting.
 */
function forkModel(): RegisterModel {
  const s = history("operation");
  s.model.reports.push(report({ period: "2025-Q2", kind: "quarterly", submitted: "2025-07-20" }), report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-10" }));
  s.decide("accept_report", { report: "IKZ-2025-001/2025-Q2" });
  s.model.meetings.push(meeting({ id: "LG-2025-09", date: "2025-12-01", status: "planned", attendance: undefined }));
  return s.model;
}

/** Checks a branch (current) that forked from `fork`, against a base that may have moved on. */
function check(edit: (current: RegisterModel) => void, moveBase: (base: RegisterModel) => void = () => {}) {
  const fork = forkModel();
  const current = structuredClone(fork);
  const base = structuredClone(fork);
  edit(current);
  moveBase(base);
  const issues = checkAgainstBase(snapshot(current), snapshot(fork), { model: base, label: BASE });
  expectWordsFilled(issues);
  return issues;
}

const byFile = <T extends { file: string }>(recs: T[], file: string): T => {
  const found = recs.find((r) => r.file === file);
  if (!found) throw new Error(`no ${file}`);
  return found;
};

describe("append-only records against the base branch", () => {
  it("an unchanged register has no findings", () => {
    expect(check(() => {})).toEqual([]);
  });

  it("an edited decision → IKZ-BASE-001", () => {
    const issues = check((m) => {
      byFile(m.decisions, "decisions/2025/B-2025-003.md").data.votes = { for: 4, against: 1, abstain: 0 };
    });
    expect(brief(issues)).toEqual(["error IKZ-BASE-001 decisions/2025/B-2025-003.md"]);
    // The data is the front matter's one line here: line 2 of the file, after the opening "---".
    expect(issues[0]).toMatchObject({ path: [], line: 2, column: 1, params: { kind: "decision", id: "B-2025-003", base: BASE } });
  });

  it("an edited decision body → IKZ-BASE-001", () => {
    const issues = check((m) => {
      byFile(m.decisions, "decisions/2025/B-2025-001.md").body += "Nachtrag\n";
    });
    expect(brief(issues)).toEqual(["error IKZ-BASE-001 decisions/2025/B-2025-001.md"]);
  });

  it("a deleted decision → IKZ-BASE-003", () => {
    const issues = check((m) => {
      m.decisions = m.decisions.filter((d) => d.data.id !== "B-2025-002");
    });
    expect(brief(issues)).toEqual(["error IKZ-BASE-003 decisions/2025/B-2025-002.md"]);
    expect(issues[0]!.params).toEqual({ kind: "decision", id: "B-2025-002", base: BASE });
  });

  it("an edited closed meeting → IKZ-BASE-001", () => {
    const issues = check((m) => {
      byFile(m.meetings, "meetings/2025/LG-2025-01.md").data.location = "Rathaus Trebur";
    });
    expect(brief(issues)).toEqual(["error IKZ-BASE-001 meetings/2025/LG-2025-01.md"]);
    expect(issues[0]!.params).toMatchObject({ kind: "meeting", id: "LG-2025-01" });
  });

  it("an edited planned meeting is fine", () => {
    expect(
      check((m) => {
        const planned = byFile(m.meetings, "meetings/2025/LG-2025-09.md");
        planned.data.status = "closed";
        planned.data.attendance = [{ member: "goetz", present: true }];
      }),
    ).toEqual([]);
  });

  it("an edited accepted report → IKZ-BASE-001", () => {
    const issues = check((m) => {
      byFile(m.reports, "reports/IKZ-2025-001/2025-Q2.md").data.lights = { overall: "yellow" };
    });
    expect(brief(issues)).toEqual(["error IKZ-BASE-001 reports/IKZ-2025-001/2025-Q2.md"]);
    expect(issues[0]!.params).toMatchObject({ kind: "report", id: "IKZ-2025-001/2025-Q2" });
  });

  it("an edited report not yet accepted is fine, also when this branch accepts it", () => {
    expect(
      check((m) => {
        byFile(m.reports, "reports/IKZ-2025-001/2025-Q3.md").data.lights = { overall: "red" };
        m.decisions.push(decision({ id: "B-2025-099", type: "accept_report", report: "IKZ-2025-001/2025-Q3", date: "2025-12-01", meeting: "LG-2025-09" }));
      }),
    ).toEqual([]);
  });

  it("marking a condition done in the project is fine", () => {
    expect(
      check((m) => {
        m.projects[0]!.data.conditions_done = [{ decision: "B-2025-003", index: 1, date: "2025-04-01" }];
      }),
    ).toEqual([]);
  });
});

describe("IDs given out on the base branch meanwhile", () => {
  const newDecision = (file = "decisions/2025/B-2025-020.md") => decision({ id: "B-2025-020", date: "2025-12-01", meeting: "LG-2025-09" }, file);

  it("a new decision reusing an ID the base gave out meanwhile → IKZ-BASE-002", () => {
    const issues = check(
      (m) => m.decisions.push({ ...newDecision(), body: "Auf dem Zweig\n" }),
      (b) => b.decisions.push(newDecision()),
    );
    expect(brief(issues)).toEqual(["error IKZ-BASE-002 decisions/2025/B-2025-020.md id"]);
    expect(issues[0]!.params).toEqual({ id: "B-2025-020", base: BASE, other: "decisions/2025/B-2025-020.md" });
  });

  it("a new project reusing an ID → IKZ-BASE-002 naming the base's file", () => {
    const issues = check(
      (m) => m.projects.push(project({ id: "IKZ-2025-002", title: "Bauhof" }, "projects/IKZ-2025-002-bauhof.md")),
      (b) => b.projects.push(project({ id: "IKZ-2025-002", title: "Vollstreckung" }, "projects/IKZ-2025-002-vollstreckung.md")),
    );
    expect(brief(issues)).toEqual(["error IKZ-BASE-002 projects/IKZ-2025-002-bauhof.md id"]);
    expect(issues[0]!.params).toMatchObject({ other: "projects/IKZ-2025-002-vollstreckung.md" });
  });

  it("no collision for IDs the fork already had", () => {
    const issues = check(
      (m) => {
        m.projects[0]!.data.tags = ["digital"];
      },
      (b) => {
        b.projects[0]!.data.title = "Gemeinsames Ordnungsamt Nordkreis";
        b.decisions.push(newDecision());
      },
    );
    expect(issues).toEqual([]);
  });

  it("a new ID the base does not have is fine", () => {
    expect(check((m) => m.decisions.push(newDecision()))).toEqual([]);
  });
});
