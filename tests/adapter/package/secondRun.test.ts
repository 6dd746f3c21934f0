/**
 * A second recalculation — the usual one: the ribbon's button, `--in-place` — reads a workbook that holds
 * Opora's sheets of the first. The engine never reads the cells of Opora's outputs, so the reader leaves
 * them out (at 2,000 schools they are three times the user's data); it still reads `_opora` and the sheets
 * the user edits: the settings, the catalogue of measures, the corrections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { recalculate } from '../../../src/engine/recalculate';
import { META_SHEET, OWNED_SHEETS } from '../../../src/engine/owned';
import { PackageWorkbook } from '../../../src/workbook/package';
import { everyCell } from '../../support/everyCell';

const SAMPLE = readFileSync(join(__dirname, '../../../assets/sample-district.xlsx'));
const READ_BACK = [OWNED_SHEETS.settings, OWNED_SHEETS.catalogue, OWNED_SHEETS.mapping, META_SHEET];

async function recalcBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await PackageWorkbook.fromBytes(bytes);
  await book.apply(recalculate(await book.readGrids()).output);
  return book.toBytes();
}

describe('a second recalculation of a workbook with Opora’s sheets', () => {
  let once: Uint8Array;
  beforeAll(async () => {
    once = await recalcBytes(SAMPLE);
  });

  it('reads the user’s sheets, `_opora`, the settings, the catalogue and the corrections, and of Opora’s outputs only the name and state', async () => {
    const grids = await (await PackageWorkbook.fromBytes(once)).readGrids();
    const full = await everyCell(once);
    expect(grids.map((g) => [g.name, g.visibility])).toEqual(full.map((g) => [g.name, g.visibility]));
    const outputs = grids.filter((g) => g.name.startsWith('Опора · ') && !READ_BACK.includes(g.name));
    // Counted by hand: the sample's run writes all 14 fixed sheets of OWNED_SHEETS (one roadmap), 3 of them read back.
    expect(outputs.map((g) => g.name)).toHaveLength(11);
    for (const g of outputs) expect(g.values).toEqual([]);
    for (const g of full.filter((f) => !outputs.some((o) => o.name === f.name))) {
      expect(grids.find((x) => x.name === g.name)).toEqual(g);
    }
    expect(full.find((g) => g.name === OWNED_SHEETS.summary)?.values.length).toBeGreaterThan(10);
  });

  it('gives the same result as a read of every cell', async () => {
    const viaPackage = recalculate(await (await PackageWorkbook.fromBytes(once)).readGrids());
    const viaEveryCell = recalculate(await everyCell(once));
    expect(viaPackage.summary).toEqual(viaEveryCell.summary);
    expect(viaPackage.output).toEqual(viaEveryCell.output);
  });

  it('still takes what the user changed on «Опора · Настройки»', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(once as unknown as ArrayBuffer);
    const settings = wb.getWorksheet(OWNED_SHEETS.settings)!;
    let row = 0;
    settings.eachRow((r, n) => {
      if (r.getCell(1).value === 'shnsu.enabled') row = n;
    });
    expect(row).toBeGreaterThan(0);
    settings.getCell(row, 3).value = 'нет';
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const again = recalculate(await (await PackageWorkbook.fromBytes(edited)).readGrids());
    expect(recalculate(await (await PackageWorkbook.fromBytes(once)).readGrids()).summary.switchedOff.shnsu).toBe(false);
    expect(again.summary.switchedOff.shnsu).toBe(true);
  });
});
