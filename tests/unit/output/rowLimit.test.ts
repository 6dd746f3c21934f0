/**
 * Excel's largest row height is 409 pt: a taller row is clipped (or the write fails). At region scale,
 * long texts (the event plan's «ОО» listing every school, a school's reasons on «ШНОР и ШНСУ») are split
 * over continuation rows, so no row of any Opora sheet needs more than 409 pt at 2,000 schools.
 */
import { recalculate } from '../../../src/engine/recalculate';
import { MAX_ROW_POINTS } from '../../../src/engine/output/rowHeights';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { syntheticWorkbook } from '../../../scripts/lib';

describe('row heights at region scale', () => {
  it('keeps every row of every Opora sheet at 2,000 schools within Excel’s 409 pt', async () => {
    const grids = await new ExcelJsWorkbook(syntheticWorkbook(2000)).readGrids();
    const result = recalculate(grids);
    const tallest = result.output.sheets.map((s) => [s.name, Math.max(0, ...Object.values(s.rowHeights ?? {}))] as const);
    expect(tallest.filter(([, points]) => points > MAX_ROW_POINTS)).toEqual([]);
    expect(result.output.sheets.length).toBeGreaterThan(8);
  });
});
