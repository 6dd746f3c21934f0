/**
 * Walks the data rows under a recognised header and says what each row is: a school, a total (district
 * or region), a municipality subtotal of a grouped regional table, or something to skip (blank rows,
 * notes, repeated sub-headers, a row of column numbers 1, 2, 3 …).
 */
import type { CellValue, SheetGrid } from '../model';
import type { ColumnInfo, HeaderBlock } from '../recognize/header';
import { isAverageLabel, isMunicipalityLabel, isNoteText, totalScope, type TotalScope } from '../recognize/rowLabels';
import { cellText, textKey } from '../recognize/text';
import type { SheetAccount } from './coverage';

export type RowKind =
  | { kind: 'school'; row: number }
  | { kind: 'total'; row: number; label: string; scope: TotalScope; average: boolean; labelCol: number }
  | { kind: 'municipality'; row: number; label: string; labelCol: number };

/** Columns naming the school of a row, in order of preference; the full name only when nothing else. */
const IDENTITY = ['name', 'code', 'login', 'ogrn', 'fullName'];

export function columnsWith(header: HeaderBlock, meanings: string[]): ColumnInfo[] {
  return header.columns.filter((c) => c.meaning !== null && meanings.includes(c.meaning));
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** 1, 2, 3 … across the row (a row of column numbers under the header). */
function isColumnNumbers(cells: CellValue[]): boolean {
  const nums: number[] = [];
  for (const v of cells) {
    if (isBlank(v)) continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    if (!Number.isInteger(n) || (nums.length > 0 && n !== nums[nums.length - 1] + 1)) return false;
    nums.push(n);
  }
  return nums.length >= 3;
}

/** A sub-header repeated mid-table: most filled cells equal the header's own texts. */
function isRepeatedHeader(grid: SheetGrid, headerKeys: Map<number, string>, r: number): boolean {
  let same = 0;
  let filled = 0;
  for (const [col, key] of headerKeys) {
    const v = grid.values[r]?.[col];
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'string' && textKey(v) === key) same++;
    else if (same === 0 && filled >= 2) return false;
  }
  return filled > 0 && same * 2 >= filled && same >= 2;
}

/**
 * Classifies every row under the header; rows to skip are left out of the result. Every non-blank row is
 * told to `account` with its class (a reader may later skip a school row with a reason).
 */
export function classifyRows(grid: SheetGrid, header: HeaderBlock, account?: SheetAccount): RowKind[] {
  const nameCols = columnsWith(header, IDENTITY).sort((a, b) => IDENTITY.indexOf(a.meaning!) - IDENTITY.indexOf(b.meaning!));
  const hasMunicipalityColumn = columnsWith(header, ['municipality']).length > 0;
  const headerKeys = new Map<number, string>();
  for (const c of header.columns) headerKeys.set(c.col, textKey(cellText(grid.values[header.bottom]?.[c.col])));
  const out: RowKind[] = [];
  for (let r = header.bottom + 1; r <= header.lastRow; r++) {
    const cells = (grid.values[r] ?? []).slice(header.left, header.right + 1);
    if (cells.every(isBlank)) continue;
    if (isColumnNumbers(cells)) {
      account?.row(r, 'numbering');
      continue;
    }
    if (isRepeatedHeader(grid, headerKeys, r)) {
      account?.row(r, 'header', 'repeated-header');
      continue;
    }
    const labelColumn = nameCols.find((c) => !isBlank(grid.values[r]?.[c.col]));
    const firstTextIndex = cells.findIndex((v) => typeof v === 'string' && v.trim() !== '');
    const firstText = firstTextIndex >= 0 ? cellText(cells[firstTextIndex]) : '';
    const label = labelColumn ? cellText(grid.values[r][labelColumn.col]) : '';
    const labelScope = totalScope(label);
    const scope = labelScope ?? (firstText !== label ? totalScope(firstText) : undefined);
    if (scope) {
      const totalLabel = labelScope ? label : firstText;
      const labelCol = labelScope && labelColumn ? labelColumn.col : header.left + firstTextIndex;
      out.push({ kind: 'total', row: r, label: totalLabel, scope, average: isAverageLabel(totalLabel), labelCol });
      account?.row(r, scope === 'region' ? 'reference' : 'total');
      continue;
    }
    if (!labelColumn) {
      if (isNoteText(firstText)) account?.row(r, 'note');
      else account?.row(r, 'skipped', 'no-school');
      continue;
    }
    if (isNoteText(label)) {
      account?.row(r, 'note');
      continue;
    }
    if (!hasMunicipalityColumn && labelColumn.meaning === 'name' && isMunicipalityLabel(label)) {
      out.push({ kind: 'municipality', row: r, label, labelCol: labelColumn.col });
      account?.row(r, 'subtotal');
      continue;
    }
    out.push({ kind: 'school', row: r });
    account?.row(r, 'school');
  }
  return out;
}
