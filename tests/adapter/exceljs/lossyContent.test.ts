import ExcelJS from 'exceljs';
import { emptySheet } from '../../../src/engine/output/sheet';
import { ExcelJsWorkbook, findLossyContent } from '../../../src/workbook/exceljs';
import {
  addChart,
  addMacros,
  addPivotTable,
  addSparklines,
  addTextBox,
  addThreadedComment,
  edited,
  entries,
  keptContentWorkbook,
  partText,
} from './lossyFixtures';

/** What a recalculation through ExcelJS writes: load, (apply,) save. */
async function roundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  return (await ExcelJsWorkbook.fromBuffer(bytes)).toBuffer();
}

describe('what an ExcelJS round-trip keeps and what it loses', () => {
  it('keeps a picture, a note, a data validation and a conditional format, so such a workbook raises no warning', async () => {
    const bytes = await keptContentWorkbook();
    expect(await findLossyContent(bytes)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await roundTrip(bytes)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('ОГЭ математика')!;
    expect(ws.getImages()).toHaveLength(1);
    expect(ws.getCell('D2').note).toBe('уточнить у директора');
    expect(ws.getCell('E2').dataValidation).toMatchObject({ type: 'whole', formulae: [0] });
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(1);
  });

  it('loses a chart — and the check names it', async () => {
    const bytes = await edited(await keptContentWorkbook(), addChart);
    expect(await findLossyContent(bytes)).toEqual(['charts']);
    const after = await roundTrip(bytes);
    expect((await entries(after)).filter((e) => e.startsWith('xl/charts/'))).toEqual([]);
    // The picture next to it survives; the chart's frame does not.
    const drawing = await partText(after, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain('<xdr:pic>');
    expect(drawing).not.toContain('graphicFrame');
  });

  it('loses a pivot table and its cache', async () => {
    const bytes = await edited(await keptContentWorkbook(), addPivotTable);
    expect(await findLossyContent(bytes)).toEqual(['pivotTables']);
    expect((await entries(await roundTrip(bytes))).filter((e) => /pivot/i.test(e))).toEqual([]);
  });

  it('loses a text box, though it keeps the picture in the same drawing', async () => {
    const bytes = await edited(await keptContentWorkbook(), addTextBox);
    expect(await findLossyContent(bytes)).toEqual(['shapes']);
    expect(await partText(await roundTrip(bytes), 'xl/drawings/drawing1.xml')).not.toContain('Данные на 1 июня');
  });

  it('loses sparklines', async () => {
    const bytes = await edited(await keptContentWorkbook(), addSparklines);
    expect(await findLossyContent(bytes)).toEqual(['sparklines']);
    expect(await partText(await roundTrip(bytes), 'xl/worksheets/sheet1.xml')).not.toContain('sparkline');
  });

  it('lists several kinds at once, in a fixed order, each once', async () => {
    const bytes = await edited(await keptContentWorkbook(), addMacros, addThreadedComment, addChart, addPivotTable);
    expect(await findLossyContent(bytes)).toEqual(['charts', 'pivotTables', 'threadedComments', 'macros']);
    const after = await entries(await roundTrip(bytes));
    expect(after.filter((e) => /threadedComments|vbaProject/.test(e))).toEqual([]);
  });

  it('warns about page breaks on the user\'s sheets, which ExcelJS does not read back', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Паспорт школ');
    ws.getCell('A30').value = 'конец первой страницы';
    ws.getRow(30).addPageBreak();
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('<rowBreaks');
    expect(await findLossyContent(bytes)).toEqual(['pageBreaks']);
    expect(await partText(await roundTrip(bytes), 'xl/worksheets/sheet1.xml')).not.toContain('<rowBreaks');
  });

  it('does not count the page breaks of Opora\'s own sheets, which it writes again', async () => {
    const start = await ExcelJsWorkbook.fromBuffer(await keptContentWorkbook());
    const plan = emptySheet('eventPlan', 'Опора · План мероприятий');
    plan.values = [['Мероприятие'], ['Семинар']];
    plan.print = { orientation: 'landscape', paper: 'A4', fitToWidth: true, rowBreaks: [1] };
    await start.apply({ sheets: [plan], removeSheets: [] });
    const bytes = await start.toBuffer();
    expect(await partText(bytes, 'xl/worksheets/sheet2.xml')).toContain('<rowBreaks');
    expect(await findLossyContent(bytes)).toEqual([]);
  });

  it('gives an empty list for bytes that are not a zip (the file checks report those)', async () => {
    expect(await findLossyContent(new TextEncoder().encode('не книга'))).toEqual([]);
  });
});
