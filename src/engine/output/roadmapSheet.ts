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
import { APPROVAL_STATUS_RU, AUDIENCE_RU, RISK_LEVEL_RU } from '../messages/vocabulary';
import type { CellValue, OutputSheet, Procedure, RiskFactor, SchoolVerdict } from '../model';
import { OWNED_PREFIX, OWNED_SHEETS, type OwnedSheetKey } from '../owned';
import { riskNo, type Audience, type NamedAudience } from '../plans/audience';
import type { Measure } from '../plans/catalogue';
import { writeAbbreviations, writeApprovalBlock, writeClosingLines } from '../plans/approval';
import { CONTROL_POINTS, type ControlPoint } from '../plans/controlPoints';
import { academicYear, resolveDeadline } from '../plans/deadlines';
import { districtInTitle } from '../plans/district';
import { alsoNoted, groundsOf } from '../plans/grounds';
import { partnerLine } from '../plans/partnerText';
import { ABBREVIATIONS, abbreviationsLine, procedureTitle } from '../plans/plainRussian';
import { flaggedProcedures, isStateExam, isSupported, matchingAudiences, topRiskFactors } from '../plans/selection';
import type { SheetInput } from '../plans/sheetInput';
import { schoolTargets, TARGET_YEARS, type TargetRow } from '../plans/targets';
import { countText } from '../plans/wholeTargets';
import { Pager, rowPoints } from './roadmapPages';
import { emptySheet, FORMATS, printLandscape, setCell, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1, a1Range } from '../a1';

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

/** A block's table columns: each takes the width of its place in the shared grid and wraps. */
function onGrid<Row>(columns: Omit<ColumnSpec<Row>, 'width' | 'wrap'>[]): ColumnSpec<Row>[] {
  return columns.map((c, i) => ({ ...c, width: GRID[i], wrap: true }));
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
function section<Row>(sheet: OutputSheet, pager: Pager, row: number, title: string, cols: ColumnSpec<Row>[], lines: Row[], merge = false): { next: number; at: number[] } {
  const rows = tableCells(cols, lines);
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

/** Why a measure serves this school, in plain words: its flagged procedures (`flagged`), its high risk factors. */
function audienceText(a: Audience, flagged: Procedure[]): string {
  const procedures = (exams: boolean | undefined) =>
    flagged
      .filter((p) => exams === undefined || isStateExam(p) === exams)
      .map(procedureTitle)
      .join(', ');
  const no = riskNo(a);
  if (no !== null) return `фактор риска «${RISK_FACTORS.find((f) => f.no === no)?.name ?? no}»`;
  switch (a) {
    case 'lowResults':
      return `ШНОР${procedures(undefined) ? `: ${procedures(undefined)}` : ''}`;
    case 'lowResultsExams':
      return `низкие результаты ГИА: ${procedures(true)}`;
    case 'lowResultsVpr':
      return `низкие результаты ВПР: ${procedures(false)}`;
    case 'objectivityRisk':
      return 'риск необъективности результатов ВПР';
    default:
      return AUDIENCE_RU[a as NamedAudience];
  }
}

/** A catalogue measure as one school's block lists it: the deadline of the plan year, who is responsible, why it serves the school. */
interface MeasureLine {
  measure: Measure;
  deadline: string;
  responsible: string;
  why: string;
}

/**
 * What every block of a roadmap shares, worked out once per run: the tables' columns, the catalogue's
 * deadlines and the control points resolved for the plan year (a region's roadmap has hundreds of blocks).
 */
interface BlockTables {
  grounds: ColumnSpec<string>[];
  factors: ColumnSpec<RiskFactor>[];
  targets: ColumnSpec<TargetRow>[];
  measures: ColumnSpec<MeasureLine>[];
  points: ColumnSpec<ControlPoint>[];
  /** Each measure's deadline, and whether its text or responsible names the partner school. */
  catalogue: { measure: Measure; deadline: string; namesPartner: boolean }[];
  /** The control points with their deadlines resolved for the plan year. */
  dated: ControlPoint[];
}

function blockTables(input: SheetInput): BlockTables {
  const { analysis, planYear } = input;
  const y = analysis.year;
  const number = { header: '№', format: N, value: (_: unknown, i: number) => i + 1 };
  const spec = (f: RiskFactor) => RISK_FACTORS.find((s) => s.no === f.no);
  return {
    grounds: onGrid<string>([number, { header: 'Основание', format: T, value: (g) => g }]),
    factors: onGrid<RiskFactor>([
      { header: '№', format: N, value: (f) => f.no },
      { header: 'Фактор риска', format: T, value: (f) => spec(f)?.name ?? `Фактор ${f.no}` },
      { header: 'Показатель', format: T, value: (f) => spec(f)?.indicator ?? '' },
      { header: 'Уровень', format: T, value: (f) => RISK_LEVEL_RU[f.level] },
      // Factor 1 is computers per pupil, the others shares: formatted per row by `writeBlock`.
      { header: 'Значение в ОО', value: (f) => f.value ?? null },
      { header: 'Медиана по району', value: (f) => f.median ?? null },
      { header: 'Верхний квартиль района', value: (f) => f.q3 ?? null },
    ]),
    targets: onGrid<TargetRow>([
      number,
      { header: 'Показатель', format: T, value: (t) => t.label },
      { header: `Базовое значение (${y} г.)`, format: T, value: (t) => countText(t.target.baseCount, t.target.total) },
      ...Array.from({ length: TARGET_YEARS }, (_, i) => ({ header: `Цель на ${y + i + 1} г.`, format: T, value: (t: TargetRow) => `не хуже ${countText(t.target.counts[i], t.target.total)}` })),
      { header: 'Как рассчитана цель', format: T, value: (t) => t.rule },
    ]),
    measures: onGrid<MeasureLine>([
      number,
      { header: 'Мероприятие', format: T, value: (l) => l.measure.text },
      { header: 'Срок', format: T, value: (l) => l.deadline },
      { header: 'Ответственные', format: T, value: (l) => l.responsible },
      { header: 'Предполагаемые результаты', format: T, value: (l) => l.measure.results },
      { header: 'Основание', format: T, value: (l) => l.why },
    ]),
    points: onGrid<ControlPoint>([
      number,
      { header: 'Контрольная точка', format: T, value: (p) => p.name },
      { header: 'Срок', format: T, value: (p) => p.deadline },
      { header: 'Ответственные', format: T, value: (p) => p.responsible },
      { header: 'Что проверяется', format: T, value: (p) => p.checks },
    ]),
    catalogue: input.measures.map((measure) => ({
      measure,
      deadline: resolveDeadline(measure.deadline, planYear),
      namesPartner: PARTNER.test(`${measure.text} ${measure.responsible}`),
    })),
    dated: CONTROL_POINTS.map((p) => ({ ...p, deadline: resolveDeadline(p.deadline, planYear) })),
  };
}

/** The catalogue's measures that serve this school, worded for its block. */
function measureLines(tables: BlockTables, v: SchoolVerdict, input: SheetInput): MeasureLine[] {
  const partner = v.partnerId ? input.names.inDocuments(v.partnerId) : undefined;
  const flagged = flaggedProcedures(v);
  const lines: MeasureLine[] = [];
  for (const { measure, deadline, namesPartner } of tables.catalogue) {
    const why = matchingAudiences(measure, v, input.attentionIds);
    if (why.length === 0) continue;
    const responsible = partner && namesPartner ? `${measure.responsible} (школа-партнёр: ${partner})` : measure.responsible;
    lines.push({ measure, deadline, responsible, why: why.map((a) => audienceText(a, flagged)).join('; ') });
  }
  return lines;
}

/** Writes one school's block from `row`; returns the row after it. */
function writeBlock(sheet: OutputSheet, row: number, v: SchoolVerdict, input: SheetInput, tables: BlockTables, pager: Pager): number {
  const { analysis, dataset, planYear, settings, names } = input;
  const y = analysis.year;
  const name = names.inDocuments(v.schoolId);
  writeTitle(sheet, row, `Дорожная карта: ${name} — ${academicYear(planYear)} учебный год`, SPAN, 13);
  pager.add(HEADING_POINTS);
  row = note(sheet, row + 1, categoryLine(v), pager);
  row = note(sheet, row, partnerLine(v, names), pager) + 1;

  row = section(sheet, pager, row, `1. Основания включения — ${name}`, tables.grounds, groundsOf(v, dataset, settings), true).next;
  const noted = alsoNoted(v);
  if (noted.length > 0) row = note(sheet, row + 1, `Также отмечено (не основание включения): ${noted.join(' ')}`, pager);
  row += 1;

  const factors = topRiskFactors(v);
  if (factors.length === 0) {
    row = heading(sheet, row, `2. Ведущие факторы риска — ${name}`, pager);
    row = note(sheet, row, 'Факторов риска высокого и среднего уровня не выявлено (или о них нет данных).', pager) + 1;
  } else {
    const written = section(sheet, pager, row, `2. Ведущие факторы риска — ${name}`, tables.factors, factors);
    factors.forEach((f, i) => sheet.numberFormats.push({ range: a1Range(written.at[i], 4, written.at[i], 6), format: FACTOR_FORMATS[f.no] ?? P }));
    row = written.next + 1;
  }

  const targets = schoolTargets(v, analysis, settings.targets);
  if (targets.length === 0) {
    row = heading(sheet, row, `3. Целевые показатели — ${name}`, pager);
    row = note(sheet, row, `Нет данных ${y} г. для расчёта целевых показателей.`, pager) + 1;
  } else {
    row = section(sheet, pager, row, `3. Целевые показатели — ${name}`, tables.targets, targets).next + 1;
  }

  row = section(sheet, pager, row, `4. Мероприятия — ${name}`, tables.measures, measureLines(tables, v, input)).next + 1;
  return section(sheet, pager, row, `5. Контрольные точки — ${name}`, tables.points, tables.dated).next;
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

/**
 * Every distinct string a finished sheet holds, in order of first use (to know which abbreviations it uses):
 * a region's blocks repeat the same measures, headings and notes hundreds of times.
 */
function texts(sheet: OutputSheet): string[] {
  const distinct = new Set<string>();
  for (const line of sheet.values) for (const x of line) if (typeof x === 'string') distinct.add(x);
  return [...distinct];
}

export function buildRoadmapSheets(input: SheetInput): OutputSheet[] {
  const { analysis, planYear, names } = input;
  const schools = analysis.verdicts.filter(isSupported);
  const title = `Дорожная карта по поддержке школ с низкими образовательными результатами и школ, функционирующих в неблагоприятных социальных условиях${districtInTitle(input.district)}, на ${academicYear(planYear)} учебный год`;

  const tables = blockTables(input);
  const build = (key: OwnedSheetKey, name: string, list: SchoolVerdict[]): OutputSheet => {
    const sheet = emptySheet(key, name);
    let row = writeApprovalBlock(sheet, SPAN, 3, 'roadmap', input.district);
    const titleRow = row;
    writeTitle(sheet, row++, title, SPAN, 14);
    // Filled once the blocks are written, with the abbreviations they use; paginated as its longest form.
    const abbreviationsRow = row++;
    row++;
    const perSchool = list.length === 1 && input.settings.roadmapPerSchool;
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
      row = writeBlock(sheet, row, v, input, tables, pager) + 1;
    });
    writeClosingLines(sheet, row + 1, SPAN);
    writeAbbreviations(sheet, abbreviationsRow, SPAN, texts(sheet));
    finish(sheet, pager.breaks, `${repeated + 1}:${repeated + 1}`);
    return sheet;
  };

  if (input.settings.roadmapPerSchool && schools.length > 0) {
    const taken = new Set<string>();
    return schools.map((v) => build(`roadmap:${v.schoolId}`, roadmapSheetName(names.forTab(v.schoolId), taken), [v]));
  }
  return [build('roadmap', OWNED_SHEETS.roadmap, schools)];
}

/** Grid widths, row heights and print setup: A4 landscape, fit to width, breaks between blocks. */
function finish(sheet: OutputSheet, rowBreaks: number[], repeatRows: string): void {
  GRID.forEach((w, i) => (sheet.columnWidths[i] = Math.max(sheet.columnWidths[i] ?? 0, w)));
  printLandscape(sheet, repeatRows);
  if (rowBreaks.length > 0 && sheet.print) sheet.print.rowBreaks = rowBreaks;
}
