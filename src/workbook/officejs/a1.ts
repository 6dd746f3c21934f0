/**
 * A1 addresses as Office.js returns them (`'Опора · Сводка'!A1:C9`, comma-joined lists for RangeAreas)
 * turned into the engine's 0-based rectangles.
 */
import type { CellRect } from '../../engine/model';

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Drops a `Sheet!` or `'Sheet name'!` prefix. */
export function localPart(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** Parses `B2`, `B2:D9` (with or without `$` and sheet prefix) to a 0-based rectangle. */
export function parseRect(address: string): CellRect {
  const [from, to = from] = localPart(address).split(':');
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b) throw new Error(`Not a cell range: ${address}`);
  const [r1, r2] = [Number(a[2]) - 1, Number(b[2]) - 1];
  const [c1, c2] = [columnIndex(a[1]), columnIndex(b[1])];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** Splits a RangeAreas address list on the commas that are not inside a quoted sheet name. */
export function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}
