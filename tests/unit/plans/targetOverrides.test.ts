import type { CellValue, OutputSheet, SheetGrid } from '../../../src/engine/model';
import { buildPassportSheet } from '../../../src/engine/output/passportSheet';
import { buildRoadmapSheets } from '../../../src/engine/output/roadmapSheet';
import { DEFAULT_MEASURES } from '../../../src/engine/plans/defaultMeasures';
import { planTargets } from '../../../src/engine/plans/targets';
import { buildSettingsSheet, readSettings } from '../../../src/engine/settings/settingsSheet';
import { makeAnalysis, makeDataset, makeSettings } from './fixtures';

const analysis = makeAnalysis();
const dataset = makeDataset();
const HALF = 'половина разрыва до лучшего квартиля';
const TYPED = 'цель из настроек';

/** The target rows of every roadmap block, without their headers: [№, показатель, база, Y+1, Y+2, ориентир, источник]. */
function targetRows(sheet: OutputSheet): CellValue[][] {
  const rows: CellValue[][] = [];
  sheet.values.forEach((r, at) => {
    if (r[0] !== '3. Целевые показатели') return;
    for (let i = at + 2; (sheet.values[i] ?? []).some((v) => v !== null && v !== undefined); i++) rows.push(sheet.values[i]);
  });
  return rows;
}

function passportRow(sheet: OutputSheet, label: string): CellValue[] | undefined {
  return sheet.values.find((r) => r[0] === label);
}

describe('targets typed into settings win over «half the gap to the better quartile»', () => {
  test('without a typed target every year closes half of the gap, and the roadmap says so', () => {
    expect(planTargets(0.4, 0.1, true, undefined)).toEqual({ targets: [0.25, 0.18], source: 'halfGap' });
    const [sheet] = buildRoadmapSheets(analysis, dataset, makeSettings(), DEFAULT_MEASURES);
    // СОШ № 3: 40 % → 25 % → 18 % (Q1 10 %), 35 % → 20 % → 13 % (Q1 5 %); ООШ № 16: 10 % held, 20 % → 13 % → 9 %
    expect(targetRows(sheet).map((r) => r.slice(2))).toEqual([
      [0.4, 0.25, 0.18, 0.1, HALF],
      [0.35, 0.2, 0.13, 0.05, HALF],
      [0.1, 0.1, 0.1, 0.1, HALF],
      [0.2, 0.13, 0.09, 0.05, HALF],
    ]);
  });

  test('a typed target is the target of every plan year, whichever way is better', () => {
    expect(planTargets(0.4, 0.1, true, 0.3)).toEqual({ targets: [0.3, 0.3], source: 'settings' });
    expect(planTargets(0.6, 0.9, false, 0.8)).toEqual({ targets: [0.8, 0.8], source: 'settings' });
  });

  test('a school already better than the typed target keeps its base value', () => {
    expect(planTargets(0.05, 0.1, true, 0.15)).toEqual({ targets: [0.05, 0.05], source: 'settings' });
    expect(planTargets(0.85, 0.9, false, 0.8)).toEqual({ targets: [0.85, 0.85], source: 'settings' });
  });

  test('the roadmap uses a typed «2» target for every school and year, and a target for another indicator changes nothing', () => {
    const [typed] = buildRoadmapSheets(analysis, dataset, makeSettings({ targets: { fail: 0.15 } }), DEFAULT_MEASURES);
    // ООШ № 16 has 10 % on ОГЭ рус 9, already below 15 %: it keeps 10 %; the quartile stays shown as the reference
    expect(targetRows(typed).map((r) => r.slice(2))).toEqual([
      [0.4, 0.15, 0.15, 0.1, TYPED],
      [0.35, 0.15, 0.15, 0.05, TYPED],
      [0.1, 0.1, 0.1, 0.1, TYPED],
      [0.2, 0.15, 0.15, 0.05, TYPED],
    ]);
    const [other] = buildRoadmapSheets(analysis, dataset, makeSettings({ targets: { quality: 0.5 } }), DEFAULT_MEASURES);
    expect(targetRows(other).map((r) => r[6])).toEqual([HALF, HALF, HALF, HALF]);
  });

  test('the passport uses typed targets on the district rows of the same indicator only', () => {
    const sheet = buildPassportSheet(analysis, dataset, makeSettings({ targets: { fail: 0.15, success: 0.95 } }));
    // pooled «2» 15,5 % on maths → 15 %; 14 % on Russian is already better than 15 % → kept
    expect(passportRow(sheet, 'Доля «2» на обязательном экзамене: ОГЭ мат 9 (по району)')).toEqual([expect.any(String), 0.155, 0.15, 0.15, TYPED]);
    expect(passportRow(sheet, 'Доля «2» на обязательном экзамене: ОГЭ рус 9 (по району)')).toEqual([expect.any(String), 0.14, 0.14, 0.14, TYPED]);
    // success pooled 84 % → 95 % both years
    expect(passportRow(sheet, 'Доля обучающихся, успешно прошедших ГИА (обязательные предметы)')).toEqual([expect.any(String), 0.84, 0.95, 0.95, TYPED]);
    // the share of ШНОР still halves: 25 % → 13 % → 7 %
    expect(passportRow(sheet, 'Доля ШНОР от числа ОО')).toEqual(['Доля ШНОР от числа ОО', 0.25, 0.13, 0.07, 'вдвое меньше за год']);
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
    const [sheet] = buildRoadmapSheets(analysis, dataset, settings, DEFAULT_MEASURES);
    const first = targetRows(sheet)[0];
    expect(first).toEqual([1, 'Доля «2» (не преодолели порог), ОГЭ рус 9', 0.4, 0.15, 0.15, 0.1, TYPED]);
  });
});
