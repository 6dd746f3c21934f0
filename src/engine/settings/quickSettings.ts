/**
 * The quick settings: the three rows of `Опора · Настройки` the task pane edits directly (current
 * year, the R1 threshold, min_n). Their ids come from `settingsRows.ts` and the sheet's columns from
 * `settingsSheet.ts`; this module only says which rows are the quick ones and where their values sit.
 */
import type { CellValue, SheetGrid } from '../model';
import { a1 } from '../a1';
import { SETTING_ID } from './settingsRows';
import { ID_COL, readSettings, VALUE_COL } from './settingsSheet';

/** The three settings the pane edits directly; shares as fractions (0.3 for 30 %). */
export interface QuickSettings {
  /** Absent: the latest year in the data. */
  currentYear?: number;
  failShare: number;
  minN: number;
}

/** A value cell of the settings sheet and what goes into it; null empties the cell. */
export interface CellWrite {
  address: string;
  value: CellValue;
}

const QUICK_IDS: Record<keyof QuickSettings, string> = {
  currentYear: SETTING_ID.currentYear,
  failShare: SETTING_ID.failShare,
  minN: SETTING_ID.minN,
};

const KEYS = Object.keys(QUICK_IDS) as (keyof QuickSettings)[];

/**
 * The quick settings as the recalculation would read them from this grid of the settings sheet:
 * an invalid or missing value gives that setting's default.
 */
export function readQuickSettings(grid: SheetGrid): QuickSettings {
  const { settings } = readSettings(grid);
  return {
    ...(settings.currentYear !== undefined ? { currentYear: settings.currentYear } : {}),
    failShare: settings.r1.failShare,
    minN: settings.minN,
  };
}

/** A1 address of each quick setting's value cell; a row the user deleted has none. */
export function quickSettingCells(grid: SheetGrid): Partial<Record<keyof QuickSettings, string>> {
  const cells: Partial<Record<keyof QuickSettings, string>> = {};
  grid.values.forEach((line, row) => {
    const id = line[ID_COL];
    if (typeof id !== 'string') return;
    // The last row with an id wins, as it does in readSettings.
    for (const key of KEYS) if (id.trim() === QUICK_IDS[key]) cells[key] = a1(row, VALUE_COL);
  });
  return cells;
}

/** The cells to write so that the settings sheet holds `settings`; no year empties the year cell. */
export function quickSettingWrites(grid: SheetGrid, settings: QuickSettings): CellWrite[] {
  const cells = quickSettingCells(grid);
  const values: Record<keyof QuickSettings, CellValue> = {
    currentYear: settings.currentYear ?? null,
    failShare: settings.failShare,
    minN: settings.minN,
  };
  return KEYS.flatMap((key) => {
    const address = cells[key];
    return address ? [{ address, value: values[key] }] : [];
  });
}
