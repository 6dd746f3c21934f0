/**
 * Finds Opora's own sheets in the live workbook the way the engine does: by key, through the `_opora`
 * registry (`engine/owned.ts#ownedSheetName`), so the pane never edits or opens a user's sheet that
 * merely carries one of Opora's names.
 */
import { META_SHEET, ownedSheetName, type OwnedSheetKey } from '../engine/owned';
import type { OfficeJsWorkbook } from '../workbook/officejs';

export type SheetReader = Pick<OfficeJsWorkbook, 'readSheet'>;

/** The real name of an owned sheet; undefined before Opora has written it. */
export async function findOwnedSheet(workbook: SheetReader, key: OwnedSheetKey): Promise<string | undefined> {
  const registry = await workbook.readSheet(META_SHEET);
  return registry ? ownedSheetName([registry], key) : undefined;
}
