/**
 * A1 addresses, both ways: 0-based cells and rectangles to `B3`/`B3:K9`, and back (with or without `$`
 * and a `Sheet!` prefix). The one parser the engine and both adapters use.
 */
import type { CellRect } from './model';

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;
const WHOLE_ROWS = /^\$?(\d+):\$?(\d+)$/;
const WHOLE_COLUMNS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i;
const COLUMN_LETTERS = /^[A-Z]{1,3}$/;
/** A cell or a cell range (`B3`, `$B$3:K9`) as a regular expression source, to find addresses inside a text. */
export const A1_RANGE_SOURCE = String.raw`\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?`;

/** Excel's sheet size: what a whole row (`1:1`) or a whole column (`B:B`) spans. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** Column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Whether a text is column letters alone (`B`, `AA`; upper case). */
export function isColumnLetters(text: string): boolean {
  return COLUMN_LETTERS.test(text);
}

/** 0-based index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 range of a 0-based rectangle; a single cell gives its address alone. */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** Drops a `Sheet!` or `'Sheet name'!` prefix. */
export function localPart(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

const DOLLAR = 36;
/** More than the column count of `ZZZ`: a cell packs into one number as row × COLUMN_SPAN + column. */
const COLUMN_SPAN = 32_768;

/**
 * The cell `$B$3` / `b3` in `text` between `from` and `to`, packed as 1-based row × COLUMN_SPAN + 1-based
 * column; -1 for anything else. Read character by character: every style range and merge of every Opora
 * sheet (and every cell a package reader meets) is parsed, and a regular expression per address was the
 * engine's hottest function.
 */
function packedCell(text: string, from: number, to: number): number {
  let i = from;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const lettersFrom = i;
  let col = 0;
  for (; i < to; i++) {
    const lower = text.charCodeAt(i) | 32; // A–Z and a–z alike
    if (lower < 97 || lower > 122) break;
    col = col * 26 + (lower - 96);
  }
  if (i === lettersFrom || i - lettersFrom > 3) return -1;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  return i === digitsFrom ? -1 : row * COLUMN_SPAN + col;
}

/** `D12` or `B3:K9` (with or without `$`) as a 0-based rectangle; undefined for any other form. */
function cellRange(local: string): CellRect | undefined {
  const colon = local.indexOf(':');
  const a = packedCell(local, 0, colon < 0 ? local.length : colon);
  const b = colon < 0 ? a : packedCell(local, colon + 1, local.length);
  if (a < 0 || b < 0) return undefined;
  const [r1, c1] = [Math.floor(a / COLUMN_SPAN) - 1, (a % COLUMN_SPAN) - 1];
  const [r2, c2] = [Math.floor(b / COLUMN_SPAN) - 1, (b % COLUMN_SPAN) - 1];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/**
 * Parses `D12`, `B3:K9`, whole rows `1:3` and whole columns `B:D` (with or without `$` and a sheet
 * prefix) to a 0-based rectangle; throws on anything else (a bug upstream).
 */
export function parseRect(address: string): CellRect {
  const local = localPart(address);
  const cells = cellRange(local);
  if (cells) return cells;
  const rows = WHOLE_ROWS.exec(local);
  if (rows) {
    const [r1, r2] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 0, right: SHEET_COLUMNS - 1 };
  }
  const columns = WHOLE_COLUMNS.exec(local);
  if (columns) {
    const [c1, c2] = [columnIndex(columns[1]), columnIndex(columns[2])];
    return { top: 0, bottom: SHEET_ROWS - 1, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  const [from, to = from] = local.split(':');
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b) throw new Error(`Not an A1 range: ${address}`);
  const [r1, r2] = [Number(a[2]) - 1, Number(b[2]) - 1];
  const [c1, c2] = [columnIndex(a[1]), columnIndex(b[1])];
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** A cell or range with both parts fixed: `A3:K20` → `$A$3:$K$20`. */
export function absoluteRange(address: string): string {
  const r = parseRect(address);
  const fixed = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
  const start = fixed(r.top, r.left);
  const end = fixed(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/** 1-based row numbers as «5–30, 32». */
export function rowRanges(rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(', ');
}
