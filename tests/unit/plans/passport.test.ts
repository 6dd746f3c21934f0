import type { CellValue, OutputSheet } from '../../../src/engine/model';
import { buildPassportSheet } from '../../../src/engine/output/passportSheet';
import { halfGapTargets, roundToPp } from '../../../src/engine/plans/targets';
import { docs, makeAnalysis, makeDataset, makeSettings, VPR } from './fixtures';

const HEADER = ['Показатель', 'Базовое значение (2026 г.)', 'Цель на 2027 г.', 'Цель на 2028 г.', 'Как рассчитана цель'];
const SECTIONS = [
  'Наименование программы',
  'Основание для разработки',
  'Заказчик программы',
  'Разработчик и исполнители',
  'Цели программы',
  'Задачи программы',
  'Сроки и этапы реализации',
  'Целевые показатели',
  'Ожидаемые результаты',
  'Система контроля',
];

describe('programme passport (Паспорт программы)', () => {
  const analysis = makeAnalysis();
  const dataset = makeDataset();

  /** The target table's rows, up to the blank row after it. */
  function body(sheet: OutputSheet): CellValue[][] {
    const h = sheet.values.findIndex((r) => r[0] === 'Показатель');
    expect(sheet.values[h]).toEqual(HEADER);
    const end = sheet.values.findIndex((r, i) => i > h && !(r ?? []).some((v) => v !== null && v !== undefined));
    return sheet.values.slice(h + 1, end);
  }

  test('has every section of a programme passport (seed 002), blanks only a person can fill marked as such', () => {
    const sheet = buildPassportSheet(docs(analysis, dataset, makeSettings()));
    const h = sheet.values.findIndex((r) => r[0] === 'Раздел паспорта');
    expect(sheet.values.slice(h + 1, h + 1 + SECTIONS.length).map((r) => r[0])).toEqual(SECTIONS);
    const text = (label: string) => String(sheet.values.find((r) => r[0] === label)?.[1]);
    expect(text('Основание для разработки')).toContain('[заполнить: реквизиты');
    expect(text('Задачи программы')).toMatch(/^1\. Нормативно-правовое обеспечение реализации программы\. 2\./);
    expect(text('Цели программы')).toContain('сокращение числа ШНОР с 1 из 4 ОО (25,0 %) до 0 из 4 ОО (0,0 %)');
    expect(text('Система контроля')).toMatch(/^Входной мониторинг \(сентябрь – октябрь 2026; Управление образования, ИМЦ\)/);
    expect(text('Разработчик и исполнители')).toContain('Исполнители: СОШ № 3, Долматовская ООШ № 16; школы-партнёры: Гимназия № 1');
  });

  test('gives base and targets of the district indicators in whole pupils and schools, each with its rule', () => {
    const rows = body(buildPassportSheet(docs(analysis, dataset, makeSettings())));
    expect(rows).toEqual([
      // 1 of 4 schools is ШНОР: at least one school a year leaves the list
      ['Число ШНОР (доля от числа ОО района)', '1 из 4 ОО (25,0 %)', '0 из 4 ОО (0,0 %)', '0 из 4 ОО (0,0 %)', 'из перечня выходит не менее 1 ОО в год (пятая часть перечня, не меньше одной)'],
      // maths: 7 + 4 = 11 «2» of 40; no earlier years → at most 4 pupils (a tenth of 40) a year; aim: no «2»
      [
        'Доля участников, получивших «2»: ОГЭ по математике (9 класс) (по району)',
        '11 из 40 (27,5 %)',
        '7 из 40 (17,5 %)',
        '3 из 40 (7,5 %)',
        'на 4 чел. в год: данных прошлых лет нет — не больше десятой части участников в год; ориентир — без «2»: аттестат у всех выпускников',
      ],
      // Russian: 8 + 2 + 1 + 0 = 11 of 80; half the gap (6) is within a tenth (8): 5, then 0
      [
        'Доля участников, получивших «2»: ОГЭ по русскому языку (9 класс) (по району)',
        '11 из 80 (13,8 %)',
        '5 из 80 (6,3 %)',
        '0 из 80 (0,0 %)',
        'на 6 чел. в год — половина разрыва до ориентира (без «2»: аттестат у всех выпускников)',
      ],
      // success 12 + 30 of 20 + 30; schools 60 % and 100 %, Q3 90 % = 45 of 50: gap 3 → 2 a year, capped at 45
      [
        'Доля обучающихся, успешно прошедших ГИА по русскому языку и математике (по району)',
        '42 из 50 (84,0 %)',
        '44 из 50 (88,0 %)',
        '45 из 50 (90,0 %)',
        'на 2 чел. в год — половина разрыва до ориентира (верхний квартиль ОО района: 90,0 %)',
      ],
      // medals 1 + 3, held
      ['Выпускники, награждённые медалью «За особые успехи в учении», чел.', '4', '4', '4', 'сохранение достигнутого уровня'],
    ]);
  });

  test('adds the share of confirmed ВПР marks once confirmation data exist', () => {
    const withVpr = makeAnalysis();
    withVpr.indicators.values.push(
      { schoolId: 's1', year: 2026, procedureKey: VPR, id: 'confirm', value: 0.5, numerator: 10, denominator: 20, sources: [] },
      { schoolId: 's4', year: 2026, procedureKey: VPR, id: 'confirm', value: 0.8, numerator: 24, denominator: 30, sources: [] },
    );
    const row = body(buildPassportSheet(docs(withVpr, dataset, makeSettings()))).find((r) => r[0] === 'Доля обучающихся, подтвердивших отметку на ВПР (по району)');
    // 34 of 50; Q3 of 50 % and 80 % = 72,5 % = 36 of 50: gap 2 → 1 a year
    expect(row?.slice(1, 4)).toEqual(['34 из 50 (68,0 %)', '35 из 50 (70,0 %)', '36 из 50 (72,0 %)']);
  });

  test('prints landscape with the table header repeated, between the approval block and the signature lines', () => {
    const sheet = buildPassportSheet(docs(analysis, dataset, makeSettings()));
    const header = sheet.values.findIndex((r) => r[0] === 'Показатель') + 1;
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: `${header}:${header}` });
    expect(sheet.values.some((r) => r.includes('УТВЕРЖДЕНА'))).toBe(true);
    expect(String(sheet.values[sheet.values.length - 1][0])).toMatch(/^Контроль за исполнением возлагается на _+/);
  });

  test('parent satisfaction (an average, no pupils behind it): half the gap to the quartile a year, whole p.p.', () => {
    expect(halfGapTargets(0.4, 0.1, true)).toEqual([0.25, 0.18]);
    expect(halfGapTargets(0.6, 0.9, false)).toEqual([0.75, 0.83]);
    expect(halfGapTargets(0.05, 0.1, true)).toEqual([0.05, 0.05]);
    expect(roundToPp(0.175)).toBe(0.18);
    expect(roundToPp(0.1249)).toBe(0.12);
  });
});
