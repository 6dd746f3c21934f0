/** The Office.js write path on the strict simulator: what lands in the workbook, and how it is sent. */
import { rowHeightRuns } from '../../../src/workbook/officejs/writeSheet';
import type { OutputDocument, SheetGrid } from '../../../src/engine/model';
import { emptySheet } from '../../../src/engine/output/sheet';
import { OfficeJsWorkbook } from '../../../src/workbook/officejs';
import { displayOf, loadGridsIntoSimulator, PAYLOAD_LIMIT, snapshotModel, type ExcelSimulator } from '../../support/excel-simulator';
import { districtGrids, documentOf, indicatorsSheet, metaSheet, schoolName } from './fixtures';

function port(sim: ExcelSimulator): OfficeJsWorkbook {
  return new OfficeJsWorkbook(sim.run, sim.isSetSupported);
}

function userSheets(sim: ExcelSimulator): unknown {
  const model = snapshotModel(sim.model) as { sheets: { name: string }[] };
  return model.sheets.filter((s) => !s.name.startsWith('Опора · ') && s.name !== '_opora');
}

describe('OfficeJsWorkbook.apply', () => {
  it('writes the indicators sheet: values, formats, merged title, widths, freeze, filter, print, tab colour', async () => {
    const sim = loadGridsIntoSimulator(districtGrids(3));
    await port(sim).apply(documentOf(3));
    const sheet = sim.sheet('Опора · Показатели');
    expect(displayOf(sheet.rows[0][0])).toBe('Показатели ОО, 2024 год');
    expect(displayOf(sheet.rows[3][0])).toBe(schoolName(0));
    expect(sheet.rows[4][2]).toEqual({ value: 0.05, numberFormat: '0.0%' });
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    // 40 characters → (40·7 + 5) px · 0.75 = 213.75 pt.
    expect(sheet.columnWidths.get(0)).toBe(213.75);
    expect(sheet.freeze).toEqual({ rows: 3, cols: 0 });
    expect(sheet.autoFilter).toEqual({ top: 2, left: 0, bottom: 5, right: 4 });
    expect(sheet.conditionalFormats).toEqual([
      { rect: { top: 3, left: 2, bottom: 5, right: 2 }, operator: 'GreaterThanOrEqual', formula1: '0.3', fill: '#F4CCCC' },
    ]);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$3:$3' });
    expect(sheet.tabColor).toBe('#2F5597');
    expect(sheet.styles).toContainEqual({ rect: { top: 2, left: 0, bottom: 2, right: 4 }, property: 'font.bold', value: true });
    expect(sim.sheet('_opora').visibility).toBe('VeryHidden');
    expect(sim.model.activeSheet).toBe('Опора · Показатели');
  });

  it('writes strings that start with =, +, -, @ or look like numbers as text, never as formulas', async () => {
    const sim = loadGridsIntoSimulator(districtGrids(2));
    const sheet = emptySheet('diagnostics', 'Опора · Диагностика');
    const risky = ['=СУММ(A1:A3)', '+7 школ', '-', '-5 п.п.', '@школа', '001234', '45,5 %', 'TRUE', '31.05.2024', 'обычный текст'];
    sheet.values = risky.map((s) => [s, 1]);
    await port(sim).apply({ sheets: [sheet], removeSheets: [] });
    const written = sim.sheet('Опора · Диагностика');
    expect(written.rows.map((r) => r[0]?.formula)).toEqual(risky.map(() => undefined));
    expect(written.rows.map((r) => r[0]?.value)).toEqual(risky);
    expect(written.rows.map((r) => r[1]?.value)).toEqual(risky.map(() => 1));
  });

  it('the simulator turns such a string into a formula when the cell is not text (so the test above can fail)', async () => {
    const sim = loadGridsIntoSimulator([{ name: 'Лист1', values: [[1]], visibility: 'visible' }]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Лист1').getRange('A2:B2').values = [['=СУММ(A1)', '001234']];
      await context.sync();
    });
    expect(sim.sheet('Лист1').rows[1][0]).toMatchObject({ formula: '=СУММ(A1)' });
    expect(sim.sheet('Лист1').rows[1][1]).toMatchObject({ value: 1234 });
  });

  it('is idempotent and leaves every user sheet unchanged', async () => {
    const sim = loadGridsIntoSimulator(districtGrids(22));
    const before = userSheets(sim);
    await port(sim).apply(documentOf(22));
    const once = snapshotModel(sim.model);
    await port(sim).apply(documentOf(22));
    expect(snapshotModel(sim.model)).toEqual(once);
    expect(userSheets(sim)).toEqual(before);
  });

  it('replaces an owned sheet in place, keeps the user-edited settings sheet, deletes only removeSheets', async () => {
    const sim = loadGridsIntoSimulator(districtGrids(3));
    await port(sim).apply(documentOf(3));
    const settings = sim.sheet('Опора · Настройки');
    settings.rows[1][1] = { value: 0.25, numberFormat: 'General' };
    const old = emptySheet('roadmap', 'Опора · Дорожная карта');
    old.values = [['старая карта']];
    await port(sim).apply({ sheets: [old], removeSheets: [] });
    const order = sim.model.sheets.map((s) => s.name);
    await port(sim).apply(documentOf(5, { removeSheets: ['Опора · Дорожная карта', 'ОГЭ 2024 (нет такого)'] }));
    expect(sim.sheet('Опора · Настройки').rows[1][1]?.value).toBe(0.25);
    expect(sim.model.sheets.map((s) => s.name)).toEqual(order.filter((n) => n !== 'Опора · Дорожная карта'));
    expect(displayOf(sim.sheet('Опора · Показатели').rows[7][0])).toBe(schoolName(4));
  });

  it('replaces an owned sheet even when it is the only visible sheet of the workbook', async () => {
    const grids: SheetGrid[] = [
      { name: 'Опора · Показатели', values: [['старое']], visibility: 'visible' },
      { name: 'Данные', values: [[1]], visibility: 'hidden' },
    ];
    const sim = loadGridsIntoSimulator(grids);
    await port(sim).apply({ sheets: [indicatorsSheet(2)], removeSheets: [] });
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['Опора · Показатели', 'Данные']);
    expect(displayOf(sim.sheet('Опора · Показатели').rows[3][0])).toBe(schoolName(0));
  });

  it('activates the replacement first when the active sheet is an old Opora sheet it replaces', async () => {
    const sim = loadGridsIntoSimulator([
      { name: 'Данные', values: [[1]], visibility: 'visible' },
      { name: 'Опора · Показатели', values: [['старое']], visibility: 'visible' },
    ]);
    sim.model.activeSheet = 'Опора · Показатели';
    await port(sim).apply({ sheets: [indicatorsSheet(2)], removeSheets: [] });
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['Данные', 'Опора · Показатели']);
    expect(displayOf(sim.sheet('Опора · Показатели').rows[3][0])).toBe(schoolName(0));
    expect(sim.model.activeSheet).toBe('Опора · Показатели');
  });

  it('moves to a sheet that stays before deleting an active sheet it removes', async () => {
    const grids: SheetGrid[] = [
      { name: 'Опора · Дорожная карта', values: [['старая карта']], visibility: 'visible' },
      { name: 'Данные', values: [[1]], visibility: 'visible' },
    ];
    const written = loadGridsIntoSimulator(grids);
    await port(written).apply({ sheets: [indicatorsSheet(2)], removeSheets: ['Опора · Дорожная карта'] });
    expect(written.model.sheets.map((s) => s.name)).toEqual(['Данные', 'Опора · Показатели']);
    expect(written.model.activeSheet).toBe('Опора · Показатели');
    const removedOnly = loadGridsIntoSimulator(grids);
    await port(removedOnly).apply({ sheets: [], removeSheets: ['Опора · Дорожная карта'] });
    expect(removedOnly.model.sheets.map((s) => s.name)).toEqual(['Данные']);
    expect(removedOnly.model.activeSheet).toBe('Данные');
  });

  it('writes for 2,000 schools with as many syncs as for 22', async () => {
    const small = loadGridsIntoSimulator(districtGrids(1));
    await port(small).apply(documentOf(22));
    const big = loadGridsIntoSimulator(districtGrids(1));
    await port(big).apply(documentOf(2000));
    expect(small.syncs.length).toBe(2);
    expect(big.syncs.length).toBe(small.syncs.length);
  });

  it('writes a 200,000-row sheet in requests under the 5 MB limit, syncs growing with bytes only', async () => {
    const sim = loadGridsIntoSimulator(districtGrids(1));
    const doc: OutputDocument = { sheets: [indicatorsSheet(200_000)], removeSheets: [] };
    await port(sim).apply(doc);
    const bytes = sim.syncs.reduce((s, x) => s + x.requestBytes, 0);
    expect(Math.max(...sim.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT);
    // Full requests of ~3.6–4 MB: no more syncs than the bytes need, plus the listing sync and a tail.
    expect(sim.syncs.length).toBeLessThanOrEqual(Math.ceil(bytes / 3_500_000) + 2);
    const sheet = sim.sheet('Опора · Показатели');
    expect(displayOf(sheet.rows[200_002][0])).toBe(schoolName(199_999));
    expect(sheet.rows[200_002][3]).toEqual({ value: 0.05, numberFormat: '+0.0" п.п.";-0.0" п.п.";0.0" п.п."' });
  });

  it('writes on Office 2016 (ExcelApi 1.7) without the filter, page setup and screen suspension it lacks', async () => {
    const sim = loadGridsIntoSimulator(districtGrids(3), { apiMinor: 7 });
    await port(sim).apply(documentOf(3));
    const sheet = sim.sheet('Опора · Показатели');
    expect(displayOf(sheet.rows[3][0])).toBe(schoolName(0));
    expect(sheet.autoFilter).toBeNull();
    expect(sheet.pageLayout).toEqual({ rowBreaks: [] });
    expect(sheet.freeze).toEqual({ rows: 3, cols: 0 });
  });

  it('writes a chart with its series and categories', async () => {
    const sim = loadGridsIntoSimulator(districtGrids(1));
    const sheet = indicatorsSheet(3);
    sheet.charts.push({
      title: 'Доля «2»',
      type: 'bar',
      categories: 'A4:A6',
      series: [{ name: '2024', values: 'C4:C6' }, { name: 'Участников', values: 'B4:B6' }],
      anchor: 'G2',
      widthPx: 480,
      heightPx: 320,
    });
    sheet.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [40] };
    await port(sim).apply({ sheets: [sheet, metaSheet()], removeSheets: [] });
    const written = sim.sheet('Опора · Показатели');
    const q = "'Опора · Показатели'!";
    expect(written.charts).toEqual([
      {
        type: 'BarClustered',
        title: 'Доля «2»',
        anchor: 'G2',
        width: 360,
        height: 240,
        series: [
          { name: '2024', values: `${q}C4:C6`, categories: `${q}A4:A6` },
          { name: 'Участников', values: `${q}B4:B6`, categories: `${q}A4:A6` },
        ],
      },
    ]);
    expect(written.pageLayout.rowBreaks).toEqual(['A41']);
  });
});

describe('row heights', () => {
  it('groups consecutive rows of one height into one command each', () => {
    expect(rowHeightRuns({ 3: 30, 4: 30, 5: 30, 7: 45, 8: 30 })).toEqual([
      ['4:6', 30],
      ['8:8', 45],
      ['9:9', 30],
    ]);
    expect(rowHeightRuns(undefined)).toEqual([]);
  });
});
