/**
 * Issue 10, class 1: the РЦОИ ЕГЭ report form with its applications sheet, against the hand count in
 * tests/fixtures/forms/egeRegionalReport.ts.
 */
import { APPLICATIONS_SHEET, egeRegionalReport as form } from '../fixtures/forms/egeRegionalReport';
import { expectObjectivity, expectSchoolsAndYear, expectShnor, expectShnsu, idOf, lazyRun, leakedPersonalData } from './formRun';

const result = lazyRun(form);

describe('ЕГЭ: региональная форма РЦОИ', () => {
  test('reads 8 schools and takes 2023 as the year', () => expectSchoolsAndYear(result(), form.expected));

  test('keeps «МКОУ СОШ № 1» of two municipalities as two schools', () => {
    const a = idOf(result(), { name: 'СОШ № 1', municipality: 'Биробиджанский' });
    const b = idOf(result(), { name: 'СОШ № 1', municipality: 'Ленинский' });
    expect(a).not.toBe(b);
  });

  test('flags ШНОР as counted by hand: СОШ № 1 (Биробиджанский), СОШ № 2 п. Теплоозёрск', () =>
    expectShnor(result(), form.expected));

  test('reads participants and «не преодолен min порог» of every school: 8 × 3 × 2 records', () => {
    const records = result().dataset.results.filter((r) => r.counts.n && r.counts.n.value > 0);
    expect(records).toHaveLength(8 * 3 * 2 - 2); // Дежнёво sat no history in either year
    expect(records.every((r) => r.counts.m2 !== undefined)).toBe(true);
  });

  test('keeps the region row and the municipality subtotals as references, not schools', () => {
    const refs = result().dataset.references.filter((r) => r.year === 2023 && r.procedure.subject === 'Русский язык');
    expect(refs.map((r) => [r.scope, r.counts.n?.value]).sort()).toEqual([
      ['municipality', 40],
      ['municipality', 55],
      ['municipality', 65],
      ['region', 160],
    ]);
  });

  test('the applications sheet gives no results and does not make 2024 the year', () => {
    const r = result();
    expect(r.dataset.results.filter((rec) => Object.values(rec.counts).some((s) => s?.source.sheet === APPLICATIONS_SHEET))).toEqual([]);
    expect(r.summary.years).not.toContain(2024);
  });

  test('ШНСУ and objectivity: no data for either, nobody listed', () => {
    expectShnsu(result(), form.expected);
    expectObjectivity(result(), form.expected);
  });

  test('the executor’s name, phone and e-mail reach no output', () => expect(leakedPersonalData(result(), form.expected)).toEqual([]));
});
