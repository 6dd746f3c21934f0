import { explainRule } from '../../../src/engine/flags/explain';
import { r3StablyLow } from '../../../src/engine/flags/r3StablyLow';
import type { Dataset } from '../../../src/engine/model';
import { emptyDataset, failRow, MATH9, school } from './build';
import { ctxFor, settingsWith } from './context';

/** A (the school under test) and a big neighbour B; the district value is pooled over both. */
function district(aByYear: Record<number, [number, number]>, bByYear: Record<number, [number, number]>, extra: Partial<Dataset> = {}): Dataset {
  const d = emptyDataset();
  d.schools = [school('A'), school('B')];
  for (const [y, [n, m2]] of Object.entries(aByYear)) d.results.push(failRow('A', Number(y), MATH9, n, m2));
  for (const [y, [n, m2]] of Object.entries(bByYear)) d.results.push(failRow('B', Number(y), MATH9, n, m2));
  return { ...d, ...extra };
}

describe('R3 «Стабильно низкие результаты»', () => {
  it('flags a school ≥ 15 p.p. above the district in 2 of the last 3 years, not necessarily consecutive', () => {
    // 2024: A 5/10 = 50 %, district (5 + 3) ÷ 40 = 20 % → +30 p.p.; 2025: A 10 % vs 10 %; 2026: again +30 p.p.
    const d = district({ 2024: [10, 5], 2025: [10, 1], 2026: [10, 5] }, { 2024: [30, 3], 2025: [30, 3], 2026: [30, 3] });
    const r = r3StablyLow(ctxFor(d), 'A', 2026);
    expect(r.fired).toBe(true);
    expect(r.years).toEqual([2024, 2025, 2026]);
    const met = r.evidence.filter((e) => e.met);
    expect(met.map((e) => e.year)).toEqual([2024, 2026]);
    expect(met[0].comparator).toBeCloseTo(0.2, 12);
  });

  it('is met by a gap of exactly 15 p.p. (35 % against a district 20 %)', () => {
    // A 7/20 = 35 %, B 1/20 = 5 %, district 8/40 = 20 %: 0,35 − 0,20 is 0,1499… in floating point.
    const d = district({ 2025: [20, 7], 2026: [20, 7] }, { 2025: [20, 1], 2026: [20, 1] });
    expect(r3StablyLow(ctxFor(d), 'A', 2026).fired).toBe(true);
  });

  it('is not met in only one year of the window, nor by a year outside it', () => {
    const d = district({ 2023: [10, 5], 2024: [10, 1], 2025: [10, 1], 2026: [10, 5] }, { 2023: [30, 3], 2024: [30, 3], 2025: [30, 3], 2026: [30, 3] });
    expect(r3StablyLow(ctxFor(d), 'A', 2026).fired).toBe(false);
    expect(r3StablyLow(ctxFor(d, settingsWith((s) => (s.r3.window = 4))), 'A', 2026).fired).toBe(true);
  });

  it('compares with the school\'s municipality in a regional file', () => {
    const d = district({ 2025: [10, 5], 2026: [10, 5] }, { 2025: [10, 5], 2026: [10, 5] });
    d.schools = [school('A', { municipality: 'Юг' }), school('B', { municipality: 'Юг' }), school('C', { municipality: 'Север' })];
    d.results.push(failRow('C', 2025, MATH9, 100, 0), failRow('C', 2026, MATH9, 100, 0));
    // Against the whole file (10 ÷ 120 ≈ 8 %) A is far above; against its municipality (50 %) it is not.
    expect(r3StablyLow(ctxFor(d), 'A', 2026).fired).toBe(false);
    expect(explainRule(r3StablyLow(ctxFor(d), 'A', 2026), d)).toContain('по муниципалитету «Юг»');
  });

  it('explains the years, values and the district value it compared with', () => {
    const d = district({ 2024: [10, 5], 2026: [10, 5] }, { 2024: [30, 3], 2026: [30, 3] });
    const text = explainRule(r3StablyLow(ctxFor(d), 'A', 2026), d);
    expect(text).toContain('R3: доля «2» выше значения по району на ≥ 15 п.п. (нужно ≥ 2 из 3 лет, 2024–2026 гг.)');
    expect(text).toContain('ОГЭ мат 9: 2024 г. — 50,0 % при 20,0 % по району (+30,0 п.п.), 2026 г. — 50,0 % при 20,0 % по району (+30,0 п.п.)');
    expect(text).toMatch(/источник: 'ОГЭ 2024'!D\d+/);
  });
});
