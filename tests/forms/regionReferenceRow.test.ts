/** Issue 10, class 6: a «Регион» row under the school rows (hand count in its fixture). */
import { regionReferenceRow as form } from '../fixtures/forms/regionReferenceRow';
import { expectSchoolsAndYear, expectShnor, lazyRun } from './formRun';

const result = lazyRun(form);

describe('строка «Регион» под школами', () => {
  test('reads 4 schools, year 2024, and flags Сосновская ООШ as ШНОР', () => {
    expectSchoolsAndYear(result(), form.expected);
    expectShnor(result(), form.expected);
  });

  test('gives no «итоговая строка не сходится» warning: every «Итого по району» adds up', () => {
    expect(result().summary.diagnostics.filter((d) => d.code === 'total-mismatch')).toEqual([]);
  });

  test('keeps «Регион» as a region reference and «Итого по району» as the district total', () => {
    const refs = result().dataset.references.filter((r) => r.year === 2024 && r.procedure.subject === 'Русский язык');
    expect(refs.map((r) => [r.scope, r.counts.n?.value]).sort()).toEqual([
      ['district', 97],
      ['region', 8450],
    ]);
  });
});
