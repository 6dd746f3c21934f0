/** Per-school sheets besides results: confirmation in percents, programme indicators, the approved list. */
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { sheet } from '../../fixtures/layouts/grid';

describe('per-school sheets', () => {
  it('reads mark confirmation given in percents as fractions, for ВПР by default', () => {
    const { dataset } = buildDataset([
      sheet('Объективность 2025', [
        ['ОО', 'Класс', 'Предмет', 'Понизили, %', 'Подтвердили, %', 'Повысили, %'],
        ['СОШ № 1', 5, 'Русский язык', '10,5', '80', '9,5'],
      ]),
    ]);
    expect(dataset.confirmations).toEqual([
      {
        schoolId: 'name:сош № 1',
        year: 2025,
        procedure: { assessment: 'ВПР', subject: 'Русский язык', grade: 5 },
        asShares: true,
        lower: { value: 0.105, source: { sheet: 'Объективность 2025', cell: 'D2' } },
        confirm: { value: 0.8, source: { sheet: 'Объективность 2025', cell: 'E2' } },
        higher: { value: 0.095, source: { sheet: 'Объективность 2025', cell: 'F2' } },
      },
    ]);
  });

  it('reads programme indicators, parents’ satisfaction as a share and the rest as counts', () => {
    const { dataset } = buildDataset([
      sheet('Показатели программы', [
        ['Год', 'ОО', 'Доля удовлетворённых родителей', 'Аттестаты с отличием', 'Не получили аттестат'],
        [2025, 'СОШ № 1', '87 %', 3, 0],
        [2025, 'Ивановская ООШ', 0.9, 1, 'нет'],
      ]),
    ]);
    expect(dataset.sheets[0].role).toBe('programme');
    expect(dataset.programme.map((p) => [p.schoolId, p.year, p.values.parent_satisfaction?.value, p.values.honours?.value, p.values.no_certificate?.value])).toEqual([
      ['name:сош № 1', 2025, 0.87, 3, 0],
      ['name:ивановская оош', 2025, 0.9, 1, undefined],
    ]);
  });

  it('reads the approved list with the year each school was included and the basis', () => {
    const { dataset } = buildDataset([
      sheet('Перечень', [
        ['Утверждённый перечень ШНОР'],
        ['№', 'ОО', 'Год включения', 'Основание'],
        [1, 'МБОУ СОШ № 11', '2024 г.', 'Приказ № 15'],
      ]),
    ]);
    expect(dataset.approved).toEqual([
      { schoolId: 'name:сош № 11', yearIncluded: 2024, basis: 'Приказ № 15', source: { sheet: 'Перечень', cell: 'B3' } },
    ]);
  });

  it('reads a «…, %» passport column in percents even when every value is at most 1', () => {
    const { dataset } = buildDataset([
      sheet('Соцпаспорт 2025', [
        ['ОО', 'Всего обучающихся', 'Инофоны, %', 'Опекаемые, %'],
        ['СОШ № 1', 411, '0,73', 1],
        ['СОШ № 2', 200, '0,5', '2 %'],
      ]),
    ]);
    // 0,73 % of 411 is 3,0003 pupils, not 300; 1 under «%» is 1 % (4,11 pupils); «2 %» says so itself.
    expect(dataset.contingent.map((c) => [c.counts.non_native?.value, c.counts.guardianship?.value])).toEqual([
      [3.0003, 4.11],
      [1, 4],
    ]);
  });
});
