/**
 * An indexed view of calculated indicators, built once per `Indicators` object and shared by every
 * reader (rules, output sheets, plans). Lookups inside per-school loops must not scan all values: at
 * region scale (2,000 schools) a scan per cell made planning the outputs take minutes.
 */
import type { DistrictValue, IndicatorId, Indicators, IndicatorValue } from '../model';
import type { ProcedureKey } from '../procedures';
import { groupBy } from '../groupBy';

export interface IndicatorIndex {
  /** One school's indicator for a year and procedure (SCHOOL_LEVEL for school-level shares). */
  value(schoolId: string, year: number, procedureKey: ProcedureKey, id: IndicatorId): IndicatorValue | undefined;
  /** The latest value of a school-level or procedure indicator in or before `year`. */
  latest(schoolId: string, procedureKey: ProcedureKey, id: IndicatorId, year: number): IndicatorValue | undefined;
  /** Every value of one school, all years. */
  ofSchool(schoolId: string): IndicatorValue[];
  /** Comparators of one indicator × year × procedure, all scopes. */
  districts(year: number, procedureKey: ProcedureKey, id: IndicatorId | string): DistrictValue[];
  /** The district-scope comparator, or the first there is. */
  district(year: number, procedureKey: ProcedureKey, id: IndicatorId | string): DistrictValue | undefined;
  /**
   * The comparator of exactly one scope: the whole file's (`district`), a municipality's by its name, or the
   * region's (one per procedure-year whatever its row was labelled: the first given).
   */
  scoped(scope: DistrictValue['scope'], year: number, procedureKey: ProcedureKey, id: IndicatorId, municipality?: string): DistrictValue | undefined;
}

/** The key of one school's value: school × year × procedure × indicator. */
export const valueKey = (schoolId: string, year: number, procKey: ProcedureKey, id: string): string => `${schoolId}§${year}§${procKey}§${id}`;
const seriesKey = (schoolId: string, procKey: ProcedureKey, id: string): string => `${schoolId}§${procKey}§${id}`;
/** The key of one comparator group: year × procedure × indicator. */
export const districtKey = (year: number, procKey: ProcedureKey, id: string): string => `${year}§${procKey}§${id}`;
const scopedKey = (scope: DistrictValue['scope'], label: string, year: number, procKey: ProcedureKey, id: string): string =>
  `${scope}§${label}§${districtKey(year, procKey, id)}`;
const cache = new WeakMap<Indicators, IndicatorIndex>();

function build(indicators: Indicators): IndicatorIndex {
  const values = new Map<string, IndicatorValue>();
  for (const v of indicators.values) values.set(valueKey(v.schoolId, v.year, v.procedureKey, v.id), v);
  const bySchool = groupBy(indicators.values, (v) => v.schoolId);
  const series = groupBy(indicators.values, (v) => seriesKey(v.schoolId, v.procedureKey, v.id));
  for (const list of series.values()) list.sort((a, b) => b.year - a.year);
  const districts = groupBy(indicators.district, (d) => districtKey(d.year, d.procedureKey, d.id));
  const scoped = new Map<string, DistrictValue>();
  for (const d of indicators.district) {
    const key = scopedKey(d.scope, d.scope === 'municipality' ? (d.label ?? '') : '', d.year, d.procedureKey, d.id);
    if (!scoped.has(key)) scoped.set(key, d);
  }
  return {
    value: (s, year, p, id) => values.get(valueKey(s, year, p, id)),
    latest: (s, p, id, year) => series.get(seriesKey(s, p, id))?.find((v) => v.year <= year),
    ofSchool: (s) => bySchool.get(s) ?? [],
    districts: (year, p, id) => districts.get(districtKey(year, p, id)) ?? [],
    district(year, p, id) {
      const all = this.districts(year, p, id);
      return all.find((d) => d.scope === 'district') ?? all[0];
    },
    scoped: (scope, year, p, id, municipality) => scoped.get(scopedKey(scope, scope === 'municipality' ? (municipality ?? '') : '', year, p, id)),
  };
}

/** The index of these indicators (built on first use, then reused). */
export function indicatorIndex(indicators: Indicators): IndicatorIndex {
  let index = cache.get(indicators);
  if (!index) {
    index = build(indicators);
    cache.set(indicators, index);
  }
  return index;
}
