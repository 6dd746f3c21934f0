/**
 * Entry point of METHODOLOGY §2: every indicator per school × year × procedure (school-level social and
 * staffing shares under SCHOOL_LEVEL), its dynamics against the previous year, and the district
 * comparators.
 */
import type { Dataset, IndicatorValue, Indicators } from '../model';
import { calculationYear } from '../normalize/calculationYear';
import { isSchoolLevel, procedureKey, SCHOOL_LEVEL, type ProcedureKey } from '../procedures';
import { confirmationIndicators, contingentIndicators, staffingIndicators } from './contextValues';
import { districtValues } from './districtValues';
import { indicatorIndex, valueOfYear } from './lookup';
import { resultIndicators, type IndicatorSink } from './resultValues';

/**
 * Calculates all indicators. With `minN`, a school with fewer participants in a procedure-year stays out
 * of that procedure's median and quartiles (its pooled contribution stays: METHODOLOGY §2).
 */
export function calculateIndicators(dataset: Dataset, minN?: number): Indicators {
  const values: IndicatorValue[] = [];
  // Every value gets the same fields in the same order (absent ones undefined): one object shape for ~270k
  // values at region scale, so every reader's property access stays monomorphic and no spread copies.
  let schoolId = '';
  let year = 0;
  let procKey: ProcedureKey = SCHOOL_LEVEL;
  const emit: IndicatorSink = (id, value, numerator, denominator, sources) => {
    values.push({ schoolId, year, procedureKey: procKey, id, value, numerator, denominator, sources, dynamics: undefined });
  };
  /** The sink for one record's indicators: tied to its school, year and procedure. */
  const of = (school: string, y: number, p: ProcedureKey): IndicatorSink => {
    schoolId = school;
    year = y;
    procKey = p;
    return emit;
  };
  for (const r of dataset.results) resultIndicators(r, of(r.schoolId, r.year, procedureKey(r.procedure)));
  for (const r of dataset.confirmations) confirmationIndicators(r, of(r.schoolId, r.year, procedureKey(r.procedure)));
  const fallbackYear = calculationYear(dataset) ?? 0;
  for (const r of dataset.contingent) contingentIndicators(r, of(r.schoolId, r.year ?? fallbackYear, SCHOOL_LEVEL));
  for (const r of dataset.staffing) staffingIndicators(r, of(r.schoolId, r.year ?? fallbackYear, SCHOOL_LEVEL));

  // The index every reader shares; its comparators are read on first use, after they are filled in below.
  const indicators: Indicators = { values, district: [] };
  const small = new Set<IndicatorValue>();
  for (const [procKey, series] of indicatorIndex(indicators).everyProcedure()) {
    for (const s of series.values()) {
      for (const v of s) {
        const prev = valueOfYear(s, v.year - 1);
        if (prev) v.dynamics = v.value - prev.value;
      }
    }
    // Decided once per value: a school below min_n in a procedure-year stays out of its median and quartiles.
    if (minN !== undefined && !isSchoolLevel(procKey)) {
      const n = series.get('n');
      for (const s of series.values()) for (const v of s) if ((valueOfYear(n, v.year)?.value ?? Infinity) < minN) small.add(v);
    }
  }
  const inStats = (v: IndicatorValue): boolean => !small.has(v);
  indicators.district = districtValues(values, dataset.schools, dataset.references, inStats);
  return indicators;
}
