import type { CommandEntry } from "./context.js";

/** Every command's runner, imported lazily so `ikz --help` loads none of them. */
export const commandTable: Record<string, CommandEntry> = {
  validate: { needsRegister: true, load: async () => (await import("./validate.js")).runValidate },
  init: { needsRegister: false, load: async () => (await import("./init.js")).runInit },
  "new-project": { needsRegister: true, load: async () => (await import("./new-project.js")).runNewProject },
  "participant add": { needsRegister: true, load: async () => (await import("./participant.js")).runParticipantAdd },
  "participant remove": { needsRegister: true, load: async () => (await import("./participant.js")).runParticipantRemove },
  set: { needsRegister: true, load: async () => (await import("./set.js")).runSet },
  interest: { needsRegister: true, load: async () => (await import("./interest.js")).runInterest },
  council: { needsRegister: true, load: async () => (await import("./council.js")).runCouncil },
  "milestone add": { needsRegister: true, load: async () => (await import("./milestone.js")).runMilestoneAdd },
  "milestone set": { needsRegister: true, load: async () => (await import("./milestone.js")).runMilestoneSet },
  "report new": { needsRegister: true, load: async () => (await import("./report-new.js")).runReportNew },
  "lesson new": { needsRegister: true, load: async () => (await import("./lesson-new.js")).runLessonNew },
  status: { needsRegister: true, load: async () => (await import("./status.js")).runStatus },
  list: { needsRegister: true, load: async () => (await import("./list.js")).runList },
  show: { needsRegister: true, load: async () => (await import("./show.js")).runShow },
  log: { needsRegister: true, load: async () => (await import("./log.js")).runLog },
  check: { needsRegister: true, load: async () => (await import("./check.js")).runCheck },
  prioritize: { needsRegister: true, load: async () => (await import("./prioritize.js")).runPrioritize },
  lessons: { needsRegister: true, load: async () => (await import("./lessons.js")).runLessons },
  renumber: { needsRegister: true, load: async () => (await import("./renumber.js")).runRenumber },
};
