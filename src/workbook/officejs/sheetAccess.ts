/**
 * The task pane's small operations on single sheets, each one `Excel.run` with a fixed number of syncs:
 * go to a sheet and cell, read one sheet from A1, write a few cells. The bulk read of every sheet is
 * `readGrids.ts`; these are for the pane's settings and its links to remarks, so `readSheet` reads the
 * sheet in one request and is meant for small sheets.
 */
import type { CellValue, SheetGrid } from '../../engine';
import { fromExcel, needsTextFormat } from './cells';
import type { ExcelRun } from './readGrids';

/** Activates the sheet and selects the cell or range; false when the workbook has no such sheet. Two syncs. */
export function selectCell(run: ExcelRun, sheet: string, cell?: string): Promise<boolean> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load('name');
    await context.sync();
    if (ws.isNullObject) return false;
    ws.activate();
    if (cell) ws.getRange(cell).select();
    await context.sync();
    return true;
  });
}

/**
 * The sheet's values and number formats from A1 to its last used cell (so indexes are sheet positions),
 * converted as `readGrids` converts them; null when the workbook has no such sheet. Three syncs.
 */
export function readSheet(run: ExcelRun, name: string): Promise<SheetGrid | null> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    await context.sync();
    if (ws.isNullObject) return null;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return { name: ws.name, values: [], numberFormats: [] };
    const range = ws.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
    range.load('values,numberFormat');
    await context.sync();
    const formats = range.numberFormat as string[][];
    return {
      name: ws.name,
      values: range.values.map((line, i) => line.map((v, j): CellValue => fromExcel(v, formats[i][j]))),
      numberFormats: formats,
    };
  });
}

/**
 * Writes each value into its cell (local A1 address); false (and nothing written) when the workbook has no such sheet.
 * Strings Excel would parse (`=…`, `001`, `ИСТИНА`) get the text format first so they stay as typed;
 * null becomes `""`, because `null` in `Range.values` means «leave this cell as it is». Two syncs.
 */
export function writeCells(run: ExcelRun, sheet: string, cells: { address: string; value: CellValue }[]): Promise<boolean> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    ws.load('name');
    await context.sync();
    if (ws.isNullObject) return false;
    for (const { address, value } of cells) {
      const range = ws.getRange(address);
      if (needsTextFormat(value)) range.numberFormat = [['@']];
      range.values = [[value ?? '']];
    }
    await context.sync();
    return true;
  });
}
