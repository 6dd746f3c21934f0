import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { districtWorkbook, toBytes } from './fixtures';
import { flagsSheet } from './outputSheets';

describe('ExcelJsWorkbook shares style objects between cells, so a region-sized file saves fast', () => {
  it('gives the cells of one table column a single frozen style, distinct from the header row above', async () => {
    const book = await ExcelJsWorkbook.fromBuffer(await toBytes(districtWorkbook()));
    await book.apply({ sheets: [flagsSheet()], removeSheets: [] });
    const ws = book.workbook.getWorksheet('Опора · ШНОР и ШНСУ')!;
    // B3 and B4: the same percent format and body style, so the same object; B2 is a header cell.
    expect(ws.getCell('B3').style).toBe(ws.getCell('B4').style);
    expect(ws.getCell('B3').numFmt).toBe('0.0%');
    expect(ws.getCell('B2').style).not.toBe(ws.getCell('B3').style);
    expect(ws.getCell('B2').numFmt).toBeUndefined();
    // Restyling one cell in place would restyle the others: the shared object refuses it.
    expect(() => {
      ws.getCell('B3').numFmt = '0%';
    }).toThrow();
    expect(ws.getCell('B4').numFmt).toBe('0.0%');
  });

  it('keeps an unstyled date a date, and a number a plain number, when it saves', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Даты');
    ws.getCell('A1').value = 5;
    ws.getCell('A2').value = new Date(Date.UTC(2025, 4, 31));
    ws.getCell('A3').value = { formula: 'A2+1', result: new Date(Date.UTC(2025, 5, 1)) };
    ws.getCell('A4').value = 'текст';
    ws.getCell('A5').value = 7;
    const book = new ExcelJsWorkbook(wb);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    const back = saved.getWorksheet('Даты')!;
    expect(back.getCell('A1').value).toBe(5);
    expect(back.getCell('A1').numFmt).toBeUndefined();
    expect(back.getCell('A2').value).toEqual(new Date(Date.UTC(2025, 4, 31)));
    expect((back.getCell('A3').value as ExcelJS.CellFormulaValue).result).toEqual(new Date(Date.UTC(2025, 5, 1)));
    expect(back.getCell('A5').value).toBe(7);
    expect(back.getCell('A5').numFmt).toBeUndefined();
  });
});
