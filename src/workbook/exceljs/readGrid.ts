/**
 * One ExcelJS worksheet → SheetGrid: values and number formats from A1 to the last used cell (padded
 * with nulls), merges and tables as 0-based rectangles, and the sheet's visibility. Reading never
 * creates cells, so it leaves the workbook exactly as loaded.
 */
import { ValueType, type Worksheet } from 'exceljs';
import type { CellRect, CellValue, GridTable, SheetGrid } from '../../engine';
import { toCellValue } from './cellValue';
import { parseRange } from './ranges';

const GENERAL = 'General';

/** The table part of the ExcelJS model we read: a loaded table has `tableRef`, a built one `ref`. */
interface TableModel {
  name: string;
  tableRef?: string;
  ref?: string;
}

function readMerges(ws: Worksheet): CellRect[] {
  return ws.model.merges.map(parseRange);
}

function readTables(ws: Worksheet): GridTable[] {
  const tables = ws.getTables() as unknown as { model: TableModel }[];
  return tables.flatMap(({ model }) => {
    const ref = model.tableRef ?? model.ref;
    return ref && ref.includes(':') ? [{ name: model.name, rect: parseRange(ref) }] : [];
  });
}

export function readGrid(ws: Worksheet): SheetGrid {
  const cells: { row: number; col: number; value: CellValue; format: string }[] = [];
  let height = 0;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell other than the top-left one repeats the master's value in ExcelJS; Excel shows it empty.
      const value = cell.type === ValueType.Merge ? null : toCellValue(cell.value);
      const format = cell.numFmt || GENERAL;
      if (value === null && format === GENERAL) return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value, format });
      if (value !== null) {
        height = Math.max(height, rowNumber);
        width = Math.max(width, colNumber);
      }
    });
  });
  const merges = readMerges(ws);
  for (const m of merges) {
    height = Math.max(height, m.bottom + 1);
    width = Math.max(width, m.right + 1);
  }
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill(GENERAL));
  for (const c of cells) {
    if (c.row >= height || c.col >= width) continue;
    values[c.row][c.col] = c.value;
    numberFormats[c.row][c.col] = c.format;
  }
  return {
    name: ws.name,
    values,
    numberFormats,
    merges,
    tables: readTables(ws),
    visibility: ws.state,
  };
}
