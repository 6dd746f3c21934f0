/**
 * What every rule reads: the dataset, the settings, the calculated indicators indexed for lookup, and the
 * comparator a school is measured against (its municipality in a regional file, else the district).
 */
import type { ConfirmationRecord, Dataset, DistrictValue, IndicatorId, IndicatorValue, Indicators, MarkerRecord, ProgrammeRecord, ResultRecord, School } from '../model';
import type { ComparatorScope, Settings } from '../settings/defaults';
import { groupBy } from '../groupBy';
import { indicatorIndex } from '../indicators/lookup';
import { isSchoolLevel, type ProcedureKey } from '../procedures';

export interface RuleContext {
  dataset: Dataset;
  settings: Settings;
  indicators: Indicators;
  school(id: string): School | undefined;
  value(schoolId: string, year: number, procKey: ProcedureKey, id: IndicatorId): IndicatorValue | undefined;
  /** Procedure keys the school has results for in a year. */
  procedures(schoolId: string, year: number): ProcedureKey[];
  /** The comparator for a school: region value, or its municipality's, or the district's. */
  comparator(schoolId: string, year: number, procKey: ProcedureKey, id: IndicatorId, scope: ComparatorScope): DistrictValue | undefined;
  /** The whole file's comparator (every school). */
  district(year: number, procKey: ProcedureKey, id: IndicatorId): DistrictValue | undefined;
  /** Every indicator value of one school (all years). */
  ownValues(schoolId: string): IndicatorValue[];
  /** School-level values (SCHOOL_LEVEL key) of one indicator and year over all schools, ascending. */
  schoolLevelValues(id: IndicatorId, year: number): number[];
  /** The dataset's records of one school. */
  records(schoolId: string): { results: ResultRecord[]; confirmations: ConfirmationRecord[]; markers: MarkerRecord[]; programme: ProgrammeRecord[] };
}

export function makeContext(dataset: Dataset, settings: Settings, indicators: Indicators): RuleContext {
  const schools = new Map(dataset.schools.map((s) => [s.id, s]));
  // The shared index (values and comparators): the output sheets and plans read the same values through it.
  const index = indicatorIndex(indicators);
  const procs = new Map<string, Set<ProcedureKey>>();
  const schoolLevel = new Map<string, number[]>();
  for (const v of indicators.values) {
    if (isSchoolLevel(v.procedureKey)) {
      const k = `${v.id}§${v.year}`;
      const list = schoolLevel.get(k);
      if (list) list.push(v.value);
      else schoolLevel.set(k, [v.value]);
    }
    if (!isSchoolLevel(v.procedureKey) && v.id === 'fail') {
      const k = `${v.schoolId}§${v.year}`;
      const set = procs.get(k) ?? new Set<ProcedureKey>();
      set.add(v.procedureKey);
      procs.set(k, set);
    }
  }
  for (const list of schoolLevel.values()) list.sort((a, b) => a - b);
  const results = groupBy(dataset.results, (r) => r.schoolId);
  const confirmations = groupBy(dataset.confirmations, (r) => r.schoolId);
  const markers = groupBy(dataset.markers, (r) => r.schoolId);
  const programme = groupBy(dataset.programme, (r) => r.schoolId);
  const district = (year: number, procKey: ProcedureKey, id: IndicatorId): DistrictValue | undefined => index.scoped('district', year, procKey, id);
  return {
    dataset,
    settings,
    indicators,
    school: (id) => schools.get(id),
    value: index.value,
    procedures: (schoolId, year) => [...(procs.get(`${schoolId}§${year}`) ?? [])].sort(),
    district,
    ownValues: index.ofSchool,
    schoolLevelValues: (id, year) => schoolLevel.get(`${id}§${year}`) ?? [],
    records: (schoolId) => ({
      results: results.get(schoolId) ?? [],
      confirmations: confirmations.get(schoolId) ?? [],
      markers: markers.get(schoolId) ?? [],
      programme: programme.get(schoolId) ?? [],
    }),
    comparator(schoolId, year, procKey, id, scope) {
      if (scope === 'region') return index.scoped('region', year, procKey, id) ?? district(year, procKey, id);
      const m = schools.get(schoolId)?.municipality;
      return (m ? index.scoped('municipality', year, procKey, id, m) : undefined) ?? district(year, procKey, id);
    },
  };
}
