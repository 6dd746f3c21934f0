/**
 * An indexed view of calculated indicators, built once per `Indicators` object and shared by every
 * reader (the calculation's own dynamics, rules, output sheets, plans). Lookups inside per-school loops
 * must not scan all values, and must not build a string key per call either: at region scale (2,000
 * schools, ~270k values) a scan per cell made planning take minutes, and a concatenated key per lookup
 * was the engine's hottest function. Values are nested school → procedure → indicator, latest year first.
 */
import type { DistrictValue, IndicatorId, Indicators, IndicatorValue } from '../model';
import type { ProcedureKey } from '../procedures';

export interface IndicatorIndex {
  /** One school's indicator for a year and procedure (SCHOOL_LEVEL for school-level shares). */
  value(schoolId: string, year: number, procedureKey: ProcedureKey, id: IndicatorId): IndicatorValue | undefined;
  /** The latest value of a school-level or procedure indicator in or before `year`. */
  latest(schoolId: string, procedureKey: ProcedureKey, id: IndicatorId, year: number): IndicatorValue | undefined;
  /** Every value of one school, all years, in calculation order. */
  ofSchool(schoolId: string): IndicatorValue[];
  /** The procedures (and SCHOOL_LEVEL) one school has any value for, in no particular order. */
  proceduresOf(schoolId: string): Iterable<ProcedureKey>;
  /** Every school × procedure's series by indicator (read-only), for one pass over all values. */
  everyProcedure(): Iterable<[ProcedureKey, ReadonlyMap<IndicatorId, Series>]>;
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
const cache = new WeakMap<Indicators, IndicatorIndex>();

/** One indicator of one school and procedure over the years, latest first (ties in calculation order). */
export type Series = readonly IndicatorValue[];

/** One school's values: all of them in calculation order, and procedure → indicator → series. */
interface SchoolValues {
  all: IndicatorValue[];
  procedures: Map<ProcedureKey, Map<IndicatorId, IndicatorValue[]>>;
}

/** The value of one year in a series; of two values of one year (never expected) the later calculated wins. */
export function valueOfYear(series: Series | undefined, year: number): IndicatorValue | undefined {
  let found: IndicatorValue | undefined;
  if (series) {
    for (const v of series) {
      if (v.year === year) found = v;
      else if (v.year < year) break;
    }
  }
  return found;
}

/**
 * Nests the values in two passes, so that every list is allocated once at its exact length: the first
 * counts each school's values and links each value to the one before it in its series (the maps hold the
 * index of a series' last value, a small integer, not a list); the second makes the lists. Lists grown by
 * `push` lived long enough to be promoted to the old generation and were then copied to their exact length
 * (they are kept as long as the analysis): at 2,000 schools 25 MB promoted for 10 MB kept.
 */
function nest(values: IndicatorValue[]): Map<string, SchoolValues> {
  /** Per school while nesting: its maps (a series map holds the index of the series' last value) and its count of values. */
  interface Counting {
    procedures: Map<ProcedureKey, Map<IndicatorId, number>>;
    count: number;
    all: IndicatorValue[];
  }
  const counting = new Map<string, Counting>();
  /** The index of the value before each one in its series, −1 for a series' first. */
  const previous = new Int32Array(values.length);
  let last: Counting | undefined;
  let lastId: string | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // Values come in runs of one record (one school): the school's entry is looked up once per run.
    if (v.schoolId !== lastId) {
      lastId = v.schoolId;
      last = counting.get(v.schoolId);
      if (!last) counting.set(v.schoolId, (last = { procedures: new Map(), count: 0, all: [] }));
    }
    const school = last as Counting;
    school.count++;
    let ids = school.procedures.get(v.procedureKey);
    if (!ids) school.procedures.set(v.procedureKey, (ids = new Map()));
    previous[i] = ids.get(v.id) ?? -1;
    ids.set(v.id, i);
  }
  const schools = new Map<string, SchoolValues>();
  for (const [schoolId, school] of counting) {
    school.all = new Array<IndicatorValue>(school.count);
    // From here `count` is where the school's next value goes as the last pass fills `all`.
    school.count = 0;
    // The same maps, each series' last index replaced by the series itself, latest first.
    const procedures = school.procedures as unknown as Map<ProcedureKey, Map<IndicatorId, IndicatorValue[]>>;
    for (const ids of school.procedures.values()) {
      const series = ids as unknown as Map<IndicatorId, IndicatorValue[]>;
      for (const [id, head] of ids) {
        let length = 0;
        for (let at = head; at >= 0; at = previous[at]) length++;
        const list = new Array<IndicatorValue>(length);
        for (let at = head, k = length - 1; at >= 0; at = previous[at], k--) list[k] = values[at];
        series.set(id, length > 1 ? latestFirst(list) : list);
      }
    }
    schools.set(schoolId, { all: school.all, procedures });
  }
  // Each school's values in calculation order (the run's school looked up once, as in the first pass).
  lastId = undefined;
  for (const v of values) {
    if (v.schoolId !== lastId) {
      lastId = v.schoolId;
      last = counting.get(v.schoolId);
    }
    const school = last as Counting;
    school.all[school.count++] = v;
  }
  return schools;
}

/**
 * Sorts a series (a few years) latest first in place, stable: an insertion sort, because
 * `Array.prototype.sort` allocates a work area per call and there are ~90k series at 2,000 schools.
 */
function latestFirst(series: IndicatorValue[]): IndicatorValue[] {
  for (let i = 1; i < series.length; i++) {
    const v = series[i];
    let j = i - 1;
    while (j >= 0 && series[j].year < v.year) {
      series[j + 1] = series[j];
      j--;
    }
    series[j + 1] = v;
  }
  return series;
}

/** The comparators of one indicator × year × procedure: all scopes in order, and each scope's first. */
interface ComparatorGroup {
  all: DistrictValue[];
  district?: DistrictValue;
  region?: DistrictValue;
  municipalities: Map<string, DistrictValue>;
}

/** Comparators nested procedure → year → indicator; built on first use, so a calculation can index its values before its comparators exist. */
function comparators(district: DistrictValue[]): Map<ProcedureKey, Map<number, Map<string, ComparatorGroup>>> {
  const groups = new Map<ProcedureKey, Map<number, Map<string, ComparatorGroup>>>();
  for (const d of district) {
    let byYear = groups.get(d.procedureKey);
    if (!byYear) groups.set(d.procedureKey, (byYear = new Map()));
    let byId = byYear.get(d.year);
    if (!byId) byYear.set(d.year, (byId = new Map()));
    let group = byId.get(d.id);
    if (!group) byId.set(d.id, (group = { all: [], municipalities: new Map() }));
    group.all.push(d);
    if (d.scope === 'district') group.district ??= d;
    else if (d.scope === 'region') group.region ??= d;
    else if (!group.municipalities.has(d.label ?? '')) group.municipalities.set(d.label ?? '', d);
  }
  return groups;
}

function build(indicators: Indicators): IndicatorIndex {
  const schools = nest(indicators.values);
  let byGroup: ReturnType<typeof comparators> | undefined;
  const group = (year: number, p: ProcedureKey, id: string): ComparatorGroup | undefined => (byGroup ??= comparators(indicators.district)).get(p)?.get(year)?.get(id);
  // Readers ask for several indicators of one school and procedure in a row (a table line, a rule): the
  // school × procedure map of the last lookup is kept, so those cost one map lookup instead of three.
  let lastSchool: string | undefined;
  let lastProcedure: ProcedureKey | undefined;
  let lastIds: Map<IndicatorId, IndicatorValue[]> | undefined;
  const series = (s: string, p: ProcedureKey, id: IndicatorId): Series | undefined => {
    if (s !== lastSchool || p !== lastProcedure) {
      lastSchool = s;
      lastProcedure = p;
      lastIds = schools.get(s)?.procedures.get(p);
    }
    return lastIds?.get(id);
  };
  return {
    value: (s, year, p, id) => valueOfYear(series(s, p, id), year),
    latest: (s, p, id, year) => series(s, p, id)?.find((v) => v.year <= year),
    ofSchool: (s) => schools.get(s)?.all ?? [],
    proceduresOf: (s) => schools.get(s)?.procedures.keys() ?? [],
    *everyProcedure() {
      for (const school of schools.values()) yield* school.procedures;
    },
    districts: (year, p, id) => group(year, p, id)?.all ?? [],
    district(year, p, id) {
      const g = group(year, p, id);
      return g?.district ?? g?.all[0];
    },
    scoped(scope, year, p, id, municipality) {
      const g = group(year, p, id);
      if (scope === 'district') return g?.district;
      if (scope === 'region') return g?.region;
      return g?.municipalities.get(municipality ?? '');
    },
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
