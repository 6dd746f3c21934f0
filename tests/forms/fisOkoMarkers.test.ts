/** Issue 10, class 2: a workbook holding only the ФИС ОКО markers table (hand count in its fixture). */
import { fisOkoMarkers as form } from '../fixtures/forms/fisOkoMarkers';
import { expectObjectivity, expectSchoolsAndYear, lazyRun } from './formRun';

const result = lazyRun(form);

describe('ФИС ОКО: таблица маркеров без результатов', () => {
  test('reads 5 schools and takes the latest year of the table, 2023, as the year', () => expectSchoolsAndYear(result(), form.expected));

  test('lists the three schools with a 2023 marker as at risk of non-objective results', () => expectObjectivity(result(), form.expected));

  test('with no results sheet, every school is «нет данных» for ШНОР (shnor: null)', () => {
    expect(result().summary.verdicts.map((v) => v.shnor)).toEqual([null, null, null, null, null]);
  });
});
