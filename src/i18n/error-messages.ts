import type { Catalogue } from "./index.js";
import { cliMessages } from "./cli-messages.js";
import { initErrorMessages } from "./init-messages.js";
import { recordErrorMessages } from "./record-messages.js";
import { listErrorMessages } from "./list-messages.js";
import { projectErrorMessages } from "./project-messages.js";
import { priorityErrorMessages } from "./priority-messages.js";
import { decideErrorMessages } from "./decide-messages.js";
import { meetingErrorMessages } from "./meeting-messages.js";
import { exportErrorMessages } from "./export-messages.js";
import { controllingErrorMessages } from "./controlling-messages.js";
import { journalErrorMessages } from "./journal-messages.js";

/** Every key an IkzError may carry, from all catalogues: main.ts translates errors from this one. */
export const errorMessages: Catalogue = { ...cliMessages, ...initErrorMessages, ...recordErrorMessages, ...projectErrorMessages, ...priorityErrorMessages, ...decideErrorMessages, ...meetingErrorMessages, ...listErrorMessages, ...exportErrorMessages, ...controllingErrorMessages, ...journalErrorMessages };
