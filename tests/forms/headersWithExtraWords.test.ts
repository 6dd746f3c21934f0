/** Issue 10, class 4: headers with more words than the synonym (hand count in its fixture). */
import { headersWithExtraWords as form } from '../fixtures/forms/headersWithExtraWords';
import { expectSchoolsAndYear, expectShnsu, lazyRun } from './formRun';

const result = lazyRun(form);

describe('заголовки с лишними словами', () => {
  test('reads 5 schools, year 2024', () => expectSchoolsAndYear(result(), form.expected));

  test('reads «Обучающиеся в неполных семьях», «… на учёте в ПДН», «Обучающиеся с ОВЗ», «Из малообеспеченных семей»', () => {
    const keys = new Set(result().dataset.contingent.flatMap((c) => Object.keys(c.counts)));
    expect([...keys]).toEqual(expect.arrayContaining(['incomplete_family', 'registered', 'disability', 'low_income']));
  });

  test('decides ШНСУ on all 7 indicators: Заречная ООШ and СОШ № 5', () => expectShnsu(result(), form.expected));

  test('reads «Доля педагогов пенсионного возраста, %»: risk factor 2 has data for every school', () => {
    const levels = result().analysis.verdicts.map((v) => v.riskFactors.find((f) => f.no === 2)?.level);
    expect(levels.filter((l) => l === 'no-data')).toEqual([]);
  });
});
