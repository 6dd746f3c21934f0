/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies: nothing to load or sync. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { OutputDocument } from '../../../src/engine/model';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { everyCell } from '../../support/everyCell';
import { districtWorkbook, toBytes } from './fixtures';
import { flagsSheet, metaSheet, settingsSheet } from './outputSheets';

async function applied(start: ExcelJS.Workbook, doc: OutputDocument): Promise<Uint8Array> {
  const book = await ExcelJsWorkbook.fromBuffer(await toBytes(start));
  await book.apply(doc);
  return book.toBuffer();
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const doc = (sheets = [flagsSheet(), metaSheet()], removeSheets: string[] = []): OutputDocument => ({ sheets, removeSheets });

describe('ExcelJsWorkbook.apply: an Opora sheet round-trips through a saved file', () => {
  it('reads back the values, number formats and merges it wrote', async () => {
    const grid = (await everyCell(await applied(districtWorkbook(), doc()))).find((g) => g.name === 'Опора · ШНОР и ШНСУ')!;
    expect(grid.values).toEqual([
      ['Школы с низкими образовательными результатами', null, null],
      ['ОО', 'Доля «2»', 'Правило'],
      ['МБОУ СОШ № 1', 0.305, 'R1'],
      ['МБОУ ООШ с. Луговое', 0.111, 'R3'],
    ]);
    expect(grid.numberFormats?.[2][1]).toBe('0.0%');
    expect(grid.numberFormats?.[3][1]).toBe('0.0%');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it('keeps column widths, the frozen header, the autofilter, styles and the tab colour', async () => {
    const ws = (await load(await applied(districtWorkbook(), doc()))).getWorksheet('Опора · ШНОР и ШНСУ')!;
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([40, 12, 10]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 0 });
    expect(ws.autoFilter).toBe('A2:C4');
    const header = ws.getCell('B2');
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('C4').border?.bottom?.style).toBe('thin');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
  });

  it('prints on A4 landscape, one page wide, with repeated header rows and the row breaks asked for', async () => {
    const bytes = await applied(districtWorkbook(), doc());
    const ws = (await load(bytes)).getWorksheet('Опора · ШНОР и ШНСУ')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    // ExcelJS does not load row breaks back, so look at the sheet XML (sheet 4: after the three user sheets).
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet4.xml')!.async('string');
    expect(xml).toMatch(/<rowBreaks[^>]*><brk id="3"/);
  });

  it('gives a row of wrapped text the height asked for, in points, and leaves the other rows to Excel', async () => {
    const sheet = flagsSheet();
    // 0-based row 3 is the sheet's row 4 («МБОУ ООШ с. Луговое»).
    sheet.rowHeights = { 3: 45 };
    const bytes = await applied(districtWorkbook(), doc([sheet]));
    const ws = (await load(bytes)).getWorksheet('Опора · ШНОР и ШНСУ')!;
    expect(ws.getRow(4).getCell(1).value).toBe('МБОУ ООШ с. Луговое');
    expect(ws.getRow(4).height).toBe(45);
    expect(ws.getRow(3).height).toBeUndefined();
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet4.xml')!.async('string');
    expect(xml).toMatch(/<row r="4"[^>]* ht="45" customHeight="1"/);
  });

  it('writes the conditional fill as a cellIs rule', async () => {
    const ws = (await load(await applied(districtWorkbook(), doc()))).getWorksheet('Опора · ШНОР и ШНСУ')!;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe('B3:B4');
    expect(cf[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'greaterThanOrEqual', formulae: ['0.3'] });
    expect(cf[0].rules[0].style).toMatchObject({ fill: { bgColor: { argb: 'FFF8CBAD' } } });
  });

  it('hides the `_opora` record very hidden', async () => {
    const wb = await load(await applied(districtWorkbook(), doc()));
    expect(wb.getWorksheet('_opora')!.state).toBe('veryHidden');
  });

  it('stores text that looks like a formula as text: =SUM(A1), +7 999, -5 шт, @home', async () => {
    const sheet = flagsSheet();
    sheet.values.push(['=SUM(A1)', '+7 999', '-5 шт', '@home']);
    const bytes = await applied(districtWorkbook(), doc([sheet]));
    const ws = (await load(bytes)).getWorksheet('Опора · ШНОР и ШНСУ')!;
    expect(['A5', 'B5', 'C5', 'D5'].map((a) => ws.getCell(a).value)).toEqual(['=SUM(A1)', '+7 999', '-5 шт', '@home']);
    expect(['A5', 'B5', 'C5', 'D5'].map((a) => ws.getCell(a).type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet4.xml')!.async('string');
    expect(xml).not.toContain('<f>');
  });
});

describe('ExcelJsWorkbook.apply: which sheets it touches', () => {
  it('creates a createOnce sheet with its defaults when absent, and keeps what the user typed when present', async () => {
    const first = await load(await applied(districtWorkbook(), doc([settingsSheet(0.3)])));
    expect(first.getWorksheet('Опора · Настройки')!.getCell('B1').value).toBe(0.3);

    first.getWorksheet('Опора · Настройки')!.getCell('B1').value = 0.25;
    first.getWorksheet('Опора · Настройки')!.getCell('A3').value = 'моя заметка';
    const second = await load(await applied(first, doc([settingsSheet(0.3)])));
    const settings = second.getWorksheet('Опора · Настройки')!;
    expect(settings.getCell('B1').value).toBe(0.25);
    expect(settings.getCell('A3').value).toBe('моя заметка');
  });

  it('replaces an owned sheet as a whole, in the same tab position', async () => {
    const start = districtWorkbook();
    const old = start.addWorksheet('Опора · ШНОР и ШНСУ');
    old.getCell('Z99').value = 'осталось от прошлого запуска';
    start.addWorksheet('Итоги');
    const wb = await load(await applied(start, doc([flagsSheet()])));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['ОГЭ 2024', 'Заметки', 'Справочник', 'Опора · ШНОР и ШНСУ', 'Итоги']);
    expect(wb.getWorksheet('Опора · ШНОР и ШНСУ')!.getCell('Z99').value).toBeNull();
    expect(wb.getWorksheet('Опора · ШНОР и ШНСУ')!.getCell('A3').value).toBe('МБОУ СОШ № 1');
  });

  it('deletes the sheets listed in removeSheets and only those', async () => {
    const start = districtWorkbook();
    start.addWorksheet('Опора · Карта · СОШ № 9').getCell('A1').value = 'старая карта';
    const wb = await load(await applied(start, doc([flagsSheet()], ['Опора · Карта · СОШ № 9'])));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['ОГЭ 2024', 'Заметки', 'Справочник', 'Опора · ШНОР и ШНСУ']);
  });

  it('drops defined names that pointed into a deleted sheet and keeps the user\'s names', async () => {
    const start = districtWorkbook();
    start.addWorksheet('Опора · Старый лист').getCell('A1').value = 'старое';
    start.definedNames.add("'Опора · Старый лист'!$A$1", 'Старое');
    start.definedNames.add("'ОГЭ 2024'!$B$3:$B$4", 'Участники');
    const wb = await load(await applied(start, doc([flagsSheet()], ['Опора · Старый лист'])));
    const names = wb.definedNames.model as { name: string; ranges: string[] }[];
    expect(names.map((n) => n.name)).toEqual(['Участники']);
  });

  it('activates the sheet asked for and leaves no very hidden sheet active', async () => {
    const start = districtWorkbook();
    const wb = await load(await applied(start, { ...doc([metaSheet(), flagsSheet()]), activate: 'Опора · ШНОР и ШНСУ' }));
    expect(wb.views[0].activeTab).toBe(4);
    expect(wb.worksheets[wb.views[0].activeTab].state).toBe('visible');
  });
});
