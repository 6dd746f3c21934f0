/**
 * `Опора · ШНОР и ШНСУ`: one row per school that is ШНОР, ШНСУ, on the approved list, or has a warning or
 * an objectivity risk, and every school with no «2» share for the year («Нет данных для ШНОР», never
 * silently «не ШНОР»). «Признак» tells ШНОР, ШНСУ and both apart; «Значения» are the rules' own
 * explanations, so the sheet says exactly what the rules looked at.
 */
import { assertNever } from '../assertNever';
import type { CellValue, OutputSheet, RuleId, RuleRecord, SchoolVerdict } from '../model';
import { ruleName } from '../flags/explain';
import { flagCounts, flagCountsSentence } from '../flags/counts';
import { threshold } from '../flags/format';
import { RISK_FACTORS } from '../flags/riskFactors';
import { APPROVAL_STATUS_RU, CONJUNCTION_RU } from '../messages/vocabulary';
import { OWNED_SHEETS } from '../owned';
import { isLowResultsRecord } from '../ruleRecords';
import type { AttentionEntry } from '../plans/attention';
import type { SheetInput } from '../plans/sheetInput';
import { splitTallRow } from './rowHeights';
import { emptySheet, printLandscape, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1Range } from '../a1';

/** «Признак» of a row, in the order rows are listed. */
const SIGNS = ['ШНОР и ШНСУ', 'ШНОР', 'ШНСУ', 'Риск необъективности', 'Предупреждение (R2)', 'В перечне ШНОР', 'Нет данных для ШНОР'] as const;
type Sign = (typeof SIGNS)[number];

const SIGN_FILLS: Partial<Record<Sign, string>> = { 'ШНОР и ШНСУ': 'F4B084', ШНОР: 'F8CBAD', ШНСУ: 'FFE699', 'Риск необъективности': 'DDEBF7' };

function sign(v: SchoolVerdict): Sign | undefined {
  const warned = v.rules.some((r) => r.ruleId === 'R2' && r.fired);
  if (v.lowResults === true && v.socialRisk === true) return 'ШНОР и ШНСУ';
  if (v.lowResults === true) return 'ШНОР';
  if (v.socialRisk === true) return 'ШНСУ';
  if (v.objectivityRisk) return 'Риск необъективности';
  if (warned) return 'Предупреждение (R2)';
  if (v.status) return 'В перечне ШНОР';
  if (v.lowResults === null) return 'Нет данных для ШНОР';
  return undefined;
}

/** The threshold of a fired rule, from its own parameters. */
function thresholdText(r: RuleRecord): string {
  switch (r.ruleId) {
    case 'R1':
      return `доля «2» ≥ ${threshold(r.params.failShare)} в ≥ ${r.params.minProcedures} процедурах ${CONJUNCTION_RU[r.params.combine]} повтор в прошлом году; не меньше ${r.params.minN} участников`;
    case 'R3':
      return `выше района на ≥ ${threshold(r.params.gap).replace(' %', ' п.п.')} в ≥ ${r.params.minYears} из ${r.params.window} лет`;
    case 'R2':
      return '≥ 1 обучающегося';
    case 'OBJ':
      return `повысили > ${threshold(r.params.higherMax)} или понизили > ${threshold(r.params.lowerMax)} при ≥ ${r.params.minPupils} уч.; любой маркер`;
    case 'SOC':
      return `≥ ${r.params.minIndicators} долей не ниже Q3 района при ≥ ${r.params.minAvailable} с данными`;
    case 'RES':
    case 'EXIT':
      return '';
    default:
      return assertNever(r);
  }
}

/** «Зона внимания»: unflagged schools a reviewer would ask about, each with its reasons (`plans/attention.ts`). */
function writeAttention(sheet: OutputSheet, row: number, attention: AttentionEntry[], nameOf: (id: string) => string, span: number): void {
  writeTitle(sheet, row, `Зона внимания: ${attention.length} ОО без признаков ШНОР и ШНСУ, близких к ним`, span, 12);
  if (attention.length === 0) {
    sheet.values[row + 1] = ['Таких ОО нет.'];
    return;
  }
  const columns: ColumnSpec<AttentionEntry>[] = [
    { header: '№', width: 5, value: (_, i) => i + 1 },
    { header: 'ОО', width: 28, wrap: true, value: (a) => nameOf(a.schoolId) },
    // Same width as «Признак» above (the table shares its columns); the cell is merged to the last column.
    { header: 'Почему в зоне внимания', width: 14, wrap: true, value: (a) => a.reasons.join('\n') },
  ];
  const top = row + 1;
  const end = writeTable(sheet, top, columns, tableCells(columns, attention), { freeze: false, filter: false });
  for (let r = top; r < end; r++) sheet.merges.push(a1Range(r, 2, r, span - 1));
}

const SHOWN: RuleId[] = ['R1', 'R3', 'SOC', 'OBJ', 'R2', 'EXIT'];

/** A listed school: its verdict, its sign and the rules shown for it. */
interface FlagLine {
  v: SchoolVerdict;
  sign: Sign;
  fired: RuleRecord[];
}

export function buildFlagsSheet(input: SheetInput): OutputSheet {
  const { analysis, dataset, names, attention } = input;
  const sheet = emptySheet('flags', OWNED_SHEETS.flags);
  const nameOf = names.of;
  const listed = analysis.verdicts
    .map((v) => ({ v, s: sign(v) }))
    .filter((x): x is { v: SchoolVerdict; s: Sign } => x.s !== undefined)
    .sort((a, b) => SIGNS.indexOf(a.s) - SIGNS.indexOf(b.s) || nameOf(a.v.schoolId).localeCompare(nameOf(b.v.schoolId), 'ru'));
  const line = ({ v, s }: { v: SchoolVerdict; s: Sign }): FlagLine => {
    // A school without data for ШНОР shows the ШНОР rules' own «нет данных» lines.
    const noData = (r: RuleRecord): boolean => v.lowResults === null && isLowResultsRecord(r);
    return { v, sign: s, fired: v.rules.filter((r) => SHOWN.includes(r.ruleId) && (r.fired || noData(r) || (r.ruleId === 'EXIT' && v.status))) };
  };
  const factors = ({ v }: FlagLine): string => {
    const high = v.riskFactors.filter((f) => f.level === 'high').map((f) => `${f.no}. ${RISK_FACTORS.find((x) => x.no === f.no)?.name ?? ''}`);
    return high.length > 0 ? high.join('\n') : v.riskFactors.some((f) => f.level !== 'no-data') ? 'высоких нет' : 'нет данных';
  };
  // The years that produced the flag: those whose values met the rule (all the rule's years if none did).
  const years = ({ fired }: FlagLine): string =>
    [...new Set(fired.flatMap((r) => (r.evidence.some((e) => e.met) ? r.evidence.filter((e) => e.met).map((e) => e.year) : r.years)))].sort((a, b) => a - b).join(', ');
  const partner = ({ v }: FlagLine): string => {
    const name = v.partnerId ? nameOf(v.partnerId) : '';
    return name + (v.resilient ? (name ? '\n' : '') + 'резильентная: партнёр не нужен' : '');
  };
  const columns: ColumnSpec<FlagLine>[] = [
    { header: '№', width: 5, value: (_, i) => i + 1 },
    { header: 'ОО', width: 28, wrap: true, value: (l) => nameOf(l.v.schoolId) },
    { header: 'Признак', width: 14, wrap: true, value: (l) => l.sign },
    { header: 'Правило', width: 26, wrap: true, value: (l) => l.fired.map((r) => ruleName(r.ruleId)).join('\n') },
    { header: 'Значения', width: 70, wrap: true, value: (l) => l.fired.map((r) => input.explain(r)).join('\n') },
    { header: 'Порог', width: 28, wrap: true, value: (l) => l.fired.map((r) => thresholdText(r)).filter(Boolean).join('\n') },
    { header: 'Годы', width: 11, value: years },
    { header: 'Факторы риска', width: 30, wrap: true, value: factors },
    { header: 'Школа-партнёр', width: 24, wrap: true, value: partner },
    { header: 'Статус', width: 18, wrap: true, value: (l) => (l.v.status ? APPROVAL_STATUS_RU[l.v.status] : '') },
  ];
  // A school with many reasons continues on the next rows, its name and sign repeated for the filter;
  // its anchor is its first row.
  const rows: CellValue[][] = [];
  const anchors: Record<string, number> = {};
  tableCells(columns, listed.map(line)).forEach((cells, i) => {
    anchors[listed[i].v.schoolId] = 4 + rows.length;
    rows.push(...splitTallRow(cells, columns, [1, 2]));
  });
  writeTitle(sheet, 0, `ШНОР и ШНСУ, ${analysis.year} г.`, columns.length);
  sheet.values[1] = [flagCountsSentence(flagCounts(analysis, dataset))];
  sheet.merges.push(a1Range(1, 0, 1, columns.length - 1));
  const end = writeTable(sheet, 3, columns, rows);
  sheet.anchors = anchors;
  if (rows.length > 0) {
    const range = a1Range(4, 2, 3 + rows.length, 2);
    for (const [s, fill] of Object.entries(SIGN_FILLS)) sheet.conditionalFormats.push({ range, operator: 'equal', value: s, fill });
  }
  writeAttention(sheet, end + 1, attention, nameOf, columns.length);
  printLandscape(sheet, '4:4');
  return sheet;
}
