import type { CellValue, OutputSheet } from '../../../src/engine/model';
import { buildCatalogueSheet } from '../../../src/engine/output/catalogueSheet';
import { buildRoadmapSheets, roadmapSheetName } from '../../../src/engine/output/roadmapSheet';
import { riskNo } from '../../../src/engine/plans/audience';
import { readCatalogue } from '../../../src/engine/plans/catalogue';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { docs, makeAnalysis, makeDataset, makeSettings, SCHOOLS } from './fixtures';

const analysis = makeAnalysis();
const dataset = makeDataset();

/** The rows of the table that follows a section heading («3. Целевые показатели — …»), up to the blank row after it. */
function section(sheet: OutputSheet, heading: string, from = 0): CellValue[][] {
  const at = sheet.values.findIndex((r, i) => i >= from && String(r[0] ?? '').startsWith(heading));
  expect(at).toBeGreaterThanOrEqual(0);
  const rows: CellValue[][] = [];
  for (let i = at + 1; i < sheet.values.length && (sheet.values[i] ?? []).some((v) => v !== null && v !== undefined); i++) {
    // a table continued on the next printed page: its «(продолжение)» heading and repeated header are not rows
    if (String(sheet.values[i][0] ?? '').endsWith('(продолжение)')) i++;
    else rows.push(sheet.values[i]);
  }
  return rows;
}

const blockStart = (sheet: OutputSheet, name: string) => sheet.values.findIndex((r) => String(r[0]).startsWith(`Дорожная карта: ${name}`));

describe('roadmap (Дорожная карта)', () => {
  test('writes one block per ШНОР or ШНСУ school, separated by a page break', () => {
    const [sheet, ...rest] = buildRoadmapSheets(docs(analysis, dataset, makeSettings()));
    expect(rest).toEqual([]);
    expect(sheet.name).toBe('Опора · Дорожная карта');
    const titles = sheet.values.map((r) => String(r[0] ?? '')).filter((t) => t.startsWith('Дорожная карта: '));
    expect(titles).toEqual([
      'Дорожная карта: СОШ № 3 — 2026/2027 учебный год',
      'Дорожная карта: Долматовская ООШ № 16 — 2026/2027 учебный год',
    ]);
    const second = blockStart(sheet, 'Долматовская');
    // the next block begins a printed page: a break after the blank row (1-based row `second`); every other break
    // starts a page with a section heading that names the school (a continued table repeats its header under it)
    expect(sheet.print?.rowBreaks).toContain(second);
    for (const b of sheet.print!.rowBreaks!.filter((x) => x !== second)) expect(String(sheet.values[b][0])).toMatch(/^\d\. .+ — (СОШ № 3|Долматовская ООШ № 16)( \(продолжение\))?$/);
    expect(sheet.values[second - 2][1]).toBe('Итоговый мониторинг');
  });

  test('gives the grounds in plain words: the rule that made the school ШНОР, its values and every cell', () => {
    const [sheet] = buildRoadmapSheets(docs(analysis, dataset, makeSettings()));
    const grounds = section(sheet, '1. Основания включения');
    expect(grounds[0]).toEqual(['№', 'Основание']);
    expect(grounds).toHaveLength(2);
    const text = String(grounds[1][1]);
    expect(text).toMatch(/^Массовая неуспешность: в 2026 г\. доля участников, получивших «2»/);
    expect(text).toContain('ОГЭ по русскому языку (9 класс) — получили «2» 8 из 20 (40,0 %)');
    expect(text).toContain('Источник: ОГЭ!F5, ОГЭ!G5, ОГЭ!F15.');
    expect(sheet.values[blockStart(sheet, 'СОШ № 3') + 1][1]).toBe('Категория: ШНОР; статус в утверждённом перечне: новый кандидат');
    expect(sheet.values[blockStart(sheet, 'СОШ № 3') + 2][1]).toBe('Школа-партнёр: Гимназия № 1.');
  });

  test('lists the top three risk factors, «высокий» first, then «средний», each with the indicator behind it', () => {
    const [sheet] = buildRoadmapSheets(docs(analysis, dataset, makeSettings()));
    const factors = section(sheet, '2. Ведущие факторы риска').slice(1);
    expect(factors.map((r) => [r[0], r[3]])).toEqual([
      [3, 'высокий'],
      [8, 'высокий'],
      [2, 'средний'],
    ]);
    expect(factors[0].slice(1, 3)).toEqual(['Недостаточная предметная и методическая компетентность', 'доля педагогов без высшей и первой категории']);
    expect(factors[1].slice(4)).toEqual([0.375, 0.1, 0.2]);
    expect(factors[2].slice(4)).toEqual([null, null, null]);
  });

  test('sets targets in whole pupils, a tenth of the participants a year at most without earlier years, with the rule beside them', () => {
    const [sheet] = buildRoadmapSheets(docs(analysis, dataset, makeSettings()));
    const targets = section(sheet, '3. Целевые показатели');
    expect(targets[0]).toEqual(['№', 'Показатель', 'Базовое значение (2026 г.)', 'Цель на 2027 г.', 'Цель на 2028 г.', 'Как рассчитана цель']);
    // ОГЭ рус: 8 «2» of 20; the aim for a required exam is no «2»; no earlier years → at most 2 pupils (a tenth) a year
    expect(targets[1].slice(1, 5)).toEqual(['Доля участников, получивших «2»: ОГЭ по русскому языку (9 класс)', '8 из 20 (40,0 %)', 'не хуже 6 из 20 (30,0 %)', 'не хуже 4 из 20 (20,0 %)']);
    expect(targets[1][5]).toBe('на 2 чел. в год: данных прошлых лет нет — не больше десятой части участников в год; ориентир — без «2»: аттестат у всех выпускников');
    expect(targets[2].slice(2, 5)).toEqual(['7 из 20 (35,0 %)', 'не хуже 5 из 20 (25,0 %)', 'не хуже 3 из 20 (15,0 %)']);
    // ООШ № 16: 2 of 20 → half the gap is 1 pupil a year; 4 of 20 → 2 a year
    const other = section(sheet, '3. Целевые показатели', blockStart(sheet, 'Долматовская'));
    expect(other.slice(1).map((r) => r.slice(2, 5))).toEqual([
      ['2 из 20 (10,0 %)', 'не хуже 1 из 20 (5,0 %)', 'не хуже 0 из 20 (0,0 %)'],
      ['4 из 20 (20,0 %)', 'не хуже 2 из 20 (10,0 %)', 'не хуже 0 из 20 (0,0 %)'],
    ]);
  });

  test('each roadmap holds the measures for its flags, its partner and its high risk factors, and none for other factors', () => {
    const [sheet] = buildRoadmapSheets(docs(analysis, dataset, makeSettings()));
    const expectations = [
      { name: 'СОШ № 3', flags: ['lowResults', 'lowResultsExams'], partner: true, high: [3, 8] },
      { name: 'Долматовская', flags: ['socialRisk'], partner: false, high: [7] },
    ];
    for (const { name, flags, partner, high } of expectations) {
      const rows = section(sheet, '4. Мероприятия', blockStart(sheet, name)).slice(1);
      const expected = DEFAULT_MEASURES.filter(
        (m) => (partner || !m.audience.includes('withPartner')) && m.audience.some((a) => flags.includes(a) || high.includes(riskNo(a) ?? 0)),
      );
      expect(rows.map((r) => r[1])).toEqual(expected.map((m) => m.text));
      for (const r of rows) expect(String(r[5])).not.toMatch(/риск \d/);
    }
  });

  test('names the partner school beside measures carried out with it, and gives deadlines with years', () => {
    const [sheet] = buildRoadmapSheets(docs(analysis, dataset, makeSettings()));
    const rows = section(sheet, '4. Мероприятия');
    const network = rows.find((r) => String(r[1]).startsWith('Сетевое взаимодействие со школой-партнёром'))!;
    expect(network[3]).toBe('Руководители ОО, школа-партнёр (школа-партнёр: Гимназия № 1)');
    expect(network[2]).toBe('в течение 2026/2027 учебного года');
    const points = section(sheet, '5. Контрольные точки').slice(1);
    expect(points.map((r) => [r[1], r[2]])).toEqual([
      ['Входной мониторинг', 'сентябрь – октябрь 2026'],
      ['Промежуточный мониторинг', 'январь 2027'],
      ['Итоговый мониторинг', 'июль 2027'],
    ]);
  });

  test('a measure the user added to the catalogue for risk factor 8 reaches the school with factor 8 high', () => {
    const catalogue = buildCatalogueSheet();
    const added = ['П-1', 'научно-методическое', 'Индивидуальные консультации «группы риска» по математике', 'риск 8', 'ноябрь', 'Учитель-наставник', 'Снижение доли «2»', 'Доля «2»'];
    const { measures, diagnostics } = readCatalogue({ name: catalogue.name, values: [...catalogue.values, added] });
    expect(diagnostics).toEqual([]);
    const [sheet] = buildRoadmapSheets(docs(analysis, dataset, makeSettings(), measures));
    const mine = section(sheet, '4. Мероприятия', blockStart(sheet, 'СОШ № 3'));
    expect(mine.find((r) => r[1] === added[2])).toEqual([
      expect.any(Number),
      added[2],
      'ноябрь 2026',
      'Учитель-наставник',
      'Снижение доли «2»',
      'фактор риска «Высокая доля обучающихся с рисками учебной неуспешности»',
    ]);
    const theirs = section(sheet, '4. Мероприятия', blockStart(sheet, 'Долматовская'));
    expect(theirs.some((r) => r[1] === added[2])).toBe(false);
  });

  test('with one sheet per school, names each sheet «Опора · ДК …» within 31 characters and repeats the school on every page', () => {
    const long = makeDataset([
      { ...SCHOOLS[0], name: 'МБОУ "Средняя общеобразовательная школа № 3 имени героя [корпус 1]"' },
      { ...SCHOOLS[1], name: 'МБОУ "Средняя общеобразовательная школа № 3 имени героя [корпус 2]"' },
      SCHOOLS[2],
      SCHOOLS[3],
    ]);
    const sheets = buildRoadmapSheets(docs(analysis, long, makeSettings({ roadmapPerSchool: true })));
    expect(sheets.map((s) => s.name)).toEqual(['Опора · ДК СОШ № 3 имени героя', 'Опора · ДК СОШ № 3 имени ге (2)']);
    for (const s of sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
      const title = s.values.findIndex((r) => String(r[0] ?? '').startsWith('Дорожная карта: '));
      expect(s.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: `${title + 1}:${title + 1}` });
      for (const b of s.print?.rowBreaks ?? []) expect(String(s.values[b][0])).toMatch(/^\d\. .+ — .+/); // pages start at a heading naming the school
    }
    expect(sheets[1].values.some((r) => r[0] === 'Дорожная карта: МБОУ "Средняя общеобразовательная школа № 3 имени героя [корпус 2]" — 2026/2027 учебный год')).toBe(true);
  });

  test('sheet names strip the characters Excel forbids', () => {
    expect(roadmapSheetName('СОШ: №1/2 [н]?', new Set())).toBe('Опора · ДК СОШ №1 2 н');
  });

  test('a district without ШНОР and ШНСУ still gets the sheet, saying so', () => {
    const calm = { ...analysis, verdicts: analysis.verdicts.map((v) => ({ ...v, lowResults: false, socialRisk: false })) };
    const sheets = buildRoadmapSheets(docs(calm, dataset, makeSettings({ roadmapPerSchool: true })));
    expect(sheets).toHaveLength(1);
    expect(sheets[0].values.some((r) => r[1] === 'В 2026 г. школ с признаками ШНОР или ШНСУ не выявлено.')).toBe(true);
    expect(sheets[0].print).toMatchObject({ orientation: 'landscape', fitToWidth: true });
  });
});
