import type { Issue } from "../domain/finding.js";

/** Largest file ikz reads (spec/register.md: at most 1 MiB). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file decoded to text, with what is needed to write it back byte for byte. */
export interface DecodedText {
  text: string;
  bom: boolean;
  eol: "\n" | "\r\n";
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes register file bytes as strict UTF-8; size, NUL bytes and other encodings become issues. `size` is the
 * file's real size when `bytes` holds only its beginning (a file over the limit is not read whole).
 */
export function decodeText(file: string, bytes: Uint8Array, size: number = bytes.length): DecodedText | Issue {
  if (size > MAX_FILE_BYTES) {
    return { code: "IKZ-FILE-001", severity: "error", file, path: [], line: 1, column: 1, params: { size, max: MAX_FILE_BYTES } };
  }
  // Windows' Notepad saves "Unicode" as UTF-16 with a byte order mark: text, but not UTF-8. Said as such, not as the
  // NUL bytes every ASCII letter brings in UTF-16 ("not a text file" would send the clerk looking for the wrong thing).
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { code: "IKZ-FILE-003", severity: "error", file, path: [], line: 1, column: 1, params: { encoding: "utf-16" } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { code: "IKZ-FILE-002", severity: "error", file, path: [], line: 1, column: 1, params: { offset: nul } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { code: "IKZ-FILE-003", severity: "error", file, path: [], line: 1, column: 1 };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const firstNewline = text.indexOf("\n");
  const eol = firstNewline > 0 && text[firstNewline - 1] === "\r" ? "\r\n" : "\n";
  return { text, bom, eol };
}
