/**
 * `Опора · Дорожная карта` (METHODOLOGY §4): one block per ШНОР/ШНСУ school — its flags with the reasons
 * (rendered by `flags/explain`), its top three risk factors, target indicators (each saying whether its
 * target was typed into settings or is half the gap to the better quartile), the measures for its flags
 * and high risk factors with deadlines, responsible and partner school, and the control points.
 * Blocks are separated by page breaks; with `roadmapPerSchool` each school gets its own sheet
 * `Опора · ДК <short name>`. Every block's tables share one column grid, so widths fit all of them.
 */
import { explainRule, ruleName } from '../flags/explain';
import { RISK_FACTORS } from '../flags/riskFactors';
import type { Analysis, Dataset, OutputSheet, SchoolVerdict } from '../model';
import { OWNED_PREFIX, OWNED_SHEETS } from '../owned';
import { formatAudience } from '../plans/audience';
import type { Measure } from '../plans/catalogue';
import { CONTROL_POINTS } from '../plans/controlPoints';
import { academicYear, planYearOf, resolveDeadline } from '../plans/deadlines';
import { schoolName, shortSchoolName } from '../plans/schoolNames';
import { isSupported, matchingAudiences, topRiskFactors } from '../plans/selection';
import { TARGET_SOURCE_LABEL } from '../plans/targetIndicators';
import { schoolTargets, TARGET_YEARS } from '../plans/targets';
import type { Settings } from '../settings/defaults';
import { a1, a1Range, emptySheet, FORMATS, printLandscape, setCell, writeTable, writeTitle, type ColumnSpec } from './sheet';

/** Column widths shared by every table of a block: № | main text | … (the last one only for the targets' source) */
const GRID = [6, 60, 22, 26, 36, 24, 30];
const SPAN = GRID.length;
/** Excel's limit on sheet names, and the characters it forbids in them. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
const PARTNER = /партн[её]р/i;
/** Factor 1 is computers per pupil; the other proxies are shares. */
const FACTOR_FORMATS: Record<number, string> = { 1: '0.00' };

const T = FORMATS.text;
const N = FORMATS.integer;
const P = FORMATS.percent;

/**
 * Table columns on the block grid. Every column names its format: a number column must never get the
 * text format `@`, which would make Excel store its numbers as text.
 */
function columns(headers: string[], formats: (string | undefined)[]): ColumnSpec[] {
  return headers.map((header, i) => ({ header, width: GRID[i], format: formats[i], wrap: true }));
}

function heading(sheet: OutputSheet, row: number, text: string): number {
  setCell(sheet, row, 0, text);
  sheet.styles.push({ range: a1(row, 0), style: { bold: true, fontSize: 12 } });
  return row + 1;
}

function note(sheet: OutputSheet, row: number, text: string): number {
  setCell(sheet, row, 1, text);
  sheet.styles.push({ range: a1(row, 1), style: { italic: true } });
  return row + 1;
}

function flagsLine(v: SchoolVerdict): string {
  const flags = [v.lowResults ? 'ШНОР' : '', v.socialRisk === true ? 'ШНСУ' : '', v.objectivityRisk ? 'риск необъективности ВПР' : '']
    .filter(Boolean)
    .join(', ');
  return `Признаки: ${flags}${v.status ? ` · статус: ${v.status}` : ''}`;
}

interface BlockContext {
  analysis: Analysis;
  dataset: Dataset;
  measures: Measure[];
  planYear: number;
  targets: Settings['targets'];
}

/** Writes one school's block from `row`; returns the row after it. */
function writeBlock(sheet: OutputSheet, row: number, v: SchoolVerdict, ctx: BlockContext): number {
  const { analysis, dataset, planYear } = ctx;
  const y = analysis.year;
  const partner = v.partnerId ? schoolName(dataset, v.partnerId) : undefined;
  writeTitle(sheet, row, `Дорожная карта: ${schoolName(dataset, v.schoolId)} — ${academicYear(planYear)} учебный год`, SPAN, 13);
  row = note(sheet, row + 1, flagsLine(v));
  row = note(sheet, row, `Школа-партнёр: ${partner ?? 'не определена'}`) + 1;

  row = heading(sheet, row, '1. Основания включения');
  const reasons = v.rules.filter((r) => r.fired).map((r, i) => [i + 1, explainRule(r, dataset), ruleName(r.ruleId)]);
  row = writeTable(sheet, row, columns(['№', 'Пояснение', 'Правило'], [N, T, T]), reasons, { freeze: false, filter: false }) + 1;

  row = heading(sheet, row, '2. Ведущие факторы риска');
  const factors = topRiskFactors(v);
  if (factors.length === 0) {
    row = note(sheet, row, 'Факторов риска высокого и среднего уровня не выявлено (или о них нет данных).') + 1;
  } else {
    const header = ['№', 'Фактор риска', 'Уровень', 'Значение в ОО', 'Медиана по району', 'Верхний квартиль района'];
    const first = row + 1;
    const rows = factors.map((f) => [f.no, RISK_FACTORS.find((s) => s.no === f.no)?.name ?? `Фактор ${f.no}`, f.level, f.value ?? null, f.median ?? null, f.q3 ?? null]);
    row = writeTable(sheet, row, columns(header, [N, T, T]), rows, { freeze: false, filter: false }) + 1;
    factors.forEach((f, i) => {
      sheet.numberFormats.push({ range: a1Range(first + i, 3, first + i, 5), format: FACTOR_FORMATS[f.no] ?? P });
    });
  }

  row = heading(sheet, row, '3. Целевые показатели');
  const targets = schoolTargets(v, analysis, ctx.targets);
  if (targets.length === 0) {
    row = note(sheet, row, `Нет данных ${y} г. для расчёта целевых показателей.`) + 1;
  } else {
    const years = Array.from({ length: TARGET_YEARS }, (_, i) => `Целевое (${y + i + 1})`);
    const header = ['№', 'Показатель', `Базовое значение (${y})`, ...years, 'Ориентир: лучший квартиль района', 'Источник цели'];
    const rows = targets.map((t, i) => [i + 1, t.label, t.base, ...t.targets, t.benchmark, TARGET_SOURCE_LABEL[t.source]]);
    row = writeTable(sheet, row, columns(header, [N, T, P, P, P, P, T]), rows, { freeze: false, filter: false }) + 1;
  }

  row = heading(sheet, row, '4. Мероприятия');
  const chosen = ctx.measures
    .map((m) => ({ m, why: matchingAudiences(m, v) }))
    .filter((x) => x.why.length > 0)
    .map(({ m, why }, i) => [
      i + 1,
      m.text,
      resolveDeadline(m.deadline, planYear),
      partner && PARTNER.test(`${m.text} ${m.responsible}`) ? `${m.responsible} (школа-партнёр: ${partner})` : m.responsible,
      m.results,
      formatAudience(why),
    ]);
  const measureHeader = ['№', 'Мероприятие', 'Срок', 'Ответственные', 'Предполагаемые результаты', 'Основание'];
  row = writeTable(sheet, row, columns(measureHeader, [N, T, T, T, T, T]), chosen, { freeze: false, filter: false }) + 1;

  row = heading(sheet, row, '5. Контрольные точки');
  const points = CONTROL_POINTS.map((p, i) => [i + 1, p.name, resolveDeadline(p.deadline, planYear), p.responsible, p.checks]);
  return writeTable(sheet, row, columns(['№', 'Контрольная точка', 'Срок', 'Ответственные', 'Что проверяется'], [N, T, T, T, T]), points, {
    freeze: false,
    filter: false,
  });
}

/** `Опора · ДК <short name>`: at most 31 characters, none that Excel forbids, unique ignoring case. */
export function roadmapSheetName(shortName: string, taken: Set<string>): string {
  const base = `${OWNED_PREFIX}ДК `;
  const clean = shortName.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${base}${clean.slice(0, MAX_SHEET_NAME - base.length - suffix.length).trim()}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function sheetTitle(settings: Settings, planYear: number): string {
  const district = settings.districtName.trim() ? ` ${settings.districtName.trim()}` : '';
  return `Дорожная карта по поддержке ШНОР и ШНСУ${district} на ${academicYear(planYear)} учебный год`;
}

export function buildRoadmapSheets(analysis: Analysis, dataset: Dataset, settings: Settings, measures: Measure[]): OutputSheet[] {
  const planYear = planYearOf(settings, analysis.year);
  const ctx: BlockContext = { analysis, dataset, measures, planYear, targets: settings.targets };
  const schools = analysis.verdicts.filter(isSupported);

  if (settings.roadmapPerSchool && schools.length > 0) {
    const taken = new Set<string>();
    return schools.map((v) => {
      const sheet = emptySheet(`roadmap:${v.schoolId}`, roadmapSheetName(shortSchoolName(dataset, v.schoolId), taken));
      writeBlock(sheet, 0, v, ctx);
      sheet.anchors = { [v.schoolId]: 0 };
      finish(sheet);
      return sheet;
    });
  }

  const sheet = emptySheet('roadmap', OWNED_SHEETS.roadmap);
  writeTitle(sheet, 0, sheetTitle(settings, planYear), SPAN, 14);
  let row = 2;
  if (schools.length === 0) note(sheet, row, `В ${analysis.year} г. школ с признаками ШНОР или ШНСУ не выявлено.`);
  const breaks: number[] = [];
  const anchors: Record<string, number> = {};
  sheet.anchors = anchors;
  schools.forEach((v, i) => {
    anchors[v.schoolId] = row;
    row = writeBlock(sheet, row, v, ctx);
    if (i < schools.length - 1) breaks.push(row); // `row` is the 0-based row after the block = its last 1-based row
    row += 1;
  });
  finish(sheet, breaks);
  return [sheet];
}

/** Grid widths, row heights and print setup: A4 landscape, fit to width, the title row on every page, breaks between blocks. */
function finish(sheet: OutputSheet, rowBreaks: number[] = []): void {
  GRID.forEach((w, i) => (sheet.columnWidths[i] = Math.max(sheet.columnWidths[i] ?? 0, w)));
  printLandscape(sheet, '1:1');
  if (rowBreaks.length > 0 && sheet.print) sheet.print.rowBreaks = rowBreaks;
}
