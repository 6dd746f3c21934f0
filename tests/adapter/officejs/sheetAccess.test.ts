/** The task pane's single-sheet operations on the strict simulator: go to a cell, read a sheet, write cells. */
import type { SheetGrid } from '../../../src/engine/model';
import { OfficeJsWorkbook } from '../../../src/workbook/officejs';
import { displayOf, loadGridsIntoSimulator, type ExcelSimulator } from '../../support/excel-simulator';

const results: SheetGrid = { name: 'ОГЭ 2025', values: [['ОО', 'Участники'], ['МБОУ СОШ № 1', 24]] };

function open(grids: SheetGrid[]): { sim: ExcelSimulator; workbook: OfficeJsWorkbook } {
  const sim = loadGridsIntoSimulator(grids);
  return { sim, workbook: new OfficeJsWorkbook(sim.run, sim.isSetSupported) };
}

describe('OfficeJsWorkbook.select', () => {
  it('activates the sheet and selects the cell a remark names, in two syncs', async () => {
    const { sim, workbook } = open([results, { name: 'Соцпаспорт', values: [['ОО']] }]);
    await expect(workbook.select('Соцпаспорт', 'D12')).resolves.toBe(true);
    expect(sim.model.activeSheet).toBe('Соцпаспорт');
    expect(sim.sheet('Соцпаспорт').selection).toEqual({ top: 11, left: 3, bottom: 11, right: 3 });
    expect(sim.syncs).toHaveLength(2);
  });

  it('selects a whole range, or only activates the sheet when no cell is named', async () => {
    const { sim, workbook } = open([results, { name: 'Соцпаспорт', values: [['ОО']] }]);
    await workbook.select('ОГЭ 2025', 'B3:K3');
    expect(sim.sheet('ОГЭ 2025').selection).toEqual({ top: 2, left: 1, bottom: 2, right: 10 });
    await workbook.select('Соцпаспорт');
    expect(sim.model.activeSheet).toBe('Соцпаспорт');
    expect(sim.sheet('Соцпаспорт').selection).toBeUndefined();
  });

  it('answers false and changes nothing when the sheet has been deleted', async () => {
    const { sim, workbook } = open([results]);
    await workbook.select('ОГЭ 2025', 'A1');
    await expect(workbook.select('Удалённый лист', 'B2')).resolves.toBe(false);
    expect(sim.model.activeSheet).toBe('ОГЭ 2025');
  });
});

describe('OfficeJsWorkbook.readSheet', () => {
  it('reads one sheet from A1, so row and column indexes are what the user sees', async () => {
    const notes: SheetGrid = {
      name: 'Примечания',
      values: [
        [null, null, null],
        [null, 'Сверено', '=не формула'],
        [null, 45443, 7],
      ],
      numberFormats: [
        ['General', 'General', 'General'],
        ['General', 'General', '@'],
        ['General', 'dd.mm.yyyy', 'General'],
      ],
    };
    const { sim, workbook } = open([results, notes]);
    const grid = await workbook.readSheet('Примечания');
    expect(grid?.name).toBe('Примечания');
    // Serial 45443 is 31 May 2024; empty cells are null, as readGrids gives them.
    expect(grid?.values).toEqual([
      [null, null, null],
      [null, 'Сверено', '=не формула'],
      [null, '2024-05-31', 7],
    ]);
    expect(grid?.numberFormats?.[2][1]).toBe('dd.mm.yyyy');
    expect(sim.syncs).toHaveLength(3);
  });

  it('reads a sheet of 3,000 rows in the same three syncs', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`Школа ${i + 1}`, i]);
    const { sim, workbook } = open([{ name: 'Большой', values: rows }]);
    const grid = await workbook.readSheet('Большой');
    expect(grid?.values[2999]).toEqual(['Школа 3000', 2999]);
    expect(sim.syncs).toHaveLength(3);
  });

  it('gives null for a missing sheet and no rows for an empty one', async () => {
    const { workbook } = open([results, { name: 'Пустой', values: [] }]);
    await expect(workbook.readSheet('Опора · Настройки')).resolves.toBeNull();
    await expect(workbook.readSheet('Пустой')).resolves.toMatchObject({ name: 'Пустой', values: [] });
  });
});

describe('OfficeJsWorkbook.writeCells', () => {
  it('writes numbers, keeps strings Excel would parse as typed text, and empties a cell for null', async () => {
    const { sim, workbook } = open([results, { name: 'Лист', values: [[null, null, 2024]] }]);
    const ok = await workbook.writeCells('Лист', [
      { address: 'A1', value: 0.25 },
      { address: 'B1', value: '=СУММ(A1:A3)' },
      { address: 'B2', value: '001' },
      { address: 'B3', value: 'обычный текст' },
      { address: 'C1', value: null },
    ]);
    expect(ok).toBe(true);
    const sheet = sim.sheet('Лист');
    expect(displayOf(sheet.rows[0][0])).toBe(0.25);
    expect(sheet.rows[0][1]).toEqual({ value: '=СУММ(A1:A3)', numberFormat: '@' });
    expect(sheet.rows[1][1]).toEqual({ value: '001', numberFormat: '@' });
    expect(sheet.rows[2][1]).toEqual({ value: 'обычный текст', numberFormat: 'General' });
    expect(displayOf(sheet.rows[0][2])).toBeNull();
  });

  it('sends any number of cells in two syncs', async () => {
    const { sim, workbook } = open([results]);
    const cells = Array.from({ length: 200 }, (_, i) => ({ address: `D${i + 1}`, value: i }));
    await workbook.writeCells('ОГЭ 2025', cells);
    expect(sim.syncs).toHaveLength(2);
    expect(displayOf(sim.sheet('ОГЭ 2025').rows[199][3])).toBe(199);
  });

  it('answers false and writes nothing when the sheet is gone', async () => {
    const { sim, workbook } = open([results]);
    await expect(workbook.writeCells('Опора · Настройки', [{ address: 'C5', value: 2025 }])).resolves.toBe(false);
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['ОГЭ 2025']);
  });
});
