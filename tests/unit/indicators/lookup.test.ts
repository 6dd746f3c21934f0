import { indicatorIndex } from '../../../src/engine/indicators/lookup';
import type { DistrictValue, IndicatorId, Indicators, IndicatorValue } from '../../../src/engine/model';
import { procedureKey, SCHOOL_LEVEL, type ProcedureKey } from '../../../src/engine/procedures';

const RUS = procedureKey({ assessment: 'ОГЭ', subject: 'Русский язык', grade: 9 });

function value(schoolId: string, year: number, id: IndicatorId, v: number, procKey = RUS): IndicatorValue {
  return { schoolId, year, procedureKey: procKey, id, value: v, numerator: undefined, denominator: undefined, sources: [], dynamics: undefined };
}

function comparator(scope: DistrictValue['scope'], pooled: number, label?: string): DistrictValue {
  return { year: 2026, procedureKey: RUS, id: 'fail', scope, ...(label ? { label } : {}), pooled, median: pooled, q1: pooled, q3: pooled, schools: 1 };
}

describe('indicator index', () => {
  it('gives the value of a year, the latest up to a year, and a school’s values in calculation order', () => {
    const values = [value('A', 2024, 'fail', 0.1), value('A', 2026, 'fail', 0.3), value('B', 2026, 'fail', 0.5), value('A', 2025, 'fail', 0.2), value('A', 2026, 'social.disability', 0.04, SCHOOL_LEVEL)];
    const index = indicatorIndex({ values, district: [] });
    expect(index.value('A', 2025, RUS, 'fail')?.value).toBe(0.2);
    expect(index.value('A', 2023, RUS, 'fail')).toBeUndefined();
    expect(index.latest('A', RUS, 'fail', 2027)?.value).toBe(0.3);
    expect(index.latest('A', RUS, 'fail', 2024)?.value).toBe(0.1);
    expect(index.latest('A', SCHOOL_LEVEL, 'social.disability', 2026)?.value).toBe(0.04);
    expect(index.ofSchool('A').map((v) => v.value)).toEqual([0.1, 0.3, 0.2, 0.04]);
    expect([...index.proceduresOf('A')].sort()).toEqual([SCHOOL_LEVEL, RUS].sort());
  });

  it('of two values of one year, `value` takes the later calculated and `latest` the earlier', () => {
    const index = indicatorIndex({ values: [value('A', 2026, 'fail', 0.3), value('A', 2026, 'fail', 0.4)], district: [] });
    expect(index.value('A', 2026, RUS, 'fail')?.value).toBe(0.4);
    expect(index.latest('A', RUS, 'fail', 2026)?.value).toBe(0.3);
  });

  it('answers lookups that go back and forth between schools and procedures, with series latest first', () => {
    const MATH = procedureKey({ assessment: 'ОГЭ', subject: 'Математика', grade: 9 });
    // Runs of one school interrupted by another's, a school's procedure met again after another procedure.
    const values = [
      value('A', 2024, 'fail', 0.1), value('A', 2024, 'n', 20),
      value('B', 2024, 'fail', 0.5),
      value('A', 2024, 'fail', 0.6, MATH),
      value('A', 2026, 'fail', 0.3), value('A', 2025, 'fail', 0.2, MATH),
      value('B', 2025, 'fail', 0.4), value('A', 2025, 'fail', 0.25),
    ];
    const index = indicatorIndex({ values, district: [] });
    const asked: [string, number, ProcedureKey, IndicatorId][] = [['A', 2024, RUS, 'fail'], ['A', 2024, RUS, 'n'], ['B', 2024, RUS, 'fail'], ['A', 2025, MATH, 'fail'], ['A', 2025, RUS, 'fail'], ['B', 2025, RUS, 'n'], ['A', 2026, MATH, 'fail'], ['C', 2024, RUS, 'fail'], ['A', 2026, RUS, 'fail']];
    expect(asked.map(([s, y, p, id]) => index.value(s, y, p, id)?.value ?? null)).toEqual([0.1, 20, 0.5, 0.2, 0.25, null, null, null, 0.3]);
    const series = [...index.everyProcedure()].map(([p, ids]) => [p === RUS ? 'RUS' : 'MATH', [...ids].map(([id, list]) => [id, list.map((v) => v.year)])]);
    expect(series).toEqual([
      ['RUS', [['fail', [2026, 2025, 2024]], ['n', [2024]]]],
      ['MATH', [['fail', [2025, 2024]]]],
      ['RUS', [['fail', [2025, 2024]]]],
    ]);
    expect(index.ofSchool('A').map((v) => v.value)).toEqual([0.1, 20, 0.6, 0.3, 0.2, 0.25]);
    expect(index.ofSchool('B').map((v) => v.value)).toEqual([0.5, 0.4]);
  });

  it('finds each scope’s first comparator, read on first use so they may be filled after the index is made', () => {
    const indicators: Indicators = { values: [], district: [] };
    const index = indicatorIndex(indicators);
    indicators.district = [comparator('municipality', 0.2, 'Север'), comparator('district', 0.25), comparator('region', 0.3, 'Регион'), comparator('municipality', 0.9, 'Север'), comparator('municipality', 0.1, 'Юг'), comparator('region', 0.8, 'Край')];
    expect(index.scoped('district', 2026, RUS, 'fail')?.pooled).toBe(0.25);
    expect(index.scoped('region', 2026, RUS, 'fail')?.pooled).toBe(0.3);
    expect(index.scoped('municipality', 2026, RUS, 'fail', 'Север')?.pooled).toBe(0.2);
    expect(index.scoped('municipality', 2026, RUS, 'fail', 'Юг')?.pooled).toBe(0.1);
    expect(index.scoped('municipality', 2026, RUS, 'fail', 'Запад')).toBeUndefined();
    expect(index.scoped('district', 2025, RUS, 'fail')).toBeUndefined();
    expect(index.district(2026, RUS, 'fail')?.pooled).toBe(0.25);
    expect(index.districts(2026, RUS, 'fail').map((d) => d.pooled)).toEqual([0.2, 0.25, 0.3, 0.9, 0.1, 0.8]);
  });

  it('without a district comparator, `district` gives the first there is', () => {
    const index = indicatorIndex({ values: [], district: [comparator('municipality', 0.2, 'Север'), comparator('region', 0.3, 'Регион')] });
    expect(index.district(2026, RUS, 'fail')?.pooled).toBe(0.2);
    expect(index.scoped('district', 2026, RUS, 'fail')).toBeUndefined();
  });
});
