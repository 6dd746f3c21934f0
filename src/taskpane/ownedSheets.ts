/**
 * Finds Opora's own sheets the way the engine does: by key, never by preferred name, so the pane never
 * edits or opens a user's sheet that merely carries one of Opora's names. Links use the names the last
 * result recorded; the settings form looks the sheet up in the live `_opora` registry.
 */
import { findMetaGrid, type LastResult, META_SHEET, type OwnedSheetKey, ownedSheetName, type SheetGrid } from '../engine';
import type { OfficeJsWorkbook } from '../workbook/officejs';

/** The real name the last run wrote the sheet under; undefined without a result or when it wrote none. */
export function ownedSheet(result: LastResult | null, key: OwnedSheetKey): string | undefined {
  return result?.ownedSheets[key];
}

type SheetReader = Pick<OfficeJsWorkbook, 'readSheet'>;

/**
 * Opora's record in the live workbook: `_opora`, or `_opora (2)`… when a sheet of the user's took that
 * name first (the record is told by its marker in A1); null before the first recalculation.
 */
export async function readMetaGrid(workbook: SheetReader): Promise<SheetGrid | null> {
  for (let n = 1; ; n++) {
    const grid = await workbook.readSheet(n === 1 ? META_SHEET : `${META_SHEET} (${n})`);
    if (!grid) return null;
    if (findMetaGrid([grid])) return grid;
  }
}

/** The real name of an owned sheet from the workbook's `_opora` registry; undefined before Opora wrote it. */
export async function findOwnedSheet(workbook: SheetReader, key: OwnedSheetKey): Promise<string | undefined> {
  const registry = await readMetaGrid(workbook);
  return registry ? ownedSheetName([registry], key) : undefined;
}
