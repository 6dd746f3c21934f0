/** Issue 10, class 7: results as shares only, with an approved ШНОР list (hand count in its fixture). */
import { EXPECTED_STATUS, SHARES_SHEET, sharesOnly as form } from '../fixtures/forms/sharesOnly';
import { expectSchoolsAndYear, expectShnor, idOf, lazyRun } from './formRun';

const result = lazyRun(form);

describe('только доли, без количеств', () => {
  test('reads 4 schools, year 2024, no ШНОР', () => {
    expectSchoolsAndYear(result(), form.expected);
    expectShnor(result(), form.expected);
  });

  test('a single «2» of 8 (12,5 %) keeps Озёрная ООШ «кандидат на выход»; Лесная ООШ «перешла в эффективный режим»', () => {
    const r = result();
    const status = (key: { name: string }) => r.summary.verdicts.find((v) => v.schoolId === idOf(r, key))?.status;
    expect(EXPECTED_STATUS.map((e) => status(e.school))).toEqual(EXPECTED_STATUS.map((e) => e.status));
  });

  test('rebuilds counts as round(n × share): Озёрная ООШ рус 2024 has 1 «2» of 8', () => {
    const r = result();
    const id = idOf(r, { name: 'Озёрная' });
    const rec = r.dataset.results.find((x) => x.schoolId === id && x.year === 2024 && x.procedure.subject === 'Русский язык');
    expect(rec?.counts.m2?.value).toBe(1);
  });

  test('says on which sheet counts were rebuilt from shares', () => {
    expect(result().summary.diagnostics.filter((d) => d.sheet === SHARES_SHEET && d.severity === 'info').length).toBeGreaterThan(0);
  });
});
