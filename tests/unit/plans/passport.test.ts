import type { CellValue } from '../../../src/engine/model';
import { buildPassportSheet } from '../../../src/engine/output/passportSheet';
import { halfGapTargets, roundToPp } from '../../../src/engine/plans/targets';
import { makeAnalysis, makeDataset, makeSettings, VPR, docs } from './fixtures';

describe('programme passport (Паспорт программы)', () => {
  const analysis = makeAnalysis();
  const dataset = makeDataset();

  function body(rows: CellValue[][]): CellValue[][] {
    const h = rows.findIndex((r) => r[0] === 'Показатель');
    expect(rows[h]).toEqual(['Показатель', 'Базовое значение (2026)', 'Целевое (2027)', 'Целевое (2028)', 'Источник цели']);
    return rows.slice(h + 1);
  }

  test('gives base and targets for the district indicators that have data, and only those', () => {
    const rows = body(buildPassportSheet(docs(analysis, dataset, makeSettings())).values);
    expect(rows).toEqual([
      // 1 of 4 schools is ШНОР: 25 % → 12,5 % → 13 % → 6,5 % → 7 %
      ['Доля ШНОР от числа ОО', 0.25, 0.13, 0.07, 'вдвое меньше за год'],
      // pooled 15,5 %, Q1 5 %: → 10,25 % → 10 % → 7,5 % → 8 %
      ['Доля «2» на обязательном экзамене: ОГЭ мат 9 (по району)', 0.155, 0.1, 0.08, 'половина разрыва до лучшего квартиля'],
      // pooled 14 %, Q1 10 %: → 12 % → 11 %
      ['Доля «2» на обязательном экзамене: ОГЭ рус 9 (по району)', 0.14, 0.12, 0.11, 'половина разрыва до лучшего квартиля'],
      // (12 + 30) ÷ (20 + 30) = 84 %; school shares 60 % and 100 %, Q3 = 90 %: → 87 % → 88,5 % → 89 %
      ['Доля обучающихся, успешно прошедших ГИА (обязательные предметы)', 0.84, 0.87, 0.89, 'половина разрыва до лучшего квартиля'],
      // medals 1 + 3, held
      ['Выпускники, награждённые медалью «За особые успехи в учении», чел.', 4, 4, 4, 'сохранение базового уровня'],
    ]);
  });

  test('adds the share of confirmed ВПР marks once confirmation data exist', () => {
    const withVpr = makeAnalysis();
    withVpr.indicators.values.push(
      { schoolId: 's1', year: 2026, procedureKey: VPR, id: 'confirm', value: 0.5, numerator: 10, denominator: 20, sources: [] },
      { schoolId: 's4', year: 2026, procedureKey: VPR, id: 'confirm', value: 0.8, numerator: 24, denominator: 30, sources: [] },
    );
    const row = body(buildPassportSheet(docs(withVpr, dataset, makeSettings())).values).find((r) => r[0] === 'Доля подтвердивших отметку на ВПР');
    // 34 ÷ 50 = 68 %; Q3 of 50 % and 80 % = 72,5 %: → 70,25 % → 70 % → 71,25 % → 71 %
    expect(row).toEqual(['Доля подтвердивших отметку на ВПР', 0.68, 0.7, 0.71, 'половина разрыва до лучшего квартиля']);
  });

  test('formats shares as percents and counts as whole numbers, printing landscape with the header repeated', () => {
    const sheet = buildPassportSheet(docs(analysis, dataset, makeSettings()));
    expect(sheet.numberFormats).toContainEqual({ range: 'B5:D5', format: '0.0%' });
    expect(sheet.numberFormats).toContainEqual({ range: 'B9:D9', format: '0' });
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '4:4' });
    expect(sheet.merges.every((m) => /^A1:/.test(m))).toBe(true);
  });

  test('targets: half the gap to the quartile each year, whole p.p., a value at or beyond it is held', () => {
    expect(halfGapTargets(0.4, 0.1, true)).toEqual([0.25, 0.18]);
    expect(halfGapTargets(0.6, 0.9, false)).toEqual([0.75, 0.83]);
    expect(halfGapTargets(0.05, 0.1, true)).toEqual([0.05, 0.05]);
    expect(roundToPp(0.175)).toBe(0.18);
    expect(roundToPp(0.1249)).toBe(0.12);
  });
});
