import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { OWNED_SHEETS } from '../../src/engine/owned';
import { CORPUS } from '../adapter/package/corpus';
import { partXml } from '../adapter/package/zipCompare';
import { capture, tempFolder, tinyWorkbook } from './cliHarness';

const folder = tempFolder();
afterAll(() => folder.cleanup());

describe('opora recalc with the real engine', () => {
  it('turns a small district workbook into one with Opora sheets, and the summary names its schools', async () => {
    const original = await tinyWorkbook();
    writeFileSync(folder.path('район.xlsx'), original);
    const io = capture();
    const code = await main(['recalc', folder.path('район.xlsx'), '-o', folder.path('итог.xlsx'), '--json', folder.path('итог.json')], io);
    expect({ code, stderr: io.stderr }).toEqual({ code: 0, stderr: [] });
    expect(readFileSync(folder.path('район.xlsx'))).toEqual(Buffer.from(original));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(folder.path('итог.xlsx'));
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names[0]).toBe('ОГЭ математика');
    expect(names).toContain(OWNED_SHEETS.summary);
    expect(wb.getWorksheet('_opora')?.state).toBe('veryHidden');
    const summary = JSON.parse(readFileSync(folder.path('итог.json'), 'utf8'));
    expect(summary.schools.map((s: { name: string }) => s.name).sort()).toEqual(['МБОУ ООШ с. Луговое', 'МБОУ СОШ № 1', 'МБОУ СОШ № 2']);
    const flagged = (kinds: string[]) =>
      new Set(summary.flags.filter((f: { kind: string }) => kinds.includes(f.kind)).map((f: { schoolId: string }) => f.schoolId)).size;
    // The workbook has no social passport: ШНСУ is «нет данных» for every school, not «0 schools».
    expect(summary.verdicts.every((v: { shnsu: boolean | null }) => v.shnsu === null)).toBe(true);
    expect(io.stdout[1]).toBe(`Школ: 3; отмечено: ${flagged(['ШНОР', 'ШНСУ'])} (ШНОР — ${flagged(['ШНОР'])}, ШНСУ — нет данных).`);
  });

  it('recalculates a workbook saved as «Strict Open XML» and leaves it Strict', async () => {
    writeFileSync(folder.path('строгий.xlsx'), await CORPUS.find((c) => c.name.startsWith('Strict Open XML'))!.build());
    const io = capture();
    const code = await main(['recalc', folder.path('строгий.xlsx'), '-o', folder.path('строгий-опора.xlsx')], io);
    expect({ code, stderr: io.stderr }).toEqual({ code: 0, stderr: [] });
    expect(io.stdout[1]).toMatch(/^Школ: 3; отмечено: \d+ \(ШНОР — \d+, ШНСУ — нет данных\)\.$/);
    const workbook = await partXml(new Uint8Array(readFileSync(folder.path('строгий-опора.xlsx'))), 'xl/workbook.xml');
    expect(workbook).toContain('<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships" conformance="strict">');
    expect(workbook).toContain(`<sheet name="${OWNED_SHEETS.summary}"`);
  });
});
