/**
 * The quick settings on Opora's settings sheet, through the Office.js adapter. Which rows they are and
 * how their values read belong to the engine (`engine/settings/quickSettings.ts`); this module only finds
 * the sheet through the `_opora` registry (it may be «Опора · Настройки (2)» beside a user's namesake),
 * reads it and writes the cells the engine names. The sheet is created by the first recalculation (so it
 * is recorded as Opora's own); before that there is nothing to edit.
 */
import { type QuickSettings, quickSettingWrites, readQuickSettings as fromSettingsSheet } from '../engine';
import type { OfficeJsWorkbook } from '../workbook/officejs';
import { findOwnedSheet } from './ownedSheets';

type SheetAccess = Pick<OfficeJsWorkbook, 'readSheet' | 'writeCells'>;

async function settingsGrid(workbook: SheetAccess) {
  const name = await findOwnedSheet(workbook, 'settings');
  return name === undefined ? null : workbook.readSheet(name);
}

/** null while the workbook has no settings sheet of Opora's. */
export async function readQuickSettings(workbook: SheetAccess): Promise<QuickSettings | null> {
  const grid = await settingsGrid(workbook);
  return grid ? fromSettingsSheet(grid) : null;
}

/** Writes the quick settings; false when Opora's settings sheet does not exist (yet or any more). */
export async function writeQuickSettings(workbook: SheetAccess, settings: QuickSettings): Promise<boolean> {
  const grid = await settingsGrid(workbook);
  if (!grid) return false;
  return workbook.writeCells(grid.name, quickSettingWrites(grid, settings));
}
