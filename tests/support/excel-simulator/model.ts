/**
 * The simulated workbook that tests inspect: sheets with cells {value, formula, numberFormat}, and the
 * sheet-level things Opora writes (merges, widths, freeze, filter, conditional formats, charts, page
 * layout, styles by range, tab colour, visibility). Plain data; the request machinery changes it only
 * when a batch is synced.
 */
import type { Rect } from './addresses';

export type SimValue = string | number | boolean | null;

export interface SimCell {
  value: SimValue;
  /** Set when Excel took the input for a formula (`=…`, `-abc`, `@x`). */
  formula?: string;
  numberFormat: string;
}

export type SimVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Format properties set on a range, in the order they were set. */
export interface SimStyle {
  rect: Rect;
  property: string;
  value: unknown;
}

export interface SimConditionalFormat {
  rect: Rect;
  operator: string;
  formula1: string;
  fill?: string;
  fontColor?: string;
}

export interface SimChart {
  type: string;
  title?: string;
  anchor?: string;
  width?: number;
  height?: number;
  series: { name?: string; values?: string; categories?: string }[];
}

export interface SimPageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  rowBreaks: string[];
}

export interface SimSheet {
  /** Stable across renames, like Excel's `{00000000-0001-0000-0000-000000000000}` ids. */
  id: string;
  name: string;
  visibility: SimVisibility;
  /** rows[r][c]; sparse. */
  rows: (SimCell | undefined)[][];
  merges: Rect[];
  /** Column widths in points by column index. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  autoFilter: Rect | null;
  conditionalFormats: SimConditionalFormat[];
  charts: SimChart[];
  pageLayout: SimPageLayout;
  styles: SimStyle[];
  tabColor: string;
  tables: { name: string; rect: Rect }[];
  protected: boolean;
  /** The range `Range.select()` last selected on this sheet. */
  selection?: Rect;
}

export interface SimWorkbookModel {
  sheets: SimSheet[];
  /** The active sheet's name; unset means the first visible sheet, as in a workbook just opened. */
  activeSheet?: string;
}

/** The sheet Excel shows: the one last activated, else the first visible one. */
export function activeSheetOf(model: SimWorkbookModel): SimSheet | undefined {
  const named = model.activeSheet === undefined ? undefined : model.sheets.find((s) => s.name === model.activeSheet);
  return named ?? model.sheets.find((s) => s.visibility === 'Visible');
}

let sheetCounter = 0;

export function newSheet(name: string): SimSheet {
  sheetCounter++;
  return {
    id: `{00000000-${String(sheetCounter).padStart(4, '0')}-0000-0000-000000000000}`,
    name,
    visibility: 'Visible',
    rows: [],
    merges: [],
    columnWidths: new Map(),
    freeze: null,
    autoFilter: null,
    conditionalFormats: [],
    charts: [],
    pageLayout: { rowBreaks: [] },
    styles: [],
    tabColor: '',
    tables: [],
    protected: false,
  };
}

export function cellAt(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.rows[row]?.[col];
}

/** The cell, created empty (General) when absent. */
export function ensureCell(sheet: SimSheet, row: number, col: number): SimCell {
  const line = (sheet.rows[row] ??= []);
  return (line[col] ??= { value: null, numberFormat: 'General' });
}

/** Bounding box of cells that hold a value or formula (`valuesOnly`), or of any touched cell. */
export function usedRect(sheet: SimSheet, valuesOnly: boolean): Rect | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.rows.forEach((line, r) => {
    if (!line) return;
    line.forEach((cell, c) => {
      if (!cell) return;
      if (valuesOnly && cell.value === null && cell.formula === undefined) return;
      if (!valuesOnly && cell.value === null && cell.formula === undefined && cell.numberFormat === 'General') return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return top < 0 ? null : { top, bottom, left, right };
}

/** A cell's content as a test reads it: the value, or `=formula` when Excel took it for one. */
export function displayOf(cell: SimCell | undefined): SimValue {
  if (!cell) return null;
  return cell.formula ?? cell.value;
}

/** A JSON-comparable copy of the workbook (for «running twice gives the same workbook»); sheet ids left out, as a fresh sheet gets a new one. */
export function snapshotModel(model: SimWorkbookModel): unknown {
  return JSON.parse(
    JSON.stringify(model, (k, v: unknown) => (k === 'id' ? undefined : v instanceof Map ? [...v.entries()].sort((a, b) => a[0] - b[0]) : v)),
  ) as unknown;
}
