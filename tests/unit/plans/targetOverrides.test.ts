import type { CellValue, OutputSheet, SheetGrid } from '../../../src/engine/model';
import { buildPassportSheet } from '../../../src/engine/output/passportSheet';
import { buildRoadmapSheets } from '../../../src/engine/output/roadmapSheet';
import { wholeTargets } from '../../../src/engine/plans/wholeTargets';
import { buildSettingsSheet, readSettings } from '../../../src/engine/settings/settingsSheet';
import { docs, makeAnalysis, makeDataset, makeSettings } from './fixtures';

const analysis = makeAnalysis();
const dataset = makeDataset();
const TYPED = (target: string) => `цель задана на листе «Опора · Настройки»: ${target}; не хуже базового значения`;

/** The target rows of every roadmap block, without their headers: [№, показатель, база, Y+1, Y+2, правило]. */
function targetRows(sheet: OutputSheet): CellValue[][] {
  const rows: CellValue[][] = [];
  sheet.values.forEach((r, at) => {
    if (!String(r[0] ?? '').startsWith('3. Целевые показатели')) return;
    for (let i = at + 2; (sheet.values[i] ?? []).some((v) => v !== null && v !== undefined); i++) rows.push(sheet.values[i]);
  });
  return rows;
}

function passportRow(sheet: OutputSheet, label: string): CellValue[] | undefined {
  return sheet.values.find((r) => r[0] === label);
}

describe('targets in whole pupils, limited by the own trend; a target typed into settings wins', () => {
  test('the step is the largest one-year improvement seen in the data, at least one pupil or 1 p.p., at most half the gap', () => {
    // 24 of 60 a year ago, 20 of 60 now: it improved by 4 pupils in a year, so 4 a year (half the gap would be 10)
    expect(wholeTargets({ count: 20, total: 60, history: [0.4], aim: 0, lowerIsBetter: true })).toMatchObject({ counts: [16, 12], step: 4, trendStep: 4, basis: 'trend' });
    // 11 of 32 a year ago, 12 of 30 now (СОШ № 3's ОГЭ мат of 2025–2026 in the sample) — it never improved: one pupil a year
    expect(wholeTargets({ count: 12, total: 30, history: [11 / 32], aim: 0, lowerIsBetter: true })).toMatchObject({ counts: [11, 10], step: 1, trendStep: 0, basis: 'noImprovement' });
    // a district of 250 that never improved: 1 p.p. = 3 pupils a year
    expect(wholeTargets({ count: 31, total: 250, history: [0.088, 0.101], aim: 0, lowerIsBetter: true })).toMatchObject({ counts: [28, 25], step: 3 });
    // no earlier year: a tenth of 20 participants = 2 a year
    expect(wholeTargets({ count: 12, total: 20, history: [], aim: 0.9, lowerIsBetter: false })).toMatchObject({ counts: [14, 16], basis: 'noHistory' });
    // half the gap (1 pupil to 2 of 20) is less than the trend allows: the aim is reached and held
    expect(wholeTargets({ count: 3, total: 20, history: [0.5], aim: 0.1, lowerIsBetter: true })).toMatchObject({ counts: [2, 2], basis: 'halfGap' });
    // already at the aim: held
    expect(wholeTargets({ count: 1, total: 20, history: [], aim: 0.1, lowerIsBetter: true })).toMatchObject({ counts: [1, 1], basis: 'hold' });
  });

  test('a typed target is every year\'s target in whole pupils, and never worse than the base', () => {
    expect(wholeTargets({ count: 8, total: 20, history: [], aim: 0, lowerIsBetter: true, override: 0.3 })).toMatchObject({ counts: [6, 6], basis: 'settings' });
    expect(wholeTargets({ count: 17, total: 20, history: [], aim: 0.9, lowerIsBetter: false, override: 0.8 })).toMatchObject({ counts: [17, 17], basis: 'settings' });
    expect(wholeTargets({ count: 1, total: 20, history: [], aim: 0, lowerIsBetter: true, override: 0.15 })).toMatchObject({ counts: [1, 1], basis: 'settings' });
  });

  test('the roadmap uses a typed «2» target for every school and year, and a target for another indicator changes nothing', () => {
    const [typed] = buildRoadmapSheets(docs(analysis, dataset, makeSettings({ targets: { fail: 0.15 } })));
    // 15 % of 20 = 3 pupils; ООШ № 16 has 2 of 20 on ОГЭ рус, already better: it keeps 2
    expect(targetRows(typed).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      ['8 из 20 (40,0 %)', 'не хуже 3 из 20 (15,0 %)', 'не хуже 3 из 20 (15,0 %)', TYPED('3 из 20 (15,0 %)')],
      ['7 из 20 (35,0 %)', 'не хуже 3 из 20 (15,0 %)', 'не хуже 3 из 20 (15,0 %)', TYPED('3 из 20 (15,0 %)')],
      ['2 из 20 (10,0 %)', 'не хуже 2 из 20 (10,0 %)', 'не хуже 2 из 20 (10,0 %)', TYPED('3 из 20 (15,0 %)')],
      ['4 из 20 (20,0 %)', 'не хуже 3 из 20 (15,0 %)', 'не хуже 3 из 20 (15,0 %)', TYPED('3 из 20 (15,0 %)')],
    ]);
    const [plain] = buildRoadmapSheets(docs(analysis, dataset, makeSettings()));
    const [other] = buildRoadmapSheets(docs(analysis, dataset, makeSettings({ targets: { quality: 0.5 } })));
    expect(targetRows(other)).toEqual(targetRows(plain));
  });

  test('the passport uses typed targets on the district rows of the same indicator only', () => {
    const sheet = buildPassportSheet(docs(analysis, dataset, makeSettings({ targets: { fail: 0.15, success: 0.95 } })));
    // maths 11 of 40 → 15 % = 6 pupils; Russian 11 of 80 is already better than 15 % (12) → kept
    expect(passportRow(sheet, 'Доля участников, получивших «2»: ОГЭ по математике (9 класс) (по району)')?.slice(1, 4)).toEqual(['11 из 40 (27,5 %)', '6 из 40 (15,0 %)', '6 из 40 (15,0 %)']);
    expect(passportRow(sheet, 'Доля участников, получивших «2»: ОГЭ по русскому языку (9 класс) (по району)')?.slice(1, 4)).toEqual(['11 из 80 (13,8 %)', '11 из 80 (13,8 %)', '11 из 80 (13,8 %)']);
    // success 42 of 50 → 95 % = 48 of 50 both years
    expect(passportRow(sheet, 'Доля обучающихся, успешно прошедших ГИА по русскому языку и математике (по району)')?.slice(1, 4)).toEqual(['42 из 50 (84,0 %)', '48 из 50 (96,0 %)', '48 из 50 (96,0 %)']);
    // the number of ШНОР is not a typed indicator
    expect(passportRow(sheet, 'Число ШНОР (доля от числа ОО района)')?.slice(1, 4)).toEqual(['1 из 4 ОО (25,0 %)', '0 из 4 ОО (0,0 %)', '0 из 4 ОО (0,0 %)']);
  });

  test('«15 %» typed into «Опора · Настройки» reaches the roadmap through readSettings', () => {
    const settingsSheet = buildSettingsSheet();
    const grid: SheetGrid = { name: settingsSheet.name, values: settingsSheet.values.map((r) => [...r]) };
    const row = grid.values.findIndex((r) => r[0] === 'target.fail');
    expect(row).toBeGreaterThan(0);
    grid.values[row][2] = '15 %';
    const { settings, diagnostics } = readSettings(grid);
    expect(diagnostics).toEqual([]);
    expect(settings.targets).toEqual({ fail: 0.15 });
    const [sheet] = buildRoadmapSheets(docs(analysis, dataset, settings));
    expect(targetRows(sheet)[0].slice(1, 4)).toEqual(['Доля участников, получивших «2»: ОГЭ по русскому языку (9 класс)', '8 из 20 (40,0 %)', 'не хуже 3 из 20 (15,0 %)']);
  });
});
