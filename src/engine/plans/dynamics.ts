/**
 * Dynamics over every year in the data (issue «did the support work?»): for each indicator — share of «2»,
 * успеваемость, качество знаний, средний балл — the district's rows, then each school × procedure (ШНОР and ШНСУ
 * first), with each year's value (flagged when fewer than `min_n` sat it), the district's value of Y, and the
 * change since the first usable year and since the year before. The sheet and the JSON summary both render these.
 */
import type { Analysis, IndicatorId, SchoolVerdict } from '../model';
import { isSchoolLevel, type ProcedureKey } from '../procedures';
import type { SheetInput } from './sheetInput';

export interface DynamicsIndicator {
  id: IndicatorId;
  title: string;
  lowerIsBetter: boolean;
  share: boolean;
}

export const DYNAMICS_INDICATORS: DynamicsIndicator[] = [
  { id: 'fail', title: 'Доля «2» (ЕГЭ — не преодолели минимальный порог)', lowerIsBetter: true, share: true },
  { id: 'success', title: 'Успеваемость', lowerIsBetter: false, share: true },
  { id: 'quality', title: 'Качество знаний', lowerIsBetter: false, share: true },
  { id: 'mean', title: 'Средний балл', lowerIsBetter: false, share: false },
];

export interface YearValue {
  value: number;
  /** Fewer than `min_n` participants: shown, never used by the rules. */
  few: boolean;
}

export interface DynamicsRow {
  indicator: IndicatorId;
  /** Null for the district's own row. */
  schoolId: string | null;
  procedureKey: ProcedureKey;
  /** One entry per year of `years`; null where the year has no value. */
  values: (YearValue | null)[];
  district: number | null;
  /** Latest minus first usable value; fractions for shares, points for the mean. */
  changeFromFirst: number | null;
  changeFromLast: number | null;
}

/** ШНОР и ШНСУ, ШНОР, ШНСУ, then the rest — the order a reviewer reads. */
export function supportRank(v: SchoolVerdict | undefined): number {
  if (!v) return 4;
  if (v.lowResults === true && v.socialRisk === true) return 0;
  if (v.lowResults === true) return 1;
  if (v.socialRisk === true) return 2;
  return 3;
}

export function dynamicsYears(analysis: Analysis): number[] {
  return analysis.years.filter((y) => y <= analysis.year);
}

export function dynamicsRows(input: SheetInput): DynamicsRow[] {
  const { analysis, dataset, settings, index, names } = input;
  const years = dynamicsYears(analysis);
  const verdicts = new Map(analysis.verdicts.map((v) => [v.schoolId, v]));
  const schools = dataset.schools
    .map((s) => s.id)
    .sort((a, b) => supportRank(verdicts.get(a)) - supportRank(verdicts.get(b)) || names.of(a).localeCompare(names.of(b), 'ru'));
  const out: DynamicsRow[] = [];
  const row = (indicator: IndicatorId, schoolId: string | null, procedureKey: ProcedureKey, values: (YearValue | null)[]): DynamicsRow => {
    const usable = years.map((y, i) => ({ y, v: values[i] })).filter((x) => x.v && !x.v.few);
    const last = usable.find((u) => u.y === analysis.year)?.v?.value;
    const before = usable.find((u) => u.y === analysis.year - 1)?.v?.value;
    const first = usable[0];
    return {
      indicator,
      schoolId,
      procedureKey,
      values,
      district: index.district(analysis.year, procedureKey, indicator)?.pooled ?? null,
      changeFromFirst: last !== undefined && first && first.y !== analysis.year ? last - first.v!.value : null,
      changeFromLast: last !== undefined && before !== undefined ? last - before : null,
    };
  };
  for (const ind of DYNAMICS_INDICATORS) {
    const procs = [...new Set(analysis.indicators.values.filter((v) => v.id === ind.id && !isSchoolLevel(v.procedureKey)).map((v) => v.procedureKey))].sort();
    for (const p of procs) {
      out.push(row(ind.id, null, p, years.map((y) => {
        const d = index.district(y, p, ind.id);
        return d ? { value: d.pooled, few: false } : null;
      })));
    }
    for (const s of schools) {
      const own = new Set(index.proceduresOf(s));
      for (const p of procs) {
        if (!own.has(p)) continue;
        const values = years.map((y) => {
          const v = index.value(s, y, p, ind.id);
          if (!v) return null;
          const n = index.value(s, y, p, 'n')?.value ?? v.denominator;
          return { value: v.value, few: n !== undefined && n < settings.minN };
        });
        if (values.some((v) => v !== null)) out.push(row(ind.id, s, p, values));
      }
    }
  }
  return out;
}
