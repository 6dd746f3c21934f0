/**
 * Issue 11's corpus: each user workbook carries one feature; after a recalculation every entry Opora
 * does not own is byte-identical (same CRC-32, same compressed and inflated bytes), the user's part of
 * workbook.xml is unchanged element by element, styles.xml only grew, ExcelJS and Opora read the output
 * again, and a third run writes exactly what the second wrote.
 */
import ExcelJS from 'exceljs';
import { recalculate } from '../../../src/engine/recalculate';
import { PackageWorkbook } from '../../../src/workbook/package';
import { CORPUS } from './corpus';
import { appTitleGroups, EDITABLE, partXml, sheetNames, stylesOutside, styleSections, userWorkbookPart, zipEntries } from './zipCompare';

async function recalc(bytes: Uint8Array) {
  const book = await PackageWorkbook.fromBytes(bytes);
  const result = recalculate(await book.readGrids());
  await book.apply(result.output);
  return { bytes: await book.toBytes(), result };
}

async function excelJsReads(bytes: Uint8Array): Promise<boolean> {
  try {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    return true;
  } catch {
    return false;
  }
}

describe.each(CORPUS)('$name', (corpusCase) => {
  let input: Uint8Array;
  let run1: Awaited<ReturnType<typeof recalc>>;

  beforeAll(async () => {
    if (corpusCase.unavailable) return;
    input = await corpusCase.build();
    run1 = await recalc(input);
  }, 240_000);

  const it_ = corpusCase.unavailable ? it.skip : it;
  if (corpusCase.unavailable) it.skip(`skipped: ${corpusCase.unavailable}`, () => undefined);

  it_('copies every entry Opora does not own byte for byte', async () => {
    const before = await zipEntries(input);
    const after = await zipEntries(run1.bytes);
    let compared = 0;
    for (const [name, entry] of before) {
      if (EDITABLE.has(name)) continue;
      const out = after.get(name);
      expect({ name, present: out !== undefined }).toEqual({ name, present: true });
      expect({ name, crc32: out!.crc32, compressedSize: out!.compressedSize }).toEqual({ name, crc32: entry.crc32, compressedSize: entry.compressedSize });
      expect(Buffer.from(out!.bytes).equals(Buffer.from(entry.bytes))).toBe(true);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
    expect([...after.keys()].filter((n) => !before.has(n)).every((n) => /worksheets\/|drawings\/|charts\//.test(n) || EDITABLE.has(n))).toBe(true);
  });

  it_("leaves the user's part of workbook.xml as it was, element by element", async () => {
    const part = 'xl/workbook.xml';
    const user = new Set(sheetNames(await partXml(input, part)));
    const before = userWorkbookPart(await partXml(input, part), user);
    const after = userWorkbookPart(await partXml(run1.bytes, part), user, await partXml(input, part));
    expect(after.sheets).toEqual(before.sheets);
    expect(sheetNames(await partXml(run1.bytes, part)).slice(0, user.size)).toEqual([...user]);
    expect(after.names.slice(0, before.names.length)).toEqual(before.names);
    expect(after.names.slice(before.names.length).every((n) => /_xlnm\.(Print_Titles|_FilterDatabase)" localSheetId="\d+"/.test(n) && n.includes("'Опора · "))).toBe(true);
    expect(after.rest).toEqual(before.rest);
  });

  it_("lists Opora's sheets after the user's titles in docProps/app.xml, every other title as it was", async () => {
    const before = appTitleGroups(await partXml(input, 'docProps/app.xml'));
    const after = appTitleGroups(await partXml(run1.bytes, 'docProps/app.xml'));
    if (before.length === 0) {
      expect(after).toEqual(before);
      return;
    }
    const sheets = sheetNames(await partXml(run1.bytes, 'xl/workbook.xml'));
    const worksheets = before.findIndex(([, titles]) => titles.length > 0 && titles.every((t) => sheets.includes(t)));
    expect(worksheets).toBeGreaterThanOrEqual(0);
    after.forEach(([name, titles], i) => {
      expect(name).toBe(before[i][0]);
      if (i !== worksheets) expect(titles).toEqual(before[i][1]);
    });
    const [, userTitles] = before[worksheets];
    expect(after[worksheets][1]).toEqual([...userTitles, ...sheets.filter((s) => !userTitles.includes(s))]);
    expect(after[worksheets][1].slice(userTitles.length)).toEqual(run1.result.output.sheets.map((s) => s.name));
  });

  it_('only appends to styles.xml', async () => {
    const beforeXml = await partXml(input, 'xl/styles.xml');
    const afterXml = await partXml(run1.bytes, 'xl/styles.xml');
    if (!beforeXml) {
      expect(afterXml).toContain('cellXfs');
      return;
    }
    const before = styleSections(beforeXml);
    const after = styleSections(afterXml);
    for (const [section, items] of Object.entries(before)) expect({ section, items: after[section].slice(0, items.length) }).toEqual({ section, items });
    expect(after.cellXfs.length).toBeGreaterThan(before.cellXfs.length);
    expect(stylesOutside(afterXml)).toEqual(stylesOutside(beforeXml));
  });

  it_('gives a workbook ExcelJS and Opora read again, and a third run writes what the second wrote', async () => {
    if (await excelJsReads(input)) expect(await excelJsReads(run1.bytes)).toBe(true);
    const run2 = await recalc(run1.bytes);
    expect(run2.result.summary.flags).toEqual(run1.result.summary.flags);
    const run3 = await recalc(run2.bytes);
    const second = await zipEntries(run2.bytes);
    const third = await zipEntries(run3.bytes);
    expect([...third.keys()]).toEqual([...second.keys()]);
    for (const [name, entry] of third) expect({ name, same: Buffer.from(entry.bytes).equals(Buffer.from(second.get(name)!.bytes)) }).toEqual({ name, same: true });
  }, 60_000);
});
