/**
 * Replacing Opora's sheets from an earlier run and removing ones this run no longer makes: no orphan
 * part stays in the zip, and the sheet-scoped names and active tab of the user's later sheets still
 * point at the same sheets after a sheet before them is removed.
 */
import JSZip from 'jszip';
import { emptySheet } from '../../../src/engine/output/sheet';
import { recalculate } from '../../../src/engine/recalculate';
import { PackageWorkbook } from '../../../src/workbook/package';
import { CORPUS } from './corpus';
import { partXml, sheetNames, zipEntries } from './zipCompare';

async function recalc(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await PackageWorkbook.fromBytes(bytes);
  await book.apply(recalculate(await book.readGrids()).output);
  return book.toBytes();
}

const names = async (bytes: Uint8Array) => [...(await zipEntries(bytes)).keys()].sort();

describe('replacing and removing Opora sheets', () => {
  it('a second run replaces every Opora part and leaves the same list of entries (the user chart and Opora chart each once)', async () => {
    const input = await CORPUS.find((c) => c.name === 'a chart')!.build();
    const once = await recalc(input);
    const twice = await recalc(once);
    expect(await names(twice)).toEqual(await names(once));
    expect((await names(twice)).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
  });

  it('removing the summary takes its sheet part, drawing, chart and their relationships and content types with it', async () => {
    const once = await recalc(await CORPUS.find((c) => c.name === 'notes')!.build());
    const before = await names(once);
    const book = await PackageWorkbook.fromBytes(once);
    await book.apply({ sheets: [], removeSheets: ['Опора · Сводка'] });
    const after = await book.toBytes();
    const left = await names(after);
    const removed = before.filter((n) => !left.includes(n));
    expect(removed.filter((n) => /drawing|chart/.test(n)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml']);
    expect(removed.filter((n) => /worksheets/.test(n))).toHaveLength(2);
    const types = await partXml(after, '[Content_Types].xml');
    for (const part of removed.filter((n) => !n.endsWith('.rels'))) expect(types).not.toContain(`/${part}"`);
    const rels = await partXml(after, 'xl/_rels/workbook.xml.rels');
    for (const part of removed) expect(rels).not.toContain(part.replace(/^xl\//, ''));
    expect(sheetNames(await partXml(after, 'xl/workbook.xml'))).not.toContain('Опора · Сводка');
    // Every part a relationship points at is still there.
    const zip = await JSZip.loadAsync(after);
    for (const relsName of left.filter((n) => n.endsWith('.rels'))) {
      const folder = relsName.replace(/_rels\/[^/]*$/, '');
      for (const [, target] of (await zip.file(relsName)!.async('string')).matchAll(/Target="([^"]+)"(?! TargetMode="External")/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const resolved = target.startsWith('/') ? target.slice(1) : new URL(target, `http://x/${folder}`).pathname.slice(1);
        expect({ relsName, resolved, present: left.includes(decodeURIComponent(resolved)) }).toEqual({ relsName, resolved, present: true });
      }
    }
  });

  it('a removed sheet before user sheets moves their sheet-scoped names and the active tab down by one', async () => {
    const zip = await JSZip.loadAsync(await CORPUS.find((c) => c.name === 'notes')!.build());
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheet = `<worksheet xmlns="${main}"><sheetData/></worksheet>`;
    zip.file('xl/worksheets/sheet2.xml', sheet);
    zip.file('xl/worksheets/sheet3.xml', sheet);
    let rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const ws = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
    rels = rels.replace('</Relationships>', `<Relationship Id="rId80" Type="${ws}" Target="worksheets/sheet2.xml"/><Relationship Id="rId81" Type="${ws}" Target="worksheets/sheet3.xml"/></Relationships>`);
    zip.file('xl/_rels/workbook.xml.rels', rels);
    let wb = await zip.file('xl/workbook.xml')!.async('string');
    wb = wb
      .replace('</sheets>', '<sheet name="Опора · Старый" sheetId="80" r:id="rId80"/><sheet name="Итоги" sheetId="81" r:id="rId81"/></sheets><definedNames><definedName name="Итог" localSheetId="2">Итоги!$A$1</definedName></definedNames>')
      .replace(/activeTab="\d+"/, 'activeTab="2"');
    if (!/activeTab=/.test(wb)) wb = wb.replace('<sheets>', '<bookViews><workbookView activeTab="2"/></bookViews><sheets>');
    zip.file('xl/workbook.xml', wb);
    const book = await PackageWorkbook.fromBytes(await zip.generateAsync({ type: 'uint8array' }));
    await book.apply({ sheets: [emptySheet('summary', 'Опора · Сводка')], removeSheets: ['Опора · Старый'] });
    const out = await partXml(await book.toBytes(), 'xl/workbook.xml');
    expect(sheetNames(out)).toEqual(['ОГЭ математика', 'Итоги', 'Опора · Сводка']);
    expect(out).toContain('<definedName name="Итог" localSheetId="1">Итоги!$A$1</definedName>');
    expect(out).toMatch(/activeTab="1"/);
  });
});
