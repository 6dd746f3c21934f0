/**
 * `OutputDocument.activate` on the file path: the workbook opens on Opora's summary when no sheet part
 * the user keeps marks its tab selected (then the summary's own sheet view says `tabSelected` and the
 * first workbook view's `activeTab` points at it), and keeps the user's tab otherwise — a second selected
 * tab would open the workbook with sheets grouped, and the user's sheet part is never edited to clear it.
 */
import JSZip from 'jszip';
import { recalculate } from '../../../src/engine/recalculate';
import { PackageWorkbook } from '../../../src/workbook/package';
import { CORPUS } from './corpus';
import { editText, editZip } from './zipEdit';
import { partXml, sheetNames } from './zipCompare';

const build = (name: string) => CORPUS.find((c) => c.name.startsWith(name))!.build();

async function recalc(bytes: Uint8Array) {
  const book = await PackageWorkbook.fromBytes(bytes);
  const { output } = recalculate(await book.readGrids());
  await book.apply(output);
  return { bytes: await book.toBytes(), summary: output.activate! };
}

/** Sheet name → whether its part marks the tab selected, and the first workbook view's activeTab. */
async function views(bytes: Uint8Array): Promise<{ activeTab?: number; selected: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const selected: string[] = [];
  for (const [tag] of workbook.matchAll(/<sheet [^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(tag)![1];
    const id = /\sr:id="([^"]+)"/.exec(tag)![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
    const part = (target[1] ?? target[2]).replace(/^\/?(xl\/)?/, 'xl/');
    if (/<sheetView[^>]*tabSelected="(1|true)"/.test(await zip.file(part)!.async('string'))) selected.push(name);
  }
  const tab = /<workbookView[^>]*activeTab="(\d+)"/.exec(workbook)?.[1];
  return { ...(tab !== undefined ? { activeTab: Number(tab) } : {}), selected };
}

describe('the sheet the recalculated workbook opens on', () => {
  it('is the summary when no user sheet is selected (ExcelJS writes no sheet views), on every run', async () => {
    const once = await recalc(await build('notes'));
    const names = sheetNames(await partXml(once.bytes, 'xl/workbook.xml'));
    expect(await views(once.bytes)).toEqual({ activeTab: names.indexOf(once.summary), selected: [once.summary] });
    const twice = await recalc(once.bytes);
    expect(await views(twice.bytes)).toEqual({ activeTab: names.indexOf(once.summary), selected: [once.summary] });
  });

  it("stays the user's when a user sheet is selected, as Excel saves it; the summary is not selected", async () => {
    const input = await editZip(await build('notes'), async (zip) => {
      await editText(zip, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<sheetFormatPr', '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr'));
      await editText(zip, 'xl/workbook.xml', (xml) => xml.replace('<sheets>', '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'));
    });
    const once = await recalc(input);
    expect(await views(once.bytes)).toEqual({ selected: ['ОГЭ математика'] });
    expect(await partXml(once.bytes, 'xl/workbook.xml')).toContain('<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>');
  });

  it('is the summary of a Strict workbook only when its user sheet is not selected (the fixture selects it)', async () => {
    const once = await recalc(await build('Strict Open XML'));
    expect(await views(once.bytes)).toEqual({ selected: ['ОГЭ математика'] });
  });
});
