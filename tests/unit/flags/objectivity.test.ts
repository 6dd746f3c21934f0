import { analyse } from '../../../src/engine/flags/analyse';
import { explainRule } from '../../../src/engine/flags/explain';
import { objectivity } from '../../../src/engine/flags/objectivity';
import type { ConfirmationRecord } from '../../../src/engine/model';
import { confirmation, emptyDataset, failRow, RUS9, school, src, VPR_MATH5 } from './build';
import { ctxFor, settingsWith } from './context';

function run(...records: ConfirmationRecord[]) {
  const d = emptyDataset();
  d.schools = [school('A')];
  d.confirmations = records;
  return { d, r: objectivity(ctxFor(d), 'A', 2026) };
}

describe('objectivity of ВПР (mark confirmation)', () => {
  it('flags «Повысили» above 15 % with at least 20 pupils', () => {
    const { d, r } = run(confirmation('A', 2026, 2, 19, 4)); // 4 of 25 = 16 %
    expect(r.fired).toBe(true);
    expect(explainRule(r, d)).toContain('ВПР мат 5 — повысили 16,0 % (порог > 15 %, 25 уч.)');
    expect(explainRule(r, d)).toContain('результаты этих ВПР могут быть необъективными');
  });

  it('does not flag exactly 15 % («больше», not «не меньше»)', () => {
    expect(run(confirmation('A', 2026, 0, 17, 3)).r.fired).toBe(false); // 3 of 20
  });

  it('flags «Понизили» above 50 %', () => {
    expect(run(confirmation('A', 2026, 11, 9, 0)).r.fired).toBe(true); // 11 of 20 = 55 %
  });

  it('does not judge 19 pupils however lopsided, and says «недостаточно данных» under 10', () => {
    expect(run(confirmation('A', 2026, 0, 9, 10)).r).toMatchObject({ fired: false, outcome: 'not_fired' });
    const { d, r } = run(confirmation('A', 2026, 0, 2, 6));
    expect(r).toMatchObject({ fired: false, outcome: 'no_data' });
    expect(explainRule(r, d)).toContain('недостаточно данных');
  });

  it('flags any Рособрнадзор marker of the year', () => {
    const d = emptyDataset();
    d.schools = [school('A')];
    d.markers = [{ schoolId: 'A', year: 2026, procedures: ['4 РУ', '5 МА'], count: 2, source: src('Маркеры', 'I8') }];
    const r = objectivity(ctxFor(d), 'A', 2026);
    expect(r.fired).toBe(true);
    expect(explainRule(r, d)).toContain('маркеры Рособрнадзора: 4 РУ, 5 МА (2)');
  });
});

describe('ВПР results of a school with an objectivity risk', () => {
  it('still count for R1 but are marked «результат может быть необъективным»', () => {
    const d = emptyDataset();
    d.schools = [school('A')];
    d.results = [failRow('A', 2026, VPR_MATH5, 30, 12), failRow('A', 2026, RUS9, 20, 8), failRow('A', 2025, VPR_MATH5, 30, 12)];
    d.confirmations = [confirmation('A', 2026, 0, 20, 6)];
    const r1 = analyse(d, settingsWith()).analysis.verdicts[0].rules.find((r) => r.ruleId === 'R1');
    expect(r1?.fired).toBe(true);
    expect(explainRule(r1!, d)).toContain('ВПР мат 5: результат может быть необъективным');
  });
});
