/**
 * `Опора · Показатели`: every school × procedure of year Y with its participants, shares, mean score and
 * dynamics, beside the district's pooled value and quartiles; then the district table per procedure and
 * the schools' social and staffing shares. Shares are fractions with a percent format; dynamics in p.p.
 */
import type { Analysis, CellValue, Dataset, DistrictValue, IndicatorId, IndicatorValue, OutputSheet } from '../model';
import { indicatorName } from '../indicators/catalogue';
import { indicatorIndex } from '../indicators/lookup';
import { isSchoolLevel, keyLabel, SCHOOL_LEVEL, type ProcedureKey } from '../procedures';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { OWNED_SHEETS } from '../owned';
import { ruleRecord } from '../ruleRecords';
import { a1Range, emptySheet, FORMATS, printLandscape, writeTable, writeTitle, type ColumnSpec } from './sheet';

const RED = 'F8CBAD';

function districtOf(analysis: Analysis, procKey: ProcedureKey, id: IndicatorId): DistrictValue | undefined {
  return indicatorIndex(analysis.indicators).scoped('district', analysis.year, procKey, id);
}

const pp = (v: IndicatorValue | undefined): CellValue => (v?.dynamics !== undefined ? v.dynamics * 100 : null);

export function buildIndicatorsSheet(analysis: Analysis, dataset: Dataset): OutputSheet {
  const sheet = emptySheet('indicators', OWNED_SHEETS.indicators);
  const Y = analysis.year;
  const index = indicatorIndex(analysis.indicators);
  const value = (s: string, p: ProcedureKey, id: IndicatorId) => index.value(s, Y, p, id);
  const names = new Map(dataset.schools.map((s) => [s.id, s.name]));
  const failShare = ruleRecord(analysis.verdicts.flatMap((v) => v.rules), 'R1')?.params.failShare ?? DEFAULT_SETTINGS.r1.failShare;
  const procs = [...new Set(analysis.indicators.values.filter((v) => v.year === Y && !isSchoolLevel(v.procedureKey) && v.id !== 'lower' && v.id !== 'confirm' && v.id !== 'higher').map((v) => v.procedureKey))].sort();

  const columns: ColumnSpec[] = [
    { header: '№', width: 5, format: FORMATS.integer },
    { header: 'ОО', width: 30, wrap: true },
    { header: 'Процедура', width: 16 },
    { header: 'Участники', width: 11, format: FORMATS.integer },
    { header: 'Доля «2»', width: 10, format: FORMATS.percent },
    { header: `Динамика «2» к ${Y - 1} г.`, width: 13, format: FORMATS.pp },
    { header: 'Успеваемость', width: 13, format: FORMATS.percent },
    { header: 'Качество знаний', width: 11, format: FORMATS.percent },
    { header: 'Средний балл', width: 10, format: FORMATS.decimal },
    { header: 'Доля «2» по району', width: 11, format: FORMATS.percent },
    { header: 'Медиана «2» по ОО', width: 11, format: FORMATS.percent },
    { header: 'Q3 «2» по ОО', width: 10, format: FORMATS.percent },
  ];
  const rows: CellValue[][] = [];
  const schoolIds = dataset.schools.map((s) => s.id).sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'ru'));
  for (const s of schoolIds) {
    const before = rows.length;
    for (const p of procs) {
      if (!value(s, p, 'n') && !value(s, p, 'fail')) continue;
      const d = districtOf(analysis, p, 'fail');
      rows.push([rows.length + 1, names.get(s) ?? s, keyLabel(p), value(s, p, 'n')?.value ?? null, value(s, p, 'fail')?.value ?? null, pp(value(s, p, 'fail')), value(s, p, 'success')?.value ?? null, value(s, p, 'quality')?.value ?? null, value(s, p, 'mean')?.value ?? null, d?.pooled ?? null, d?.median ?? null, d?.q3 ?? null]);
    }
    // A school without results of year Y is listed, so its absence reads as «нет данных», not as «всё хорошо».
    if (rows.length === before) rows.push([rows.length + 1, names.get(s) ?? s, `нет данных за ${Y} г.`, ...Array<CellValue>(columns.length - 3).fill(null)]);
  }
  writeTitle(sheet, 0, `Показатели ОО, ${Y} г.`, columns.length);
  sheet.values[1] = [`Доли — от числа участников; «по району» — сумма по всем ОО ÷ сумма участников; медиана и квартили — по ОО (Excel МЕДИАНА, КВАРТИЛЬ.ВКЛ). Красным — доля «2» ≥ ${Math.round(failShare * 100)} %.`];
  sheet.merges.push(a1Range(1, 0, 1, columns.length - 1));
  sheet.styles.push({ range: a1Range(1, 0, 1, columns.length - 1), style: { italic: true, wrap: true } });
  let next = writeTable(sheet, 3, columns, rows);
  if (rows.length > 0) sheet.conditionalFormats.push({ range: a1Range(4, 4, 3 + rows.length, 4), operator: 'greaterThanOrEqual', value: failShare, fill: RED });
  printLandscape(sheet, '4:4');

  next += 1;
  writeTitle(sheet, next, `По району, ${Y} г.`, 11, 12);
  const districtRows = procs.map((p, i) => {
    const f = districtOf(analysis, p, 'fail');
    return [i + 1, keyLabel(p), districtOf(analysis, p, 'n')?.pooled ?? null, f?.schools ?? null, f?.pooled ?? null, f?.median ?? null, f?.q1 ?? null, f?.q3 ?? null, f?.given ?? null, districtOf(analysis, p, 'success')?.pooled ?? null, districtOf(analysis, p, 'quality')?.pooled ?? null];
  });
  next = writeTable(
    sheet,
    next + 1,
    [
      { header: '№', width: 5, format: FORMATS.integer },
      { header: 'Процедура', width: 16 },
      { header: 'Участники', width: 11, format: FORMATS.integer },
      { header: 'ОО с данными', width: 10, format: FORMATS.integer },
      { header: 'Доля «2»', width: 10, format: FORMATS.percent },
      { header: 'Медиана по ОО', width: 10, format: FORMATS.percent },
      { header: 'Q1', width: 10, format: FORMATS.percent },
      { header: 'Q3', width: 10, format: FORMATS.percent },
      { header: '«2» по строке «Итого» листа', width: 12, format: FORMATS.percent },
      { header: 'Успеваемость', width: 11, format: FORMATS.percent },
      { header: 'Качество знаний', width: 11, format: FORMATS.percent },
    ],
    districtRows,
    { freeze: false, filter: false },
  );

  const socialIds = [...new Set(analysis.indicators.values.filter((v) => isSchoolLevel(v.procedureKey)).map((v) => v.id))].sort();
  if (socialIds.length > 0) {
    next += 1;
    writeTitle(sheet, next, 'Социальный паспорт и кадры (доли)', Math.min(socialIds.length + 2, 12), 12);
    const latest = (s: string, id: IndicatorId): number | null => index.latest(s, SCHOOL_LEVEL, id, Y)?.value ?? null;
    writeTable(
      sheet,
      next + 1,
      [{ header: '№', width: 5, format: FORMATS.integer }, { header: 'ОО', width: 30, wrap: true }, ...socialIds.map((id) => ({ header: indicatorName(id), width: 12, format: FORMATS.percent, wrap: true }))],
      schoolIds
        .map((s) => [names.get(s) ?? s, ...socialIds.map((id) => latest(s, id))])
        .filter((r) => r.slice(1).some((x) => x !== null))
        .map((r, i) => [i + 1, ...r]),
      { freeze: false, filter: false },
    );
  }
  return sheet;
}
