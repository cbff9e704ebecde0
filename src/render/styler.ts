/** Colours for terminal output; formatters only see this interface, the chalk-backed one lives in src/io. */
export interface Styler {
  red(s: string): string;
  yellow(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
}

const same = (s: string): string => s;

/** A styler that leaves text unchanged: for files, CI logs, NO_COLOR and tests. */
export const plainStyler: Styler = { red: same, yellow: same, bold: same, dim: same, green: same };
