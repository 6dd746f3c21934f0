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

/** The change columns of a row: Y against the first usable year and against Y − 1 (values from too few pupils are not used). */
function changes(years: number[], values: (YearValue | null)[], year: number): Pick<DynamicsRow, 'changeFromFirst' | 'changeFromLast'> {
  let first: { y: number; value: number } | undefined;
  let last: number | undefined;
  let before: number | undefined;
  years.forEach((y, i) => {
    const v = values[i];
    if (!v || v.few) return;
    first ??= { y, value: v.value };
    if (y === year) last = v.value;
    if (y === year - 1) before = v.value;
  });
  return {
    changeFromFirst: last !== undefined && first && first.y !== year ? last - first.value : null,
    changeFromLast: last !== undefined && before !== undefined ? last - before : null,
  };
}

/** The procedures (not the school-level shares) with a value of this indicator in any year, sorted. */
function proceduresWith(input: SheetInput, id: IndicatorId): ProcedureKey[] {
  const keys = new Set<ProcedureKey>();
  for (const v of input.valuesOf(id)) if (!isSchoolLevel(v.procedureKey)) keys.add(v.procedureKey);
  return [...keys].sort();
}

export function dynamicsRows(input: SheetInput): DynamicsRow[] {
  const { analysis, dataset, settings, index, names } = input;
  const years = dynamicsYears(analysis);
  const verdicts = new Map(analysis.verdicts.map((v) => [v.schoolId, v]));
  const schools = dataset.schools
    .map((s) => s.id)
    .sort((a, b) => supportRank(verdicts.get(a)) - supportRank(verdicts.get(b)) || names.of(a).localeCompare(names.of(b), 'ru'));
  const row = (indicator: IndicatorId, schoolId: string | null, procedureKey: ProcedureKey, values: (YearValue | null)[]): DynamicsRow => ({
    indicator,
    schoolId,
    procedureKey,
    values,
    district: index.district(analysis.year, procedureKey, indicator)?.pooled ?? null,
    ...changes(years, values, analysis.year),
  });
  // One block per indicator: the district's rows, then each school's. The schools are walked once for all
  // four indicators (each school × procedure's participants looked up once), their rows kept per block.
  const blocks = DYNAMICS_INDICATORS.map((ind) => {
    const procs = proceduresWith(input, ind.id);
    const rows = procs.map((p) => row(ind.id, null, p, years.map((y) => {
      const d = index.district(y, p, ind.id);
      return d ? { value: d.pooled, few: false } : null;
    })));
    return { id: ind.id, procs: new Set(procs), rows };
  });
  for (const s of schools) {
    // In the order of `proceduresWith` (both sorted).
    for (const p of [...index.proceduresOf(s)].sort()) {
      const participants = years.map((y) => index.value(s, y, p, 'n')?.value);
      for (const block of blocks) {
        if (!block.procs.has(p)) continue;
        const values = years.map((y, i) => {
          const v = index.value(s, y, p, block.id);
          if (!v) return null;
          const n = participants[i] ?? v.denominator;
          return { value: v.value, few: n !== undefined && n < settings.minN };
        });
        if (values.some((v) => v !== null)) block.rows.push(row(block.id, s, p, values));
      }
    }
  }
  return ([] as DynamicsRow[]).concat(...blocks.map((b) => b.rows));
}
