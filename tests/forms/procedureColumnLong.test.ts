/** Issue 10, class 8: a long table with a «Процедура» column in Opora's own labels (hand count in its fixture). */
import { procedureColumnLong as form } from '../fixtures/forms/procedureColumnLong';
import { expectSchoolsAndYear, expectShnor, lazyRun } from './formRun';

const result = lazyRun(form);

describe('длинная таблица с колонкой «Процедура»', () => {
  test('reads 3 schools and 4 procedures, year 2024', () => {
    expectSchoolsAndYear(result(), form.expected);
    const labels = new Set(result().summary.districtValues.filter((d) => d.indicator === 'fail').map((d) => d.procedure));
    expect([...labels].sort()).toEqual(['ВПР мат 5', 'ЕГЭ мат проф 11', 'ОГЭ мат 9', 'ОГЭ рус 9']);
  });

  test('flags СОШ № 2 (code 102) as ШНОР, as counted by hand', () => expectShnor(result(), form.expected));
});
