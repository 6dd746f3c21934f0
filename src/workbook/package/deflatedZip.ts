/**
 * A zip (APPNOTE 6.3) of entries that are already deflated: local headers, the data as given, the central
 * directory. It only carries Opora's freshly compressed parts into JSZip (`oporaParts.ts`), so it needs no
 * zip64, comments or attributes: every part is far below 4 GB (LIMITS), names are UTF-8.
 */
import type { DeflatedPart } from './zipCodec';

export interface DeflatedEntry {
  name: string;
  part: DeflatedPart;
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 };
const VERSION = 20;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;

/** MS-DOS time and date of `when` in two-second steps, UTC as JSZip writes and reads them. */
function dosTime(when: Date): { time: number; date: number } {
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1),
    date: ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}

/** The fields local and central headers share, from "version needed" to the name length. */
function commonFields(view: DataView, at: number, entry: DeflatedEntry, name: Uint8Array, stamp: { time: number; date: number }): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, DEFLATE, true);
  view.setUint16(at + 6, stamp.time, true);
  view.setUint16(at + 8, stamp.date, true);
  view.setUint32(at + 10, entry.part.crc32, true);
  view.setUint32(at + 14, entry.part.data.length, true);
  view.setUint32(at + 18, entry.part.size, true);
  view.setUint16(at + 22, name.length, true);
}

export function deflatedZip(entries: DeflatedEntry[], when = new Date()): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const stamp = dosTime(when);
  const localSize = entries.reduce((sum, e, i) => sum + 30 + names[i].length + e.part.data.length, 0);
  const centralSize = names.reduce((sum, n) => sum + 46 + n.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((entry, i) => {
    offsets.push(at);
    view.setUint32(at, SIGNATURE.local, true);
    commonFields(view, at + 4, entry, names[i], stamp);
    out.set(names[i], at + 30);
    out.set(entry.part.data, at + 30 + names[i].length);
    at += 30 + names[i].length + entry.part.data.length;
  });
  entries.forEach((entry, i) => {
    view.setUint32(at, SIGNATURE.central, true);
    view.setUint16(at + 4, VERSION, true);
    commonFields(view, at + 6, entry, names[i], stamp);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, SIGNATURE.end, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, localSize, true);
  return out;
}
