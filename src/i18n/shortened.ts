/** Most characters of one value in a message: a pasted 100 000-character value is one line, not a screenful. */
const MAX_PARAM = 600;

/** A value for a message, cut to MAX_PARAM characters (not UTF-16 units, so no emoji is split) with "…". */
export function shortened(text: string): string {
  if (text.length <= MAX_PARAM) return text;
  const chars = [...text];
  return chars.length <= MAX_PARAM ? text : `${chars.slice(0, MAX_PARAM - 1).join("")}…`;
}
