/**
 * Control characters that could repaint or hide terminal output when register content or a typed value is
 * shown (ANSI escapes, bells, backspaces, C1's CSI, the Unicode line separators); line breaks and tabs excluded.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

/** The text with every such character as U+FFFD. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, "\uFFFD");
}
