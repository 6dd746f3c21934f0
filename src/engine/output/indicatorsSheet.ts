/**
 * `Опора · Показатели`: every school × procedure of year Y with its participants, shares, mean score and
 * dynamics, beside the district's pooled value and quartiles; then the district table per procedure and
 * the schools' social and staffing shares. Shares are fractions with a percent format; dynamics in p.p.
 */
import type { CellValue, DistrictValue, IndicatorId, IndicatorValue, OutputSheet } from '../model';
import { indicatorName } from '../indicators/catalogue';
import { isSchoolLevel, keyLabel, SCHOOL_LEVEL, type ProcedureKey } from '../procedures';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { OWNED_SHEETS } from '../owned';
import { ruleRecord } from '../ruleRecords';
import type { SheetInput } from '../plans/sheetInput';
import { emptySheet, FORMATS, printLandscape, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1Range } from '../a1';

const RED = 'F8CBAD';

const pp = (v: IndicatorValue | undefined): CellValue => (v?.dynamics !== undefined ? v.dynamics * 100 : null);

/** A school × procedure line of the main table; `procedureKey` null: the school has no results of year Y. */
interface ProcedureLine {
  schoolId: string;
  procedureKey: ProcedureKey | null;
}

export function buildIndicatorsSheet(input: SheetInput): OutputSheet {
  const { analysis, dataset, index, names } = input;
  const sheet = emptySheet('indicators', OWNED_SHEETS.indicators);
  const Y = analysis.year;
  const value = (s: string, p: ProcedureKey, id: IndicatorId) => index.value(s, Y, p, id);
  const district = (p: ProcedureKey, id: IndicatorId) => index.scoped('district', Y, p, id);
  const failShare = ruleRecord(analysis.verdicts.flatMap((v) => v.rules), 'R1')?.params.failShare ?? DEFAULT_SETTINGS.r1.failShare;
  const procs = [...new Set(analysis.indicators.values.filter((v) => v.year === Y && !isSchoolLevel(v.procedureKey) && v.id !== 'lower' && v.id !== 'confirm' && v.id !== 'higher').map((v) => v.procedureKey))].sort();
  const tabled = new Set(procs);

  const of = (get: (schoolId: string, procedureKey: ProcedureKey) => CellValue) => (r: ProcedureLine): CellValue => (r.procedureKey === null ? null : get(r.schoolId, r.procedureKey));
  const share = (id: IndicatorId) => of((s, p) => value(s, p, id)?.value ?? null);
  const columns: ColumnSpec<ProcedureLine>[] = [
    { header: '№', width: 5, format: FORMATS.integer, value: (_, i) => i + 1 },
    { header: 'ОО', width: 30, wrap: true, value: (r) => names.of(r.schoolId) },
    { header: 'Процедура', width: 16, value: (r) => (r.procedureKey === null ? `нет данных за ${Y} г.` : keyLabel(r.procedureKey)) },
    { header: 'Участники', width: 11, format: FORMATS.integer, value: share('n') },
    { header: 'Доля «2»', width: 10, format: FORMATS.percent, value: share('fail') },
    { header: `Динамика «2» к ${Y - 1} г.`, width: 13, format: FORMATS.pp, value: of((s, p) => pp(value(s, p, 'fail'))) },
    { header: 'Успеваемость', width: 13, format: FORMATS.percent, value: share('success') },
    { header: 'Качество знаний', width: 11, format: FORMATS.percent, value: share('quality') },
    { header: 'Средний балл', width: 10, format: FORMATS.decimal, value: share('mean') },
    { header: 'Доля «2» по району', width: 11, format: FORMATS.percent, value: of((_, p) => district(p, 'fail')?.pooled ?? null) },
    { header: 'Медиана «2» по ОО', width: 11, format: FORMATS.percent, value: of((_, p) => district(p, 'fail')?.median ?? null) },
    { header: 'Q3 «2» по ОО', width: 10, format: FORMATS.percent, value: of((_, p) => district(p, 'fail')?.q3 ?? null) },
  ];
  const lines: ProcedureLine[] = [];
  const schoolIds = dataset.schools.map((s) => s.id).sort((a, b) => names.of(a).localeCompare(names.of(b), 'ru'));
  for (const s of schoolIds) {
    // The school's own procedures, in the order of `procs` (both sorted).
    const shown = [...index.proceduresOf(s)].sort().filter((p) => tabled.has(p) && (value(s, p, 'n') || value(s, p, 'fail')));
    // A school without results of year Y is listed, so its absence reads as «нет данных», not as «всё хорошо».
    lines.push(...(shown.length > 0 ? shown.map((p) => ({ schoolId: s, procedureKey: p })) : [{ schoolId: s, procedureKey: null }]));
  }
  const rows = tableCells(columns, lines);
  writeTitle(sheet, 0, `Показатели ОО, ${Y} г.`, columns.length);
  sheet.values[1] = [`Доли — от числа участников; «по району» — сумма по всем ОО ÷ сумма участников; медиана и квартили — по ОО (Excel МЕДИАНА, КВАРТИЛЬ.ВКЛ). Красным — доля «2» ≥ ${Math.round(failShare * 100)} %.`];
  sheet.merges.push(a1Range(1, 0, 1, columns.length - 1));
  sheet.styles.push({ range: a1Range(1, 0, 1, columns.length - 1), style: { italic: true, wrap: true } });
  let next = writeTable(sheet, 3, columns, rows);
  if (rows.length > 0) sheet.conditionalFormats.push({ range: a1Range(4, 4, 3 + rows.length, 4), operator: 'greaterThanOrEqual', value: failShare, fill: RED });
  printLandscape(sheet, '4:4');

  next += 1;
  writeTitle(sheet, next, `По району, ${Y} г.`, 11, 12);
  const fail = (get: (d: DistrictValue) => number | null | undefined) => (p: ProcedureKey): CellValue => {
    const d = district(p, 'fail');
    return d ? (get(d) ?? null) : null;
  };
  const districtColumns: ColumnSpec<ProcedureKey>[] = [
    { header: '№', width: 5, format: FORMATS.integer, value: (_, i) => i + 1 },
    { header: 'Процедура', width: 16, value: (p) => keyLabel(p) },
    { header: 'Участники', width: 11, format: FORMATS.integer, value: (p) => district(p, 'n')?.pooled ?? null },
    { header: 'ОО с данными', width: 10, format: FORMATS.integer, value: fail((d) => d.schools) },
    { header: 'Доля «2»', width: 10, format: FORMATS.percent, value: fail((d) => d.pooled) },
    { header: 'Медиана по ОО', width: 10, format: FORMATS.percent, value: fail((d) => d.median) },
    { header: 'Q1', width: 10, format: FORMATS.percent, value: fail((d) => d.q1) },
    { header: 'Q3', width: 10, format: FORMATS.percent, value: fail((d) => d.q3) },
    { header: '«2» по строке «Итого» листа', width: 12, format: FORMATS.percent, value: fail((d) => d.given) },
    { header: 'Успеваемость', width: 11, format: FORMATS.percent, value: (p) => district(p, 'success')?.pooled ?? null },
    { header: 'Качество знаний', width: 11, format: FORMATS.percent, value: (p) => district(p, 'quality')?.pooled ?? null },
  ];
  next = writeTable(sheet, next + 1, districtColumns, tableCells(districtColumns, procs), { freeze: false, filter: false });

  const socialIds = [...new Set(analysis.indicators.values.filter((v) => isSchoolLevel(v.procedureKey)).map((v) => v.id))].sort();
  if (socialIds.length > 0) {
    next += 1;
    writeTitle(sheet, next, 'Социальный паспорт и кадры (доли)', Math.min(socialIds.length + 2, 12), 12);
    const latest = (s: string, id: IndicatorId): number | null => index.latest(s, SCHOOL_LEVEL, id, Y)?.value ?? null;
    const socialColumns: ColumnSpec<string>[] = [
      { header: '№', width: 5, format: FORMATS.integer, value: (_, i) => i + 1 },
      { header: 'ОО', width: 30, wrap: true, value: (s) => names.of(s) },
      ...socialIds.map((id): ColumnSpec<string> => ({ header: indicatorName(id), width: 12, format: FORMATS.percent, wrap: true, value: (s) => latest(s, id) })),
    ];
    const withShares = schoolIds.filter((s) => socialIds.some((id) => latest(s, id) !== null));
    writeTable(sheet, next + 1, socialColumns, tableCells(socialColumns, withShares), { freeze: false, filter: false });
  }
  return sheet;
}
