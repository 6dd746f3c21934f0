/**
 * The measures catalogue is the methodologist's own: a measure she adds for risk factor 8 («высокая доля
 * обучающихся с рисками учебной неуспешности») shows up, after recalculation, in the roadmap of every school
 * whose factor 8 is high and of no other, and her row is still there afterwards.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Analysis } from '../../src/engine/model';
import { OWNED_SHEETS } from '../../src/engine/owned';
import { recalculate } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');
const MEASURE = 'Моя мера: индивидуальные консультации для обучающихся с рисками неуспешности';

async function recalc(bytes: Uint8Array): Promise<{ bytes: Uint8Array; analysis: Analysis; names: Map<string, string> }> {
  const book = await ExcelJsWorkbook.fromBuffer(bytes);
  const result = recalculate(await book.readGrids());
  await book.apply(result.output);
  return { bytes: await book.toBuffer(), analysis: result.analysis, names: new Map(result.dataset.schools.map((s) => [s.id, s.name])) };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Roadmap text per school block («Дорожная карта: <ОО> — …» starts a block). */
function roadmapBlocks(wb: ExcelJS.Workbook): Map<string, string> {
  const blocks = new Map<string, string>();
  let current: string | null = null;
  wb.getWorksheet(OWNED_SHEETS.roadmap)!.eachRow((row) => {
    const text = (row.values as unknown[]).filter((v) => typeof v === 'string').join(' | ');
    const start = /^Дорожная карта: (.+?) — /.exec(text);
    if (start) current = start[1];
    if (current) blocks.set(current, `${blocks.get(current) ?? ''}\n${text}`);
  });
  return blocks;
}

it('puts a measure added for risk factor 8 into exactly the roadmaps of schools with factor 8 high, and keeps it', async () => {
  const first = await recalc(new Uint8Array(await (await new ExcelJS.Workbook().xlsx.readFile(SAMPLE)).xlsx.writeBuffer()));
  expect(roadmapBlocks(await load(first.bytes)).size).toBeGreaterThan(0);

  const wb = await load(first.bytes);
  const catalogue = wb.getWorksheet(OWNED_SHEETS.catalogue)!;
  const row = catalogue.rowCount + 1;
  ['U-1', 'научно-методическое', MEASURE, 'риск 8', 'в течение года', 'ИМЦ', 'Снижение доли «2»', 'Доля «2»'].forEach((v, i) => (catalogue.getCell(row, i + 1).value = v));
  const second = await recalc(new Uint8Array(await wb.xlsx.writeBuffer()));

  const flagged = second.analysis.verdicts.filter((v) => v.lowResults || v.socialRisk);
  const high = flagged.filter((v) => v.riskFactors.find((f) => f.no === 8)?.level === 'high').map((v) => second.names.get(v.schoolId)!);
  const others = flagged.map((v) => second.names.get(v.schoolId)!).filter((n) => !high.includes(n));
  expect(high.length).toBeGreaterThan(0);
  expect(others.length).toBeGreaterThan(0);

  const out = await load(second.bytes);
  const blocks = roadmapBlocks(out);
  for (const name of high) expect(blocks.get(name)).toContain(MEASURE);
  for (const name of others) expect(blocks.get(name) ?? '').not.toContain(MEASURE);
  expect(out.getWorksheet(OWNED_SHEETS.catalogue)!.getCell(row, 3).value).toBe(MEASURE);
});
