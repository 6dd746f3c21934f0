/**
 * `Опора · Объективность ВПР`: per school and ВПР procedure of year Y, pupils with both marks, the shares
 * Понизили / Подтвердили / Повысили and the verdict, read from the objectivity rule's record; Рособрнадзор
 * markers follow as rows of their own.
 */
import type { CellValue, OutputSheet } from '../model';
import { ruleRecord, type IndicatorEvidence, type MarkersEvidence } from '../ruleRecords';
import { keyLabel, type ProcedureKey } from '../procedures';
import { OWNED_SHEETS } from '../owned';
import type { SheetInput } from '../plans/sheetInput';
import { emptySheet, FORMATS, printLandscape, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1Range } from '../a1';

const RISK = 'риск необъективности';

function verdictText(items: IndicatorEvidence[], minPupils: number): string {
  if (items.some((e) => e.met)) return RISK;
  if (items.some((e) => e.excluded === 'few_pupils')) return 'недостаточно данных';
  if (items.some((e) => e.excluded === 'no_data')) return 'нет числа учеников';
  if (items.some((e) => (e.participants ?? 0) < minPupils)) return `меньше ${minPupils} уч. — вывод не делается`;
  return 'отметки подтверждаются';
}

/** A line of the table: one ВПР procedure of a school (its confirmation evidence), or one Рособрнадзор marker. */
type ObjectivityLine =
  | { schoolId: string; procedureKey: ProcedureKey; items: IndicatorEvidence[]; minPupils: number }
  | { schoolId: string; marker: MarkersEvidence };

export function buildObjectivitySheet(input: SheetInput): OutputSheet {
  const { analysis, index, names } = input;
  const sheet = emptySheet('objectivity', OWNED_SHEETS.objectivity);
  const nameOf = names.of;
  const Y = analysis.year;
  const share = (id: 'lower' | 'confirm' | 'higher') => (l: ObjectivityLine): CellValue => ('marker' in l ? null : index.value(l.schoolId, Y, l.procedureKey, id)?.value ?? null);
  const lines: ObjectivityLine[] = [];
  let limits = { higherMax: 0.15, lowerMax: 0.5, minPupils: 20 };
  const verdicts = [...analysis.verdicts].sort((a, b) => nameOf(a.schoolId).localeCompare(nameOf(b.schoolId), 'ru'));
  for (const v of verdicts) {
    const rec = ruleRecord(v.rules, 'OBJ');
    if (!rec) continue;
    limits = rec.params;
    const confirmations = rec.evidence.filter((e) => e.kind === 'indicator');
    for (const p of [...new Set(confirmations.map((e) => e.procedureKey))]) {
      lines.push({ schoolId: v.schoolId, procedureKey: p, items: confirmations.filter((e) => e.procedureKey === p), minPupils: limits.minPupils });
    }
    for (const m of rec.evidence.filter((e) => e.kind === 'markers')) lines.push({ schoolId: v.schoolId, marker: m });
  }
  const columns: ColumnSpec<ObjectivityLine>[] = [
    { header: '№', width: 5, value: (_, i) => i + 1 },
    { header: 'ОО', width: 30, wrap: true, value: (l) => nameOf(l.schoolId) },
    { header: 'Процедура', width: 16, wrap: true, value: (l) => ('marker' in l ? `маркеры: ${l.marker.procedures.join(', ')}` : keyLabel(l.procedureKey)) },
    {
      header: 'Учеников с обеими отметками',
      width: 12,
      format: FORMATS.integer,
      value: (l) => ('marker' in l ? null : l.items.find((e) => e.participants !== undefined)?.participants ?? null),
    },
    { header: 'Понизили', width: 10, format: FORMATS.percent, value: share('lower') },
    { header: 'Подтвердили', width: 11, format: FORMATS.percent, value: share('confirm') },
    { header: 'Повысили', width: 10, format: FORMATS.percent, value: share('higher') },
    {
      header: 'Вывод',
      width: 30,
      wrap: true,
      value: (l) => ('marker' in l ? (l.marker.met ? `${RISK} (маркеров: ${l.marker.count})` : 'маркеров нет') : verdictText(l.items, l.minPupils)),
    },
  ];
  const rows = tableCells(columns, lines);
  writeTitle(sheet, 0, `Объективность ВПР, ${Y} г.`, columns.length);
  sheet.values[1] = [`Риск: «Повысили» > ${Math.round(limits.higherMax * 100)} % или «Понизили» > ${Math.round(limits.lowerMax * 100)} % при ≥ ${limits.minPupils} учениках с обеими отметками, или маркер Рособрнадзора.`];
  sheet.merges.push(a1Range(1, 0, 1, columns.length - 1));
  writeTable(sheet, 3, columns, rows);
  if (rows.length > 0) {
    const last = 3 + rows.length;
    sheet.conditionalFormats.push(
      { range: a1Range(4, 6, last, 6), operator: 'greaterThan', value: limits.higherMax, fill: 'F8CBAD' },
      { range: a1Range(4, 4, last, 4), operator: 'greaterThan', value: limits.lowerMax, fill: 'F8CBAD' },
      { range: a1Range(4, 7, last, 7), operator: 'equal', value: RISK, fill: 'F8CBAD' },
    );
  }
  printLandscape(sheet, '4:4');
  return sheet;
}
