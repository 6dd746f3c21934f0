/**
 * Test helpers over the sample: every sheet's cell values from an ExcelJS workbook (to compare generated
 * files by content, not zip bytes), and the model's results as fail shares keyed like the engine's
 * procedures (`ОГЭ|Математика|9`), for checking the planted plan by plain arithmetic.
 */
import type { Workbook } from 'exceljs';
import type { DistrictModel } from '../../scripts/lib';

export type SheetValues = Record<string, (string | number | boolean | null)[][]>;

/** Cell values of every sheet, row by row from A1 (formats and styles ignored). */
export function workbookValues(wb: Workbook): SheetValues {
  const out: SheetValues = {};
  wb.eachSheet((ws) => {
    const rows: (string | number | boolean | null)[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: (string | number | boolean | null)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getCell(r, c).value;
        row.push(v === undefined || v === null ? null : (v as string | number | boolean));
      }
      rows.push(row);
    }
    out[ws.name] = rows;
  });
  return out;
}

export interface FailCount {
  code: string;
  key: string;
  year: number;
  m2: number;
  n: number;
}

/** Every school × procedure × year with its «2» (or «не преодолели порог») and participants. */
export function failCounts(model: DistrictModel): FailCount[] {
  return [
    ...model.oge.map((r) => ({ code: r.code, key: `ОГЭ|${r.subject}|9`, year: r.year, m2: r.m2, n: r.n })),
    ...model.ege.map((r) => ({ code: r.code, key: `ЕГЭ|${r.subject}|11`, year: r.year, m2: r.fail, n: r.n })),
    ...model.vpr.map((r) => ({ code: r.code, key: `ВПР|${r.subject}|${r.grade}`, year: r.year, m2: r.m2, n: r.n })),
  ];
}

/** Excel's QUARTILE.INC: linear interpolation at (count − 1) × q. */
export function quartileInc(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}
