/**
 * The promises Opora makes about a user's workbook, checked end to end on the sample district through the
 * ExcelJS adapter: user sheets stay exactly as they were, recalculation is idempotent, and a user's sheet
 * that happens to carry one of Opora's names is left alone.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { recalculate } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';
import { snapshotSheets, snapshotXlsx } from '../adapter/exceljs/snapshotSheets';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');

async function recalcBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await ExcelJsWorkbook.fromBuffer(bytes);
  const result = recalculate(await book.readGrids());
  await book.apply(result.output);
  return book.toBuffer();
}

async function sampleBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const everySheet = () => true;

describe('recalculating a district workbook', () => {
  it('leaves every user sheet unchanged: values, formulas, number formats, merges, column widths', async () => {
    const input = await sampleBytes();
    const before = await snapshotXlsx(input);
    const after = await snapshotXlsx(await recalcBytes(input));
    expect(Object.keys(before).length).toBeGreaterThan(5);
    expect(after).toEqual(before);
  });

  it('gives the same workbook when run twice (idempotent)', async () => {
    const once = await recalcBytes(await sampleBytes());
    const twice = await recalcBytes(once);
    const a = await snapshotXlsx(once, everySheet);
    const b = await snapshotXlsx(twice, everySheet);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(b).toEqual(a);
  });

  it('writes beside a user sheet that already has an Opora name, and never touches it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const mine = wb.addWorksheet('Опора · Сводка');
    mine.getCell('A1').value = 'мои заметки';
    const out = await recalcBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(out as unknown as ArrayBuffer);
    expect(after.getWorksheet('Опора · Сводка')!.getCell('A1').value).toBe('мои заметки');
    expect(after.getWorksheet('Опора · Сводка (2)')).toBeDefined();
    const snap = snapshotSheets(after, (n) => n === 'Опора · Сводка');
    expect(Object.keys(snap['Опора · Сводка'].cells)).toEqual(['A1']);
  });

  it('creates the settings and catalogue sheets once and then keeps what the user typed there', async () => {
    const once = await recalcBytes(await sampleBytes());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(once as unknown as ArrayBuffer);
    const catalogue = wb.getWorksheet('Опора · Каталог мер')!;
    const row = catalogue.rowCount + 1;
    catalogue.getCell(row, 3).value = 'Моя мера: выездной семинар';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await recalcBytes(edited)) as unknown as ArrayBuffer);
    expect(again.getWorksheet('Опора · Каталог мер')!.getCell(row, 3).value).toBe('Моя мера: выездной семинар');
  });
});
