/**
 * Finds Opora's own sheets the way the engine does: by key, never by preferred name, so the pane never
 * edits or opens a user's sheet that merely carries one of Opora's names. Links use the names the last
 * result recorded; the settings form looks the sheet up in the live `_opora` registry.
 */
import type { LastResult } from '../engine/output/lastResult';
import { META_SHEET, ownedSheetName, type OwnedSheetKey } from '../engine/owned';
import type { OfficeJsWorkbook } from '../workbook/officejs';

/** The real name the last run wrote the sheet under; undefined without a result or when it wrote none. */
export function ownedSheet(result: LastResult | null, key: OwnedSheetKey): string | undefined {
  return result?.ownedSheets[key];
}

/** The real name of an owned sheet from the workbook's `_opora` registry; undefined before Opora wrote it. */
export async function findOwnedSheet(workbook: Pick<OfficeJsWorkbook, 'readSheet'>, key: OwnedSheetKey): Promise<string | undefined> {
  const registry = await workbook.readSheet(META_SHEET);
  return registry ? ownedSheetName([registry], key) : undefined;
}
