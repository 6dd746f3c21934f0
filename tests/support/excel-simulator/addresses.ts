/**
 * A1 addresses as the simulated Excel speaks them: parsing `A1`, `B2:D9`, `$A$1`, whole columns `A:C`,
 * whole rows `1:3`, with an optional (quoted) sheet prefix, and formatting `'Sheet name'!A1:B2`.
 * Kept apart from the adapter's own parser on purpose, so a parsing bug is not mirrored in the test double.
 */

/** Inclusive 0-based rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function colLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits `'My sheet'!A1:B2` into sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Parses a local address; returns null for anything Excel would reject. */
export function parseLocal(local: string): Rect | null {
  const cols = COLS.exec(local);
  if (cols) return { top: 0, bottom: MAX_ROWS - 1, left: colIndex(cols[1]), right: colIndex(cols[2]) };
  const rows = ROWS.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: MAX_COLS - 1 };
  const [a, b, extra] = local.split(':');
  if (extra !== undefined) return null;
  const p = CELL.exec(a);
  const q = CELL.exec(b ?? a);
  if (!p || !q) return null;
  const r1 = Number(p[2]) - 1;
  const r2 = Number(q[2]) - 1;
  const c1 = colIndex(p[1]);
  const c2 = colIndex(q[1]);
  if (Math.max(r1, r2) >= MAX_ROWS || Math.max(c1, c2) >= MAX_COLS || Math.min(r1, r2) < 0) return null;
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** Excel writes whole rows as `1:3` and whole columns as `B:D`. */
export function localAddress(r: Rect): string {
  if (r.left === 0 && r.right === MAX_COLS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${colLetters(r.left)}:${colLetters(r.right)}`;
  const a = `${colLetters(r.left)}${r.top + 1}`;
  const b = `${colLetters(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Excel quotes a sheet name unless it is plain Latin letters, digits and underscores. */
export function qualified(sheet: string, r: Rect): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${localAddress(r)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}
