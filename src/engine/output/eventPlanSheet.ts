/**
 * `Опора · План мероприятий` in the format of the municipal event plans (seed 002), ready to sign: the approval
 * block in the top right corner, two title lines, the abbreviations it uses, then `№ | Мероприятия | Срок
 * реализации | Ответственные | Предполагаемые результаты | ОО` — one numbered section per direction that has
 * selected measures («1.», items «1.1», «1.2»), items in the order of their deadlines — and the coordinator and
 * control lines. A measure is selected when it serves somebody (`plans/selection.ts`); `ОО` names the schools.
 */
import { AUDIENCE_RU } from '../messages/vocabulary';
import type { CellValue, OutputSheet } from '../model';
import type { Measure } from '../plans/catalogue';
import { OWNED_SHEETS } from '../owned';
import { CLOSING_LINES, writeAbbreviations, writeApprovalBlock, writeClosingLines } from '../plans/approval';
import { academicYear, deadlineStart, resolveDeadline } from '../plans/deadlines';
import { DIRECTIONS } from '../plans/directions';
import { districtInTitle, type DistrictName } from '../plans/district';
import { servedSchools } from '../plans/selection';
import type { SheetInput } from '../plans/sheetInput';
import { splitTallRow } from './rowHeights';
import { emptySheet, FORMATS, printLandscape, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1Range } from '../a1';

/** A line of the plan: a direction's section heading, or a measure with the schools it serves. */
type PlanLine = { section: string; title: string } | { number: string; measure: Measure; served: string[] | 'all' };

function planColumns(input: SheetInput): ColumnSpec<PlanLine>[] {
  const item = (value: (l: Extract<PlanLine, { measure: Measure }>) => string) => (l: PlanLine) => ('measure' in l ? value(l) : null);
  return [
    { header: '№', width: 7, format: FORMATS.text, value: (l) => ('measure' in l ? l.number : l.section) },
    { header: 'Мероприятия', width: 60, format: FORMATS.text, wrap: true, value: (l) => ('measure' in l ? l.measure.text : l.title) },
    { header: 'Срок реализации', width: 20, format: FORMATS.text, wrap: true, value: item((l) => resolveDeadline(l.measure.deadline, input.planYear)) },
    { header: 'Ответственные', width: 26, format: FORMATS.text, wrap: true, value: item((l) => l.measure.responsible) },
    { header: 'Предполагаемые результаты', width: 36, format: FORMATS.text, wrap: true, value: item((l) => l.measure.results) },
    {
      header: 'ОО',
      width: 30,
      format: FORMATS.text,
      wrap: true,
      value: item((l) => (l.served === 'all' ? AUDIENCE_RU.all : l.served.map(input.names.inDocuments).join(', '))),
    },
  ];
}
const SECTION_FILL = 'F2F2F2';

/** The two title lines, each short enough to show whole in its merged row. */
export function eventPlanTitle(district: DistrictName | null, planYear: number): [string, string] {
  return [
    'План мероприятий по поддержке школ с низкими образовательными результатами и школ,',
    `функционирующих в неблагоприятных социальных условиях${districtInTitle(district)}${district?.source === 'settings' ? ',' : ''} на ${academicYear(planYear)} учебный год`,
  ];
}

export function buildEventPlanSheet(input: SheetInput): OutputSheet {
  const { analysis, measures, planYear, attentionIds } = input;
  const columns = planColumns(input);
  const sheet = emptySheet('eventPlan', OWNED_SHEETS.eventPlan);
  let row = writeApprovalBlock(sheet, columns.length, 2, 'plan', input.district);
  const title = eventPlanTitle(input.district, planYear);
  title.forEach((line, i) => writeTitle(sheet, row + i, line, columns.length, 13));
  row += title.length;

  const rows: CellValue[][] = [];
  const sectionOffsets: number[] = [];
  let section = 0;
  for (const direction of DIRECTIONS) {
    const selected = measures
      .filter((m) => m.direction === direction.id)
      .map((m) => ({ measure: m, served: servedSchools(m, analysis, attentionIds), start: deadlineStart(m.deadline, planYear) }))
      .filter((s) => s.served === 'all' || s.served.length > 0)
      .sort((a, b) => a.start - b.start);
    if (selected.length === 0) continue;
    section++;
    sectionOffsets.push(rows.length);
    const lines: PlanLine[] = [{ section: `${section}.`, title: direction.section }, ...selected.map(({ measure, served }, i) => ({ number: `${section}.${i + 1}`, measure, served }))];
    // At region scale «ОО» lists hundreds of schools: continued on the next rows under the same number.
    rows.push(...tableCells(columns, lines).flatMap((cells) => splitTallRow(cells, columns, [0])));
  }
  if (writeAbbreviations(sheet, row, columns.length, [...title, ...rows.flat().filter((x): x is string => typeof x === 'string'), ...CLOSING_LINES])) row++;
  const headerRow = row + 1;
  const after = writeTable(sheet, headerRow, columns, rows);
  for (const offset of sectionOffsets) {
    const r = headerRow + 1 + offset;
    sheet.styles.push({ range: a1Range(r, 0, r, columns.length - 1), style: { bold: true, fill: SECTION_FILL } });
  }
  writeClosingLines(sheet, after + 1, columns.length);
  printLandscape(sheet, `${headerRow + 1}:${headerRow + 1}`);
  return sheet;
}
