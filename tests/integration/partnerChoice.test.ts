/**
 * The partner the district chooses in «Опора · Сопоставление» (section «Школы-партнёры») wins over Opora's
 * proposal in the roadmaps and the monitoring, survives the next recalculation, and a name that is no school is
 * a diagnostic naming its cell.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { OWNED_SHEETS } from '../../src/engine/owned';
import { recalculate, type RecalcResult } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');

async function recalc(bytes: Uint8Array): Promise<{ bytes: Uint8Array; result: RecalcResult }> {
  const book = await ExcelJsWorkbook.fromBuffer(bytes);
  const result = recalculate(await book.readGrids());
  await book.apply(result.output);
  return { bytes: await book.toBuffer(), result };
}

/** Types `value` into the «Выбор района» cell of `school`'s row in section «5. Школы-партнёры». */
async function choose(bytes: Uint8Array, school: string, value: string): Promise<{ bytes: Uint8Array; cell: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(OWNED_SHEETS.mapping)!;
  let header = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(5).value === 'Выбор района: школа-партнёр') header = r;
  });
  expect(header).toBeGreaterThan(0);
  let at = 0;
  for (let r = header + 1; ws.getRow(r).getCell(1).value; r++) if (ws.getRow(r).getCell(1).value === school) at = r;
  expect(at).toBeGreaterThan(0);
  ws.getRow(at).getCell(5).value = value;
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), cell: `E${at}` };
}

const idOf = (r: RecalcResult, name: string) => r.dataset.schools.find((s) => s.name === name)!.id;
const verdict = (r: RecalcResult, name: string) => r.analysis.verdicts.find((v) => v.schoolId === idOf(r, name))!;
const texts = (r: RecalcResult, sheet: string) => r.output.sheets.find((s) => s.name === sheet)!.values.flat().filter((v): v is string => typeof v === 'string');

let first: { bytes: Uint8Array; result: RecalcResult };
beforeAll(async () => {
  first = await recalc(new Uint8Array(readFileSync(SAMPLE)));
});

test('the section lists each ШНОР and ШНСУ with Opora\'s proposal: СОШ № 10 → СОШ № 4', () => {
  const mapping = first.result.output.sheets.find((s) => s.name === OWNED_SHEETS.mapping)!;
  const row = mapping.values.find((r) => r[0] === 'МБОУ СОШ № 10' && r[2] === 'МБОУ СОШ № 4');
  expect(row?.slice(0, 5)).toEqual(['МБОУ СОШ № 10', 'ШНОР', 'МБОУ СОШ № 4', 'по условиям методики (см. дорожную карту)', '']);
  const supported = first.result.analysis.verdicts.filter((v) => v.lowResults === true || v.socialRisk === true).length;
  const at = mapping.values.findIndex((r) => r[4] === 'Выбор района: школа-партнёр');
  expect(mapping.values.slice(at + 1, at + 1 + supported).every((r) => typeof r[0] === 'string')).toBe(true);
});

test('a partner the district chose wins in the roadmap and the monitoring, and survives the next recalculation', async () => {
  const typed = await choose(first.bytes, 'МБОУ СОШ № 10', 'Гимназия № 6');
  const second = await recalc(typed.bytes);
  const v = verdict(second.result, 'МБОУ СОШ № 10');
  expect(v.partnerId).toBe(idOf(second.result, 'МАОУ Гимназия № 6'));
  expect(v.partnerBasis).toMatchObject({ source: 'district', proposedId: idOf(second.result, 'МБОУ СОШ № 4') });
  expect(texts(second.result, OWNED_SHEETS.roadmap)).toContain(
    'Школа-партнёр: МАОУ Гимназия № 6 — выбор управления образования (лист «Опора · Сопоставление», раздел «Школы-партнёры»).',
  );
  // the choice is written back into the section and holds on the third run
  const third = await recalc(second.bytes);
  expect(verdict(third.result, 'МБОУ СОШ № 10').partnerId).toBe(idOf(third.result, 'МАОУ Гимназия № 6'));
  const mapping = third.result.output.sheets.find((s) => s.name === OWNED_SHEETS.mapping)!;
  expect(mapping.values.find((r) => r[0] === 'МБОУ СОШ № 10' && r[1] === 'ШНОР')?.[4]).toBe('Гимназия № 6');
});

test('a name that is no school is a diagnostic naming its cell; Opora\'s proposal stays', async () => {
  const typed = await choose(first.bytes, 'МБОУ СОШ № 10', 'Школа на Луне');
  const second = await recalc(typed.bytes);
  expect(verdict(second.result, 'МБОУ СОШ № 10').partnerId).toBe(idOf(second.result, 'МБОУ СОШ № 4'));
  expect(second.result.diagnostics.find((d) => d.code === 'partner-choice-unknown')).toMatchObject({ sheet: OWNED_SHEETS.mapping, cell: typed.cell, value: 'Школа на Луне' });
});
