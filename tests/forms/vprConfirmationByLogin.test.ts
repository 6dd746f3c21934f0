/** Issue 10, class 5: ВПР confirmation keyed by ФИС ОКО logins (hand count in its fixture). */
import { CONFIRMATION_SHEET, vprConfirmationByLogin as form } from '../fixtures/forms/vprConfirmationByLogin';
import { expectObjectivity, expectSchoolsAndYear, lazyRun } from './formRun';

const result = lazyRun(form);

describe('подтверждение отметок ВПР по логинам', () => {
  test('reads 3 schools (the confirmation sheet adds none), year 2024', () => expectSchoolsAndYear(result(), form.expected));

  test('every confirmation row reaches a school of the results sheet', () => {
    const schools = new Set(result().dataset.results.map((r) => r.schoolId));
    const confirmations = result().dataset.confirmations;
    expect(confirmations).toHaveLength(4);
    expect(confirmations.filter((c) => !schools.has(c.schoolId))).toEqual([]);
  });

  test('flags СОШ № 1 (23 % raised of 26) and not Ивановская ООШ (8 pupils)', () => expectObjectivity(result(), form.expected));

  test('no warning that a confirmation row matched no school', () => {
    expect(result().summary.diagnostics.filter((d) => d.sheet === CONFIRMATION_SHEET && d.severity !== 'info')).toEqual([]);
  });
});
