/** Issue 10, class 9: values that cannot be true are refused (hand count in its fixture). */
import { explainRule } from '../../src/engine/flags/explain';
import { REFUSED, impossibleValues as form } from '../fixtures/forms/impossibleValues';
import { errorCells, expectSchoolsAndYear, expectShnor, idOf, lazyRun } from './formRun';

const result = lazyRun(form);

describe('значения, которые не могут быть верны', () => {
  test('reads 4 schools, year 2024', () => expectSchoolsAndYear(result(), form.expected));

  test('refuses 90 «2» of 30, grades adding up to 26 of 20 and «130 %», each with an error naming its cell', () => {
    for (const refused of REFUSED) {
      const cells = errorCells(result(), refused.sheet);
      if (refused.cell) expect(cells).toContain(refused.cell);
      else expect(cells.some((c) => new RegExp(`^[A-Z]+${refused.row}(:|$)`).test(c))).toBe(true);
    }
  });

  test('uses no refused value in a verdict: no ШНОР, as counted by hand', () => expectShnor(result(), form.expected));

  test('СОШ № 7’s R1 explanation says a value was refused', () => {
    const r = result();
    const id = idOf(r, { name: 'СОШ № 7' });
    const record = r.analysis.verdicts.find((v) => v.schoolId === id)?.rules.find((x) => x.ruleId === 'R1');
    expect(record).toBeDefined();
    expect(explainRule(record!, r.dataset)).toMatch(/отклон/i);
  });
});
