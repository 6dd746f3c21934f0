/**
 * The rows of the programme passport (METHODOLOGY §4, seed 002): district-level indicators with their
 * base value in year Y and targets for Y+1, Y+2. Shares pooled over schools (Σ numerators ÷ Σ
 * denominators) aim at the better quartile of the schools' own values, closing half the gap a year; the
 * share of ШНОР halves each year; counts (attestats with distinction, medals, olympiad participants) are
 * held at the base level. A target typed into settings (`Settings.targets`) wins for the rows of its
 * indicator (the «2» rows for `fail`, the ГИА success row for `success`). Only rows with data are produced.
 */
import { quartileInc } from '../indicators/statistics';
import type { Analysis, Dataset, IndicatorId, IndicatorValue, ProgrammeKey } from '../model';
import { isCompulsory, parseProcedureKey, procedureLabel } from '../procedures';
import type { TargetSource } from './targetIndicators';
import { districtValue, halfGapTargets, overrideOf, planTargets, TARGET_YEARS, type TargetOverrides } from './targets';

export interface PassportRow {
  label: string;
  base: number;
  targets: number[];
  /** Number format: shares as percents, counts as integers. */
  kind: 'share' | 'count';
  source: TargetSource;
}

/** Pooled share over the matching values of Y, aiming at the better quartile of per-school pooled shares. */
function pooledRow(
  analysis: Analysis,
  label: string,
  id: IndicatorId,
  lowerIsBetter: boolean,
  procedure: (key: string) => boolean,
  overrides?: TargetOverrides,
): PassportRow | null {
  const values = analysis.indicators.values.filter(
    (v): v is IndicatorValue & { numerator: number; denominator: number } =>
      v.year === analysis.year && v.id === id && procedure(v.procedureKey) && v.numerator !== undefined && !!v.denominator,
  );
  if (values.length === 0) return null;
  const bySchool = new Map<string, [number, number]>();
  for (const v of values) {
    const [n, d] = bySchool.get(v.schoolId) ?? [0, 0];
    bySchool.set(v.schoolId, [n + v.numerator, d + v.denominator]);
  }
  const sum = [...bySchool.values()].reduce(([n, d], [a, b]) => [n + a, d + b], [0, 0]);
  const base = sum[0] / sum[1];
  const benchmark = quartileInc([...bySchool.values()].map(([n, d]) => n / d), lowerIsBetter ? 1 : 3);
  return { label, base, ...planTargets(base, benchmark, lowerIsBetter, overrideOf(overrides, id)), kind: 'share' };
}

const PROGRAMME_COUNTS: { key: ProgrammeKey; label: string }[] = [
  { key: 'honours', label: 'Выпускники, получившие аттестат с отличием, чел.' },
  { key: 'medals', label: 'Выпускники, награждённые медалью «За особые успехи в учении», чел.' },
  { key: 'olympiad_participants', label: 'Участники олимпиад, чел.' },
];

/** Programme values of year Y (or undated) for one key, one per school. */
function programmeValues(dataset: Dataset, year: number, key: ProgrammeKey): number[] {
  return dataset.programme
    .filter((p) => (p.year === undefined || p.year === year) && p.values[key] !== undefined)
    .map((p) => p.values[key]!.value);
}

export function passportRows(analysis: Analysis, dataset: Dataset, overrides?: TargetOverrides): PassportRow[] {
  const y = analysis.year;
  const rows: (PassportRow | null)[] = [];
  if (analysis.verdicts.length > 0) {
    const base = analysis.verdicts.filter((v) => v.lowResults === true).length / analysis.verdicts.length;
    rows.push({ label: 'Доля ШНОР от числа ОО', base, targets: halfGapTargets(base, 0, true), kind: 'share', source: 'halve' });
  }
  const compulsory = [...new Set(analysis.indicators.district.map((d) => d.procedureKey))]
    .filter((k) => k !== '' && isCompulsory(parseProcedureKey(k)))
    .sort();
  for (const key of compulsory) {
    const d = districtValue(analysis, y, key, 'fail');
    if (d) {
      rows.push({
        label: `Доля «2» на обязательном экзамене: ${procedureLabel(parseProcedureKey(key))} (по району)`,
        base: d.pooled,
        ...planTargets(d.pooled, d.q1, true, overrideOf(overrides, 'fail')),
        kind: 'share',
      });
    }
  }
  const isCompulsoryKey = (k: string) => k !== '' && isCompulsory(parseProcedureKey(k));
  rows.push(pooledRow(analysis, 'Доля обучающихся, успешно прошедших ГИА (обязательные предметы)', 'success', false, isCompulsoryKey, overrides));
  rows.push(pooledRow(analysis, 'Доля подтвердивших отметку на ВПР', 'confirm', false, (k) => k.startsWith('ВПР|')));
  rows.push(pooledRow(analysis, 'Доля педагогов, прошедших повышение квалификации за 3 года', 'staff.pk_3y', false, (k) => k === ''));

  const satisfaction = programmeValues(dataset, y, 'parent_satisfaction');
  if (satisfaction.length > 0) {
    const base = satisfaction.reduce((a, b) => a + b, 0) / satisfaction.length;
    rows.push({
      label: 'Доля родителей, удовлетворённых качеством образования (среднее по ОО)',
      base,
      targets: halfGapTargets(base, quartileInc(satisfaction, 3), false),
      kind: 'share',
      source: 'halfGap',
    });
  }
  for (const { key, label } of PROGRAMME_COUNTS) {
    const counts = programmeValues(dataset, y, key);
    if (counts.length === 0) continue;
    const base = counts.reduce((a, b) => a + b, 0);
    rows.push({ label, base, targets: Array<number>(TARGET_YEARS).fill(base), kind: 'count', source: 'hold' });
  }
  return rows.filter((r): r is PassportRow => r !== null);
}
