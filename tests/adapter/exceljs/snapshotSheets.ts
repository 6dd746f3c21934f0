/**
 * Snapshots the user's sheets of a workbook (every sheet Opora does not own by name) as plain JSON:
 * raw cell values with formulas, number formats, merges, column widths, visibility and autofilter.
 * Two snapshots compare with `toEqual` to prove Opora left the user's sheets alone.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies: nothing to load or sync. */
import ExcelJS from 'exceljs';
import { looksOwned } from '../../../src/engine/owned';

export interface SheetSnapshot {
  /** Position among the snapshotted sheets (tab order). */
  position: number;
  state: string;
  /** A1 address → raw ExcelJS value (formulas as `{ formula, result }`) and number format. */
  cells: Record<string, { value: unknown; numFmt: string | null }>;
  merges: string[];
  /** 1-based column number → width, for columns that have one. */
  widths: Record<number, number>;
  hiddenColumns: number[];
  autoFilter: unknown;
}

function snapshotSheet(ws: ExcelJS.Worksheet, position: number): SheetSnapshot {
  const cells: SheetSnapshot['cells'] = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = { value: JSON.parse(JSON.stringify(cell.value ?? null)), numFmt: cell.numFmt ?? null };
    });
  });
  const widths: Record<number, number> = {};
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    if (col.width !== undefined) widths[c] = col.width;
    if (col.hidden) hiddenColumns.push(c);
  }
  return {
    position,
    state: ws.state,
    cells,
    merges: [...ws.model.merges].sort(),
    widths,
    hiddenColumns,
    autoFilter: ws.autoFilter ?? null,
  };
}

/** Sheet name → snapshot, for every sheet `isUserSheet` accepts (by default: not named like Opora's). */
export function snapshotSheets(
  wb: ExcelJS.Workbook,
  isUserSheet: (name: string) => boolean = (name) => !looksOwned(name),
): Record<string, SheetSnapshot> {
  const out: Record<string, SheetSnapshot> = {};
  wb.worksheets.filter((ws) => isUserSheet(ws.name)).forEach((ws, i) => (out[ws.name] = snapshotSheet(ws, i)));
  return out;
}

/** The same for .xlsx bytes: loads them into a fresh workbook first. */
export async function snapshotXlsx(
  bytes: ArrayBuffer | Uint8Array,
  isUserSheet?: (name: string) => boolean,
): Promise<Record<string, SheetSnapshot>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return snapshotSheets(wb, isUserSheet);
}
