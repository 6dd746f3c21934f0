import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { recalculate } from '../../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { readGrid } from '../../../src/workbook/exceljs/readGrid';
import { PackageWorkbook } from '../../../src/workbook/package';
import { everyCell } from '../../support/everyCell';

const SAMPLE = readFileSync(join(__dirname, '../../../assets/sample-district.xlsx'));

async function recalcBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await PackageWorkbook.fromBytes(bytes);
  const result = recalculate(await book.readGrids());
  await book.apply(result.output);
  return book.toBytes();
}

describe('package adapter on the sample district', () => {
  it('reads the same grids as the ExcelJS adapter', async () => {
    const viaPackage = await (await PackageWorkbook.fromBytes(SAMPLE)).readGrids();
    const viaExcelJs = await (await ExcelJsWorkbook.fromBuffer(SAMPLE)).readGrids();
    expect(viaPackage).toEqual(viaExcelJs);
  });

  it('writes a workbook that ExcelJS and Opora read again, with the same result', async () => {
    const once = await recalcBytes(SAMPLE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(once as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('Опора · Сводка');
    const first = recalculate(await (await PackageWorkbook.fromBytes(SAMPLE)).readGrids());
    const again = recalculate(await (await PackageWorkbook.fromBytes(once)).readGrids());
    expect(again.summary.flags).toEqual(first.summary.flags);
    // Opora's own sheets too: the package reader reads what it wrote as ExcelJS does, cell for cell.
    expect(await everyCell(once)).toEqual(wb.worksheets.map(readGrid));
    expect(await (await PackageWorkbook.fromBytes(once)).readGrids()).toEqual(await (await ExcelJsWorkbook.fromBuffer(once)).readGrids());
  });
});
