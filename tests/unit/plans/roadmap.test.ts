import { explainRule } from '../../../src/engine/flags/explain';
import type { CellValue, OutputSheet } from '../../../src/engine/model';
import { buildCatalogueSheet } from '../../../src/engine/output/catalogueSheet';
import { buildRoadmapSheets, roadmapSheetName } from '../../../src/engine/output/roadmapSheet';
import { riskNo, parseAudience } from '../../../src/engine/plans/audience';
import { readCatalogue } from '../../../src/engine/plans/catalogue';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { makeAnalysis, makeDataset, makeSettings, SCHOOLS } from './fixtures';

const analysis = makeAnalysis();
const dataset = makeDataset();

/** The rows of the table that follows a section heading, up to the blank row after it. */
function section(sheet: OutputSheet, heading: string, from = 0): CellValue[][] {
  const at = sheet.values.findIndex((r, i) => i >= from && r[0] === heading);
  expect(at).toBeGreaterThanOrEqual(0);
  const rows: CellValue[][] = [];
  for (let i = at + 1; i < sheet.values.length && (sheet.values[i] ?? []).some((v) => v !== null && v !== undefined); i++) {
    rows.push(sheet.values[i]);
  }
  return rows;
}

const blockStart = (sheet: OutputSheet, name: string) => sheet.values.findIndex((r) => String(r[0]).startsWith(`Дорожная карта: ${name}`));

describe('roadmap (Дорожная карта)', () => {
  test('writes one block per ШНОР or ШНСУ school, separated by a page break', () => {
    const [sheet, ...rest] = buildRoadmapSheets(analysis, dataset, makeSettings(), DEFAULT_MEASURES);
    expect(rest).toEqual([]);
    expect(sheet.name).toBe('Опора · Дорожная карта');
    const titles = sheet.values.map((r) => String(r[0] ?? '')).filter((t) => t.startsWith('Дорожная карта: '));
    expect(titles).toEqual([
      'Дорожная карта: СОШ № 3 — 2026/2027 учебный год',
      'Дорожная карта: Долматовская ООШ № 16 — 2026/2027 учебный год',
    ]);
    const second = blockStart(sheet, 'Долматовская');
    // the break goes after the first block's last row (1-based), the blank row, then the next block
    expect(sheet.print?.rowBreaks).toEqual([second - 1]);
    expect(sheet.values[second - 2][1]).toBe('Итоговый мониторинг');
  });

  test('gives each flag with the explanation of its rule', () => {
    const [sheet] = buildRoadmapSheets(analysis, dataset, makeSettings(), DEFAULT_MEASURES);
    const reasons = section(sheet, '1. Основания включения');
    const r1 = analysis.verdicts[0].rules[0];
    expect(reasons[1]).toEqual([1, explainRule(r1, dataset), 'R1 «Массовая неуспешность»']);
    expect(String(reasons[1][1])).toContain('ОГЭ рус 9');
    expect(sheet.values[blockStart(sheet, 'СОШ № 3') + 1][1]).toBe('Признаки: ШНОР · статус: новый кандидат');
    expect(sheet.values[blockStart(sheet, 'СОШ № 3') + 2][1]).toBe('Школа-партнёр: Гимназия № 1');
  });

  test('lists the top three risk factors, «высокий» first, then «средний»', () => {
    const [sheet] = buildRoadmapSheets(analysis, dataset, makeSettings(), DEFAULT_MEASURES);
    const factors = section(sheet, '2. Ведущие факторы риска').slice(1);
    expect(factors.map((r) => [r[0], r[2]])).toEqual([
      [3, 'высокий'],
      [8, 'высокий'],
      [2, 'средний'],
    ]);
    expect(factors[0][1]).toBe('Недостаточная предметная и методическая компетентность');
    expect(factors[1].slice(3)).toEqual([0.375, 0.1, 0.2]);
    expect(factors[2].slice(3)).toEqual([null, null, null]);
  });

  test('sets targets that close half the gap to the better quartile each year, in whole p.p.', () => {
    const [sheet] = buildRoadmapSheets(analysis, dataset, makeSettings(), DEFAULT_MEASURES);
    const targets = section(sheet, '3. Целевые показатели');
    expect(targets[0]).toEqual(['№', 'Показатель', 'Базовое значение (2026)', 'Целевое (2027)', 'Целевое (2028)', 'Ориентир: лучший квартиль района', 'Источник цели']);
    // 40 % → half of 30 p.p. to Q1 10 % → 25 % → half of 15 p.p. → 17,5 % → 18 %
    expect(targets[1]).toEqual([1, 'Доля «2» (не преодолели порог), ОГЭ рус 9', 0.4, 0.25, 0.18, 0.1, 'половина разрыва до лучшего квартиля']);
    // 35 % → half of 30 p.p. to Q1 5 % → 20 % → half of 15 p.p. → 12,5 % → 13 %
    expect(targets[2]).toEqual([2, 'Доля «2» (не преодолели порог), ОГЭ мат 9', 0.35, 0.2, 0.13, 0.05, 'половина разрыва до лучшего квартиля']);
    // ООШ № 16: «2» 10 % already at Q1 10 % is held; 20 % → 12,5 % → 13 % → 9 %
    const other = section(sheet, '3. Целевые показатели', blockStart(sheet, 'Долматовская'));
    expect(other.slice(1).map((r) => r.slice(2, 5))).toEqual([
      [0.1, 0.1, 0.1],
      [0.2, 0.13, 0.09],
    ]);
  });

  test('each roadmap holds the measures for its flags and high risk factors, and none for other factors', () => {
    const [sheet] = buildRoadmapSheets(analysis, dataset, makeSettings(), DEFAULT_MEASURES);
    const expectations = [
      { name: 'СОШ № 3', flags: ['ШНОР'], high: [3, 8] },
      { name: 'Долматовская', flags: ['ШНСУ'], high: [7] },
    ];
    for (const { name, flags, high } of expectations) {
      const rows = section(sheet, '4. Мероприятия', blockStart(sheet, name)).slice(1);
      const expected = DEFAULT_MEASURES.filter((m) => m.audience.some((a) => flags.includes(a) || high.includes(riskNo(a) ?? 0)));
      expect(rows.map((r) => r[1])).toEqual(expected.map((m) => m.text));
      for (const r of rows) {
        const reasons = parseAudience(String(r[5])).audience;
        for (const a of reasons) expect(flags.includes(a) || high.includes(riskNo(a) ?? 0)).toBe(true);
      }
      for (const no of high) expect(rows.some((r) => parseAudience(String(r[5])).audience.includes(`risk:${no}` as never))).toBe(true);
    }
  });

  test('names the partner school beside measures carried out with it, and gives deadlines with years', () => {
    const [sheet] = buildRoadmapSheets(analysis, dataset, makeSettings(), DEFAULT_MEASURES);
    const rows = section(sheet, '4. Мероприятия');
    const network = rows.find((r) => String(r[1]).startsWith('Сетевое взаимодействие со школой-партнёром'))!;
    expect(network[3]).toBe('Руководители ОО, школа-партнёр (школа-партнёр: Гимназия № 1)');
    expect(network[2]).toBe('в течение 2026/2027 учебного года');
    const points = section(sheet, '5. Контрольные точки').slice(1);
    expect(points.map((r) => [r[1], r[2]])).toEqual([
      ['Входной мониторинг', 'сентябрь – октябрь 2026'],
      ['Промежуточный мониторинг', 'январь 2027'],
      ['Итоговый мониторинг', 'май – июнь 2027'],
    ]);
  });

  test('a measure the user added to the catalogue for risk factor 8 reaches the school with factor 8 high', () => {
    const catalogue = buildCatalogueSheet();
    const added = ['П-1', 'научно-методическое', 'Индивидуальные консультации «группы риска» по математике', 'риск 8', 'ноябрь', 'Учитель-наставник', 'Снижение доли «2»', 'Доля «2»'];
    const { measures, diagnostics } = readCatalogue({ name: catalogue.name, values: [...catalogue.values, added] });
    expect(diagnostics).toEqual([]);
    const [sheet] = buildRoadmapSheets(analysis, dataset, makeSettings(), measures);
    const mine = section(sheet, '4. Мероприятия', blockStart(sheet, 'СОШ № 3'));
    expect(mine.find((r) => r[1] === added[2])).toEqual([expect.any(Number), added[2], 'ноябрь 2026', 'Учитель-наставник', 'Снижение доли «2»', 'риск 8']);
    const theirs = section(sheet, '4. Мероприятия', blockStart(sheet, 'Долматовская'));
    expect(theirs.some((r) => r[1] === added[2])).toBe(false);
  });

  test('with one sheet per school, names each sheet «Опора · ДК …» within 31 characters, unique, without forbidden characters', () => {
    const long = makeDataset([
      { ...SCHOOLS[0], name: 'МБОУ "Средняя общеобразовательная школа № 3 имени героя [корпус 1]"' },
      { ...SCHOOLS[1], name: 'МБОУ "Средняя общеобразовательная школа № 3 имени героя [корпус 2]"' },
      SCHOOLS[2],
      SCHOOLS[3],
    ]);
    const sheets = buildRoadmapSheets(analysis, long, makeSettings({ roadmapPerSchool: true }), DEFAULT_MEASURES);
    expect(sheets.map((s) => s.name)).toEqual(['Опора · ДК СОШ № 3 имени героя', 'Опора · ДК СОШ № 3 имени ге (2)']);
    for (const s of sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[[\]:*?/\\]/);
      expect(s.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: '1:1' });
      expect(s.print?.rowBreaks).toBeUndefined();
    }
    expect(sheets[1].values[0][0]).toBe('Дорожная карта: МБОУ "Средняя общеобразовательная школа № 3 имени героя [корпус 2]" — 2026/2027 учебный год');
  });

  test('sheet names strip the characters Excel forbids', () => {
    expect(roadmapSheetName('СОШ: №1/2 [н]?', new Set())).toBe('Опора · ДК СОШ №1 2 н');
  });

  test('a district without ШНОР and ШНСУ still gets the sheet, saying so', () => {
    const calm = { ...analysis, verdicts: analysis.verdicts.map((v) => ({ ...v, lowResults: false, socialRisk: false })) };
    const sheets = buildRoadmapSheets(calm, dataset, makeSettings({ roadmapPerSchool: true }), DEFAULT_MEASURES);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].values[2][1]).toBe('В 2026 г. школ с признаками ШНОР или ШНСУ не выявлено.');
    expect(sheets[0].print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: '1:1' });
  });
});
