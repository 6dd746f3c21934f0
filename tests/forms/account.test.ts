/**
 * The account of every cell on every hand-built form (issue 10, «Done when»): for each sheet, the rows
 * read as schools, classed and skipped add up to its non-empty rows, and its non-empty columns are each
 * listed once as used or not. Then the row classes and unused columns counted by hand in the fixtures.
 */
import { FORMS } from '../fixtures/forms';
import { accountGaps, rowClasses, unusedColumns } from './account';
import { run } from './formRun';
import { egeRegionalReport } from '../fixtures/forms/egeRegionalReport';
import { regionReferenceRow } from '../fixtures/forms/regionReferenceRow';
import { sharesOnly } from '../fixtures/forms/sharesOnly';
import { procedureColumnLong } from '../fixtures/forms/procedureColumnLong';
import { contextData } from '../fixtures/forms/contextData';
import { impossibleValues } from '../fixtures/forms/impossibleValues';

describe('every sheet of every form is accounted for, row by row and column by column', () => {
  for (const form of FORMS) {
    test(`class ${form.issueClass}: ${form.title}`, () => {
      const grids = form.build();
      const { dataset } = run(grids);
      expect(grids.flatMap((g) => accountGaps(g, dataset.coverage.find((c) => c.sheet === g.name)))).toEqual([]);
    });
  }
});

const coverageOf = (grids: ReturnType<typeof egeRegionalReport.build>, sheet: string) =>
  run(grids).dataset.coverage.find((c) => c.sheet === sheet);

describe('the account agrees with the hand count', () => {
  test('ЕГЭ form «2023»: titles, three header rows, numbering, the region total, three subtotals, eight schools, the note', () => {
    const c = coverageOf(egeRegionalReport.build(), '2023');
    expect(rowClasses(c)).toEqual({
      title: [1, 2],
      header: [4, 5, 6],
      numbering: [7],
      total: [8], // «ВСЕГО по региону» sums every school of the region's own report
      subtotal: [9, 13, 17],
      school: [10, 11, 12, 14, 15, 16, 18, 19],
      note: [21],
    });
    // profile, all graduates, and the 80–99 / 100-point columns of each subject
    expect(unusedColumns(c).map((u) => u.split(':')[0])).toEqual(['C', 'D', 'G', 'H', 'L', 'M', 'Q', 'R']);
  });

  test('«Регион» sheets: title, header, 8 schools, 2 totals, 2 references, the note; «№» unused', () => {
    const c = coverageOf(regionReferenceRow.build(), 'ОГЭ 2024');
    expect(rowClasses(c)).toEqual({ title: [1], header: [2], school: [3, 4, 5, 6, 7, 8, 9, 10], total: [11, 12], reference: [13, 14], note: [16] });
    expect(unusedColumns(c).map((u) => u.split(':')[0])).toEqual(['A']);
  });

  test('shares only: every share column is used (counts are rebuilt from them)', () => {
    expect(unusedColumns(coverageOf(sharesOnly.build(), 'ОГЭ в долях'))).toEqual([]);
  });

  test('«Процедура» table: the header and 22 school rows', () => {
    expect(rowClasses(coverageOf(procedureColumnLong.build(), 'Результаты'))).toEqual({ header: [1], school: Array.from({ length: 22 }, (_, i) => i + 2) });
  });

  test('values refused stay on school rows: «ОГЭ 2024» is the header and 8 school rows, «№» unused', () => {
    const c = coverageOf(impossibleValues.build(), 'ОГЭ 2024');
    expect(rowClasses(c)).toEqual({ header: [1], school: [2, 3, 4, 5, 6, 7, 8, 9] });
    expect(unusedColumns(c).map((u) => u.split(':')[0])).toEqual(['A']);
  });

  test('context form: the directors’ name, phone and e-mail are personal columns', () => {
    const unused = unusedColumns(coverageOf(contextData.build(), 'Контекстные данные'));
    expect(unused.filter((u) => u.endsWith(':personal'))).toEqual(['D:personal', 'E:personal', 'F:personal']);
  });

  test('context form: the pupils’ questions, settlement, location and speech-therapist columns are not used', () => {
    const unused = unusedColumns(coverageOf(contextData.build(), 'Контекстные данные')).map((u) => u.split(':')[0]);
    expect(unused).toEqual(['D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'P', 'Q', 'R']);
  });
});
