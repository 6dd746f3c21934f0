/**
 * Says what every non-blank row of a recognized sheet is: a school; a total that sums the school rows
 * (district, or region in a grouped regional table); a municipality subtotal whose label is the
 * municipality of the school rows below it; a reference (region or Russia values under a district's
 * schools, kept as comparators and never checked as a sum); or a row skipped with its reason (titles
 * and the header above the data, a numbering row «1 2 3 … 9 5 6 7 8 9», a repeated sub-header, a note,
 * a row with no school named, rows outside the table).
 */
import type { CellValue, SheetGrid } from '../model';
import type { ColumnInfo, HeaderBlock } from '../recognize/header';
import { isAverageLabel, isMunicipalityLabel, isNoteText, totalScope, type TotalScope } from '../recognize/rowLabels';
import { cellText, textKey } from '../recognize/text';
import type { SheetAccount } from './coverage';

/** Why a row gave no school and no value. */
export type SkipReason = 'title' | 'header' | 'numbering' | 'repeated-header' | 'note' | 'no-school' | 'outside-table';

export type RowKind =
  | { kind: 'school'; row: number }
  | { kind: 'total'; row: number; label: string; scope: Exclude<TotalScope, 'country'>; average: boolean; labelCol: number }
  | { kind: 'reference'; row: number; label: string; scope: Exclude<TotalScope, 'district'>; average: boolean; labelCol: number }
  | { kind: 'municipality'; row: number; label: string; labelCol: number }
  | { kind: 'skipped'; row: number; reason: SkipReason };

/** Columns naming the school of a row, in order of preference; the full name only when nothing else. */
const IDENTITY = ['name', 'code', 'login', 'ogrn', 'fullName'];

export function columnsWith(header: HeaderBlock, meanings: string[]): ColumnInfo[] {
  return header.columns.filter((c) => c.meaning !== null && meanings.includes(c.meaning));
}

/** A row's cells and the table's columns on it (`left`…`right`, 0-based), read in place. */
interface TableRow {
  values: CellValue[];
  left: number;
  right: number;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * A row of column numbers under the header: «1 2 3 …», or «1 2 3 4 5 6 7 8 9 5 6 7 8 9» where each
 * subject group repeats its sub-column numbers. Starts at 1, each number is the previous plus one or a
 * restart below it, and most steps are plus one.
 */
function isColumnNumbers(cells: TableRow): boolean {
  const nums: number[] = [];
  for (let c = cells.left; c <= cells.right; c++) {
    const v = cells.values[c];
    if (isBlank(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1) return false;
    nums.push(n);
  }
  if (nums.length < 3 || nums[0] !== 1) return false;
  let steps = 0;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] === nums[i - 1] + 1) steps++;
    else if (nums[i] >= nums[i - 1]) return false;
  }
  return steps * 2 >= nums.length - 1;
}

/** The `textKey` of a header column's leaf cell. */
interface HeaderKey {
  col: number;
  key: string;
}

/** A sub-header repeated mid-table: most filled cells equal the header's own texts. */
function isRepeatedHeader(cells: TableRow, headerKeys: HeaderKey[]): boolean {
  let same = 0;
  let filled = 0;
  for (const { col, key } of headerKeys) {
    const v = cells.values[col];
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'string' && textKey(v) === key) same++;
    else if (same === 0 && filled >= 2) return false;
  }
  return filled > 0 && same * 2 >= filled && same >= 2;
}

/** «Региональные значения — по данным РЦОИ»: one text cell and nothing else, no school named — a note. */
function isLoneText(cells: TableRow): boolean {
  const filled = cells.values.slice(cells.left, cells.right + 1).filter((v) => !isBlank(v));
  return filled.length === 1 && typeof filled[0] === 'string';
}

/** The text of the first filled cell of a row and its column, or undefined. */
function firstText(cells: TableRow): { text: string; col: number } | undefined {
  for (let c = cells.left; c <= cells.right; c++) {
    const v = cells.values[c];
    if (typeof v === 'string' && v.trim() !== '') return { text: cellText(v), col: c };
  }
  return undefined;
}

/** Classifies every non-blank row of the sheet, in order, and tells each row's class to `account`. */
export function classifyRows(grid: SheetGrid, header: HeaderBlock, account?: SheetAccount): RowKind[] {
  const nameCols = columnsWith(header, IDENTITY).sort((a, b) => IDENTITY.indexOf(a.meaning!) - IDENTITY.indexOf(b.meaning!));
  const municipalityCol = columnsWith(header, ['municipality'])[0];
  const headerKeys = header.columns.map((c) => ({ col: c.col, key: textKey(cellText(grid.values[header.bottom]?.[c.col])) }));
  const out: RowKind[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    if (values.every(isBlank)) continue;
    const cells: TableRow = { values, left: header.left, right: header.right };
    if (r < header.top) out.push({ kind: 'skipped', row: r, reason: 'title' });
    else if (r <= header.bottom) out.push({ kind: 'skipped', row: r, reason: 'header' });
    else if (r > header.lastRow) out.push({ kind: 'skipped', row: r, reason: 'outside-table' });
    else if (isColumnNumbers(cells)) out.push({ kind: 'skipped', row: r, reason: 'numbering' });
    else if (isRepeatedHeader(cells, headerKeys)) out.push({ kind: 'skipped', row: r, reason: 'repeated-header' });
    else out.push(classifyDataRow(r, cells, nameCols, municipalityCol));
  }
  const settled = settleRegionRows(out);
  if (account) for (const r of settled) tell(account, r);
  return settled;
}

/** The coverage account's class (and reason) of a row kind. */
function tell(account: SheetAccount, r: RowKind): void {
  if (r.kind === 'municipality') account.row(r.row, 'subtotal');
  else if (r.kind !== 'skipped') account.row(r.row, r.kind);
  else if (r.reason === 'repeated-header') account.row(r.row, 'header', 'repeated-header');
  else if (r.reason === 'no-school' || r.reason === 'outside-table') account.row(r.row, 'skipped', r.reason);
  else account.row(r.row, r.reason);
}

function classifyDataRow(r: number, cells: TableRow, nameCols: ColumnInfo[], municipalityCol: ColumnInfo | undefined): RowKind {
  const labelColumn = nameCols.find((c) => !isBlank(cells.values[c.col]));
  const first = firstText(cells);
  const label = labelColumn ? cellText(cells.values[labelColumn.col]) : '';
  const labelScope = totalScope(label);
  // «ВСЕГО по региону» in the municipality column with a stray number in the school column.
  const scope = labelScope ?? (first && first.text !== label ? totalScope(first.text) : undefined);
  if (scope) {
    const totalLabel = labelScope ? label : first!.text;
    const labelCol = labelScope && labelColumn ? labelColumn.col : first!.col;
    const average = isAverageLabel(totalLabel);
    if (scope === 'country') return { kind: 'reference', row: r, label: totalLabel, scope, average, labelCol };
    return { kind: 'total', row: r, label: totalLabel, scope, average, labelCol };
  }
  const municipality = municipalityCol ? cellText(cells.values[municipalityCol.col]) : '';
  // A subtotal of a regional form: the municipality's name in its own column, no school named.
  if (!labelColumn && municipality !== '' && !isNoteText(municipality)) {
    return { kind: 'municipality', row: r, label: municipality, labelCol: municipalityCol!.col };
  }
  if (!labelColumn) return { kind: 'skipped', row: r, reason: first && (isNoteText(first.text) || isLoneText(cells)) ? 'note' : 'no-school' };
  if (isNoteText(label)) return { kind: 'skipped', row: r, reason: 'note' };
  if (!municipalityCol && labelColumn.meaning === 'name' && isMunicipalityLabel(label)) {
    return { kind: 'municipality', row: r, label, labelCol: labelColumn.col };
  }
  return { kind: 'school', row: r };
}

/**
 * A region row sums the schools only in a grouped regional table (one with municipality subtotals);
 * under one district's schools it holds the region's values and is a reference.
 */
function settleRegionRows(rows: RowKind[]): RowKind[] {
  if (rows.some((r) => r.kind === 'municipality')) return rows;
  return rows.map((r) => (r.kind === 'total' && r.scope === 'region' ? { ...r, kind: 'reference', scope: 'region' } : r));
}
