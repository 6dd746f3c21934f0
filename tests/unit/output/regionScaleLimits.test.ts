/**
 * What Excel cannot show, at region scale (2,000 schools). Its largest row height is 409 pt: long texts
 * (the event plan's «ОО» listing every school, a school's reasons on «ШНОР и ШНСУ») continue on the next
 * rows, so no row of any Opora sheet needs more. The chart on «Сводка» shows the schools with the highest
 * share of «2» only, says so, and keeps one screen's height.
 */
import { parseRect } from '../../../src/engine/a1';
import { recalculate } from '../../../src/engine/recalculate';
import { MAX_ROW_POINTS } from '../../../src/engine/output/rowHeights';
import { CHART_SCHOOLS } from '../../../src/engine/output/summarySheet';
import { ExcelJsWorkbook } from '../../../src/workbook/exceljs';
import { syntheticWorkbook } from '../../../scripts/lib';

describe('Opora sheets of a region of 2,000 schools', () => {
  let result: ReturnType<typeof recalculate>;
  beforeAll(async () => {
    result = recalculate(await new ExcelJsWorkbook(syntheticWorkbook(2000)).readGrids());
  });

  it('keeps every row of every Opora sheet within Excel’s 409 pt', () => {
    const tallest = result.output.sheets.map((s) => [s.name, Math.max(0, ...Object.values(s.rowHeights ?? {}))] as const);
    expect(tallest.filter(([, points]) => points > MAX_ROW_POINTS)).toEqual([]);
    expect(result.output.sheets.length).toBeGreaterThan(8);
  });

  it('lists every school of the event plan’s measures, however many rows that takes', () => {
    const plan = result.output.sheets.find((s) => s.key === 'eventPlan');
    const served = (plan?.values ?? []).map((row) => String(row[5] ?? '')).join(', ');
    expect(served.split(', ').filter((name) => name.startsWith('М')).length).toBeGreaterThan(2000);
  });

  it('bounds the summary chart to the top schools and names how many it leaves to the table', () => {
    const summary = result.output.sheets[0];
    const [chart] = summary.charts;
    const rect = parseRect(chart.categories);
    expect(rect.bottom - rect.top + 1).toBe(CHART_SCHOOLS);
    expect(chart.heightPx).toBeLessThanOrEqual(22 * CHART_SCHOOLS);
    expect(chart.title).toMatch(/30 ОО с наибольшей долей из \d{3,}/);
  });
});
