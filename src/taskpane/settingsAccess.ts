/**
 * The quick settings on `Опора · Настройки`, through the Office.js adapter. Which rows they are and how
 * their values read belong to the engine (`engine/settings/quickSettings.ts`); this module only reads the
 * sheet and writes the cells the engine names. The sheet is created by the first recalculation (so it is
 * recorded as Opora's own); before that there is nothing to edit.
 */
import { OWNED_SHEETS } from '../engine/owned';
import { quickSettingWrites, readQuickSettings as fromSettingsSheet, type QuickSettings } from '../engine/settings/quickSettings';
import type { OfficeJsWorkbook } from '../workbook/officejs';

type SheetAccess = Pick<OfficeJsWorkbook, 'readSheet' | 'writeCells'>;

/** null while the workbook has no settings sheet. */
export async function readQuickSettings(workbook: SheetAccess): Promise<QuickSettings | null> {
  const grid = await workbook.readSheet(OWNED_SHEETS.settings);
  return grid ? fromSettingsSheet(grid) : null;
}

/** Writes the quick settings; false when the settings sheet does not exist yet. */
export async function writeQuickSettings(workbook: SheetAccess, settings: QuickSettings): Promise<boolean> {
  const grid = await workbook.readSheet(OWNED_SHEETS.settings);
  if (!grid) return false;
  return workbook.writeCells(OWNED_SHEETS.settings, quickSettingWrites(grid, settings));
}
