/**
 * Reads and writes the three quick settings on `Опора · Настройки`. The sheet's layout (id in column A,
 * value in column C) and the parsing of its values belong to the engine; this module only finds the
 * rows by id and moves values. The sheet is created by the first recalculation (so it is recorded as
 * Opora's own); before that there is nothing to edit and reading gives null.
 */
import type { CellValue, SheetGrid } from '../engine/model';
import { OWNED_SHEETS } from '../engine/owned';
import { a1 } from '../engine/output/sheet';
import { readSettings } from '../engine/settings/settingsSheet';
import type { ExcelRun } from '../workbook/officejs';
import type { QuickSettings } from './host';

/** Setting row ids (column A of the settings sheet) of the quick settings. */
const ROW_IDS: Record<keyof QuickSettings, string> = {
  currentYear: 'year.current',
  failShare: 'r1.fail_share',
  minN: 'min_n',
};
const ID_COL = 0;
const VALUE_COL = 2;

/** The settings sheet from A1 to its last used cell, or null when the workbook has none. */
async function readSettingsGrid(run: ExcelRun): Promise<SheetGrid | null> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(OWNED_SHEETS.settings);
    ws.load('name');
    await context.sync();
    if (ws.isNullObject) return null;
    // From A1, so row and column indexes are sheet positions.
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return { name: OWNED_SHEETS.settings, values: [] };
    const range = ws.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
    range.load('values');
    await context.sync();
    return { name: OWNED_SHEETS.settings, values: range.values as CellValue[][] };
  });
}

export async function readQuickSettings(run: ExcelRun): Promise<QuickSettings | null> {
  const grid = await readSettingsGrid(run);
  if (!grid) return null;
  const { settings } = readSettings([grid]);
  return {
    ...(settings.currentYear !== undefined ? { currentYear: settings.currentYear } : {}),
    failShare: settings.r1.failShare,
    minN: settings.minN,
  };
}

/** A1 address of each quick setting's value cell; a row the user deleted is simply not written. */
export function quickSettingCells(grid: SheetGrid): Partial<Record<keyof QuickSettings, string>> {
  const cells: Partial<Record<keyof QuickSettings, string>> = {};
  grid.values.forEach((line, row) => {
    const id = line[ID_COL];
    for (const key of Object.keys(ROW_IDS) as (keyof QuickSettings)[]) {
      if (typeof id === 'string' && id.trim() === ROW_IDS[key]) cells[key] = a1(row, VALUE_COL);
    }
  });
  return cells;
}

/** Writes the quick settings; false when the settings sheet does not exist yet. */
export async function writeQuickSettings(run: ExcelRun, settings: QuickSettings): Promise<boolean> {
  const grid = await readSettingsGrid(run);
  if (!grid) return false;
  const cells = quickSettingCells(grid);
  const values: Record<keyof QuickSettings, CellValue> = {
    currentYear: settings.currentYear ?? '',
    failShare: settings.failShare,
    minN: settings.minN,
  };
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(OWNED_SHEETS.settings);
    for (const key of Object.keys(cells) as (keyof QuickSettings)[]) {
      ws.getRange(cells[key]).values = [[values[key]]];
    }
    await context.sync();
  });
  return true;
}
