import type { Audience } from "../export/document.js";
import { resolveOut } from "../export/output.js";
import type { CommandContext } from "./context.js";
import type { Invocation } from "../program.js";
import type { Deps } from "./deps.js";
import { translate } from "../i18n/index.js";
import { cliMessages } from "../i18n/cli-messages.js";

/** The flags every `ikz export …` shares: audience, `--force`, `--as-of`, and `--out` resolved against the current folder. */
export interface ExportFlags {
  audience: Audience;
  force: boolean;
  asOf?: string;
  out?: string;
}

/** Reads the shared export flags from the command line, once for all three exports. */
export function exportFlags(inv: Invocation, ctx: CommandContext): ExportFlags {
  const o = inv.options;
  return {
    audience: o.audience as Audience,
    force: o.force === true,
    ...(typeof o.asOf === "string" ? { asOf: o.asOf } : {}),
    ...(typeof o.out === "string" ? { out: resolveOut(ctx.cwd, o.out) } : {}),
  };
}

/** Names on stderr the files an export wrote with `--out` (stdout stays the export's own). */
export function reportWritten(written: readonly string[], deps: Deps): void {
  if (!deps.quiet) for (const file of written) deps.err.write(`ikz: ${translate(cliMessages, deps.lang, "write.file", { file })}\n`);
}
