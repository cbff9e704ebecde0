import type { Lang } from "../i18n/index.js";
import type { Styler } from "../render/styler.js";
import type { PromptSource } from "./prompter.js";

/** Somewhere to write text. */
export interface TextSink {
  write(text: string): void;
  /** Raw bytes (an XLSX piped to a file); absent where only text can go. */
  writeBytes?(data: Uint8Array): void;
  /** Whether a person is watching (a terminal); decides progress output and prompts. */
  readonly isTTY: boolean;
}

/** What every command gets from the composition root: streams, language, colours, the clock. */
export interface Deps {
  out: TextSink;
  err: TextSink;
  lang: Lang;
  /** Colours for stdout and for stderr (each stream decides on its own). */
  styler: Styler;
  errStyler: Styler;
  quiet: boolean;
  /** Answers to questions: prompts on a terminal, or none (then a missing flag is a usage error). */
  prompts: PromptSource;
  /** The register's time zone (ikz.yaml `timezone`, valid IANA name; default Europe/Berlin). */
  timeZone: string;
  /** Today's date in the register's time zone, YYYY-MM-DD. */
  today(): string;
}
