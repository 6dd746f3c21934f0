/**
 * Loud when a conclusion rests on missing data: each case is a severity-'error' diagnostic with its own
 * code, naming the sheet, and nothing is raised for a complete book.
 */
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { recalculate } from '../../../src/engine/recalculate';
import type { CellValue, Diagnostic, SheetGrid } from '../../../src/engine/model';
import { sheet } from '../../fixtures/layouts/grid';

const SCHOOLS = Array.from({ length: 10 }, (_, i) => `МБОУ СОШ № ${i + 1}`);

/** ОГЭ математика 2026 for `names`: 20 participants, 2 «2» each. */
function results(names: string[], name = 'ОГЭ 2026'): SheetGrid {
  return sheet(name, [
    ['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»'],
    ...names.map((n): CellValue[] => [2026, 'ОГЭ', 'Математика', n, 20, 2, 8, 6, 4]),
  ]);
}

function passport(names: string[], year = 2026): SheetGrid {
  return sheet('Социальный паспорт', [
    ['Год', 'ОО', 'Всего обучающихся', 'в неполных семьях', 'с ОВЗ', 'многодетные'],
    ...names.map((n): CellValue[] => [year, n, 300, 30, 10, 20]),
  ]);
}

function markers(names: string[]): SheetGrid {
  return sheet('Маркеры', [
    ['Год', 'ОО', '4 РУ', '4 МА', '5 РУ', '5 МА', 'Количество маркеров'],
    ...names.map((n): CellValue[] => [2026, n, 1, null, 1, null, 2]),
  ]);
}

const errors = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}${d.sheet ? ` ${d.sheet}` : ''}`);

describe('errors when a conclusion would rest on missing data', () => {
  it('raises nothing for a book whose sheets agree', () => {
    const { diagnostics } = recalculate([results(SCHOOLS), passport(SCHOOLS), markers(SCHOOLS.slice(0, 2))]);
    expect(errors(diagnostics)).toEqual([]);
  });

  it('no school read: an empty book', () => {
    expect(errors(buildDataset([]).diagnostics)).toEqual(['missing-no-schools']);
  });

  it('a results sheet that gave no participants (every row empty or zero) is named', () => {
    const empty = sheet('ОГЭ 2026', [
      ['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»'],
      [2026, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 0, 0, 0, 0, 0],
      [2026, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', null, null, null, null, null],
    ]);
    const { dataset, diagnostics } = buildDataset([empty, passport(['МБОУ СОШ № 1', 'МБОУ СОШ № 2'])]);
    expect(dataset.sheets[0].role).toBe('results');
    expect(errors(diagnostics)).toEqual(['missing-no-participants ОГЭ 2026']);
    expect(diagnostics.find((d) => d.code === 'missing-no-participants')?.cell).toBe('A1:I1');
  });

  it('a social passport with no value for the calculation year', () => {
    const { diagnostics, summary } = recalculate([results(SCHOOLS), passport(SCHOOLS, 2024)]);
    expect(errors(diagnostics)).toEqual(['missing-passport-year']);
    const line = summary.diagnostics.find((d) => d.code === 'missing-passport-year');
    expect(line?.text).toContain('«Социальный паспорт»');
    expect(line?.text).toContain('2026');
    expect(summary.verdicts.every((v) => v.shnsu === null)).toBe(true);
  });

  it('a markers sheet that matched no school of the other sheets', () => {
    const { diagnostics } = buildDataset([results(SCHOOLS), markers(['МБОУ Гимназия № 40', 'МБОУ Лицей № 41'])]);
    expect(errors(diagnostics)).toEqual(['missing-attached-unmatched Маркеры']);
  });

  it('a markers sheet alone is not an error: there is nothing else to match', () => {
    expect(errors(buildDataset([markers(SCHOOLS.slice(0, 3))]).diagnostics)).toEqual([]);
  });

  it('more than a tenth of a sheet\'s school rows on no other sheet; exactly a tenth is tolerated', () => {
    const twoStrangers = [...SCHOOLS.slice(0, 8), 'МБОУ Гимназия № 40', 'МБОУ Лицей № 41'];
    const { diagnostics } = buildDataset([results(SCHOOLS), passport(twoStrangers)]);
    expect(errors(diagnostics)).toEqual(['missing-rows-unmatched ОГЭ 2026', 'missing-rows-unmatched Социальный паспорт']);
    const lost = diagnostics.find((d) => d.code === 'missing-rows-unmatched' && d.sheet === 'Социальный паспорт')!;
    expect(lost).toMatchObject({ lost: 2, rows: 10, share: '20 %', cells: 'B10, B11' });
    const oneStranger = [...SCHOOLS.slice(0, 9), 'МБОУ Гимназия № 40'];
    expect(errors(buildDataset([results(SCHOOLS), passport(oneStranger)]).diagnostics)).toEqual([]);
  });
});

describe('where the error is seen', () => {
  const { output } = recalculate([results(SCHOOLS), passport(SCHOOLS, 2024)]);
  const sheetNamed = (name: string) => output.sheets.find((s) => s.name === name)!;

  it('a red line at the top of «Опора · Сводка», above the counts', () => {
    const summary = sheetNamed('Опора · Сводка');
    expect(String(summary.values[2][0])).toMatch(/^Ошибка: Социальный паспорт \(«Социальный паспорт»\) не дал ни одного значения за расчётный 2026 г\./);
    expect(summary.styles).toContainEqual({ range: 'A3:D3', style: expect.objectContaining({ fontColor: 'C00000', fill: 'F8CBAD' }) });
    expect(summary.values[4][0]).toBe('Показатель');
  });

  it('an «Ошибка» row first in «Опора · Диагностика»', () => {
    const rows = sheetNamed('Опора · Диагностика').values;
    expect(rows[3][0]).toBe('Ошибка');
    expect(String(rows[3][3])).toContain('не дал ни одного значения за расчётный 2026 г.');
  });

  it('no red line when there is no error: the counts start on row 4', () => {
    const clean = recalculate([results(SCHOOLS), passport(SCHOOLS)]).output.sheets.find((s) => s.name === 'Опора · Сводка')!;
    expect(clean.values[3][0]).toBe('Показатель');
  });
});
