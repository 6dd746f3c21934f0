/**
 * Small helpers for building OutputSheets (A1 addresses come from `../a1`): column specs that carry their own value
 * (`ColumnSpec`, `tableCells`), and a table writer that lays out a title, a header row and typed columns
 * with number formats, widths, borders, a frozen header and a filter.
 * Every Opora sheet is built with these, so all sheets look and print alike.
 */
import { a1Range } from '../a1';
import type { CellValue, OutputSheet } from '../model';
import type { OwnedSheetKey } from '../owned';

/** Number formats used across Opora's sheets (Excel codes, shown the Russian way by Excel). */
export const FORMATS = {
  percent: '0.0%',
  integer: '0',
  decimal: '0.0',
  text: '@',
  pp: '+0.0" п.п.";-0.0" п.п.";0.0" п.п."',
} as const;

export function emptySheet(key: OwnedSheetKey, name: string, mode: OutputSheet['mode'] = 'replace'): OutputSheet {
  return {
    key,
    name,
    mode,
    values: [],
    numberFormats: [],
    styles: [],
    merges: [],
    columnWidths: [],
    conditionalFormats: [],
    charts: [],
  };
}

/** How a table column looks: its header, width, number format and wrapping. What `writeTable` lays out. */
export interface ColumnLayout {
  header: string;
  /** Width in characters. */
  width: number;
  format?: string;
  wrap?: boolean;
}

/**
 * A table column with its own value: the header and the cell of each row are declared together, so no
 * header list and row array are kept in step by hand. `index` is the row's place in the table (0-based).
 */
export interface ColumnSpec<Row> extends ColumnLayout {
  value: (row: Row, index: number) => CellValue;
}

/** The cells of a table: one line per row, one cell per column, each from its column's `value`. */
export function tableCells<Row>(columns: readonly ColumnSpec<Row>[], rows: readonly Row[]): CellValue[][] {
  return rows.map((row, i) => columns.map((c) => c.value(row, i)));
}

/**
 * Puts a table row into the sheet at `row`: the row array itself where the sheet ends just above it (tables
 * are written top down, so a region-scale table makes no second copy of each row), else cell by cell.
 */
function setRow(sheet: OutputSheet, row: number, cells: CellValue[]): void {
  if (sheet.values.length === row && cells.length > 0) sheet.values.push(cells);
  else cells.forEach((v, i) => setCell(sheet, row, i, v));
}

/** Sets a cell, growing the value grid as needed. */
export function setCell(sheet: OutputSheet, row: number, col: number, value: CellValue): void {
  while (sheet.values.length <= row) sheet.values.push([]);
  const line = sheet.values[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}

/** Writes a title line (bold, larger, merged over `span` columns) at `row`. */
export function writeTitle(sheet: OutputSheet, row: number, text: string, span: number, fontSize = 14): void {
  setCell(sheet, row, 0, text);
  if (span > 1) sheet.merges.push(a1Range(row, 0, row, span - 1));
  sheet.styles.push({ range: a1Range(row, 0, row, span - 1), style: { bold: true, fontSize, wrap: true, vertical: 'middle' } });
}

/**
 * Writes a table with its header at `headerRow` and returns the row after it. Sets column widths,
 * number formats per column, borders, bold wrapped header, and (unless `plain`) the frozen header and
 * autofilter. Empty tables still get their header, so a reader sees what would be there.
 */
export function writeTable(
  sheet: OutputSheet,
  headerRow: number,
  columns: readonly ColumnLayout[],
  rows: CellValue[][],
  options: { freeze?: boolean; filter?: boolean } = {},
): number {
  const last = columns.length - 1;
  columns.forEach((c, i) => {
    setCell(sheet, headerRow, i, c.header);
    sheet.columnWidths[i] = Math.max(sheet.columnWidths[i] ?? 0, c.width);
  });
  rows.forEach((r, j) => setRow(sheet, headerRow + 1 + j, r));
  const lastRow = headerRow + Math.max(rows.length, 0);
  sheet.styles.push({
    range: a1Range(headerRow, 0, headerRow, last),
    style: { bold: true, wrap: true, fill: 'D9E1F2', vertical: 'middle', horizontal: 'center', border: true },
  });
  if (rows.length > 0) {
    sheet.styles.push({ range: a1Range(headerRow + 1, 0, lastRow, last), style: { border: true, vertical: 'top' } });
    columns.forEach((c, i) => {
      const range = a1Range(headerRow + 1, i, lastRow, i);
      if (c.format) sheet.numberFormats.push({ range, format: c.format });
      if (c.wrap) sheet.styles.push({ range, style: { wrap: true } });
    });
  }
  if (options.freeze !== false) sheet.freeze = { rows: headerRow + 1, cols: 0 };
  if (options.filter !== false && rows.length > 0) sheet.autoFilter = a1Range(headerRow, 0, lastRow, last);
  return lastRow + 1;
}

/** A4 landscape, fit to one page wide, header rows repeated: how every Opora sheet prints. */
export function printLandscape(sheet: OutputSheet, repeatRows?: string): void {
  sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, ...(repeatRows ? { repeatRows } : {}) };
}
