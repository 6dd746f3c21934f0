import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { districtWorkbook, toBytes } from './fixtures';
import { flagsSheet, metaSheet, settingsSheet } from './outputSheets';
import { snapshotSheets, snapshotXlsx } from './snapshotSheets';

/** A workbook after an earlier Opora run: user sheets interleaved with owned ones. */
async function afterEarlierRun(): Promise<Uint8Array> {
  const wb = districtWorkbook();
  wb.addWorksheet('Опора · ШНОР и ШНСУ').getCell('A1').value = 'прошлый запуск';
  wb.addWorksheet('Опора · Старый лист').getCell('A1').value = 'больше не нужен';
  const late = wb.addWorksheet('Итоги района');
  late.getCell('A1').value = { formula: "SUM('ОГЭ 2024'!B3:B4)", result: 49 };
  late.getColumn(1).width = 18;
  late.getColumn(2).hidden = true;
  return toBytes(wb);
}

describe('user sheets', () => {
  it('leaves every user sheet unchanged: values, formulas, formats, merges, widths, order, visibility', async () => {
    const bytes = await afterEarlierRun();
    const before = await snapshotXlsx(bytes);
    const book = await ExcelJsWorkbook.fromBuffer(bytes);
    await book.apply({ sheets: [flagsSheet(), settingsSheet(0.3), metaSheet()], removeSheets: ['Опора · Старый лист'], activate: 'Опора · ШНОР и ШНСУ' });
    const after = await snapshotXlsx(await book.toBuffer());
    expect(Object.keys(before)).toEqual(['ОГЭ 2024', 'Заметки', 'Справочник', 'Итоги района']);
    expect(after).toEqual(before);
  });

  it('the snapshot notices a changed formula, format, merge or width', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await afterEarlierRun()) as unknown as ArrayBuffer);
    const before = snapshotSheets(wb);
    const changes: ((w: ExcelJS.Workbook) => void)[] = [
      (w) => (w.getWorksheet('Итоги района')!.getCell('A1').value = { formula: 'SUM(B3:B5)', result: 49 }),
      (w) => (w.getWorksheet('ОГЭ 2024')!.getCell('D3').numFmt = '0%'),
      (w) => w.getWorksheet('Заметки')!.mergeCells('C1:D1'),
      (w) => (w.getWorksheet('ОГЭ 2024')!.getColumn(1).width = 10),
    ];
    for (const change of changes) {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(await wb.xlsx.writeBuffer());
      change(copy);
      expect(snapshotSheets(copy)).not.toEqual(before);
    }
  });
});
