/**
 * The adapter through the real Excel on the web runtime (`@microsoft/office-js`), with the strict
 * simulator behind it: the request bodies are the ones Excel on the web would receive, so the 5 MB limit
 * is checked on real bytes. Every request of a whole recalculation stays under 4 MiB from a district of 22
 * schools to a region of 2,000; the workbook it writes is the one the adapter writes without the runtime.
 * The read takes three round trips for 22 schools and for 2,000 on a desktop Excel (no payload limit is
 * documented there); on the web its round trips grow with the bytes read, each response under 4 MiB.
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
  const workbook = through
    ? new OfficeJsWorkbook(through.run, through.isSetSupported, through.platform)
    : new OfficeJsWorkbook(sim.run, sim.isSetSupported, sim.platform);
  const outcome = await runRecalculation(workbook);
  return { outcome, sim, through };
}

describe('the adapter through the real Excel on the web runtime', () => {
  it.each([22, 500, 2000])('keeps every request and response of a recalculation at %i schools under 4 MiB', async (schools) => {
    const grids = await new ExcelJsWorkbook(syntheticWorkbook(schools)).readGrids();
    const sim = loadGridsIntoSimulator(grids);
    const oracle = new RuntimeOracle(sim);
    const outcome = await runRecalculation(new OfficeJsWorkbook(oracle.run, oracle.isSetSupported, oracle.platform));
    expect(outcome.ok).toBe(true);
    expect(oracle.largestRequestBytes()).toBeLessThanOrEqual(4 * MIB);
    expect(Math.max(...oracle.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(4 * MIB);
  });

  const reads = async (schools: number, platform: 'web' | 'desktop') => {
    const oracle = new RuntimeOracle(loadGridsIntoSimulator(await new ExcelJsWorkbook(syntheticWorkbook(schools)).readGrids(), { platform }));
    const grids = await new OfficeJsWorkbook(oracle.run, oracle.isSetSupported, oracle.platform).readGrids();
    return { requests: oracle.requests, grids };
  };

  it('reads 22 schools and 2,000 in the same three round trips on a desktop Excel', async () => {
    const district = await reads(22, 'desktop');
    const region = await reads(2000, 'desktop');
    expect(district.requests).toHaveLength(3);
    expect(region.requests).toHaveLength(district.requests.length);
    // Off the web nothing caps a response: the region's cells come back in one.
    expect(region.requests[2].responseBytes).toBeGreaterThan(5 * MIB);
    expect(region.grids).toEqual((await reads(2000, 'web')).grids);
  });

  it('on the web reads 22 schools in 3 round trips, and 2,000 in one more per ~3 MB of cells, each response under 4 MiB', async () => {
    expect((await reads(22, 'web')).requests).toHaveLength(3);
    const region = (await reads(2000, 'web')).requests;
    for (const r of region) expect(Math.max(r.bytes, r.responseBytes)).toBeLessThanOrEqual(4 * MIB);
    const cellBytes = region.slice(2).reduce((sum, r) => sum + r.responseBytes, 0);
    expect(region.length).toBeGreaterThan(3);
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
