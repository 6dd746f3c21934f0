import { analyse } from '../../../src/engine/flags/analyse';
import { fitRowHeights } from '../../../src/engine/output/rowHeights';
import type { CellValue, OutputSheet } from '../../../src/engine/model';
import { buildFlagsSheet } from '../../../src/engine/output/flagsSheet';
import { buildIndicatorsSheet } from '../../../src/engine/output/indicatorsSheet';
import { buildObjectivitySheet } from '../../../src/engine/output/objectivitySheet';
import { buildRiskProfilesSheet } from '../../../src/engine/output/riskProfilesSheet';
import { inputOf } from '../../support/sheetInput';
import { confirmation } from './build';
import { settingsWith } from './context';
import { fiveSchools } from './fiveSchools';

function table(sheet: OutputSheet, headerRow = 3): Record<string, CellValue>[] {
  const header = sheet.values[headerRow] as string[];
  const out: Record<string, CellValue>[] = [];
  for (let r = headerRow + 1; r < sheet.values.length && sheet.values[r]?.[0] !== undefined && sheet.values[r][0] !== null && typeof sheet.values[r][0] === 'number'; r++) {
    out.push(Object.fromEntries(header.map((h, i) => [h, sheet.values[r][i] ?? null])));
  }
  return out;
}

function run() {
  const d = fiveSchools();
  d.confirmations = [confirmation('B', 2026, 1, 20, 5), confirmation('C', 2026, 0, 5, 3)];
  return { d, analysis: analyse(d, settingsWith()).analysis };
}

describe('Opora\'s methodology sheets', () => {
  it('«ШНОР и ШНСУ» lists flagged, listed and risky schools and tells ШНОР, ШНСУ apart', () => {
    const { d, analysis } = run();
    const sheet = buildFlagsSheet(inputOf(d, analysis));
    expect(sheet.name).toBe('Опора · ШНОР и ШНСУ');
    expect(sheet.values[3]).toEqual(['№', 'ОО', 'Признак', 'Правило', 'Значения', 'Порог', 'Годы', 'Факторы риска', 'Школа-партнёр', 'Статус']);
    const rows = table(sheet);
    expect(rows.map((r) => [r['ОО'], r['Признак'], r['Статус']])).toEqual([
      ['A', 'ШНОР', 'подтверждено'],
      ['E', 'ШНОР', 'новый кандидат'],
      ['C', 'ШНСУ', ''],
      ['D', 'ШНСУ', 'кандидат на выход'],
      ['B', 'Риск необъективности', 'кандидат на выход'], // its ВПР objectivity fails the exit criteria
    ]);
    expect(rows[0]['Значения']).toContain('R1: доля «2» ≥ 30 % в 2 процедурах 2026 г.');
    expect(rows[0]['Школа-партнёр']).toBe(''); // no school qualifies: C and D are ШНСУ, B is on the list and at risk
    expect(rows[0]['Годы']).toBe('2025, 2026');
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '4:4' });
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
    expect(sheet.conditionalFormats.some((c) => c.value === 'ШНОР')).toBe(true);
    fitRowHeights(sheet); // as recalculate does for every sheet
    expect(sheet.rowHeights?.[4]).toBeGreaterThan(30); // the long explanations of A's row wrap
  });

  it('«Показатели» writes shares as fractions with a percent format and dynamics in p.p.', () => {
    const { d, analysis } = run();
    const sheet = buildIndicatorsSheet(inputOf(d, analysis));
    const rows = table(sheet);
    const aRus = rows.find((r) => r['ОО'] === 'A' && r['Процедура'] === 'ОГЭ рус 9');
    expect(aRus).toMatchObject({ Участники: 20, 'Доля «2»': 0.5, 'Динамика «2» к 2025 г.': 0 });
    expect(aRus?.['Доля «2» по району']).toBeCloseTo(18 / 100, 12); // (10 + 8) «2» of 100 pupils
    const eMath = rows.find((r) => r['ОО'] === 'E' && r['Процедура'] === 'ОГЭ мат 9');
    expect(eMath?.['Динамика «2» к 2025 г.']).toBeCloseTo(30, 12); // 40 % − 10 %
    expect(sheet.numberFormats).toContainEqual({ range: `E5:E${4 + rows.length}`, format: '0.0%' });
    expect(sheet.conditionalFormats[0]).toMatchObject({ operator: 'greaterThanOrEqual', value: 0.3 });
  });

  it('«Профили рисков» has the 10 factors per school; «Объективность ВПР» gives n and the verdict', () => {
    const { d, analysis } = run();
    const profiles = table(buildRiskProfilesSheet(inputOf(d, analysis)));
    expect(Object.keys(profiles[0])).toHaveLength(15);
    expect(profiles.find((r) => r['ОО'] === 'C')?.['5. Высокая доля обучающихся с ОВЗ']).toBe('высокий');
    const obj = table(buildObjectivitySheet(inputOf(d, analysis)));
    expect(obj.map((r) => [r['ОО'], r['Учеников с обеими отметками'], r['Повысили'], r['Вывод']])).toEqual([
      ['B', 26, 5 / 26, 'риск необъективности'],
      ['C', 8, 3 / 8, 'недостаточно данных'],
    ]);
  });

  it('never copies a pupil\'s name: every text cell comes from schools, procedures and rules', () => {
    const { d, analysis } = run();
    d.schools[0].aliases = [{ name: 'Иванов Иван', source: { sheet: 'x', cell: 'A1' } }];
    const all = [buildFlagsSheet, buildIndicatorsSheet, buildRiskProfilesSheet, buildObjectivitySheet].flatMap((b) => b(inputOf(d, analysis)).values.flat());
    expect(all.filter((v) => typeof v === 'string' && v.includes('Иванов'))).toEqual([]);
  });
});
