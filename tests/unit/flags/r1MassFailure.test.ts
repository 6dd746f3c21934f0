import { r1MassFailure } from '../../../src/engine/flags/r1MassFailure';
import { explainRule } from '../../../src/engine/flags/explain';
import { emptyDataset, failRow, MATH9, PHYS9, RUS9, school } from './build';
import { ctxFor, settingsWith } from './context';

function dataset(rows: ReturnType<typeof failRow>[]) {
  const d = emptyDataset();
  d.schools = [school('A')];
  d.results = rows;
  return d;
}

describe('R1 «Массовая неуспешность»', () => {
  it('flags a school with «2» ≥ 30 % in two procedures, one of them also the year before', () => {
    const d = dataset([failRow('A', 2026, RUS9, 12, 5), failRow('A', 2026, MATH9, 12, 4), failRow('A', 2025, RUS9, 20, 7)]);
    const r = r1MassFailure(ctxFor(d), 'A', 2026);
    expect(r).toMatchObject({ fired: true, outcome: 'fired', years: [2025, 2026], params: { failShare: 0.3, minProcedures: 2, combine: 'and' } });
    expect(r.evidence.filter((e) => e.met).map((e) => `${e.year} ${e.procedureKey}`).sort()).toEqual(['2025 ОГЭ|Русский язык|9', '2026 ОГЭ|Математика|9', '2026 ОГЭ|Русский язык|9']);
  });

  it('is met by exactly 30 % (3 of 10)', () => {
    const d = dataset([failRow('A', 2026, RUS9, 10, 3), failRow('A', 2026, MATH9, 10, 3), failRow('A', 2025, MATH9, 10, 3)]);
    expect(r1MassFailure(ctxFor(d), 'A', 2026).fired).toBe(true);
  });

  it('is not met by 29 %', () => {
    const d = dataset([failRow('A', 2026, RUS9, 100, 29), failRow('A', 2026, MATH9, 10, 3), failRow('A', 2025, MATH9, 10, 3), failRow('A', 2025, RUS9, 10, 3)]);
    expect(r1MassFailure(ctxFor(d), 'A', 2026).fired).toBe(false);
  });

  it('with «и» needs the repeat in Y−1; with «или» either condition is enough', () => {
    const noRepeat = dataset([failRow('A', 2026, RUS9, 10, 5), failRow('A', 2026, MATH9, 10, 5), failRow('A', 2025, RUS9, 10, 1)]);
    expect(r1MassFailure(ctxFor(noRepeat), 'A', 2026).fired).toBe(false);
    expect(r1MassFailure(ctxFor(noRepeat, settingsWith((s) => (s.r1.combine = 'or'))), 'A', 2026).fired).toBe(true);
    const oneRepeated = dataset([failRow('A', 2026, RUS9, 10, 5), failRow('A', 2025, RUS9, 10, 5)]);
    expect(r1MassFailure(ctxFor(oneRepeated), 'A', 2026).fired).toBe(false);
    expect(r1MassFailure(ctxFor(oneRepeated, settingsWith((s) => (s.r1.combine = 'or'))), 'A', 2026).fired).toBe(true);
  });

  it('does not use a procedure with fewer than 5 participants on its own (small ООШ)', () => {
    const d = dataset([failRow('A', 2026, RUS9, 10, 5), failRow('A', 2026, PHYS9, 4, 2), failRow('A', 2025, RUS9, 10, 5)]);
    const r = r1MassFailure(ctxFor(d), 'A', 2026);
    expect(r.fired).toBe(false);
    expect(r.evidence.find((e) => e.procedureKey === 'ОГЭ|Физика|9')).toMatchObject({ excluded: 'few_participants', met: false, participants: 4 });
    expect(r1MassFailure(ctxFor(d, settingsWith((s) => (s.minN = 4))), 'A', 2026).fired).toBe(true);
    expect(explainRule(r, d).split('; источник')[0]).toBe(
      'R1 не выполнено: доля «2» ≥ 30 % в 1 процедуре 2026 г. (ОГЭ рус 9 — 50,0 %) и в ОГЭ рус 9 в 2025 г. (50,0 %) (нужно ≥ 2 процедур и повтор в 2025 г.); не учтены, меньше 5 участников не используются отдельно: ОГЭ физ 9 2026 г. — 4 уч. (мало участников)',
    );
  });

  it('says «нет данных» when the school has no results in Y', () => {
    const d = dataset([failRow('A', 2025, RUS9, 10, 5)]);
    expect(r1MassFailure(ctxFor(d), 'A', 2026).outcome).toBe('no_data');
  });

  it('explains which procedures, values, threshold, years and cells made it fire', () => {
    const d = dataset([failRow('A', 2026, RUS9, 12, 5, 'ОГЭ 2026', 12), failRow('A', 2026, MATH9, 12, 4, 'ОГЭ 2026', 13), failRow('A', 2025, RUS9, 20, 7, 'ОГЭ 2025', 12)]);
    const text = explainRule(r1MassFailure(ctxFor(d), 'A', 2026), d);
    expect(text).toBe(
      "R1: доля «2» ≥ 30 % в 2 процедурах 2026 г. (ОГЭ мат 9 — 33,3 %, ОГЭ рус 9 — 41,7 %) и в ОГЭ рус 9 в 2025 г. (35,0 %); источник: 'ОГЭ 2026'!D13, 'ОГЭ 2026'!C13, 'ОГЭ 2026'!D12, 'ОГЭ 2026'!C12, 'ОГЭ 2025'!D12, 'ОГЭ 2025'!C12",
    );
  });
});
