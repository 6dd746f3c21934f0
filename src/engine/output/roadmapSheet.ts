/**
 * `Опора · Дорожная карта` (METHODOLOGY §4, seed 003), ready to sign: the approval block, the title and the
 * abbreviations used, then one block per ШНОР/ШНСУ school — its category and partner (with the reason), the
 * grounds for inclusion (only what made it ШНОР / ШНСУ, then the approved list's order; warnings are «also
 * noted»), its leading risk factors with the indicator behind each, targets in whole pupils with their rule,
 * the measures that fit its flagged procedures and high risk factors, and the control points — then the
 * coordinator and control lines. Every section heading repeats the school's name, so a page that continues a
 * block still says whose it is. Blocks are separated by page breaks; with `roadmapPerSchool` each school gets
 * its own sheet `Опора · ДК <short name>`.
 */
import { RISK_FACTORS } from '../flags/riskFactors';
import { APPROVAL_STATUS_RU, RISK_LEVEL_RU } from '../messages/vocabulary';
import type { CellValue, OutputSheet, SchoolVerdict } from '../model';
import { OWNED_PREFIX, OWNED_SHEETS, type OwnedSheetKey } from '../owned';
import { riskNo, type Audience } from '../plans/audience';
import { writeAbbreviations, writeApprovalBlock, writeClosingLines } from '../plans/approval';
import { CONTROL_POINTS } from '../plans/controlPoints';
import { academicYear, resolveDeadline } from '../plans/deadlines';
import { districtInTitle } from '../plans/district';
import type { DocumentContext } from '../plans/documents';
import { alsoNoted, groundsOf } from '../plans/grounds';
import { partnerLine } from '../plans/partnerText';
import { ABBREVIATIONS, abbreviationsLine, procedureTitle } from '../plans/plainRussian';
import { schoolName, shortSchoolName } from '../plans/schoolNames';
import { flaggedProcedures, isStateExam, isSupported, matchingAudiences, topRiskFactors } from '../plans/selection';
import { schoolTargets, TARGET_YEARS } from '../plans/targets';
import { countText } from '../plans/wholeTargets';
import { Pager, rowPoints } from './roadmapPages';
import { a1, a1Range, emptySheet, FORMATS, printLandscape, setCell, writeTable, writeTitle, type ColumnSpec } from './sheet';

/** Column widths shared by every table of a block. */
const GRID = [6, 60, 22, 26, 36, 30, 30];
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

function columns(headers: string[], formats: (string | undefined)[]): ColumnSpec[] {
  return headers.map((header, i) => ({ header, width: GRID[i], format: formats[i], wrap: true }));
}

const HEADING_POINTS = 18;
/** The merged text column of a note or a ground: every column but the first. */
const MERGED = [GRID[0], GRID.slice(1).reduce((a, w) => a + w, 0)];
/** The whole grid as one column: the title and the abbreviations line. */
const FULL = [GRID.reduce((a, w) => a + w, 0)];

function heading(sheet: OutputSheet, row: number, text: string, pager?: Pager): number {
  setCell(sheet, row, 0, text);
  sheet.styles.push({ range: a1(row, 0), style: { bold: true, fontSize: 12 } });
  pager?.add(HEADING_POINTS);
  return row + 1;
}

function note(sheet: OutputSheet, row: number, text: string, pager?: Pager): number {
  const points = rowPoints([null, text], MERGED);
  if (pager && !pager.fits(points)) pager.breakBefore(row);
  pager?.add(points);
  setCell(sheet, row, 1, text);
  sheet.merges.push(a1Range(row, 1, row, SPAN - 1));
  sheet.styles.push({ range: a1(row, 1), style: { italic: true, wrap: true } });
  return row + 1;
}

/**
 * A section: its heading and its table, continued on the next printed page under «… (продолжение)» and the
 * column headers again when it would run over the page. `merge` spans each row's last cell to the grid's end.
 * Returns the row after the table and the sheet row of each data row.
 */
function section(sheet: OutputSheet, pager: Pager, row: number, title: string, cols: ColumnSpec[], rows: CellValue[][], merge = false): { next: number; at: number[] } {
  const widths = merge ? MERGED : cols.map((c) => c.width);
  const header = rowPoints(cols.map((c) => c.header), widths);
  const heights = rows.map((r) => rowPoints(r, widths));
  // A table that fits a page is never split: it moves to the next page whole. A longer one starts where it is.
  const whole = HEADING_POINTS + header + heights.reduce((a, h) => a + h, 0);
  if (!pager.fits(whole) && (pager.fitsAPage(whole) || !pager.fits(HEADING_POINTS + header + (heights[0] ?? 0)))) pager.breakBefore(row);
  row = heading(sheet, row, title, pager);
  const at: number[] = [];
  let i = 0;
  do {
    pager.add(header);
    const chunk: CellValue[][] = [];
    while (i < rows.length && (chunk.length === 0 || pager.fits(heights[i]))) {
      pager.add(heights[i]);
      chunk.push(rows[i++]);
    }
    const next = writeTable(sheet, row, cols, chunk, { freeze: false, filter: false });
    if (merge) for (let r = row; r < next; r++) sheet.merges.push(a1Range(r, 1, r, SPAN - 1));
    chunk.forEach((_, k) => at.push(row + 1 + k));
    row = next;
    if (i < rows.length) {
      pager.breakBefore(row);
      row = heading(sheet, row, `${title} (продолжение)`, pager);
    }
  } while (i < rows.length);
  return { next: row, at };
}

function categoryLine(v: SchoolVerdict): string {
  const kinds = [v.lowResults === true ? 'ШНОР' : '', v.socialRisk === true ? 'ШНСУ' : ''].filter(Boolean).join(' и ');
  const noData = v.lowResults === null ? '; ШНОР — нет данных за расчётный год' : '';
  return `Категория: ${kinds}${noData}${v.status ? `; статус в утверждённом перечне: ${APPROVAL_STATUS_RU[v.status]}` : ''}`;
}

/** Why a measure serves this school, in plain words: its flagged procedures, its high risk factors. */
function audienceText(a: Audience, v: SchoolVerdict): string {
  const procedures = (exams: boolean | undefined) =>
    flaggedProcedures(v)
      .filter((p) => exams === undefined || isStateExam(p) === exams)
      .map(procedureTitle)
      .join(', ');
  const no = riskNo(a);
  if (no !== null) return `фактор риска «${RISK_FACTORS.find((f) => f.no === no)?.name ?? no}»`;
  switch (a) {
    case 'ШНОР':
      return `ШНОР${procedures(undefined) ? `: ${procedures(undefined)}` : ''}`;
    case 'ШНОР ГИА':
      return `низкие результаты ГИА: ${procedures(true)}`;
    case 'ШНОР ВПР':
      return `низкие результаты ВПР: ${procedures(false)}`;
    case 'объективность':
      return 'риск необъективности результатов ВПР';
    default:
      return a;
  }
}

/** Writes one school's block from `row`; returns the row after it. */
function writeBlock(sheet: OutputSheet, row: number, v: SchoolVerdict, ctx: DocumentContext, pager: Pager): number {
  const { analysis, dataset, planYear, settings } = ctx;
  const y = analysis.year;
  const name = schoolName(dataset, v.schoolId);
  const partner = v.partnerId ? schoolName(dataset, v.partnerId) : undefined;
  writeTitle(sheet, row, `Дорожная карта: ${name} — ${academicYear(planYear)} учебный год`, SPAN, 13);
  pager.add(HEADING_POINTS);
  row = note(sheet, row + 1, categoryLine(v), pager);
  row = note(sheet, row, partnerLine(v, dataset), pager) + 1;

  const grounds = groundsOf(v, dataset, settings).map((g, i) => [i + 1, g]);
  row = section(sheet, pager, row, `1. Основания включения — ${name}`, columns(['№', 'Основание'], [N, T]), grounds, true).next;
  const noted = alsoNoted(v);
  if (noted.length > 0) row = note(sheet, row + 1, `Также отмечено (не основание включения): ${noted.join(' ')}`, pager);
  row += 1;

  const factors = topRiskFactors(v);
  if (factors.length === 0) {
    row = heading(sheet, row, `2. Ведущие факторы риска — ${name}`, pager);
    row = note(sheet, row, 'Факторов риска высокого и среднего уровня не выявлено (или о них нет данных).', pager) + 1;
  } else {
    const header = ['№', 'Фактор риска', 'Показатель', 'Уровень', 'Значение в ОО', 'Медиана по району', 'Верхний квартиль района'];
    const rows = factors.map((f) => {
      const spec = RISK_FACTORS.find((s) => s.no === f.no);
      return [f.no, spec?.name ?? `Фактор ${f.no}`, spec?.indicator ?? '', RISK_LEVEL_RU[f.level], f.value ?? null, f.median ?? null, f.q3 ?? null];
    });
    const written = section(sheet, pager, row, `2. Ведущие факторы риска — ${name}`, columns(header, [N, T, T, T]), rows);
    factors.forEach((f, i) => sheet.numberFormats.push({ range: a1Range(written.at[i], 4, written.at[i], 6), format: FACTOR_FORMATS[f.no] ?? P }));
    row = written.next + 1;
  }

  const targets = schoolTargets(v, analysis, settings.targets);
  if (targets.length === 0) {
    row = heading(sheet, row, `3. Целевые показатели — ${name}`, pager);
    row = note(sheet, row, `Нет данных ${y} г. для расчёта целевых показателей.`, pager) + 1;
  } else {
    const years = Array.from({ length: TARGET_YEARS }, (_, i) => `Цель на ${y + i + 1} г.`);
    const header = ['№', 'Показатель', `Базовое значение (${y} г.)`, ...years, 'Как рассчитана цель'];
    const rows = targets.map((t, i) => [
      i + 1,
      t.label,
      countText(t.target.baseCount, t.target.total),
      ...t.target.counts.map((c) => `не хуже ${countText(c, t.target.total)}`),
      t.rule,
    ]);
    row = section(sheet, pager, row, `3. Целевые показатели — ${name}`, columns(header, [N, T, T, T, T, T]), rows).next + 1;
  }

  const chosen = ctx.measures
    .map((m) => ({ m, why: matchingAudiences(m, v, ctx.attentionIds) }))
    .filter((x) => x.why.length > 0)
    .map(({ m, why }, i) => [
      i + 1,
      m.text,
      resolveDeadline(m.deadline, planYear),
      partner && PARTNER.test(`${m.text} ${m.responsible}`) ? `${m.responsible} (школа-партнёр: ${partner})` : m.responsible,
      m.results,
      why.map((a) => audienceText(a, v)).join('; '),
    ]);
  const measureHeader = ['№', 'Мероприятие', 'Срок', 'Ответственные', 'Предполагаемые результаты', 'Основание'];
  row = section(sheet, pager, row, `4. Мероприятия — ${name}`, columns(measureHeader, [N, T, T, T, T, T]), chosen).next + 1;

  const points = CONTROL_POINTS.map((p, i) => [i + 1, p.name, resolveDeadline(p.deadline, planYear), p.responsible, p.checks]);
  return section(sheet, pager, row, `5. Контрольные точки — ${name}`, columns(['№', 'Контрольная точка', 'Срок', 'Ответственные', 'Что проверяется'], [N, T, T, T, T]), points).next;
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

/** Every string a finished sheet holds (to know which abbreviations it uses). */
function texts(sheet: OutputSheet): string[] {
  return sheet.values.flat().filter((x): x is string => typeof x === 'string');
}

export function buildRoadmapSheets(ctx: DocumentContext): OutputSheet[] {
  const { analysis, dataset, planYear } = ctx;
  const schools = analysis.verdicts.filter(isSupported);
  const title = `Дорожная карта по поддержке школ с низкими образовательными результатами и школ, функционирующих в неблагоприятных социальных условиях${districtInTitle(ctx.district)}, на ${academicYear(planYear)} учебный год`;

  const build = (key: OwnedSheetKey, name: string, list: SchoolVerdict[]): OutputSheet => {
    const sheet = emptySheet(key, name);
    let row = writeApprovalBlock(sheet, SPAN, 3, 'roadmap', ctx.district);
    const titleRow = row;
    writeTitle(sheet, row++, title, SPAN, 14);
    // Filled once the blocks are written, with the abbreviations they use; paginated as its longest form.
    const abbreviationsRow = row++;
    row++;
    const perSchool = list.length === 1 && ctx.settings.roadmapPerSchool;
    // The row repeated on every printed page: a school's own sheet repeats its block title (the school's name),
    // the sheet of all blocks its title; every section heading, continued or not, names the school.
    const repeated = perSchool ? row : titleRow;
    const pager = new Pager(GRID, rowPoints([title], FULL));
    for (let r = 0; r < row; r++) pager.add(rowPoints(sheet.values[r] ?? [], FULL));
    pager.add(rowPoints([abbreviationsLine(ABBREVIATIONS.map(([short]) => short)) ?? ''], FULL));
    if (list.length === 0) row = note(sheet, row, `В ${analysis.year} г. школ с признаками ШНОР или ШНСУ не выявлено.`, pager) + 1;
    sheet.anchors = {};
    list.forEach((v, i) => {
      if (i > 0) pager.breakBefore(row);
      sheet.anchors![v.schoolId] = row;
      row = writeBlock(sheet, row, v, ctx, pager) + 1;
    });
    writeClosingLines(sheet, row + 1, SPAN);
    writeAbbreviations(sheet, abbreviationsRow, SPAN, texts(sheet));
    finish(sheet, pager.breaks, `${repeated + 1}:${repeated + 1}`);
    return sheet;
  };

  if (ctx.settings.roadmapPerSchool && schools.length > 0) {
    const taken = new Set<string>();
    return schools.map((v) => build(`roadmap:${v.schoolId}`, roadmapSheetName(shortSchoolName(dataset, v.schoolId), taken), [v]));
  }
  return [build('roadmap', OWNED_SHEETS.roadmap, schools)];
}

/** Grid widths, row heights and print setup: A4 landscape, fit to width, breaks between blocks. */
function finish(sheet: OutputSheet, rowBreaks: number[], repeatRows: string): void {
  GRID.forEach((w, i) => (sheet.columnWidths[i] = Math.max(sheet.columnWidths[i] ?? 0, w)));
  printLandscape(sheet, repeatRows);
  if (rowBreaks.length > 0 && sheet.print) sheet.print.rowBreaks = rowBreaks;
}
