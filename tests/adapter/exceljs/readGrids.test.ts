import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { districtWorkbook, libreOfficeLikeXlsx, toBytes } from './fixtures';

async function gridsOf(bytes: Uint8Array) {
  const book = await ExcelJsWorkbook.fromBuffer(bytes);
  const grids = await book.readGrids();
  return Object.fromEntries(grids.map((g) => [g.name, g]));
}

describe('ExcelJsWorkbook.readGrids', () => {
  it('reads every sheet with values from A1, formulas as their cached results and dates as ISO days', async () => {
    const grids = await gridsOf(await toBytes(districtWorkbook()));
    expect(Object.keys(grids)).toEqual(['ОГЭ 2024', 'Заметки', 'Справочник']);
    const oge = grids['ОГЭ 2024'];
    expect(oge.values[0]).toEqual(['Результаты ОГЭ по математике, 2024', null, null, null, null]);
    expect(oge.values[2]).toEqual(['МБОУ СОШ № 1', 40, 12, 0.3, '2024-05-31']);
    expect(oge.values[3][4]).toBe('2024-06-03');
    expect(oge.values[5][1]).toBe(49);
    expect(oge.values).toHaveLength(6);
    expect(oge.numberFormats?.[2][3]).toBe('0.0%');
    expect(oge.numberFormats?.[2][0]).toBe('General');
    expect(oge.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  });

  it('pads the area above and left of the data so addresses match what the user sees', async () => {
    const notes = (await gridsOf(await toBytes(districtWorkbook())))['Заметки'];
    expect(notes.values[0]).toEqual([null, null]);
    expect(notes.values[1]).toEqual([null, '=это текст, а не формула']);
  });

  it('turns rich text and hyperlinks into their plain text', async () => {
    const notes = (await gridsOf(await toBytes(districtWorkbook())))['Заметки'];
    expect(notes.values[2][1]).toBe('важно: сдать до 1 июня');
    expect(notes.values[3][1]).toBe('сайт ФИПИ');
  });

  it('reports hidden and very hidden sheets with their visibility', async () => {
    const wb = districtWorkbook();
    wb.addWorksheet('_opora').state = 'veryHidden';
    const grids = await gridsOf(await toBytes(wb));
    expect(grids['Справочник'].visibility).toBe('hidden');
    expect(grids['_opora'].visibility).toBe('veryHidden');
    expect(grids['ОГЭ 2024'].visibility).toBe('visible');
  });

  it('shows error values as Excel writes them and merged cells only in their top-left cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.getCell('A1').value = { error: '#N/A' };
    ws.getCell('B1').value = { formula: 'C1/0', result: { error: '#DIV/0!' } };
    ws.getCell('A2').value = 'Шапка';
    ws.mergeCells('A2:C3');
    const grid = (await gridsOf(await toBytes(wb)))['Лист1'];
    expect(grid.values).toEqual([
      ['#N/A', '#DIV/0!', null],
      ['Шапка', null, null],
      [null, null, null],
    ]);
  });

  it('reads tables (ListObjects) with their ranges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Кадры');
    ws.addTable({ name: 'Кадры2024', ref: 'B2', columns: [{ name: 'ОО' }, { name: 'Педагогов' }], rows: [['СОШ № 1', 31], ['СОШ № 2', 18]] });
    const grid = (await gridsOf(await toBytes(wb)))['Кадры'];
    expect(grid.tables).toEqual([{ name: 'Кадры2024', rect: { top: 1, left: 1, bottom: 3, right: 2 } }]);
    expect(grid.values[3]).toEqual([null, 'СОШ № 2', 18]);
  });

  it('reads a file saved by LibreOffice / Р7-Офис: inline strings, its own format ids, merges', async () => {
    const grid = (await gridsOf(await libreOfficeLikeXlsx()))['ВПР 5 класс'];
    expect(grid.values).toEqual([
      [null, null, null],
      [null, 'Результаты ВПР', null],
      [null, 'ОО', 'Доля «2»'],
      [null, 'МКОУ СОШ № 2', 0.125],
    ]);
    expect(grid.numberFormats?.[3][2]).toBe('0.0%');
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it('leaves the workbook as loaded (reading creates no cells)', async () => {
    const book = await ExcelJsWorkbook.fromBuffer(await toBytes(districtWorkbook()));
    const rows = () => JSON.stringify(book.workbook.worksheets.map((ws) => (ws.model as unknown as { rows: unknown }).rows));
    const before = rows();
    await book.readGrids();
    expect(rows()).toBe(before);
  });
});
