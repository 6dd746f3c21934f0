/** Issue 10, class 10: the ФИС ОКО context-data form with directors' names and contacts (hand count in its fixture). */
import { CONTEXT_SHEET, contextData as form } from '../fixtures/forms/contextData';
import { expectSchoolsAndYear, lazyRun, leakedPersonalData } from './formRun';

const result = lazyRun(form);

describe('контекстные данные ФИС ОКО', () => {
  test('reads 3 schools, year 2021', () => expectSchoolsAndYear(result(), form.expected));

  test('does not take the context form for a results sheet', () => {
    expect(result().summary.sheets.find((s) => s.sheet === CONTEXT_SHEET)?.role).not.toBe('results');
  });

  test('reads teachers, высшая категория and pension age: risk factors 2 and 3 have data for every school', () => {
    const levels = result().analysis.verdicts.flatMap((v) => v.riskFactors.filter((f) => f.no === 2 || f.no === 3).map((f) => f.level));
    expect(levels).toHaveLength(6);
    expect(levels.filter((l) => l === 'no-data')).toEqual([]);
  });

  test('no director’s name, phone or e-mail reaches an output, a diagnostic or the summary', () =>
    expect(leakedPersonalData(result(), form.expected)).toEqual([]));
});
