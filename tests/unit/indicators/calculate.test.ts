import { calculateIndicators } from '../../../src/engine/indicators/calculate';
import type { Dataset, IndicatorValue } from '../../../src/engine/model';
import { procedureKey, SCHOOL_LEVEL } from '../../../src/engine/procedures';
import { confirmation, contingent, emptyDataset, result, RUS9, school } from '../flags/build';

const RUS = procedureKey(RUS9);

function find(values: IndicatorValue[], schoolId: string, year: number, id: string, proc = RUS): IndicatorValue | undefined {
  return values.find((v) => v.schoolId === schoolId && v.year === year && v.id === id && v.procedureKey === proc);
}

/** Three schools in ОГЭ рус 9 2026: A (12 pupils, counted from marks), B (10 in the column), small C (3). */
function district(): Dataset {
  const d = emptyDataset();
  d.schools = [school('A', { municipality: 'Север' }), school('B', { municipality: 'Север' }), school('C', { municipality: 'Юг' })];
  d.results = [
    result('A', 2026, RUS9, { m2: 5, m3: 4, m4: 2, m5: 1, mean: 3.0 }),
    result('B', 2026, RUS9, { n: 10, m2: 3, m3: 4, m4: 2, m5: 1, mean: 3.5 }),
    result('C', 2026, RUS9, { n: 3, m2: 3, m3: 0, m4: 0, m5: 0 }),
    result('A', 2025, RUS9, { n: 10, m2: 4, m3: 6, m4: 0, m5: 0 }),
  ];
  return d;
}

describe('indicators of a school × year × procedure', () => {
  it('counts participants from «2»…«5» when there is no participants column, and computes the shares', () => {
    const { values } = calculateIndicators(district());
    expect(find(values, 'A', 2026, 'n')?.value).toBe(12);
    expect(find(values, 'A', 2026, 'fail')?.value).toBeCloseTo(5 / 12, 12);
    expect(find(values, 'A', 2026, 'success')?.value).toBeCloseTo(7 / 12, 12);
    expect(find(values, 'A', 2026, 'quality')?.value).toBeCloseTo(3 / 12, 12);
    expect(find(values, 'A', 2026, 'fail')).toMatchObject({ numerator: 5, denominator: 12 });
    expect(find(values, 'B', 2026, 'fail')?.value).toBe(0.3);
    expect(find(values, 'A', 2026, 'fail')?.sources.map((s) => s.cell)).toContain('D5');
  });

  it('gives dynamics against the previous year in fractions (p.p. ÷ 100)', () => {
    const { values } = calculateIndicators(district());
    expect(find(values, 'A', 2026, 'fail')?.dynamics).toBeCloseTo(5 / 12 - 0.4, 12);
    expect(find(values, 'B', 2026, 'fail')?.dynamics).toBeUndefined();
  });

  it('uses a fail share the sheet gave when there is no «2» count, recovering the numerator from n', () => {
    const d = emptyDataset();
    d.schools = [school('D')];
    d.results = [result('D', 2026, RUS9, { n: 8, fail: 0.25 })];
    const fail = find(calculateIndicators(d).values, 'D', 2026, 'fail');
    expect(fail).toMatchObject({ value: 0.25, numerator: 2, denominator: 8 });
  });

  it('leaves an indicator out when its data are absent instead of writing zero', () => {
    const d = emptyDataset();
    d.schools = [school('E')];
    d.results = [result('E', 2026, RUS9, { n: 8 })];
    const { values } = calculateIndicators(d);
    expect(find(values, 'E', 2026, 'fail')).toBeUndefined();
    expect(find(values, 'E', 2026, 'quality')).toBeUndefined();
  });

  it('computes social shares and ВПР mark confirmation over pupils with both marks', () => {
    const d = emptyDataset();
    d.schools = [school('A')];
    d.results = [result('A', 2026, RUS9, { n: 10, m2: 1, m3: 9, m4: 0, m5: 0 })];
    d.contingent = [contingent('A', 200, { incomplete_family: 50 })];
    d.confirmations = [confirmation('A', 2026, 5, 10, 5)];
    const { values } = calculateIndicators(d);
    expect(find(values, 'A', 2026, 'social.incomplete_family', SCHOOL_LEVEL)?.value).toBe(0.25);
    expect(find(values, 'A', 2026, 'higher', procedureKey({ assessment: 'ВПР', subject: 'Математика', grade: 5 }))).toMatchObject({ value: 0.25, numerator: 5, denominator: 20 });
  });
});

describe('district values', () => {
  it('pools Σ«2» ÷ Σ participants over all schools, small ones included, with the school median beside it', () => {
    const { district: dv } = calculateIndicators(district());
    const fail = dv.find((d) => d.scope === 'district' && d.year === 2026 && d.id === 'fail' && d.procedureKey === RUS);
    expect(fail?.pooled).toBeCloseTo(11 / 25, 12); // (5 + 3 + 3) ÷ (12 + 10 + 3)
    expect(fail?.median).toBeCloseTo(5 / 12, 12); // of 0,3 · 0,4167 · 1,0
    expect(fail?.q1).toBeCloseTo((0.3 + 5 / 12) / 2, 12); // position 0,5
    expect(fail?.q3).toBeCloseTo((5 / 12 + 1) / 2, 12); // position 1,5
    expect(fail?.schools).toBe(3);
  });

  it('keeps a school below min_n out of the median and quartiles but not out of the pooled value', () => {
    const fail = calculateIndicators(district(), 5).district.find((d) => d.scope === 'district' && d.year === 2026 && d.id === 'fail');
    expect(fail?.pooled).toBeCloseTo(11 / 25, 12);
    expect(fail?.median).toBeCloseTo((0.3 + 5 / 12) / 2, 12);
  });

  it('gives one value per municipality and weights the mean score by participants', () => {
    const { district: dv } = calculateIndicators(district());
    const north = dv.find((d) => d.scope === 'municipality' && d.label === 'Север' && d.year === 2026 && d.id === 'fail');
    expect(north?.pooled).toBeCloseTo(8 / 22, 12);
    const mean = dv.find((d) => d.scope === 'district' && d.year === 2026 && d.id === 'mean');
    expect(mean?.pooled).toBeCloseTo((3.0 * 12 + 3.5 * 10) / 22, 12);
  });

  it('keeps the value of the sheet\'s own «Итого» and «Регион» rows as a second comparator', () => {
    const d = district();
    const counts = { n: { value: 25, source: { sheet: 'ОГЭ 2026', cell: 'C20' } }, m2: { value: 10, source: { sheet: 'ОГЭ 2026', cell: 'D20' } } };
    d.references = [
      { scope: 'district', label: 'Итого', year: 2026, procedure: RUS9, counts, shares: {} },
      { scope: 'region', label: 'Регион', year: 2026, procedure: RUS9, counts: {}, shares: { fail: { value: 0.12, source: { sheet: 'ОГЭ 2026', cell: 'H21' } } } },
    ];
    const { district: dv } = calculateIndicators(d);
    expect(dv.find((x) => x.scope === 'district' && x.year === 2026 && x.id === 'fail')?.given).toBe(0.4);
    expect(dv.find((x) => x.scope === 'region' && x.year === 2026 && x.id === 'fail')).toMatchObject({ given: 0.12, pooled: 0.12, schools: 0 });
  });
});
