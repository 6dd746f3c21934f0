/**
 * Every layout of METHODOLOGY §1 read into the tidy Dataset, compared in full with a result checked
 * by hand beside its fixture.
 */
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { fisOkoLayout, FIS_OKO_RESULTS } from '../../fixtures/layouts/fisOkoLong';
import { groupedRegionalLayout, GROUPED_REFERENCES, GROUPED_RESULTS } from '../../fixtures/layouts/groupedRegional';
import { listObjectLayout, LIST_OBJECT_RESULTS } from '../../fixtures/layouts/listObject';
import { markerTableLayout } from '../../fixtures/layouts/markerTable';
import { perProcedureLayout } from '../../fixtures/layouts/perProcedureSheets';
import { simpleLongLayout, SIMPLE_LONG_REFERENCES, SIMPLE_LONG_RESULTS } from '../../fixtures/layouts/simpleLong';
import { diagnosticCodes, tidyReferences, tidyResults } from '../../fixtures/layouts/tidy';
import { wideSubjectsLayout, WIDE_SUBJECTS_REFERENCES, WIDE_SUBJECTS_RESULTS } from '../../fixtures/layouts/wideSubjects';
import { wideYearsLayout, WIDE_YEARS_RESULTS } from '../../fixtures/layouts/wideYears';

describe('long per-year sheets with titles, totals and notes', () => {
  const { dataset, diagnostics } = buildDataset(simpleLongLayout());

  it('reads every school × subject × year, pairing drifting names of one school', () => {
    expect(tidyResults(dataset)).toEqual([...SIMPLE_LONG_RESULTS].sort());
    expect(dataset.schools.map((s) => s.id).sort()).toEqual(['name:ивановская оош', 'name:сош № 1', 'name:сош № 11']);
  });

  it('keeps «Итого по району» rows as district references, not schools', () => {
    expect(tidyReferences(dataset)).toEqual([...SIMPLE_LONG_REFERENCES].sort());
  });

  it('reports the unreadable cell, the school that sat nobody and the total that disagrees, each with its cell', () => {
    expect(diagnosticCodes(diagnostics)).toEqual(
      ['no-participants ОГЭ 2024!B6', 'total-mismatch ОГЭ 2024!D10', 'value-unreadable ОГЭ 2024!F8'].sort(),
    );
    const mismatch = diagnostics.find((d) => d.code === 'total-mismatch')!;
    expect(mismatch).toMatchObject({ total: 44, sum: 43, range: 'D4:D5' });
  });

  it('keeps the source cell of every number', () => {
    const r = dataset.results.find((x) => x.schoolId === 'name:сош № 11' && x.year === 2024 && x.procedure.subject === 'Русский язык')!;
    expect(r.mean).toEqual({ value: 3.5, source: { sheet: 'ОГЭ 2024', cell: 'I5' } });
    expect(r.counts.m2!.source).toEqual({ sheet: 'ОГЭ 2024', cell: 'E5' });
  });
});

describe('the same data in two layouts', () => {
  it('gives equal results records from per-year sheets and from one sheet per procedure «ОГЭ рус 2024»', () => {
    const a = buildDataset(simpleLongLayout()).dataset;
    const b = buildDataset(perProcedureLayout()).dataset;
    expect(tidyResults(b)).toEqual(tidyResults(a));
  });

  it('gives the same participants and «2» from the wide year-group layout', () => {
    const long = tidyResults(buildDataset(simpleLongLayout()).dataset)
      .filter((l) => l.includes('Русский язык'))
      .map((l) => l.replace(/ m3=.*$/, ''));
    expect(tidyResults(buildDataset(wideYearsLayout()).dataset)).toEqual(long);
  });
});

describe('wide sheet with year groups over «Уч. | «2» | %»', () => {
  it('reads each year group, lets counts win over percents and warns where they disagree', () => {
    const { dataset, diagnostics } = buildDataset(wideYearsLayout());
    expect(tidyResults(dataset)).toEqual(WIDE_YEARS_RESULTS);
    expect(diagnosticCodes(diagnostics)).toEqual(['count-share-mismatch ОГЭ рус!D5']);
    expect(dataset.sheets[0]).toMatchObject({ role: 'results', headerRange: 'A2:G3' });
  });

  it('reads the same without merge information (group titles only over the first sub-column)', () => {
    expect(tidyResults(buildDataset(wideYearsLayout(false)).dataset)).toEqual(WIDE_YEARS_RESULTS);
  });
});

describe('regional ЕГЭ report with subject groups', () => {
  const { dataset, diagnostics } = buildDataset(wideSubjectsLayout());

  it('reads each subject group, keeps «СОШ № 1» of two municipalities apart and the region row as a reference', () => {
    expect(tidyResults(dataset)).toEqual(WIDE_SUBJECTS_RESULTS);
    expect(tidyReferences(dataset)).toEqual(WIDE_SUBJECTS_REFERENCES);
    expect(diagnostics).toEqual([]);
    expect(dataset.schools.find((s) => s.id === 'name:северный район сош № 1')?.municipality).toBe('Северный район');
  });
});

describe('long ФИС ОКО export', () => {
  it('reads academic years as their second year and keeps one school per login across renamings', () => {
    const { dataset, diagnostics } = buildDataset(fisOkoLayout());
    expect(tidyResults(dataset)).toEqual(FIS_OKO_RESULTS);
    expect(diagnostics).toEqual([]);
    const school = dataset.schools.find((s) => s.id === 'code:edu053001')!;
    expect(school.aliases.map((a) => a.name)).toEqual(['МБОУ "СОШ №1"', 'МАОУ СОШ № 1 им. А.С. Пушкина']);
    expect(school.municipality).toBe('Энский район');
  });
});

describe('Рособрнадзор marker table', () => {
  it('lists the marked procedures, an empty cell meaning no marker', () => {
    const { dataset } = buildDataset(markerTableLayout());
    expect(dataset.sheets[0].role).toBe('markers');
    expect(dataset.markers.map(({ schoolId, year, procedures, count, source }) => ({ schoolId, year, procedures, count, cell: source.cell }))).toEqual([
      { schoolId: 'code:edu053001', year: 2024, procedures: ['4 РУ', '5 РУ'], count: 2, cell: 'I3' },
      { schoolId: 'code:edu053007', year: 2024, procedures: ['5 МА'], count: 1, cell: 'I4' },
    ]);
    expect(dataset.results).toEqual([]);
  });
});

describe('grouped regional table with municipality subtotals', () => {
  const { dataset, diagnostics } = buildDataset(groupedRegionalLayout());

  it('gives each school its municipality and keeps subtotals as municipality references', () => {
    expect(tidyResults(dataset)).toEqual(GROUPED_RESULTS);
    expect(tidyReferences(dataset)).toEqual(GROUPED_REFERENCES);
  });

  it('warns that the «Северный район» subtotal disagrees with its schools, naming both cells', () => {
    expect(diagnosticCodes(diagnostics)).toEqual(['total-mismatch ОГЭ по региону!B7']);
    expect(diagnostics[0]).toMatchObject({ total: 40, sum: 39, range: 'B8:B9' });
  });
});

describe('Excel table (ListObject) under an «УТВЕРЖДАЮ» block', () => {
  it('takes the header from the table and the procedure and year from the sheet name', () => {
    const { dataset, diagnostics } = buildDataset(listObjectLayout());
    expect(tidyResults(dataset)).toEqual(LIST_OBJECT_RESULTS);
    expect(dataset.sheets[0].headerRange).toBe('A5:H5');
    expect(diagnostics).toEqual([]);
  });
});
