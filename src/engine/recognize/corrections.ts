/**
 * Reads the user's corrections back from `Опора · Сопоставление` (see `mappingFormat.ts`): a role for a
 * sheet, a meaning for a column, the school a spelling belongs to, the partner the district chose. A correction Opora cannot understand
 * is a diagnostic naming its cell, never silently dropped.
 */
import type { Diagnostic, MappingCorrections, SheetGrid } from '../model';
import { a1, isColumnLetters } from '../a1';
import { meaningByLabel } from './headerSynonyms';
import {
  COLUMNS_HEADER,
  IGNORE_WORD,
  NAMES_HEADER,
  PARTNERS_HEADER,
  SHEETS_HEADER,
  roleByLabel,
} from './mappingFormat';
import { cellText, textKey } from './text';

function isHeaderRow(row: string[], header: readonly string[]): boolean {
  return header.every((h, i) => textKey(row[i] ?? '') === textKey(h));
}

/** Rows of one section: from below its header to the first blank row. */
function sectionRows(rows: string[][], header: readonly string[]): { row: number; cells: string[] }[] {
  const start = rows.findIndex((r) => isHeaderRow(r, header));
  if (start < 0) return [];
  const out: { row: number; cells: string[] }[] = [];
  for (let r = start + 1; r < rows.length && rows[r].some((t) => t !== ''); r++) out.push({ row: r, cells: rows[r] });
  return out;
}

export function emptyCorrections(): MappingCorrections {
  return { sheets: {}, columns: {}, names: {} };
}

/**
 * Parses Opora's mapping sheet (found by the caller through the `_opora` registry, so a user's sheet
 * that merely carries its name is never read as corrections), if the workbook has one.
 */
export function readCorrections(grid: SheetGrid | undefined): { corrections: MappingCorrections; diagnostics: Diagnostic[] } {
  const corrections = emptyCorrections();
  const diagnostics: Diagnostic[] = [];
  if (!grid) return { corrections, diagnostics };
  const rows = grid.values.map((r) => r.map(cellText));
  const bad = (row: number, col: number, value: string, kind: 'role' | 'meaning'): void => {
    diagnostics.push({ severity: 'warning', code: 'correction-unreadable', sheet: grid.name, cell: a1(row, col), value, kind });
  };

  const sheetCol = SHEETS_HEADER.length - 1;
  for (const { row, cells } of sectionRows(rows, SHEETS_HEADER)) {
    const typed = cells[sheetCol] ?? '';
    if (typed === '' || cells[0] === '') continue;
    const role = roleByLabel(typed);
    if (role) corrections.sheets[cells[0]] = role;
    else bad(row, sheetCol, typed, 'role');
  }

  const columnCol = COLUMNS_HEADER.length - 1;
  for (const { row, cells } of sectionRows(rows, COLUMNS_HEADER)) {
    const typed = cells[columnCol] ?? '';
    const letter = (cells[1] ?? '').toUpperCase();
    if (typed === '' || cells[0] === '' || !isColumnLetters(letter)) continue;
    const meaning = textKey(typed) === textKey(IGNORE_WORD) ? 'ignore' : meaningByLabel(typed);
    if (!meaning) {
      bad(row, columnCol, typed, 'meaning');
      continue;
    }
    (corrections.columns[cells[0]] ??= {})[letter] = meaning;
  }

  const nameCol = NAMES_HEADER.length - 1;
  for (const { cells } of sectionRows(rows, NAMES_HEADER)) {
    const typed = cells[nameCol] ?? '';
    if (typed !== '' && cells[0] !== '') corrections.names[cells[0]] = typed;
  }

  const partnerCol = PARTNERS_HEADER.length - 1;
  for (const { row, cells } of sectionRows(rows, PARTNERS_HEADER)) {
    const typed = cells[partnerCol] ?? '';
    if (typed !== '' && cells[0] !== '') (corrections.partners ??= {})[cells[0]] = { typed, sheet: grid.name, cell: a1(row, partnerCol) };
  }
  return { corrections, diagnostics };
}
