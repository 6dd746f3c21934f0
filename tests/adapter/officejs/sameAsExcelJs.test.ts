/**
 * Both adapters serialise the same model: one OutputDocument applied through Office.js (on the simulator)
 * and through ExcelJS reads back as the same grids.
 */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../../src/engine/model';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { OfficeJsWorkbook } from '../../../src/workbook/officejs';
import { loadGridsIntoSimulator } from '../../support/excel-simulator';
import { everyCell, everyCellOfSimulator } from '../../support/everyCell';
import { documentOf } from './fixtures';

const userSheet: SheetGrid = {
  name: 'Данные',
  values: [['ОО', 'Участников'], ['СОШ № 1', 25]],
  numberFormats: [['General', 'General'], ['General', 'General']],
  visibility: 'visible',
};

async function throughExcelJs(): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(userSheet.name);
  userSheet.values.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  const port = new ExcelJsWorkbook(wb);
  await port.apply(documentOf(6));
  // Through bytes, as the CLI would save and reopen the file.
  return everyCell(await port.toBuffer());
}

async function throughOfficeJs(): Promise<SheetGrid[]> {
  const sim = loadGridsIntoSimulator([userSheet]);
  const port = new OfficeJsWorkbook(sim.run, sim.isSetSupported);
  await port.apply(documentOf(6));
  return everyCellOfSimulator(sim);
}

describe('Office.js and ExcelJS adapters', () => {
  it('write the same sheets, values, merges and visibility for the same document', async () => {
    const [viaExcelJs, viaOfficeJs] = await Promise.all([throughExcelJs(), throughOfficeJs()]);
    const strip = (grids: SheetGrid[]) => grids.map(({ numberFormats: _formats, ...rest }) => rest);
    expect(strip(viaOfficeJs)).toEqual(strip(viaExcelJs));
  });

  it('write the same number formats, except that Office.js marks text-like strings as text (@)', async () => {
    const [viaExcelJs, viaOfficeJs] = await Promise.all([throughExcelJs(), throughOfficeJs()]);
    const differences: { sheet: string; format: string; value: unknown }[] = [];
    viaOfficeJs.forEach((grid, i) =>
      grid.numberFormats?.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format !== viaExcelJs[i].numberFormats?.[r][c]) differences.push({ sheet: grid.name, format, value: grid.values[r][c] });
        }),
      ),
    );
    // The dash of «no dynamics» on two rows, and the meta sheet's version «2» that Excel would make a number.
    expect(differences).toEqual([
      { sheet: 'Опора · Показатели', format: '@', value: '-' },
      { sheet: 'Опора · Показатели', format: '@', value: '-' },
      { sheet: '_opora', format: '@', value: '2' },
    ]);
  });
});
