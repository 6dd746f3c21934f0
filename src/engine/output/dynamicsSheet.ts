/**
 * `Опора · Динамика`: the rows of `plans/dynamics.ts` (computed once, shared with the JSON summary), one block per indicator — the district's rows on top, then
 * ШНОР and ШНСУ schools, then the rest — with each year, the district's value of Y and the two changes, filled
 * green where the change is an improvement and red where it is not (conditional formats both adapters write).
 * A year with fewer than `min_n` participants shows its value greyed with «мало участников»; a year without
 * data says «нет данных» — never a silent blank.
 */
import { percent } from '../flags/format';
import type { OutputSheet } from '../model';
import { OWNED_SHEETS } from '../owned';
import { DYNAMICS_INDICATORS, dynamicsYears, supportRank, type DynamicsRow } from '../plans/dynamics';
import type { SheetInput } from '../plans/sheetInput';
import { keyLabel } from '../procedures';
import { emptySheet, FORMATS, printLandscape, setCell, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1, a1Range } from '../a1';

const GREEN = 'C6EFCE';
const RED = 'FFC7CE';
const GREY = '808080';
const SIGNS = ['ШНОР и ШНСУ', 'ШНОР', 'ШНСУ', '', ''];

export function buildDynamicsSheet(input: SheetInput, all: DynamicsRow[]): OutputSheet {
  const { analysis, settings, names } = input;
  const sheet = emptySheet('dynamics', OWNED_SHEETS.dynamics);
  const years = dynamicsYears(analysis);
  const verdicts = new Map(analysis.verdicts.map((v) => [v.schoolId, v]));
  const span = 4 + years.length + 3;
  writeTitle(sheet, 0, `Динамика результатов по годам (${years.join(', ')}): сначала ШНОР и ШНСУ, затем остальные ОО`, span, 14);
  setCell(sheet, 1, 0, `Изменение — в процентных пунктах (средний балл — в баллах); зелёным — улучшение, красным — ухудшение. «Мало участников» — меньше ${settings.minN}: значение показано, но в правилах не используется.`);
  sheet.merges.push(a1Range(1, 0, 1, span - 1));
  sheet.styles.push({ range: a1(1, 0), style: { italic: true, wrap: true } });

  let row = 3;
  for (const ind of DYNAMICS_INDICATORS) {
    const rows = all.filter((r) => r.indicator === ind.id);
    if (rows.length === 0) continue;
    writeTitle(sheet, row++, ind.title, span, 12);
    const fmt = ind.share ? FORMATS.percent : FORMATS.decimal;
    const delta = ind.share ? FORMATS.pp : '+0.0;-0.0;0.0';
    const scale = ind.share ? 100 : 1;
    const shown = (x: number) => (ind.share ? percent(x) : x.toFixed(1).replace('.', ','));
    const columns: ColumnSpec<DynamicsRow>[] = [
      { header: '№', width: 5, format: FORMATS.integer, value: (_, i) => i + 1 },
      { header: 'ОО', width: 30, wrap: true, value: (r) => (r.schoolId === null ? 'Район (все ОО)' : names.of(r.schoolId)) },
      { header: 'Признак', width: 14, wrap: true, value: (r) => (r.schoolId === null ? '' : SIGNS[supportRank(verdicts.get(r.schoolId))]) },
      { header: 'Процедура', width: 16, value: (r) => keyLabel(r.procedureKey) },
      ...years.map((y, j): ColumnSpec<DynamicsRow> => ({
        header: `${y}`,
        width: 13,
        format: fmt,
        wrap: true,
        value: (r) => {
          const v = r.values[j];
          if (!v) return 'нет данных';
          return v.few ? `${shown(v.value)} — мало участников` : v.value;
        },
      })),
      { header: `Район, ${analysis.year}`, width: 11, format: fmt, value: (r) => r.district },
      { header: `Изменение с ${years[0]}`, width: 13, format: delta, value: (r) => (r.changeFromFirst === null ? null : r.changeFromFirst * scale) },
      { header: `Изменение к ${analysis.year - 1}`, width: 13, format: delta, value: (r) => (r.changeFromLast === null ? null : r.changeFromLast * scale) },
    ];
    const cells = tableCells(columns, rows);
    const top = row + 1;
    const end = writeTable(sheet, row, columns, cells, { freeze: false, filter: false });
    const districtRows = rows.filter((r) => r.schoolId === null).length;
    if (districtRows > 0) sheet.styles.push({ range: a1Range(top, 0, top + districtRows - 1, span - 1), style: { bold: true, fill: 'F2F2F2' } });
    // A value from too few participants is shown greyed.
    rows.forEach((r, i) => r.values.forEach((v, j) => {
      if (v?.few) sheet.styles.push({ range: a1(top + i, 4 + j), style: { fontColor: GREY, italic: true } });
    }));
    const changes = a1Range(top, span - 2, end - 1, span - 1);
    sheet.conditionalFormats.push(
      { range: changes, operator: ind.lowerIsBetter ? 'greaterThan' : 'lessThan', value: 0, fill: RED },
      { range: changes, operator: ind.lowerIsBetter ? 'lessThan' : 'greaterThan', value: 0, fill: GREEN },
    );
    row = end + 1;
  }
  if (row === 3) setCell(sheet, 3, 0, 'Нет результатов оценочных процедур — динамику строить не из чего.');
  printLandscape(sheet, '1:1');
  return sheet;
}
