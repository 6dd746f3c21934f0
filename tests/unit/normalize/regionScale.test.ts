/**
 * Region scale: a synthetic region of 2,000 schools × 3 years (the generator's own layouts) is recognized,
 * matched and normalised without one ambiguous or lost school. Its speed against ExcelJS's read is measured
 * by `npm run bench`, not here: timings in tests flake on a busy machine.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/engine/model';
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { readGrid } from '../../../src/workbook/exceljs/readGrid';
import { syntheticWorkbook } from '../../../scripts/lib';

describe('a region of 2,000 schools', () => {
  it('matches every school across sheets and years, none ambiguous, none lost', async () => {
    const buffer = await syntheticWorkbook(2000).xlsx.writeBuffer();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as ArrayBuffer);
    const grids: SheetGrid[] = [];
    wb.eachSheet((ws) => grids.push(readGrid(ws)));

    const { dataset, diagnostics } = buildDataset(grids);

    expect(dataset.schools).toHaveLength(2000);
    expect(diagnostics.filter((d) => d.code === 'school-ambiguous' || d.code === 'school-not-in-register')).toEqual([]);
    expect(dataset.results.length).toBeGreaterThan(2000 * 3);
  });
});
