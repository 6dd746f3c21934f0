/**
 * Writes an OutputDocument into an ExcelJS workbook: deletes `removeSheets`, rewrites `replace` sheets in
 * place (same tab position), creates `createOnce` sheets only where absent, and leaves every other sheet
 * as it was loaded.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { OutputDocument, OutputSheet } from '../../engine';
import { writeSheet } from './writeSheet';

/** Excel sheet names are unique regardless of case. */
function findSheet(wb: Workbook, name: string): Worksheet | undefined {
  const key = name.toLocaleLowerCase('ru');
  return wb.worksheets.find((ws) => ws.name.toLocaleLowerCase('ru') === key);
}

/** The per-name cell matrices ExcelJS keeps defined names in (not in its typings). */
interface NameMatrices {
  matrixMap: Record<string, { sheets: Record<string, unknown> }>;
}

/**
 * Drops defined-name ranges on a deleted sheet (e.g. the `_FilterDatabase` Excel keeps for an autofilter);
 * a name pointing at a sheet that no longer exists makes Excel offer to repair the file.
 */
function forgetNamesOn(wb: Workbook, sheetName: string): void {
  const names = wb.definedNames as unknown as NameMatrices;
  for (const matrix of Object.values(names.matrixMap ?? {})) delete matrix.sheets[sheetName];
}

function removeSheet(wb: Workbook, ws: Worksheet): void {
  forgetNamesOn(wb, ws.name);
  wb.removeWorksheet(ws.id);
}

/** ExcelJS orders tabs by this field, which its typings leave out. */
type Ordered = Worksheet & { orderNo: number };

function writeOne(wb: Workbook, sheet: OutputSheet): void {
  const existing = findSheet(wb, sheet.name);
  if (existing && sheet.mode === 'createOnce') return;
  const orderNo = (existing as Ordered | undefined)?.orderNo;
  if (existing) removeSheet(wb, existing);
  const ws = wb.addWorksheet(sheet.name) as Ordered;
  if (orderNo !== undefined) ws.orderNo = orderNo;
  writeSheet(ws, sheet);
}

/**
 * Keeps the workbook's active tab on a visible sheet, and moves it to `activate` when asked. Excel refuses
 * a very hidden active sheet, and several selected tabs would open the workbook with sheets grouped.
 */
function activate(wb: Workbook, name: string | undefined): void {
  const sheets = wb.worksheets;
  const target = name ? findSheet(wb, name) : undefined;
  const view = wb.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: 'visible' as const };
  let index = target ? sheets.indexOf(target) : (view.activeTab ?? 0);
  if (index < 0 || index >= sheets.length || sheets[index].state !== 'visible') {
    index = Math.max(0, sheets.findIndex((ws) => ws.state === 'visible'));
  }
  if (target) {
    for (const ws of sheets) {
      for (const v of ws.views ?? []) if (v) (v as { tabSelected?: boolean }).tabSelected = ws === target;
    }
  }
  const firstSheet = Math.min(view.firstSheet ?? 0, index);
  wb.views = [{ ...view, activeTab: index, firstSheet }, ...(wb.views ?? []).slice(1)];
}

export function applyDocument(wb: Workbook, doc: OutputDocument): void {
  for (const name of doc.removeSheets) {
    const ws = findSheet(wb, name);
    if (ws) removeSheet(wb, ws);
  }
  for (const sheet of doc.sheets) writeOne(wb, sheet);
  activate(wb, doc.activate);
}
