/**
 * Every flag's explanation on the sample district can be checked by hand: the cells it cites exist in the
 * user's sheets, and reading those cells as a person would (a count, a number with a decimal comma)
 * gives back the values the rule used — a share is the first cell divided by the sum of the others.
 */
import path from 'node:path';
import { parseRect } from '../../src/engine/a1';
import { explainRule } from '../../src/engine/flags/explain';
import type { CellRef, CellValue, RuleRecord, SheetGrid } from '../../src/engine/model';
import { recalculate } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');

let grids: SheetGrid[];
let records: RuleRecord[];
let explain: (r: RuleRecord) => string;

beforeAll(async () => {
  grids = await (await ExcelJsWorkbook.fromFile(SAMPLE)).readGrids();
  const result = recalculate(grids);
  records = result.analysis.verdicts.flatMap((v) => v.rules).filter((r) => r.fired && r.ruleId !== 'RES' && r.ruleId !== 'EXIT');
  explain = (r) => explainRule(r, result.dataset);
});

/** What a person reads in a cell: a number, a number written with a decimal comma, or nothing. */
function read(ref: CellRef): number | null {
  const grid = grids.find((g) => g.name === ref.sheet);
  if (!grid) throw new Error(`explanation cites a sheet that does not exist: ${ref.sheet}`);
  const { top, left } = parseRect(ref.cell);
  const raw: CellValue = grid.values[top]?.[left] ?? null;
  if (typeof raw === 'number') return raw;
  const n = Number(String(raw ?? '').replace(/\s/g, '').replace(',', '.'));
  return raw === null || Number.isNaN(n) ? null : n;
}

const percent = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1).replace('.', ',')} %`;

it('flags something on the sample district, so the checks below are not vacuous', () => {
  expect(records.filter((r) => r.ruleId === 'R1').length).toBe(3);
  expect(records.some((r) => r.ruleId === 'SOC')).toBe(true);
  expect(records.some((r) => r.ruleId === 'OBJ')).toBe(true);
});

it('cites only cells that exist and that the rule really read', () => {
  for (const record of records) {
    const text = explain(record);
    const cited = [...text.matchAll(/'([^']+)'!([A-Z]+\d+)|([А-Яа-яЁё]+)!([A-Z]+\d+)/g)].map((m) => ({ sheet: m[1] ?? m[3], cell: m[2] ?? m[4] }));
    expect(cited.length).toBeGreaterThan(0);
    const used = new Set(record.evidence.flatMap((e) => e.sources).map((s) => `${s.sheet}!${s.cell}`));
    for (const c of cited) {
      expect(used).toContain(`${c.sheet}!${c.cell}`);
      expect(read(c)).not.toBeNull();
    }
  }
});

it('gives back every share a rule used from the cells it names (first cell ÷ sum of the others)', () => {
  let checked = 0;
  for (const record of records) {
    for (const e of record.evidence) {
      if (e.kind !== 'indicator' || e.excluded || e.sources.length < 2 || e.value > 1) continue;
      const [numerator, ...denominator] = e.sources.map(read);
      const total = denominator.reduce<number>((a, b) => a + (b ?? NaN), 0);
      expect(numerator! / total).toBeCloseTo(e.value, 9);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(10);
});

it('states in the explanation the shares that met the R1 threshold, as a person would round them', () => {
  for (const record of records.filter((r) => r.ruleId === 'R1')) {
    const text = explain(record);
    for (const e of record.evidence.filter((x) => x.met && !x.excluded)) expect(text).toContain(percent(e.value));
  }
});
