/**
 * `Опора · Сводка`: the first sheet a methodologist opens — a red line per error (a conclusion resting on
 * missing data) above everything else, counts of flagged schools, what changed since
 * the previous result, how to recalculate, which sheets Opora wrote, and a chart of the share of «2» by
 * school against the district value with flagged schools highlighted.
 */
import type { Analysis, OutputSheet } from '../model';
import { flagCounts } from '../flags/counts';
import { OWNED_SHEETS } from '../owned';
import type { SchoolNames } from '../plans/schoolNames';
import type { SheetInput } from '../plans/sheetInput';
import { FORMATS, emptySheet, printLandscape, setCell, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1, a1Range } from '../a1';
import type { Summary } from './summary';

const WIDTH = 4;
/** Error lines shown at the top; the rest are counted in one more line. */
const TOP_ERRORS = 5;
const ERROR_STYLE = { bold: true, fontColor: 'C00000', fill: 'F8CBAD', wrap: true } as const;

/**
 * A red line per severity-'error' diagnostic (a conclusion resting on missing or refused data) under the
 * title, so nobody reads the counts below without seeing them. Returns the next free row.
 */
function writeErrorLines(sheet: OutputSheet, row: number, summary: Summary): number {
  const errors = summary.diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.slice(0, TOP_ERRORS).map((d) => `Ошибка${d.sheet ? ` (лист «${d.sheet}»${d.cell ? `, ${d.cell}` : ''})` : ''}: ${d.text}`);
  if (errors.length > TOP_ERRORS) lines.push(`…и ещё ошибок: ${errors.length - TOP_ERRORS} — все на листе «${OWNED_SHEETS.diagnostics}».`);
  for (const line of lines) {
    setCell(sheet, row, 0, line);
    sheet.merges.push(a1Range(row, 0, row, WIDTH - 1));
    sheet.styles.push({ range: a1Range(row, 0, row, WIDTH - 1), style: ERROR_STYLE });
    row++;
  }
  return row;
}

/** Mean share of «2» over the procedures of year Y per school, and the pooled district share. */
function failBySchool(analysis: Analysis): { bySchool: Map<string, number>; district: number | null } {
  const sums = new Map<string, { sum: number; count: number }>();
  let num = 0;
  let den = 0;
  for (const v of analysis.indicators.values) {
    if (v.id !== 'fail' || v.year !== analysis.year) continue;
    const s = sums.get(v.schoolId) ?? { sum: 0, count: 0 };
    s.sum += v.value;
    s.count += 1;
    sums.set(v.schoolId, s);
    if (v.numerator !== undefined && v.denominator !== undefined) {
      num += v.numerator;
      den += v.denominator;
    }
  }
  const bySchool = new Map([...sums].map(([id, s]) => [id, s.sum / s.count]));
  return { bySchool, district: den > 0 ? num / den : null };
}

function namesOf(ids: string[], names: SchoolNames): string {
  return ids.length ? ids.map(names.of).join('; ') : 'нет';
}

/** Schools on the summary chart at most: 30 bars × 22 px stays one screen high. */
export const CHART_SCHOOLS = 30;

export function buildSummarySheet(input: SheetInput, summary: Summary): OutputSheet {
  const { analysis, dataset, settings, names } = input;
  const sheet = emptySheet('summary', OWNED_SHEETS.summary);
  sheet.tabColor = '2F5597';
  writeTitle(sheet, 0, settings.districtName ? `Сводка Опоры: ${settings.districtName}` : 'Сводка Опоры', WIDTH, 16);
  const yearsText = summary.years.length ? summary.years.join(', ') : 'нет';
  setCell(sheet, 1, 0, `Расчётный год: ${summary.year ?? '—'}; годы в данных: ${yearsText}. Надстройка «Опора» ${summary.version}.`);
  sheet.merges.push(a1Range(1, 0, 1, WIDTH - 1));

  const v = analysis.verdicts;
  const c = flagCounts(analysis, dataset);
  const errors = summary.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = summary.diagnostics.filter((d) => d.severity === 'warning').length;
  const counts: [string, number][] = [
    ['Образовательных организаций в данных', c.schools],
    ['ШНОР (низкие образовательные результаты)', c.lowResults],
    [`ШНОР — нет данных (нет доли «2» за ${analysis.year} г.)`, c.lowResultsNoData],
    ['ШНСУ (неблагоприятные социальные условия)', c.socialRisk],
    ['ШНСУ — нет данных (мало показателей социального паспорта)', c.socialRiskNoData],
    ['ШНОР и ШНСУ одновременно', c.both],
    ['Получают поддержку (ШНОР или ШНСУ)', c.supported],
    ['В утверждённом перечне ШНОР', c.approved],
    ['Резильентные школы', c.resilient],
    ['Риск необъективности ВПР', c.objectivity],
    ['Ошибки в исходных данных (лист «Диагностика»)', errors],
    ['Предупреждения по исходным данным', warnings],
  ];
  const countColumns: ColumnSpec<[string, number]>[] = [
    { header: 'Показатель', width: 48, wrap: true, value: ([label]) => label },
    { header: 'Значение', width: 14, value: ([, count]) => count },
  ];
  let row = writeTable(sheet, writeErrorLines(sheet, 2, summary) + 1, countColumns, tableCells(countColumns, counts), {
    freeze: false,
    filter: false,
  });

  row += 1;
  writeTitle(sheet, row++, 'Что изменилось', WIDTH, 12);
  const { newlyFlagged, noLongerFlagged, comparedWithPreviousRun } = summary.changes;
  if (!comparedWithPreviousRun) {
    setCell(sheet, row++, 0, 'Это первый расчёт Опоры в этой книге: сравнивать пока не с чем.');
  } else {
    setCell(sheet, row++, 0, `Впервые отмечены (по сравнению с предыдущим результатом): ${namesOf(newlyFlagged, names)}`);
    setCell(sheet, row++, 0, `Больше не отмечены: ${namesOf(noLongerFlagged, names)}`);
  }

  row += 1;
  writeTitle(sheet, row++, 'Как пересчитать', WIDTH, 12);
  for (const line of [
    'В Excel с надстройкой: вкладка «Главная» → группа «Опора» → «Пересчитать».',
    'Без надстройки: откройте страницу opora-standalone.html, перетащите в неё книгу и сохраните пересчитанную.',
    'В командной строке: npx opora recalc книга.xlsx -o результат.xlsx',
    `Опора пишет только листы, названия которых начинаются с «Опора · »; ваши листы она не изменяет. Настройки — на листе «${summary.ownedSheets.settings ?? OWNED_SHEETS.settings}».`,
  ]) {
    setCell(sheet, row, 0, line);
    sheet.merges.push(a1Range(row, 0, row, WIDTH - 1));
    sheet.styles.push({ range: a1(row, 0), style: { wrap: true } });
    row++;
  }

  row += 1;
  const { bySchool, district: districtFail } = failBySchool(analysis);
  const flagged = new Set(v.filter((x) => x.lowResults === true).map((x) => x.schoolId));
  // Every school with its mean share of «2», highest first.
  const bars = [...bySchool].sort((a, b) => b[1] - a[1]);
  writeTitle(sheet, row++, `Доля «2» по ОО в ${summary.year ?? ''} г. (среднее по процедурам) и значение по муниципалитету`, WIDTH, 12);
  const header = row;
  const barColumns: ColumnSpec<[string, number]>[] = [
    { header: 'ОО', width: 48, wrap: true, value: ([id]) => names.of(id) },
    { header: 'Доля «2»', width: 14, format: FORMATS.percent, value: ([, share]) => share },
    { header: 'Муниципалитет', width: 16, format: FORMATS.percent, value: () => districtFail },
    { header: 'Признак', width: 12, value: ([id]) => (flagged.has(id) ? 'ШНОР' : '') },
  ];
  const chartRows = tableCells(barColumns, bars);
  writeTable(sheet, header, barColumns, chartRows, { freeze: false, filter: false });
  chartRows.forEach((r, i) => {
    if (r[3]) sheet.styles.push({ range: a1Range(header + 1 + i, 0, header + 1 + i, 3), style: { fill: 'F8CBAD' } });
  });
  if (chartRows.length > 0) {
    // The table lists every school; the chart only the first CHART_SCHOOLS (highest share first), so it keeps a readable size.
    const shown = Math.min(chartRows.length, CHART_SCHOOLS);
    const last = header + shown;
    sheet.charts.push({
      title:
        shown < chartRows.length
          ? `Доля «2»: ${shown} ОО с наибольшей долей из ${chartRows.length} (все — в таблице слева)`
          : 'Доля «2» по ОО и по муниципалитету',
      type: 'bar',
      categories: a1Range(header + 1, 0, last, 0),
      series: [
        { name: 'Доля «2»', values: a1Range(header + 1, 1, last, 1) },
        { name: 'Муниципалитет', values: a1Range(header + 1, 2, last, 2) },
      ],
      anchor: a1(3, WIDTH + 1),
      widthPx: 640,
      heightPx: Math.max(320, 22 * shown),
    });
  }
  printLandscape(sheet);
  return sheet;
}
