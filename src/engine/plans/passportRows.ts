/**
 * The target indicators of the programme passport (METHODOLOGY §4, seed 002): district-level values of year Y
 * and targets for Y+1, Y+2, in whole pupils and whole schools, each with its rule in words. Shares pooled over
 * schools (Σ numerators ÷ Σ denominators) move by no more than the district itself moved in one year and by
 * no more than half the gap to the aim (`wholeTargets.ts`); the number of ШНОР falls by a fifth of the list a
 * year, at least one school; counts (attestats with distinction, medals, olympiad participants) are held. A
 * target typed into settings wins for the rows of its indicator. Only rows with data are produced.
 */
import { percent } from '../flags/format';
import { quartileInc } from '../indicators/statistics';
import type { Dataset, IndicatorId, IndicatorValue, ProgrammeKey } from '../model';
import { isCompulsoryKey, isSchoolLevel, isVpr, parseProcedureKey, type ProcedureKey } from '../procedures';
import type { SheetInput } from './sheetInput';
import { aimOf, districtValue, halfGapTargets, overrideOf, targetLabel } from './targets';
import { TARGET_INDICATORS } from './targetIndicators';
import { countText, listTargets, targetRuleText, TARGET_YEARS, wholeTargets, type WholeTarget } from './wholeTargets';

export interface PassportRow {
  label: string;
  /** As printed: «12 из 97 (12,4 %)», «5 из 22 ОО (22,7 %)», «3». */
  base: string;
  targets: string[];
  rule: string;
}

type Counted = IndicatorValue & { numerator: number; denominator: number };

/** Σ numerators and Σ denominators of the values, per year. */
function pooledByYear(values: readonly IndicatorValue[]): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const v of values) {
    if (v.numerator === undefined || !v.denominator) continue;
    let sums = out.get(v.year);
    if (!sums) out.set(v.year, (sums = [0, 0]));
    sums[0] += (v as Counted).numerator;
    sums[1] += (v as Counted).denominator;
  }
  return out;
}

function rowOf(label: string, t: WholeTarget, rule: string, unit = ''): PassportRow {
  const text = (c: number) => countText(c, t.total, unit);
  return { label, base: text(t.baseCount), targets: t.counts.map(text), rule };
}

/** A pooled share of year Y with whole-pupil targets; the aim is the schools' better quartile or no «2». */
function pooledRow(input: SheetInput, label: string, id: IndicatorId, matches: (key: ProcedureKey) => boolean, override?: number, procedureKey?: ProcedureKey): PassportRow | null {
  const { analysis } = input;
  const values = input.valuesOf(id).filter((v) => matches(v.procedureKey));
  const byYear = pooledByYear(values);
  const base = byYear.get(analysis.year);
  if (!base || base[1] === 0) return null;
  const lowerIsBetter = TARGET_INDICATORS[id]?.lowerIsBetter ?? false;
  const perSchool = values.filter((v) => v.year === analysis.year).map((v) => v.value);
  const district = procedureKey ? districtValue(analysis, analysis.year, procedureKey, id) : undefined;
  const { aim, text } = district && procedureKey
    ? aimOf(id, parseProcedureKey(procedureKey), district)
    : { aim: quartileInc(perSchool, lowerIsBetter ? 1 : 3), text: `${lowerIsBetter ? 'нижний' : 'верхний'} квартиль ОО района: ${percent(quartileInc(perSchool, lowerIsBetter ? 1 : 3))}` };
  const history = [...byYear].filter(([y, [, d]]) => y < analysis.year && d > 0).sort(([a], [b]) => a - b).map(([, [n, d]]) => n / d);
  const t = wholeTargets({ count: base[0], total: base[1], history, aim, lowerIsBetter, override });
  return rowOf(label, t, targetRuleText(t, text).replace('показатель ОО', 'показатель района'));
}

const PROGRAMME_COUNTS: { key: ProgrammeKey; label: string }[] = [
  { key: 'honours', label: 'Выпускники, получившие аттестат с отличием, чел.' },
  { key: 'medals', label: 'Выпускники, награждённые медалью «За особые успехи в учении», чел.' },
  { key: 'olympiad_participants', label: 'Участники олимпиад, чел.' },
];

/** Programme values of year Y (or undated) for one key, one per school. */
function programmeValues(dataset: Dataset, year: number, key: ProgrammeKey): number[] {
  return dataset.programme.filter((p) => (p.year === undefined || p.year === year) && p.values[key] !== undefined).map((p) => p.values[key]!.value);
}

export function passportRows(input: SheetInput): PassportRow[] {
  const { analysis, dataset } = input;
  const overrides = input.settings.targets;
  const y = analysis.year;
  const rows: (PassportRow | null)[] = [];
  if (analysis.verdicts.length > 0) {
    const t = listTargets(analysis.verdicts.filter((v) => v.lowResults === true).length, analysis.verdicts.length);
    rows.push(rowOf('Число ШНОР (доля от числа ОО района)', t, targetRuleText(t, 'ни одной ШНОР', 'ОО'), ' ОО'));
  }
  const exams = [...new Set(analysis.indicators.district.map((d) => d.procedureKey))].filter(isCompulsoryKey).sort();
  for (const key of exams) {
    rows.push(pooledRow(input, `${targetLabel('fail', parseProcedureKey(key))} (по району)`, 'fail', (k) => k === key, overrideOf(overrides, 'fail'), key));
  }
  rows.push(pooledRow(input, 'Доля обучающихся, успешно прошедших ГИА по русскому языку и математике (по району)', 'success', isCompulsoryKey, overrideOf(overrides, 'success')));
  rows.push(pooledRow(input, 'Доля обучающихся, подтвердивших отметку на ВПР (по району)', 'confirm', isVpr));
  rows.push(pooledRow(input, 'Доля педагогов, прошедших повышение квалификации за 3 года', 'staff.pk_3y', isSchoolLevel));

  const satisfaction = programmeValues(dataset, y, 'parent_satisfaction');
  if (satisfaction.length > 0) {
    const base = satisfaction.reduce((a, b) => a + b, 0) / satisfaction.length;
    const q3 = quartileInc(satisfaction, 3);
    rows.push({
      label: 'Доля родителей, удовлетворённых качеством образования (среднее по ОО)',
      base: percent(base),
      targets: halfGapTargets(base, q3, false).map(percent),
      rule: `половина разрыва до верхнего квартиля ОО района (${percent(q3)}) за год, с округлением до 1 п.п.`,
    });
  }
  for (const { key, label } of PROGRAMME_COUNTS) {
    const counts = programmeValues(dataset, y, key);
    if (counts.length === 0) continue;
    const base = String(counts.reduce((a, b) => a + b, 0));
    rows.push({ label, base, targets: Array<string>(TARGET_YEARS).fill(base), rule: 'сохранение достигнутого уровня' });
  }
  return rows.filter((r): r is PassportRow => r !== null);
}
