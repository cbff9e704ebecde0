import { basename, extname } from "node:path";
import { UsageError } from "../domain/errors.js";
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

/** File extensions that name an export format; any other extension (`.txt`, `.2026`) says nothing about it. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, string>> = { md: "md", markdown: "md", html: "html", htm: "html", csv: "csv", xlsx: "xlsx", json: "json" };

/**
 * The export's format. A typed `--format` wins, but must not contradict the extension of `--out` (`--format csv --out
 * reg.xlsx` would write CSV into a file Excel refuses as XLSX): a usage error naming both. Without `--format` the
 * extension of `--out` decides, so `--out reg.xlsx` writes XLSX; an extension this export cannot write is a usage
 * error too. Otherwise `--json` asks for JSON where the export has it, else the export's default.
 */
export function exportFormat<F extends string>(inv: Invocation, ctx: Pick<CommandContext, "globals">, supported: readonly F[]): F {
  const typed = inv.options.format as F;
  const explicit = !(inv.defaulted ?? []).includes("format");
  const out = typeof inv.options.out === "string" && !/[\\/]$/.test(inv.options.out) ? inv.options.out : undefined;
  const ext = out === undefined ? "" : extname(out).slice(1).toLowerCase();
  const fromOut = FORMAT_OF_EXTENSION[ext];
  if (explicit) {
    if (fromOut !== undefined && fromOut !== typed) throw new UsageError("export.format-mismatch", { format: typed, file: basename(out!), ext });
    return typed;
  }
  if (fromOut !== undefined) {
    if (!(supported as readonly string[]).includes(fromOut)) throw new UsageError("export.format-unsupported", { file: basename(out!), ext: fromOut.toUpperCase(), formats: supported.join(", ") });
    return fromOut as F;
  }
  if (ctx.globals.json && (supported as readonly string[]).includes("json")) return "json" as F;
  return typed;
}

/** Names on stderr the files an export wrote with `--out` (stdout stays the export's own). */
export function reportWritten(written: readonly string[], deps: Deps): void {
  if (!deps.quiet) for (const file of written) deps.err.write(`ikz: ${translate(cliMessages, deps.lang, "write.file", { file })}\n`);
}
