/**
 * `Опора · План мероприятий` in the format of the municipal event plans (seed 002): two title lines above
 * the table, then `№ | Мероприятия | Срок реализации | Ответственные | Предполагаемые результаты | ОО`,
 * one numbered section per direction that has selected measures («1.», items «1.1», «1.2»). A measure is
 * selected when it serves somebody (`plans/selection.ts`); `ОО` names the schools it serves.
 */
import type { Analysis, Dataset, OutputSheet } from '../model';
import { OWNED_SHEETS } from '../owned';
import type { Measure } from '../plans/catalogue';
import { academicYear, planYearOf, resolveDeadline } from '../plans/deadlines';
import { DIRECTIONS } from '../plans/directions';
import { schoolName } from '../plans/schoolNames';
import { servedSchools } from '../plans/selection';
import type { Settings } from '../settings/defaults';
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
const HEADER_ROW = 3;
const SECTION_FILL = 'F2F2F2';

/** The two title lines, each short enough to show whole in its merged row. */
export function eventPlanTitle(districtName: string, planYear: number): [string, string] {
  const district = districtName.trim() ? `, ${districtName.trim()}` : '';
  return [
    'План мероприятий по поддержке школ с низкими образовательными результатами и школ,',
    `функционирующих в неблагоприятных социальных условиях${district} на ${academicYear(planYear)} учебный год`,
  ];
}

export function buildEventPlanSheet(analysis: Analysis, dataset: Dataset, settings: Settings, measures: Measure[]): OutputSheet {
  const sheet = emptySheet('eventPlan', OWNED_SHEETS.eventPlan);
  const planYear = planYearOf(settings, analysis.year);
  eventPlanTitle(settings.districtName, planYear).forEach((line, i) => writeTitle(sheet, i, line, COLUMNS.length, 13));

  const rows: (string | null)[][] = [];
  const sectionRows: number[] = [];
  let section = 0;
  for (const direction of DIRECTIONS) {
    const selected = measures
      .filter((m) => m.direction === direction.id)
      .map((m) => ({ measure: m, served: servedSchools(m, analysis) }))
      .filter((s) => s.served === 'all' || s.served.length > 0);
    if (selected.length === 0) continue;
    section++;
    sectionRows.push(HEADER_ROW + 1 + rows.length);
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
  writeTable(sheet, HEADER_ROW, COLUMNS, rows);
  for (const r of sectionRows) {
    sheet.styles.push({ range: a1Range(r, 0, r, COLUMNS.length - 1), style: { bold: true, fill: SECTION_FILL } });
  }
  printLandscape(sheet, `${HEADER_ROW + 1}:${HEADER_ROW + 1}`);
  return sheet;
}
