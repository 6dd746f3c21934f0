/**
 * docProps/app.xml keeps telling the truth about the sheets: Opora's titles are appended to the «Листы»
 * group on the first run, stay once on the next, go when Opora removes its sheet, and the user's titles
 * and named ranges stay as Excel wrote them; a package without app.xml gets none.
 */
import { emptySheet } from '../../../src/engine/output/sheet';
import { recalculate } from '../../../src/engine/recalculate';
import { PackageWorkbook } from '../../../src/workbook/package';
import { CORPUS } from './corpus';
import { appTitleGroups, partXml, zipEntries } from './zipCompare';

async function recalc(bytes: Uint8Array): Promise<{ bytes: Uint8Array; owned: string[] }> {
  const book = await PackageWorkbook.fromBytes(bytes);
  const { output } = recalculate(await book.readGrids());
  await book.apply(output);
  return { bytes: await book.toBytes(), owned: output.sheets.map((s) => s.name) };
}

const build = (name: string) => CORPUS.find((c) => c.name.startsWith(name))!.build();
const USER_NAMES: [string, string[]] = ['Именованные диапазоны', ["'ОГЭ математика'!Область_печати", 'Школы']];

describe('sheet titles in docProps/app.xml', () => {
  it("appends Opora's sheets to «Листы» once, however many runs, and leaves the named ranges as they were", async () => {
    const input = await build('sheet titles and named ranges');
    const once = await recalc(input);
    expect(appTitleGroups(await partXml(once.bytes, 'docProps/app.xml'))).toEqual([['Листы', ['ОГЭ математика', '2024', ...once.owned]], USER_NAMES]);
    const twice = await recalc(once.bytes);
    expect(await partXml(twice.bytes, 'docProps/app.xml')).toBe(await partXml(once.bytes, 'docProps/app.xml'));
    // Only the titles vector and the count changed: the rest of the part is the user's text.
    const before = await partXml(input, 'docProps/app.xml');
    const after = await partXml(once.bytes, 'docProps/app.xml');
    const outside = (xml: string) => xml.replace(/<TitlesOfParts>.*<\/TitlesOfParts>/, '').replace(/<vt:i4>\d+<\/vt:i4>/, '');
    expect(outside(after)).toBe(outside(before));
  });

  it('drops the title of a sheet Opora removes, and renames one whose case changed', async () => {
    const once = await recalc(await build('sheet titles and named ranges'));
    const diagnostics = once.owned.find((n) => n.includes('Диагностика'))!;
    const book = await PackageWorkbook.fromBytes(once.bytes);
    await book.apply({ sheets: [emptySheet('summary', once.owned[0].toUpperCase())], removeSheets: [diagnostics] });
    const groups = appTitleGroups(await partXml(await book.toBytes(), 'docProps/app.xml'));
    const expected = once.owned.filter((n) => n !== diagnostics).map((n, i) => (i === 0 ? n.toUpperCase() : n));
    expect(groups).toEqual([['Листы', ['ОГЭ математика', '2024', ...expected]], USER_NAMES]);
  });

  it('writes no app.xml into a package that had none', async () => {
    const once = await recalc(await build('the .NET Open XML SDK layout'));
    expect([...(await zipEntries(once.bytes)).keys()].filter((n) => /app\.xml$/.test(n))).toEqual([]);
  });
});
