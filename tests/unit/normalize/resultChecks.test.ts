/**
 * Values that cannot be true are refused with an error naming the cell (class 9), and a «2» share with
 * participants gives the count round(n × share) with one info line per sheet (class 7).
 */
import { explainRule } from '../../../src/engine/flags/explain';
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { countsFromShares, rebuiltCountsNote, refuseImpossibleCounts } from '../../../src/engine/normalize/resultChecks';
import { recalculate } from '../../../src/engine/recalculate';
import type { CountField, Diagnostic, ShareField, Sourced } from '../../../src/engine/model';
import { sheet } from '../../fixtures/layouts/grid';

const at = (value: number, cell: string): Sourced => ({ value, source: { sheet: 'ОГЭ', cell } });

function row(counts: Partial<Record<CountField, number>>, shares: Partial<Record<ShareField, number>> = {}) {
  const cols: Record<string, string> = { n: 'D5', m2: 'E5', m3: 'F5', m4: 'G5', m5: 'H5', fail: 'I5' };
  return {
    counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, at(v, cols[k])])) as Partial<Record<CountField, Sourced>>,
    shares: Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, at(v, cols[k])])) as Partial<Record<ShareField, Sourced>>,
  };
}

describe('refuseImpossibleCounts', () => {
  it('refuses a mark count above the participants, with an error on its cell, and keeps the rest', () => {
    const v = row({ n: 30, m2: 90, m3: 10, m4: 8, m5: 2 });
    const diagnostics: Diagnostic[] = [];
    expect(refuseImpossibleCounts(v, 'ОГЭ', diagnostics)).toEqual([{ field: 'm2', reason: 'count-above-participants', source: { sheet: 'ОГЭ', cell: 'E5' } }]);
    expect(v.counts.m2).toBeUndefined();
    expect(v.counts.m3?.value).toBe(10);
    expect(diagnostics.map((d) => [d.severity, d.code, d.cell])).toEqual([['error', 'value-count-above-participants', 'E5']]);
  });

  it('refuses every mark when they add up to more than the participants, naming the range', () => {
    const v = row({ n: 20, m2: 3, m3: 10, m4: 8, m5: 5 });
    const diagnostics: Diagnostic[] = [];
    expect(refuseImpossibleCounts(v, 'ОГЭ', diagnostics).map((r) => r.field)).toEqual(['m2', 'm3', 'm4', 'm5']);
    expect(Object.keys(v.counts)).toEqual(['n']);
    expect(diagnostics.map((d) => [d.code, d.cell, 'sum' in d ? d.sum : undefined])).toEqual([['value-marks-above-participants', 'E5:H5', 26]]);
  });

  it('leaves a possible row alone: marks equal to the participants, or no participants column', () => {
    const diagnostics: Diagnostic[] = [];
    expect(refuseImpossibleCounts(row({ n: 20, m2: 20 }), 'ОГЭ', diagnostics)).toEqual([]);
    expect(refuseImpossibleCounts(row({ n: 20, m2: 5, m3: 5, m4: 5, m5: 5 }), 'ОГЭ', diagnostics)).toEqual([]);
    expect(refuseImpossibleCounts(row({ m2: 90, m3: 10 }), 'ОГЭ', diagnostics)).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});

describe('countsFromShares', () => {
  it('rebuilds one «2» of 8 from 12,5 % (and from a share rounded to 12,0 %), sourced to the share', () => {
    const v = row({ n: 8 }, { fail: 0.125 });
    expect(countsFromShares(v)).toEqual([{ sheet: 'ОГЭ', cell: 'I5' }]);
    expect(v.counts.m2).toEqual(at(1, 'I5'));
    const rounded = row({ n: 8 }, { fail: 0.12 });
    countsFromShares(rounded);
    expect(rounded.counts.m2?.value).toBe(1);
  });

  it('rebuilds «3», «4», «5» from their shares too: 3, 3 and 1 of 8', () => {
    const v = { ...row({ n: 8 }, { fail: 0.125 }), markShares: { m3: at(0.375, 'J5'), m4: at(0.375, 'K5'), m5: at(0.125, 'L5') } };
    expect(countsFromShares(v).map((c) => c.cell)).toEqual(['I5', 'J5', 'K5', 'L5']);
    expect([v.counts.m2?.value, v.counts.m3?.value, v.counts.m4?.value, v.counts.m5?.value]).toEqual([1, 3, 3, 1]);
  });

  it('never overrides a count, and needs the participants', () => {
    expect(countsFromShares(row({ n: 8, m2: 2 }, { fail: 0.125 }))).toEqual([]);
    expect(countsFromShares(row({}, { fail: 0.125 }))).toEqual([]);
  });

  it('names the cells of a sheet column by column in one info line', () => {
    const cells = ['E2', 'E3', 'E9', 'K4'].map((cell) => ({ sheet: 'ОГЭ', cell }));
    expect(rebuiltCountsNote('ОГЭ', cells)).toEqual([{ severity: 'info', code: 'counts-from-shares', sheet: 'ОГЭ', cell: 'E2:E9', cells: 'E2:E9, K4', count: 4 }]);
    expect(rebuiltCountsNote('ОГЭ', [])).toEqual([]);
  });
});

describe('through the reader', () => {
  const grids = () => [
    sheet('ВПР 2024', [
      ['ОО', 'Класс', 'Предмет', 'Участники', 'Доля «2», %'],
      ['МБОУ СОШ № 7', 5, 'Русский язык', 28, '130 %'],
      ['МБОУ СОШ № 8', 5, 'Русский язык', 21, '9,5 %'],
    ]),
    sheet('ОГЭ 2024', [
      ['ОО', 'Предмет', 'Участники', '«2»', '«3»', '«4»', '«5»'],
      ['МБОУ СОШ № 7', 'Математика', 30, 90, 10, 8, 2],
      ['МБОУ СОШ № 8', 'Математика', 20, 4, 10, 4, 2],
    ]),
  ];

  it('a share above 100 % is an error on its cell, and the record keeps it as refused, not as a share', () => {
    const { dataset, diagnostics } = buildDataset(grids());
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.sheet}!${d.cell}`)).toEqual([
      'value-share-above-100 ВПР 2024!E2',
      'value-count-above-participants ОГЭ 2024!D2',
    ]);
    const vpr = dataset.results.find((r) => r.procedure.assessment === 'ВПР' && r.schoolId.includes('7'))!;
    expect(vpr.shares.fail).toBeUndefined();
    expect(vpr.refused).toEqual([{ field: 'fail', reason: 'share-above-100', source: { sheet: 'ВПР 2024', cell: 'E2' } }]);
  });

  it('no indicator is made of a refused value, and the school\'s R1 explanation names the refused cells', () => {
    const { analysis, dataset } = recalculate(grids());
    const id = dataset.schools.find((s) => s.name.includes('№ 7'))!.id;
    expect(analysis.indicators.values.filter((v) => v.schoolId === id && v.id === 'fail')).toEqual([]);
    const r1 = analysis.verdicts.find((v) => v.schoolId === id)!.rules.find((r) => r.ruleId === 'R1')!;
    expect(explainRule(r1, dataset)).toContain('отклонены значения, которые не могут быть верны, и не использованы: ВПР 2024!E2 (доля больше 100 %), ОГЭ 2024!D2 (больше числа участников)');
  });
});
