/**
 * Sets every entry's modification time in a ZIP file (an XLSX) to one fixed date. JSZip, which exceljs
 * uses, stamps each entry with the time of the run, so two exports of the same commit would differ in
 * a few bytes; ikz promises byte-identical output for the same commit and options.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A wall-clock time as the ZIP format stores it (MS-DOS: 2-second steps, years from 1980). */
export interface DosTime {
  time: number;
  date: number;
}

/** The DOS time of an ISO date or date-time, read as written (its wall-clock part); 1980-01-01 00:00 when absent. */
export function dosTimeOf(iso: string | undefined): DosTime {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return { time: 0, date: (1 << 5) | 1 };
  const year = Math.min(Math.max(Number(m[1]), 1980), 2107);
  const time = (Number(m[4] ?? 0) << 11) | (Number(m[5] ?? 0) << 5) | Math.floor(Number(m[6] ?? 0) / 2);
  return { time, date: ((year - 1980) << 9) | (Number(m[2]) << 5) | Number(m[3]) };
}

/** Rewrites the time and date of every entry (central directory and local headers) in place and returns the bytes. */
export function fixZipDates(zip: Uint8Array, when: DosTime): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  // The end record sits in the last 22 bytes plus at most a 64 KiB comment.
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a ZIP file: no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`broken ZIP central directory at byte ${at}`);
    view.setUint16(at + 12, when.time, true);
    view.setUint16(at + 14, when.date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`broken ZIP local header at byte ${local}`);
    view.setUint16(local + 10, when.time, true);
    view.setUint16(local + 12, when.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
