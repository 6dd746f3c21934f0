/** Issue 10, class 3: a social passport with no year (hand count in its fixture). */
import { PASSPORT_SHEET, socialPassportNoYear as form } from '../fixtures/forms/socialPassportNoYear';
import { expectSchoolsAndYear, expectShnor, expectShnsu, lazyRun } from './formRun';

const result = lazyRun(form);

describe('социальный паспорт без года', () => {
  test('reads 5 schools, year 2024, no ШНОР', () => {
    expectSchoolsAndYear(result(), form.expected);
    expectShnor(result(), form.expected);
  });

  test('applies the passport to 2024: ШНСУ Ивановская ООШ and Петровская СОШ, as counted by hand', () => expectShnsu(result(), form.expected));

  test('reads «1 012» with a no-break space as 1012 pupils', () => {
    const lyceum = result().dataset.contingent.find((c) => c.schoolId.includes('лицей'));
    expect(lyceum?.total?.value).toBe(1012);
  });

  test('says in one info line that the passport belongs to the calculation year 2024', () => {
    const lines = result().summary.diagnostics.filter((d) => d.severity === 'info' && d.sheet === PASSPORT_SHEET);
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toContain('2024');
  });
});
