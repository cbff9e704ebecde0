import type { Invocation } from "../program.js";
import type { WriteOptions, WriteOutcome } from "../register/write-transaction.js";
import { translate } from "../i18n/index.js";
import { cliMessages } from "../i18n/cli-messages.js";
import type { CommandContext } from "./context.js";

/** The write flags of an invocation as pipeline options. */
export function writeOptions(inv: Invocation, ctx: CommandContext): WriteOptions {
  return {
    root: ctx.root,
    allowDirty: inv.options.allowDirty === true,
    // commander turns --no-commit into commit: false.
    noCommit: inv.options.commit === false,
    push: inv.options.push === true,
    lang: ctx.deps.lang,
    err: ctx.deps.err,
  };
}

/** Prints what a write did: one German line per file and the commit, or JSON with --json. */
export function printOutcome(ctx: CommandContext, outcome: WriteOutcome<unknown>, id: string): void {
  const { deps } = ctx;
  if (ctx.globals.json) {
    deps.out.write(`${JSON.stringify({ id, files: outcome.files, commit: outcome.commit ?? null, staged: outcome.staged, result: outcome.result }, null, 2)}\n`);
    return;
  }
  if (deps.quiet) return;
  const t = (key: string, params: Record<string, string | number>) => translate(cliMessages, deps.lang, key, params);
  for (const file of outcome.files) deps.out.write(`${t("write.file", { file })}\n`);
  deps.out.write(`${outcome.commit ? t("write.committed", { id, commit: outcome.commit.slice(0, 10) }) : t("write.staged", { id })}\n`);
}
