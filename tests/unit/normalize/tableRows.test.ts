/** Row classes: every non-blank row of a sheet is a school, a total, a subtotal, a reference or skipped with a reason. */
import type { CellValue } from '../../../src/engine/model';
import { readResults } from '../../../src/engine/normalize/readResults';
import { normaliseSchoolName } from '../../../src/engine/normalize/schoolName';
import { classifyRows } from '../../../src/engine/normalize/tableRows';
import { emptyCorrections } from '../../../src/engine/recognize/corrections';
import { recognizeSheet } from '../../../src/engine/recognize/recognizeSheet';
import { sheet } from '../../fixtures/layouts/grid';

function layoutOf(name: string, rows: CellValue[][], merges?: string[]) {
  return recognizeSheet(sheet(name, rows, merges ? { merges } : {}), emptyCorrections()).layout;
}

/** `row(1-based) kind[/detail]` for every classified row. */
function classes(name: string, rows: CellValue[][], merges?: string[]): string[] {
  const layout = layoutOf(name, rows, merges);
  return classifyRows(layout.grid, layout.header!).map((r) => {
    const detail = r.kind === 'skipped' ? r.reason : r.kind === 'school' ? '' : r.kind === 'municipality' ? r.label : `${r.scope} ${r.label}`;
    return `${r.row + 1} ${r.kind}${detail ? ` ${detail}` : ''}`;
  });
}

describe('a district table with region and Russia rows under the schools', () => {
  const rows: CellValue[][] = [
    ['Результаты ОГЭ 2024 по русскому языку'],
    [],
    ['ОО', 'Участники', '«2»'],
    ['СОШ № 1', 30, 3],
    ['СОШ № 2', 20, 2],
    ['Итого по району', 50, 5],
    ['Регион', 8450, 600],
    ['РФ', 900000, 50000],
    ['Примечание: данные РЦОИ'],
    [],
    [null, 'Региональные значения — по данным РЦОИ'],
  ];

  it('classes every non-blank row, the region and Russia rows as references', () => {
    expect(classes('ОГЭ', rows)).toEqual([
      '1 skipped title',
      '3 skipped header',
      '4 school',
      '5 school',
      '6 total district Итого по району',
      '7 reference region Регион',
      '8 reference country РФ',
      '9 skipped note',
      '11 skipped note',
    ]);
  });

  it('checks only the district total against the schools, and keeps the region as a comparator', () => {
    const diagnostics: never[] = [];
    const { references } = readResults(layoutOf('ОГЭ', rows), diagnostics);
    expect(diagnostics).toEqual([]);
    expect(references.map((r) => [r.scope, r.label, r.counts.n?.value])).toEqual([
      ['district', 'Итого по району', 50],
      ['region', 'Регион', 8450],
      ['region', 'РФ', 900000],
    ]);
  });

  it('still warns when the district total disagrees with its schools', () => {
    const wrong = rows.map((r) => (r[0] === 'Итого по району' ? ['Итого по району', 51, 5] : r));
    const diagnostics: { code: string; cell?: string }[] = [];
    readResults(layoutOf('ОГЭ', wrong), diagnostics as never);
    expect(diagnostics.map((d) => `${d.code} ${d.cell}`)).toEqual(['total-mismatch B6']);
  });
});

describe('a regional form with a municipality column and subtotal rows', () => {
  const rows: CellValue[][] = [
    ['Информация о результатах ЕГЭ выпускников школ в 2023 году'],
    ['Муниципальное образование', 'Образовательная организация (школа)', 'Русский язык, чел.', null, null],
    [null, null, 'приняло участие', 'не преодолен min порог', 'средний балл'],
    [1, 2, 3, 4, 5],
    ['ВСЕГО по региону', 3, 45, 4, 'х'],
    ['Северный район', null, 30, 3, 60],
    [null, 'МКОУ СОШ № 1', 30, 3, 60],
    ['Южный район', null, 15, 1, 55],
    [null, 'МКОУ СОШ № 1', 10, 1, 50],
    [null, 'МКОУ СОШ с. Птичник', 5, 0, 60],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:E2'];

  it('finds the header over two rows, skips the numbering row, and takes the municipality from the subtotal row', () => {
    expect(classes('ЕГЭ', rows, merges)).toEqual([
      '1 skipped title',
      '2 skipped header',
      '3 skipped header',
      '4 skipped numbering',
      '5 total region ВСЕГО по региону',
      '6 municipality Северный район',
      '7 school',
      '8 municipality Южный район',
      '9 school',
      '10 school',
    ]);
  });

  it('reads each school with its municipality and checks each subtotal against its own schools', () => {
    const diagnostics: { code: string }[] = [];
    const { results, references } = readResults(layoutOf('ЕГЭ', rows, merges), diagnostics as never);
    expect(diagnostics).toEqual([]);
    expect(results.map((r) => [r.occ.municipality, r.occ.spelling, r.record.procedure.subject, r.record.year, r.record.counts.n?.value, r.record.counts.m2?.value])).toEqual([
      ['Северный район', 'МКОУ СОШ № 1', 'Русский язык', 2023, 30, 3],
      ['Южный район', 'МКОУ СОШ № 1', 'Русский язык', 2023, 10, 1],
      ['Южный район', 'МКОУ СОШ с. Птичник', 'Русский язык', 2023, 5, 0],
    ]);
    expect(references.map((r) => [r.scope, r.label, r.counts.n?.value])).toEqual([
      ['region', 'ВСЕГО по региону', 45],
      ['municipality', 'Северный район', 30],
      ['municipality', 'Южный район', 15],
    ]);
  });
});

describe('numbering rows', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 5, 6, 7, 8, 9]],
    [['1', '2', '3', '4']],
  ])('skips %j', (numbers) => {
    const rows: CellValue[][] = [['ОО', 'Участники', '«2»'], numbers, ['СОШ № 1', 30, 3]];
    expect(classes('ОГЭ рус 2024', rows)).toContain('2 skipped numbering');
  });

  it('does not take a row of data keyed by a number for one', () => {
    const rows: CellValue[][] = [['Код', 'Участники', '«2»', '«3»'], [1, 20, 3, 4]];
    expect(classes('ОГЭ рус 2024', rows)).toEqual(['1 skipped header', '2 school']);
  });
});

describe('a school named only by its place', () => {
  it('keeps the place in the key when nothing else tells two schools apart', () => {
    expect(normaliseSchoolName('МКОУ СОШ с. Бабстово').key).not.toBe(normaliseSchoolName('МКОУ СОШ с. Дежнёво').key);
  });

  it('still sets a trailing place aside after a number', () => {
    expect(normaliseSchoolName('МБОУ СОШ № 1 г. Энска').key).toBe(normaliseSchoolName('СОШ № 1').key);
  });
});
