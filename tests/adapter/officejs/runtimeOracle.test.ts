/**
 * The adapter through the real Excel on the web runtime (`@microsoft/office-js`), with the strict
 * simulator behind it: the request bodies are the ones Excel on the web would receive, so the 5 MB limit
 * is checked on real bytes. Every request of a whole recalculation stays under 4 MiB from a district of 22
 * schools to a region of 2,000; the workbook it writes is the one the adapter writes without the runtime;
 * the read's round trips grow with the bytes read (each response stays under 4 MiB too), never with rows.
 */
import type { SheetGrid } from '../../../src/engine/model';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { OfficeJsWorkbook } from '../../../src/workbook/officejs';
import { runRecalculation } from '../../../src/workbook/runRecalculation';
import { syntheticWorkbook } from '../../../scripts/lib';
import { loadGridsIntoSimulator, snapshotModel } from '../../support/excel-simulator';
import { RuntimeOracle } from '../../support/office-runtime';

const MIB = 1024 * 1024;

async function recalculate(grids: SheetGrid[], throughRuntime: boolean) {
  const sim = loadGridsIntoSimulator(grids);
  const through = throughRuntime ? new RuntimeOracle(sim) : null;
  const workbook = through ? new OfficeJsWorkbook(through.run, through.isSetSupported) : new OfficeJsWorkbook(sim.run, sim.isSetSupported);
  const outcome = await runRecalculation(workbook);
  return { outcome, sim, through };
}

describe('the adapter through the real Excel on the web runtime', () => {
  it.each([22, 500, 2000])('keeps every request and response of a recalculation at %i schools under 4 MiB', async (schools) => {
    const grids = await new ExcelJsWorkbook(syntheticWorkbook(schools)).readGrids();
    const sim = loadGridsIntoSimulator(grids);
    const oracle = new RuntimeOracle(sim);
    const outcome = await runRecalculation(new OfficeJsWorkbook(oracle.run, oracle.isSetSupported));
    expect(outcome.ok).toBe(true);
    expect(oracle.largestRequestBytes()).toBeLessThanOrEqual(4 * MIB);
    expect(Math.max(...oracle.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(4 * MIB);
  });

  it('reads 22 schools in 3 round trips, and 2,000 in one more per ~3 MB of cells, not per row or sheet', async () => {
    const reads = async (schools: number) => {
      const oracle = new RuntimeOracle(loadGridsIntoSimulator(await new ExcelJsWorkbook(syntheticWorkbook(schools)).readGrids()));
      await new OfficeJsWorkbook(oracle.run, oracle.isSetSupported).readGrids();
      return oracle.requests;
    };
    expect(await reads(22)).toHaveLength(3);
    const region = await reads(2000);
    const cellBytes = region.slice(2).reduce((sum, r) => sum + r.responseBytes, 0);
    expect(region.length).toBeLessThanOrEqual(2 + Math.ceil(cellBytes / (2.5 * MIB)));
  });

  it('writes the same workbook through the runtime as straight into the simulator', async () => {
    const grids = await new ExcelJsWorkbook(syntheticWorkbook(22)).readGrids();
    const direct = await recalculate(grids, false);
    const real = await recalculate(grids, true);
    expect(real.outcome.ok).toBe(true);
    expect(snapshotModel(real.sim.model)).toEqual(snapshotModel(direct.sim.model));
  });
});
