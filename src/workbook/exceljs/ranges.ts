/** A1 addresses and ranges as the adapter needs them: parse `B3:K3` into a 0-based rectangle and back. */
import type { CellRect } from '../../engine';

const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

/** 0-based column index of column letters: A → 0, AA → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses `D12` or `B3:K3` (optionally with `$`) into a 0-based rectangle; throws on anything else (a bug upstream). */
export function parseRange(range: string): CellRect {
  const [first, second = first] = range.toUpperCase().split(':');
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (!a || !b) throw new Error(`Not an A1 range: ${range}`);
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Calls `visit` with the 1-based row and column of every cell of the range, as ExcelJS counts them. */
export function eachCellOf(range: string, visit: (row: number, col: number) => void): void {
  const rect = parseRange(range);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) visit(r + 1, c + 1);
  }
}
