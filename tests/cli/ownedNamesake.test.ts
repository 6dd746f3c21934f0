/**
 * A user's own sheet named «Опора · Настройки»: Opora writes its settings beside it as «… (2)», never
 * reads the user's sheet as settings, reads its own «(2)» on the next run, and names that real sheet in
 * its remarks and in the JSON summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { capture, tempFolder, tinyWorkbook } from './cliHarness';

const folder = tempFolder();
afterAll(() => folder.cleanup());

const USER_SHEET = 'Опора · Настройки';
const OURS = 'Опора · Настройки (2)';

interface JsonSummary {
  diagnostics: { code: string; sheet?: string }[];
  ownedSheets: Record<string, string>;
}

async function recalc(input: string, output: string, json: string): Promise<JsonSummary> {
  const io = capture();
  const code = await main(['recalc', folder.path(input), '-o', folder.path(output), '--json', folder.path(json)], io);
  expect({ code, stderr: io.stderr }).toEqual({ code: 0, stderr: [] });
  return JSON.parse(readFileSync(folder.path(json), 'utf8')) as JsonSummary;
}

/** Types `value` into the «Значение» column of the settings row `id`. */
function setSetting(ws: ExcelJS.Worksheet, id: string, value: ExcelJS.CellValue): void {
  ws.eachRow((row) => {
    if (row.getCell(1).value === id) row.getCell(3).value = value;
  });
}

describe('a user sheet carrying the name of Opora’s settings sheet', () => {
  it('is never read as settings; Opora reads and names its own «(2)»', async () => {
    writeFileSync(folder.path('исходный.xlsx'), await tinyWorkbook());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(folder.path('исходный.xlsx'));
    const user = wb.addWorksheet(USER_SHEET);
    user.addRow(['Мои заметки', '', '']);
    user.addRow(['r1.fail_share', 'порог', 'мои данные']);
    await wb.xlsx.writeFile(folder.path('район.xlsx'));

    const first = await recalc('район.xlsx', 'итог.xlsx', 'итог.json');
    expect(first.diagnostics.filter((d) => d.sheet === USER_SHEET && d.code.startsWith('settings-'))).toEqual([]);
    expect(first.ownedSheets.settings).toBe(OURS);

    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(folder.path('итог.xlsx'));
    expect(written.getWorksheet(USER_SHEET)?.getCell('C2').value).toBe('мои данные');
    setSetting(written.getWorksheet(OURS)!, 'min_n', -1);
    await written.xlsx.writeFile(folder.path('правка.xlsx'));

    const second = await recalc('правка.xlsx', 'итог2.xlsx', 'итог2.json');
    expect(second.ownedSheets.settings).toBe(OURS);
    const invalid = second.diagnostics.filter((d) => d.code === 'settings-invalid-integer');
    expect(invalid.map((d) => d.sheet)).toEqual([OURS]);
  });
});
