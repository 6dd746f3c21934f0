/**
 * `Опора · Объективность ВПР`: per school and ВПР procedure of year Y, pupils with both marks, the shares
 * Понизили / Подтвердили / Повысили and the verdict, read from the objectivity rule's record; Рособрнадзор
 * markers follow as rows of their own.
 */
import type { Analysis, CellValue, Dataset, OutputSheet } from '../model';
import { ruleRecord, type IndicatorEvidence } from '../ruleRecords';
import { indicatorIndex } from '../indicators/lookup';
import { keyLabel, type ProcedureKey } from '../procedures';
import { OWNED_SHEETS } from '../owned';
import { a1Range, emptySheet, FORMATS, printLandscape, writeTable, writeTitle } from './sheet';

const RISK = 'риск необъективности';

function verdictText(items: IndicatorEvidence[], minPupils: number): string {
  if (items.some((e) => e.met)) return RISK;
  if (items.some((e) => e.excluded === 'few_pupils')) return 'недостаточно данных';
  if (items.some((e) => e.excluded === 'no_data')) return 'нет числа учеников';
  if (items.some((e) => (e.participants ?? 0) < minPupils)) return `меньше ${minPupils} уч. — вывод не делается`;
  return 'отметки подтверждаются';
}

export function buildObjectivitySheet(analysis: Analysis, dataset: Dataset): OutputSheet {
  const sheet = emptySheet('objectivity', OWNED_SHEETS.objectivity);
  const names = new Map(dataset.schools.map((s) => [s.id, s.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const Y = analysis.year;
  const index = indicatorIndex(analysis.indicators);
  const share = (s: string, p: ProcedureKey, id: 'lower' | 'confirm' | 'higher'): number | null => index.value(s, Y, p, id)?.value ?? null;
  const rows: CellValue[][] = [];
  let limits = { higherMax: 0.15, lowerMax: 0.5, minPupils: 20 };
  const verdicts = [...analysis.verdicts].sort((a, b) => nameOf(a.schoolId).localeCompare(nameOf(b.schoolId), 'ru'));
  for (const v of verdicts) {
    const rec = ruleRecord(v.rules, 'OBJ');
    if (!rec) continue;
    limits = rec.params;
    const confirmations = rec.evidence.filter((e) => e.kind === 'indicator');
    for (const p of [...new Set(confirmations.map((e) => e.procedureKey))]) {
      const items = confirmations.filter((e) => e.procedureKey === p);
      const n = items.find((e) => e.participants !== undefined)?.participants ?? null;
      rows.push([nameOf(v.schoolId), keyLabel(p), n, share(v.schoolId, p, 'lower'), share(v.schoolId, p, 'confirm'), share(v.schoolId, p, 'higher'), verdictText(items, limits.minPupils)]);
    }
    for (const m of rec.evidence.filter((e) => e.kind === 'markers')) {
      rows.push([nameOf(v.schoolId), `маркеры: ${m.procedures.join(', ')}`, null, null, null, null, m.met ? `${RISK} (маркеров: ${m.count})` : 'маркеров нет']);
    }
  }
  const columns = [
    { header: '№', width: 5 },
    { header: 'ОО', width: 30, wrap: true },
    { header: 'Процедура', width: 16, wrap: true },
    { header: 'Учеников с обеими отметками', width: 12, format: FORMATS.integer },
    { header: 'Понизили', width: 10, format: FORMATS.percent },
    { header: 'Подтвердили', width: 11, format: FORMATS.percent },
    { header: 'Повысили', width: 10, format: FORMATS.percent },
    { header: 'Вывод', width: 30, wrap: true },
  ];
  writeTitle(sheet, 0, `Объективность ВПР, ${Y} г.`, columns.length);
  sheet.values[1] = [`Риск: «Повысили» > ${Math.round(limits.higherMax * 100)} % или «Понизили» > ${Math.round(limits.lowerMax * 100)} % при ≥ ${limits.minPupils} учениках с обеими отметками, или маркер Рособрнадзора.`];
  sheet.merges.push(a1Range(1, 0, 1, columns.length - 1));
  writeTable(sheet, 3, columns, rows.map((r, i) => [i + 1, ...r]));
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
