/**
 * The year from what the sheet is: a passport or staffing table with no year belongs to the calculation
 * year (the one set in settings, else the latest year with results), said in one info line per sheet; a
 * markers-only workbook takes the latest marker year; a marker block pasted twice counts once.
 */
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { recalculate } from '../../../src/engine/recalculate';
import { sheet } from '../../fixtures/layouts/grid';

const results = sheet('ОГЭ рус 2025', [
  ['ОО', 'Участники', '2', '3', '4', '5'],
  ['СОШ № 1', 20, 2, 8, 6, 4],
  ['СОШ № 2', 10, 0, 3, 4, 3],
]);
const staffing = sheet('Кадры', [
  ['ОО', 'Всего педагогов', 'пенсионного возраста'],
  ['СОШ № 1', 30, 6],
  ['СОШ № 2', 12, 5],
]);

describe('the calculation year from what the sheets are', () => {
  it('dates a staffing table with no year to the latest results year, with one info line', () => {
    const { dataset, diagnostics } = buildDataset([results, staffing]);
    expect(dataset.staffing.map((s) => s.year)).toEqual([2025, 2025]);
    const lines = diagnostics.filter((d) => d.code === 'year-from-calculation');
    expect(lines).toEqual([{ severity: 'info', code: 'year-from-calculation', sheet: 'Кадры', year: 2025 }]);
  });

  it('dates it to the year set in settings when there is one', () => {
    const { dataset } = buildDataset([results, staffing], 2024);
    expect(dataset.staffing.map((s) => s.year)).toEqual([2024, 2024]);
  });

  it('leaves a dated table alone and says nothing', () => {
    const dated = sheet('Кадры 2024', staffing.values.map((r) => [...r]));
    const { dataset, diagnostics } = buildDataset([results, dated]);
    expect(dataset.staffing.map((s) => s.year)).toEqual([2024, 2024]);
    expect(diagnostics.some((d) => d.code === 'year-from-calculation')).toBe(false);
  });

  it('takes the year a header question names (the ФИС ОКО context form), without an info line', () => {
    const context = sheet('Контекстные данные', [
      ['Логин', 'ОО', 'Укажите количество обучающихся в ОО в 2020/2021 учебном году', 'Сколько всего в школе учителей (работающих не менее чем на 0,5 ставки)?', 'Сколько в школе учителей пенсионного возраста?'],
      ['sch000001', 'СОШ № 1', 400, 30, 5],
    ]);
    const { dataset, diagnostics } = buildDataset([results, context]);
    expect(dataset.staffing.map((s) => [s.year, s.total?.value])).toEqual([[2021, 30]]);
    expect(diagnostics.some((d) => d.code === 'year-from-calculation')).toBe(false);
  });

  it('takes the latest marker year of a markers-only workbook, counting a repeated block once', () => {
    const markers = sheet('Маркеры', [
      ['Год', 'Логин', 'ОО', '4 РУ', '5 МА', 'Количество маркеров'],
      ['2022', 'edu053001', 'МБОУ СОШ № 1', 1, null, 1],
      ['2023', 'edu053002', 'МБОУ СОШ № 2', null, 1, 1],
      ['2023', 'edu053002', 'МБОУ СОШ № 2', null, 1, 1],
    ]);
    const run = recalculate([markers]);
    expect(run.summary.year).toBe(2023);
    expect(run.summary.years).toEqual([2022, 2023]);
    expect(run.dataset.markers).toHaveLength(2);
    expect(run.summary.diagnostics.filter((d) => d.code === 'duplicate-row').map((d) => d.cell)).toEqual(['C4']);
    expect(run.dataset.coverage[0].rows).toContainEqual({ class: 'skipped', reason: 'duplicate', rows: [4] });
  });
});
