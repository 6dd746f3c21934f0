/**
 * An indexed view of calculated indicators, built once per `Indicators` object and shared by every
 * reader (the calculation's own dynamics, rules, output sheets, plans). Lookups inside per-school loops
 * must not scan all values, and must not build a string key per call either: at region scale (2,000
 * schools, ~270k values) a scan per cell made planning take minutes, and a concatenated key per lookup
 * was the engine's hottest function. Values are nested school → procedure → indicator, latest year first.
 */
import type { DistrictValue, IndicatorId, Indicators, IndicatorValue } from '../model';
import type { ProcedureKey } from '../procedures';
import { groupBy } from '../groupBy';

export interface IndicatorIndex {
  /** One school's indicator for a year and procedure (SCHOOL_LEVEL for school-level shares). */
  value(schoolId: string, year: number, procedureKey: ProcedureKey, id: IndicatorId): IndicatorValue | undefined;
  /** The latest value of a school-level or procedure indicator in or before `year`. */
  latest(schoolId: string, procedureKey: ProcedureKey, id: IndicatorId, year: number): IndicatorValue | undefined;
  /** Every value of one school, all years, in calculation order. */
  ofSchool(schoolId: string): IndicatorValue[];
  /** The procedures (and SCHOOL_LEVEL) one school has any value for, in no particular order. */
  proceduresOf(schoolId: string): Iterable<ProcedureKey>;
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

/** The key of one comparator group: year × procedure × indicator. */
export const districtKey = (year: number, procKey: ProcedureKey, id: string): string => `${year}§${procKey}§${id}`;
const scopedKey = (scope: DistrictValue['scope'], label: string, year: number, procKey: ProcedureKey, id: string): string =>
  `${scope}§${label}§${districtKey(year, procKey, id)}`;
const cache = new WeakMap<Indicators, IndicatorIndex>();

/** One school's values: procedure → indicator → values of every year, latest first. */
type SchoolValues = Map<ProcedureKey, Map<IndicatorId, IndicatorValue[]>>;

function nest(values: IndicatorValue[]): Map<string, SchoolValues> {
  const schools = new Map<string, SchoolValues>();
  for (const v of values) {
    let procs = schools.get(v.schoolId);
    if (!procs) schools.set(v.schoolId, (procs = new Map()));
    let ids = procs.get(v.procedureKey);
    if (!ids) procs.set(v.procedureKey, (ids = new Map()));
    const series = ids.get(v.id);
    if (series) series.push(v);
    else ids.set(v.id, [v]);
  }
  for (const procs of schools.values()) for (const ids of procs.values()) for (const series of ids.values()) if (series.length > 1) series.sort((a, b) => b.year - a.year);
  return schools;
}

/** Comparators by group and by scope; built on first use, so a calculation can index its values before its comparators exist. */
function comparators(district: DistrictValue[]): { groups: Map<string, DistrictValue[]>; scoped: Map<string, DistrictValue> } {
  const scoped = new Map<string, DistrictValue>();
  for (const d of district) {
    const key = scopedKey(d.scope, d.scope === 'municipality' ? (d.label ?? '') : '', d.year, d.procedureKey, d.id);
    if (!scoped.has(key)) scoped.set(key, d);
  }
  return { groups: groupBy(district, (d) => districtKey(d.year, d.procedureKey, d.id)), scoped };
}

function build(indicators: Indicators): IndicatorIndex {
  const schools = nest(indicators.values);
  const bySchool = groupBy(indicators.values, (v) => v.schoolId);
  let byScope: ReturnType<typeof comparators> | undefined;
  const districtIndex = () => (byScope ??= comparators(indicators.district));
  const series = (s: string, p: ProcedureKey, id: IndicatorId) => schools.get(s)?.get(p)?.get(id);
  return {
    value(s, year, p, id) {
      // Latest year first; of two values of one year (never expected) the later calculated wins.
      let found: IndicatorValue | undefined;
      for (const v of series(s, p, id) ?? []) {
        if (v.year === year) found = v;
        else if (v.year < year) break;
      }
      return found;
    },
    latest: (s, p, id, year) => series(s, p, id)?.find((v) => v.year <= year),
    ofSchool: (s) => bySchool.get(s) ?? [],
    proceduresOf: (s) => schools.get(s)?.keys() ?? [],
    districts: (year, p, id) => districtIndex().groups.get(districtKey(year, p, id)) ?? [],
    district(year, p, id) {
      const all = this.districts(year, p, id);
      return all.find((d) => d.scope === 'district') ?? all[0];
    },
    scoped: (scope, year, p, id, municipality) => districtIndex().scoped.get(scopedKey(scope, scope === 'municipality' ? (municipality ?? '') : '', year, p, id)),
  };
}

/**
 * The index of these indicators (built on first use, then reused). The comparators are read on their
 * first lookup, so `indicators.district` may be filled after the index is made (the calculation does).
 */
export function indicatorIndex(indicators: Indicators): IndicatorIndex {
  let index = cache.get(indicators);
  if (!index) {
    index = build(indicators);
    cache.set(indicators, index);
  }
  return index;
}
