import { explainRule } from '../../../src/engine/flags/explain';
import { shnsu } from '../../../src/engine/flags/shnsu';
import type { Dataset } from '../../../src/engine/model';
import { contingent, emptyDataset, school } from './build';
import { ctxFor } from './context';

/**
 * Five schools of 100 pupils. Quartiles by hand (QUARTILE.INC, position 3 of 0…4 for Q3, 1 for Q1):
 * неполные 10,10,20,30,40 → Q3 30 %; на учёте 1,2,4,5,10 → Q3 5 %; инофоны 0,0,1,2,5 → Q3 2 %;
 * ОВЗ 1,2,3,4,8 → Q3 4 %; оба родителя с высшим 10,20,30,40,50 → Q1 20 % (higher is better).
 */
function district(): Dataset {
  const d = emptyDataset();
  const rows: [string, number, number, number, number, number][] = [
    ['S1', 40, 10, 5, 8, 10],
    ['S2', 30, 5, 2, 4, 30],
    ['S3', 20, 4, 1, 3, 40],
    ['S4', 10, 2, 0, 2, 50],
    ['S5', 10, 1, 0, 1, 20],
  ];
  d.schools = rows.map(([id]) => school(id));
  d.contingent = rows.map(([id, inc, reg, nn, dis, hi]) =>
    contingent(id, 100, { incomplete_family: inc, registered: reg, non_native: nn, disability: dis, parents_higher_edu: hi }, 2026),
  );
  return d;
}

describe('ШНСУ and the social index', () => {
  it('marks ШНСУ when ≥ 3 shares reach the district Q3, a tie with Q3 included', () => {
    const ctx = ctxFor(district());
    const s1 = shnsu(ctx, 'S1', 2026).record;
    expect(s1).toMatchObject({ fired: true, outcome: 'fired' });
    expect(s1.evidence.filter((e) => e.met)).toHaveLength(5);
    const s2 = shnsu(ctx, 'S2', 2026).record; // every risk share exactly at Q3
    expect(s2.fired).toBe(true);
    expect(s2.evidence.filter((e) => e.met).map((e) => e.indicator)).toEqual(['social.incomplete_family', 'social.registered', 'social.non_native', 'social.disability']);
  });

  it('uses the lower quartile for a share where higher is better', () => {
    const s5 = shnsu(ctxFor(district()), 'S5', 2026).record; // 20 % with higher education = Q1
    expect(s5.evidence.find((e) => e.indicator === 'social.parents_higher_edu')).toMatchObject({ met: true, comparator: 0.2 });
    expect(s5.fired).toBe(false);
  });

  it('computes the social index as the mean PERCENTRANK.INC × 100 over risk shares', () => {
    const ctx = ctxFor(district());
    expect(shnsu(ctx, 'S1', 2026).socialIndex).toBe(100);
    expect(shnsu(ctx, 'S2', 2026).socialIndex).toBe(75); // 3 of 4 values below, in each share
    expect(shnsu(ctx, 'S4', 2026).socialIndex).toBe(12.5); // ranks 0, 25, 0, 25
  });

  it('says «нет данных» when fewer than 4 shares are known', () => {
    const d = district();
    d.contingent[0] = contingent('S1', 100, { incomplete_family: 40, registered: 10, non_native: 5 }, 2026);
    const r = shnsu(ctxFor(d), 'S1', 2026).record;
    expect(r).toMatchObject({ fired: false, outcome: 'no_data' });
    expect(explainRule(r, d)).toBe('ШНСУ: нет данных — показателей социального паспорта 3 (нужно ≥ 3 при ≥ 4 показателях с данными)');
  });
});
