/**
 * `Опора · Профили рисков`: the 10 ФИОКО risk factors per school as levels (высокий / средний / низкий /
 * нет данных), with the social index, and a legend of each factor's proxy below the table.
 */
import type { OutputSheet, SchoolVerdict } from '../model';
import { RISK_FACTORS } from '../flags/riskFactors';
import { RISK_LEVEL_RU } from '../messages/vocabulary';
import { OWNED_SHEETS } from '../owned';
import type { SheetInput } from '../plans/sheetInput';
import { emptySheet, FORMATS, printLandscape, setCell, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1Range } from '../a1';

/** What each factor is measured by (METHODOLOGY §3, risk profile table). */
const PROXY_TEXT: Record<number, string> = {
  1: 'компьютеры для обучающихся ÷ обучающиеся (чем меньше, тем хуже)',
  2: 'вакансии ÷ педагоги; педагоги пенсионного возраста ÷ педагоги (берётся худший)',
  3: 'педагоги без высшей и первой категории ÷ педагоги',
  4: 'педагоги без ПК за 3 года ÷ педагоги',
  5: 'обучающиеся с ОВЗ ÷ обучающиеся',
  6: 'инофоны ÷ обучающиеся',
  7: 'обучающиеся на учёте ÷ обучающиеся',
  8: 'средняя доля «2» по процедурам года',
  9: 'в листах нет показателя — «нет данных»',
  10: 'доля удовлетворённых родителей (чем меньше, тем хуже)',
};

export function buildRiskProfilesSheet(input: SheetInput): OutputSheet {
  const { analysis, names } = input;
  const sheet = emptySheet('riskProfiles', OWNED_SHEETS.riskProfiles);
  const nameOf = names.of;
  const yesNo = (b: boolean | null): string => (b === null ? 'нет данных' : b ? 'да' : 'нет');
  const verdicts = [...analysis.verdicts].sort((a, b) => nameOf(a.schoolId).localeCompare(nameOf(b.schoolId), 'ru'));
  const columns: ColumnSpec<SchoolVerdict>[] = [
    { header: '№', width: 5, value: (_, i) => i + 1 },
    { header: 'ОО', width: 28, wrap: true, value: (v) => nameOf(v.schoolId) },
    { header: 'ШНОР', width: 8, value: (v) => yesNo(v.lowResults) },
    { header: 'ШНСУ', width: 10, value: (v) => yesNo(v.socialRisk) },
    { header: 'Социальный индекс (0–100)', width: 11, format: FORMATS.decimal, value: (v) => v.socialIndex ?? null },
    ...RISK_FACTORS.map((f): ColumnSpec<SchoolVerdict> => ({
      header: `${f.no}. ${f.name}`,
      width: 14,
      wrap: true,
      value: (v) => RISK_LEVEL_RU[v.riskFactors.find((r) => r.no === f.no)?.level ?? 'no-data'],
    })),
  ];
  const rows = tableCells(columns, verdicts);
  writeTitle(sheet, 0, `Профили рисков ОО (10 факторов ФИОКО), ${analysis.year} г.`, columns.length);
  sheet.values[1] = ['«высокий» — хуже верхнего квартиля района, «средний» — хуже медианы, «низкий» — иначе; «нет данных» — показателя нет в книге (не угадывается).'];
  sheet.merges.push(a1Range(1, 0, 1, columns.length - 1));
  sheet.styles.push({ range: a1Range(1, 0, 1, columns.length - 1), style: { italic: true, wrap: true } });
  const next = writeTable(sheet, 3, columns, rows);
  if (rows.length > 0) {
    const range = a1Range(4, 5, 3 + rows.length, columns.length - 1);
    sheet.conditionalFormats.push({ range, operator: 'equal', value: RISK_LEVEL_RU.high, fill: 'F8CBAD' }, { range, operator: 'equal', value: RISK_LEVEL_RU.medium, fill: 'FFE699' });
  }
  const legend = next + 1;
  writeTitle(sheet, legend, 'Чем измеряется каждый фактор', 8, 12);
  RISK_FACTORS.forEach((f, i) => {
    setCell(sheet, legend + 1 + i, 1, `${f.no}. ${f.name}`);
    setCell(sheet, legend + 1 + i, 2, PROXY_TEXT[f.no]);
    sheet.merges.push(a1Range(legend + 1 + i, 2, legend + 1 + i, 9));
  });
  printLandscape(sheet, '4:4');
  return sheet;
}
