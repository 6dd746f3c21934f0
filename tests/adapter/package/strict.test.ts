/**
 * A workbook saved as «Strict Open XML» (ISO/IEC 29500 Strict) is read like any other — values, shared
 * strings, merges, number formats and ISO dates — and Opora's parts join it in Strict too: no
 * Transitional namespace or relationship type is written into the package, so it stays one conformance
 * class (the corpus test checks the byte-for-byte copy; the print test that LibreOffice converts it).
 */
import { recalculate } from '../../../src/engine/recalculate';
import { PackageWorkbook } from '../../../src/workbook/package';
import { CORPUS } from './corpus';
import { partXml, zipEntries } from './zipCompare';

const TRANSITIONAL = /schemas\.openxmlformats\.org\/(spreadsheetml\/2006|officeDocument\/2006\/relationships|drawingml\/2006)/;
const build = (name: string) => CORPUS.find((c) => c.name.startsWith(name))!.build();

async function recalc(bytes: Uint8Array) {
  const book = await PackageWorkbook.fromBytes(bytes);
  const grids = await book.readGrids();
  const result = recalculate(grids);
  await book.apply(result.output);
  return { grids, result, bytes: await book.toBytes() };
}

describe('Strict Open XML', () => {
  let input: Uint8Array;
  let run: Awaited<ReturnType<typeof recalc>>;
  beforeAll(async () => {
    input = await build('Strict Open XML');
    run = await recalc(input);
  }, 60_000);

  it('reads values, shared strings, merges and dates as from a Transitional workbook', () => {
    const [results, notes] = run.grids;
    expect(results.name).toBe('ОГЭ математика');
    expect(results.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 8 }]);
    expect(results.values[0][0]).toBe('Результаты ОГЭ, 2024');
    expect(results.values[1]).toEqual(['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»']);
    expect(results.values[4]).toEqual([2024, 'ОГЭ', 'Математика', 'МБОУ ООШ с. Луговое', 12, 1, 6, 4, 1]);
    expect(notes.values[0]).toEqual(['Дата выгрузки', '2024-06-20', '2024-06-20']);
    expect(notes.numberFormats?.[0][1]).toBe('dd.mm.yyyy');
    expect(run.result.summary.schools.map((s) => s.name).sort()).toEqual(['МБОУ ООШ с. Луговое', 'МБОУ СОШ № 1', 'МБОУ СОШ № 2']);
  });

  it("writes Opora's sheets, drawing, chart and relationships in Strict namespaces and types only", async () => {
    const before = await zipEntries(input);
    const after = await zipEntries(run.bytes);
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n)).length).toBe(run.result.output.sheets.length);
    expect(added.some((n) => /charts\/chart\d+\.xml$/.test(n))).toBe(true);
    for (const name of [...added, 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml']) {
      const text = Buffer.from(after.get(name)!.bytes).toString('utf8');
      expect({ name, transitional: TRANSITIONAL.exec(text)?.[0] }).toEqual({ name, transitional: undefined });
    }
    const sheet = await partXml(run.bytes, added.find((n) => /worksheets\/sheet\d+\.xml$/.test(n))!);
    expect(sheet).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">');
    const rels = await partXml(run.bytes, 'xl/_rels/workbook.xml.rels');
    expect(rels.match(/Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/worksheet"/g)).toHaveLength(2 + run.result.output.sheets.length);
    const chart = await partXml(run.bytes, added.find((n) => /charts\/chart\d+\.xml$/.test(n))!);
    expect(chart).toContain('xmlns:c="http://purl.oclc.org/ooxml/drawingml/chart"');
    expect(chart).toContain('<c:gapWidth val="150%"/>');
  });

  it('writes a Transitional workbook’s parts in Transitional, as before', async () => {
    const { bytes } = await recalc(await build('notes'));
    const chart = [...(await zipEntries(bytes)).entries()].find(([n]) => /charts\/chart\d+\.xml$/.test(n))!;
    const text = Buffer.from(chart[1].bytes).toString('utf8');
    expect(text).toContain('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"');
    expect(text).toContain('<c:gapWidth val="150"/>');
  });
});
