/**
 * `Опора · План мероприятий` in the format of the municipal event plans (seed 002), ready to sign: the approval
 * block in the top right corner, two title lines, the abbreviations it uses, then `№ | Мероприятия | Срок
 * реализации | Ответственные | Предполагаемые результаты | ОО` — one numbered section per direction that has
 * selected measures («1.», items «1.1», «1.2»), items in the order of their deadlines — and the coordinator and
 * control lines. A measure is selected when it serves somebody (`plans/selection.ts`); `ОО` names the schools.
 */
import type { OutputSheet } from '../model';
import { OWNED_SHEETS } from '../owned';
import { CLOSING_LINES, writeAbbreviations, writeApprovalBlock, writeClosingLines } from '../plans/approval';
import { academicYear, deadlineStart, resolveDeadline } from '../plans/deadlines';
import { DIRECTIONS } from '../plans/directions';
import { districtInTitle, type DistrictName } from '../plans/district';
import type { DocumentContext } from '../plans/documents';
import { schoolName } from '../plans/schoolNames';
import { servedSchools } from '../plans/selection';
import { splitTallRow } from './rowHeights';
import { a1Range, emptySheet, FORMATS, printLandscape, writeTable, writeTitle, type ColumnSpec } from './sheet';

const COLUMNS: ColumnSpec[] = [
  { header: '№', width: 7, format: FORMATS.text },
  { header: 'Мероприятия', width: 60, format: FORMATS.text, wrap: true },
  { header: 'Срок реализации', width: 20, format: FORMATS.text, wrap: true },
  { header: 'Ответственные', width: 26, format: FORMATS.text, wrap: true },
  { header: 'Предполагаемые результаты', width: 36, format: FORMATS.text, wrap: true },
  { header: 'ОО', width: 30, format: FORMATS.text, wrap: true },
];
const SECTION_FILL = 'F2F2F2';

/** The two title lines, each short enough to show whole in its merged row. */
export function eventPlanTitle(district: DistrictName | null, planYear: number): [string, string] {
  return [
    'План мероприятий по поддержке школ с низкими образовательными результатами и школ,',
    `функционирующих в неблагоприятных социальных условиях${districtInTitle(district)}${district?.source === 'settings' ? ',' : ''} на ${academicYear(planYear)} учебный год`,
  ];
}

export function buildEventPlanSheet(ctx: DocumentContext): OutputSheet {
  const { analysis, dataset, measures, planYear, attentionIds } = ctx;
  const sheet = emptySheet('eventPlan', OWNED_SHEETS.eventPlan);
  let row = writeApprovalBlock(sheet, COLUMNS.length, 2, 'plan', ctx.district);
  const title = eventPlanTitle(ctx.district, planYear);
  title.forEach((line, i) => writeTitle(sheet, row + i, line, COLUMNS.length, 13));
  row += title.length;

  const rows: (string | null)[][] = [];
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
    rows.push([`${section}.`, direction.section, null, null, null, null]);
    selected.forEach(({ measure, served }, i) => {
      const row = [
        `${section}.${i + 1}`,
        measure.text,
        resolveDeadline(measure.deadline, planYear),
        measure.responsible,
        measure.results,
        served === 'all' ? 'все ОО' : served.map((id) => schoolName(dataset, id)).join(', '),
      ];
      // At region scale «ОО» lists hundreds of schools: continued on the next rows under the same number.
      rows.push(...(splitTallRow(row, COLUMNS, [0]) as (string | null)[][]));
    });
  }
  if (writeAbbreviations(sheet, row, COLUMNS.length, [...title, ...rows.flat().filter((x): x is string => typeof x === 'string'), ...CLOSING_LINES])) row++;
  const headerRow = row + 1;
  const after = writeTable(sheet, headerRow, COLUMNS, rows);
  for (const offset of sectionOffsets) {
    const r = headerRow + 1 + offset;
    sheet.styles.push({ range: a1Range(r, 0, r, COLUMNS.length - 1), style: { bold: true, fill: SECTION_FILL } });
  }
  writeClosingLines(sheet, after + 1, COLUMNS.length);
  printLandscape(sheet, `${headerRow + 1}:${headerRow + 1}`);
  return sheet;
}
