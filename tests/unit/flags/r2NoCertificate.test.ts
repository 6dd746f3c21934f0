import { explainRule } from '../../../src/engine/flags/explain';
import { r2NoCertificate } from '../../../src/engine/flags/r2NoCertificate';
import { emptyDataset, failRow, MATH9, PHYS9, school, src } from './build';
import { ctxFor } from './context';

describe('R2 «Выпускники без аттестата / «2» на обязательном ГИА»', () => {
  it('warns about one pupil with «2» in compulsory mathematics even in a school of 3 participants', () => {
    const d = emptyDataset();
    d.schools = [school('A')];
    d.results = [failRow('A', 2026, MATH9, 3, 1, 'ОГЭ 2026', 7)];
    const r = r2NoCertificate(ctxFor(d), 'A', 2026);
    expect(r.fired).toBe(true);
    expect(explainRule(r, d)).toBe("R2 (предупреждение): в 2026 г. ОГЭ мат 9 — «2» у 1 чел. из 3 (достаточно одного обучающегося); источник: 'ОГЭ 2026'!D7");
  });

  it('ignores «2» in an elective subject', () => {
    const d = emptyDataset();
    d.schools = [school('A')];
    d.results = [failRow('A', 2026, PHYS9, 10, 4), failRow('A', 2026, MATH9, 10, 0)];
    expect(r2NoCertificate(ctxFor(d), 'A', 2026)).toMatchObject({ fired: false, outcome: 'not_fired' });
  });

  it('warns about any graduate without a certificate', () => {
    const d = emptyDataset();
    d.schools = [school('A')];
    d.programme = [{ schoolId: 'A', year: 2026, values: { no_certificate: { value: 2, source: src('Показатели программы', 'F9') } } }];
    const r = r2NoCertificate(ctxFor(d), 'A', 2026);
    expect(r.fired).toBe(true);
    expect(explainRule(r, d)).toContain('не получили аттестат — 2 чел.');
  });
});
