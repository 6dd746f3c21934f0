/** The Office.js read path on the strict simulator: what a methodologist's workbook reads back as. */
import type { SheetGrid } from '../../../src/engine/model';
import { OfficeJsWorkbook } from '../../../src/workbook/officejs';
import { SHEET_COLUMNS } from '../../../src/engine/a1';
import { READ_CELLS_PER_REQUEST } from '../../../src/workbook/officejs/readGrids';
import { loadGridsIntoSimulator, PAYLOAD_LIMIT } from '../../support/excel-simulator';
import { districtGrids, expectedAfterRead, schoolName } from './fixtures';

/** Reads as the add-in does: the adapter told the platform the simulator plays (Excel on the web unless `desktop`). */
async function read(grids: SheetGrid[], apiMinor?: number, platform: 'web' | 'desktop' = 'web') {
  const sim = loadGridsIntoSimulator(grids, { apiMinor, platform });
  const grid = await new OfficeJsWorkbook(sim.run, sim.isSetSupported, sim.platform).readGrids();
  return { sim, grid };
}

describe('OfficeJsWorkbook.readGrids', () => {
  it('reads every sheet — hidden and very hidden too — exactly as the user keeps it', async () => {
    const input = districtGrids(22);
    const { grid } = await read(input);
    expect(grid).toEqual(expectedAfterRead(input));
  });

  it('pads a sheet whose data starts at B2 so addresses match what the user sees', async () => {
    const { grid } = await read(districtGrids(3));
    const notes = grid.find((g) => g.name === 'Примечания') as SheetGrid;
    expect(notes.values[1][1]).toBe('Сверено с ОО 31.05.2024');
    expect(notes.values[0]).toEqual([null, null]);
    expect(notes.values[2][1]).toBe('=это не формула, а текст');
  });

  it('reads a date cell as an ISO day (serial 45443 is 31 May 2024)', async () => {
    const { grid } = await read(districtGrids(2));
    expect(grid[1].values[2][4]).toBe('2024-05-31');
  });

  it.each(['web', 'desktop'] as const)('reads 2,000 schools with as many syncs as 22 schools (%s, under the web’s budget)', async (platform) => {
    const small = await read(districtGrids(22), undefined, platform);
    const big = await read(districtGrids(2000), undefined, platform);
    expect(big.grid[0].values[2001][1]).toBe(schoolName(1999));
    expect(small.sim.syncs.length).toBe(3);
    expect(big.sim.syncs.length).toBe(small.sim.syncs.length);
  });

  it('reads a sheet larger than one request in row blocks, every response under 5 MB', async () => {
    const rows = 60_000;
    const width = 6;
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => r * width + c));
    const input: SheetGrid = { name: 'Большой', values, visibility: 'visible' };
    const { sim, grid } = await read([input]);
    expect(grid[0].values).toEqual(values);
    const cells = rows * width;
    expect(sim.syncs.length).toBe(2 + Math.ceil(cells / READ_CELLS_PER_REQUEST));
    expect(Math.max(...sim.syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('reads the same sheet on the desktop in three syncs, all its blocks in one request', async () => {
    const rows = 60_000;
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 6 }, (_, c) => r * 6 + c));
    const { sim, grid } = await read([{ name: 'Большой', values, visibility: 'visible' }], undefined, 'desktop');
    expect(grid[0].values).toEqual(values);
    expect(sim.syncs).toHaveLength(3);
    expect(sim.syncs[2].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('on a host it was not told about, tries the one-request read and falls back to the web’s requests when refused', async () => {
    const values = Array.from({ length: 60_000 }, (_, r) => Array.from({ length: 6 }, (_, c) => r * 6 + c));
    const sim = loadGridsIntoSimulator([{ name: 'Большой', values, visibility: 'visible' }]);
    const grid = await new OfficeJsWorkbook(sim.run, sim.isSetSupported).readGrids();
    expect(grid[0].values).toEqual(values);
    expect(sim.syncs[2].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(sim.syncs.slice(3).map((s) => s.responseBytes <= PAYLOAD_LIMIT)).toEqual([true, true, true]);
  });

  it('splits further when long texts make a request bigger than Excel on the web accepts', async () => {
    const long = 'Комментарий методиста о результатах школы, '.repeat(3);
    const values = Array.from({ length: 40_000 }, (_, r) => [`${r}: ${long}`, r]);
    const { sim, grid } = await read([{ name: 'Комментарии', values, visibility: 'visible' }]);
    expect(grid[0].values).toEqual(values);
    expect(sim.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT).length).toBeGreaterThan(0);
  });

  it('reads without merged areas on Office 2016 (ExcelApi 1.7), which cannot list them', async () => {
    const { grid } = await read(districtGrids(5), 7);
    expect(grid[0].merges).toEqual([]);
    expect(grid[0].values[2][1]).toBe(schoolName(0));
  });

  it('reads more than 512 merged areas (Excel refuses them in one call) block by block, in a few syncs more', async () => {
    const input = districtGrids(3000);
    const merges = Array.from({ length: 2600 }, (_, i) => ({ top: i + 2, left: 8, bottom: i + 2, right: 9 }));
    input[0].merges = merges;
    const { grid, sim } = await read(input);
    // Sorted and compared whole (arrayContaining over 2,600 areas takes a minute and a half).
    expect([...(grid[0].merges ?? [])].sort((a, b) => a.top - b.top)).toEqual(merges);
    expect(grid[1].values[3001][0]).toBe(schoolName(2999));
    // One area in each row: probes of 1,024 and 512 rows (+ 32 above) are refused, 256 pass — two syncs more.
    const usual = await read(districtGrids(3000));
    expect(sim.syncs.length).toBe(usual.sim.syncs.length + 2);
  });

  it('reads a merged area that crosses the edge between two merged-area probes', async () => {
    const input = districtGrids(1100);
    const across = { top: 1020, left: 8, bottom: 1030, right: 8 };
    input[0].merges = [across];
    const { grid } = await read(input);
    expect(grid[0].merges).toEqual([across]);
  });

  it('reads a whole-row merge (Excel gives its address as «1:1») cut to the sheet’s columns', async () => {
    const input = districtGrids(3);
    input[0].merges = [{ top: 0, left: 0, bottom: 0, right: SHEET_COLUMNS - 1 }];
    const { grid } = await read(input);
    expect(grid[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
    expect(grid[0].values[0]).toHaveLength(8);
  });

  it('reads an empty workbook sheet as an empty grid', async () => {
    const { grid } = await read([{ name: 'Лист1', values: [], visibility: 'visible' }]);
    expect(grid).toEqual([{ name: 'Лист1', values: [], numberFormats: [], merges: [], tables: [], visibility: 'visible' }]);
  });
});
