import type { Issue } from "../finding.js";
import { indexRegister, type RegisterModel } from "../model.js";
import { IssueList } from "./issue-builder.js";
import { checkConfig } from "./config-rules.js";
import { checkIdentities, identityInputs, type IdentityInput } from "./identity-rules.js";
import { checkReferences } from "./reference-rules.js";
import { checkProject, checkFunding } from "./project-rules.js";
import { checkDecision } from "./decision-rules.js";
import { checkLifecycle } from "./lifecycle-rules.js";
import { checkMeeting } from "./meeting-rules.js";
import { checkReport } from "./report-rules.js";

/** All register rules of spec/lifecycle.md over a schema-checked model: each a single pass over shared indexes. */
export function checkRegisterRules(model: RegisterModel, idFromFile: (kind: IdentityInput["kind"], file: string) => string | undefined): Issue[] {
  const out = new IssueList();
  const index = indexRegister(model);
  const config = model.config?.data;
  if (model.config) checkConfig(model.config, out);
  const maps = { project: index.projects, decision: index.decisions, meeting: index.meetings, lesson: index.lessons, report: index.reports } as const;
  checkIdentities(identityInputs(model, idFromFile), config, out, (kind, id) => maps[kind].get(id)?.file);
  checkReferences(model, index, out);
  for (const project of model.projects) {
    checkProject(project, index, out);
    checkLifecycle(project, index, out, config);
    if (config) checkFunding(project, config, out);
  }
  for (const report of model.reports) checkReport(report, index.projects.get(report.data.project)?.data, out);
  if (config) {
    for (const decision of model.decisions) checkDecision(decision, config, index, out);
    for (const meeting of model.meetings) checkMeeting(meeting, config, out);
  }
  return out.items;
}
