/**
 * `Опора · Мониторинг 1.2`: the section 1.2 indicators of the monitoring of municipal quality-management systems
 * (Рособрнадзор letter of 20.04.2021 № 08-70) for the year before and the calculation year — value, formula in
 * words, where it comes from — then the decisions taken (the event plan's sections). Printed like the plan sheets,
 * ready to attach to the municipality's report.
 */
import type { OutputSheet } from '../model';
import { OWNED_SHEETS } from '../owned';
import { planSections } from '../plans/documents';
import { districtInTitle } from '../plans/district';
import { monitoringRows, type MonitoringRow } from '../plans/monitoring';
import type { SheetInput } from '../plans/sheetInput';
import { splitTallRow } from './rowHeights';
import { emptySheet, FORMATS, printLandscape, setCell, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1, a1Range } from '../a1';

const SPAN = 6;

/** `rows`: the monitoring's rows, computed once per run and shared with the JSON summary. */
export function buildMonitoringSheet(input: SheetInput, rows: MonitoringRow[] = monitoringRows(input)): OutputSheet {
  const sheet = emptySheet('monitoring', OWNED_SHEETS.monitoring);
  const y = input.analysis.year;
  writeTitle(sheet, 0, `Мониторинг систем управления качеством образования, раздел 1.2: работа со ШНОР и ШНСУ${districtInTitle(input.district)}`, SPAN, 13);
  setCell(sheet, 1, 0, 'Раздел 1.2 «Система работы со школами с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях» (письмо Рособрнадзора от 20.04.2021 № 08-70). Каждое значение можно пересчитать по указанным ячейкам.');
  sheet.merges.push(a1Range(1, 0, 1, SPAN - 1));
  sheet.styles.push({ range: a1(1, 0), style: { italic: true, wrap: true } });
  const columns: ColumnSpec<MonitoringRow>[] = [
    { header: '№', width: 5, format: FORMATS.integer, value: (_, i) => i + 1 },
    { header: 'Показатель', width: 40, format: FORMATS.text, wrap: true, value: (r) => r.label },
    { header: `${y - 1} г.`, width: 20, format: FORMATS.text, wrap: true, value: (r) => r.previous ?? 'нет данных' },
    { header: `${y} г.`, width: 30, format: FORMATS.text, wrap: true, value: (r) => r.current },
    { header: 'Как считается', width: 40, format: FORMATS.text, wrap: true, value: (r) => r.formula },
    { header: 'Откуда', width: 40, format: FORMATS.text, wrap: true, value: (r) => r.source },
  ];
  const header = 3;
  // A long list of cited cells (a region's ШНОР) continues on the next rows, never cut and never over 409 pt.
  const cells = tableCells(columns, rows).flatMap((r) => splitTallRow(r, columns, [0, 1]));
  let row = writeTable(sheet, header, columns, cells, { freeze: false, filter: false }) + 1;
  writeTitle(sheet, row++, 'Принятые решения: разделы плана мероприятий', SPAN, 12);
  const sections = planSections(input);
  if (sections.length === 0) setCell(sheet, row++, 1, 'План мероприятий пуст.');
  sections.forEach((section, i) => {
    setCell(sheet, row, 0, i + 1);
    setCell(sheet, row, 1, section);
    sheet.merges.push(a1Range(row, 1, row, SPAN - 1));
    row++;
  });
  setCell(sheet, row + 1, 1, `Подробно — лист «${OWNED_SHEETS.eventPlan}».`);
  printLandscape(sheet, `${header + 1}:${header + 1}`);
  return sheet;
}
