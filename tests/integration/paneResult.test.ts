/**
 * What the pane reads after a recalculation of the sample district, without recalculating: the result
 * recorded in `_opora`, where each flagged school's row and roadmap block are, and explanations whose
 * every cell reference can be made a link to an existing cell.
 */
import path from 'node:path';
import { splitCellRefs } from '../../src/engine/flags/format';
import type { SheetGrid } from '../../src/engine/model';
import { lastResultOf, readLastResult } from '../../src/engine/output/lastResult';
import { recalculate, type RecalcResult } from '../../src/engine/recalculate';
import { META_SHEET } from '../../src/engine/owned';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');

let grids: SheetGrid[];
let result: RecalcResult;

beforeAll(async () => {
  grids = await (await ExcelJsWorkbook.fromFile(SAMPLE)).readGrids();
  result = recalculate(grids);
});

const sheetOf = (name: string | undefined) => result.output.sheets.find((s) => s.name === name);

it('records the result in _opora, so the pane shows it when the workbook is opened again', () => {
  const meta = sheetOf(META_SHEET);
  const last = readLastResult(meta ? { name: META_SHEET, values: meta.values } : null);
  expect(last).toEqual(lastResultOf(result.summary));
  expect(last?.sheets.map((s) => s.sheet)).toContain('Социальный паспорт');
});

it('keeps in _opora only what the pane shows: not the dynamics and monitoring rows, which have sheets of their own', () => {
  const meta = sheetOf(META_SHEET);
  const stored = (meta?.values ?? []).filter((r) => r[0] === 'result').map((r) => String(r[2]).slice(1, -1)).join('');
  expect(result.summary.dynamics.rows.length).toBeGreaterThan(100);
  expect(Object.keys(JSON.parse(stored))).not.toEqual(expect.arrayContaining(['dynamics']));
  expect(Object.keys(JSON.parse(stored))).not.toEqual(expect.arrayContaining(['monitoring']));
  // The pane's lists grow with the flags, not with every school × procedure × indicator over the years.
  expect(stored.length).toBeLessThan(JSON.stringify(result.summary.flags).length + 60_000);
});

it('says where each ШНОР/ШНСУ school’s row on «ШНОР и ШНСУ» and its roadmap block are', () => {
  const supported = result.summary.verdicts.filter((v) => v.shnor || v.shnsu === true).map((v) => v.schoolId);
  expect(supported.length).toBeGreaterThan(3);
  for (const id of supported) {
    const name = result.summary.schools.find((s) => s.id === id)?.name;
    const place = result.summary.places[id];
    const row = (cell: string | undefined) => Number(cell?.slice(1)) - 1;
    expect(sheetOf(place.flags?.sheet)?.values[row(place.flags?.cell)][1]).toBe(name);
    expect(String(sheetOf(place.roadmap?.sheet)?.values[row(place.roadmap?.cell)][0])).toMatch(new RegExp(`^Дорожная карта: ${name}`.replace(/[()№.]/g, '.')));
  }
});

it('cites only cells a link can select: every reference in an explanation names an existing sheet', () => {
  const names = new Set(grids.map((g) => g.name));
  let links = 0;
  for (const flag of result.summary.flags) {
    const refs = splitCellRefs(flag.explanation).filter((p) => 'sheet' in p);
    expect(refs.length).toBe((flag.explanation.match(/![A-Z]+\d/g) ?? []).length);
    for (const ref of refs) if ('sheet' in ref) expect(names).toContain(ref.sheet);
    links += refs.length;
  }
  expect(links).toBeGreaterThan(result.summary.flags.length);
});
