/**
 * What every rule reads: the dataset, the settings, the calculated indicators indexed for lookup, and the
 * comparator a school is measured against (its municipality in a regional file, else the district).
 */
import type { ConfirmationRecord, ContingentRecord, Dataset, DistrictValue, IndicatorId, IndicatorValue, Indicators, MarkerRecord, ProgrammeRecord, ResultRecord, School } from '../model';
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
  /** The latest value of an indicator in or before `year` (the first calculated of that year). */
  latest(schoolId: string, procKey: ProcedureKey, id: IndicatorId, year: number): IndicatorValue | undefined;
  /** Procedure keys the school has a «2» share for in a year, sorted (shared: do not modify). */
  procedures(schoolId: string, year: number): readonly ProcedureKey[];
  /** The comparator for a school: region value, or its municipality's, or the district's. */
  comparator(schoolId: string, year: number, procKey: ProcedureKey, id: IndicatorId, scope: ComparatorScope): DistrictValue | undefined;
  /** The whole file's comparator (every school). */
  district(year: number, procKey: ProcedureKey, id: IndicatorId): DistrictValue | undefined;
  /** Every indicator value of one school (all years). */
  ownValues(schoolId: string): IndicatorValue[];
  /** School-level values (SCHOOL_LEVEL key) of one indicator and year over all schools, ascending. */
  schoolLevelValues(id: IndicatorId, year: number): number[];
  /** The dataset's records of one school. */
  records(schoolId: string): { results: ResultRecord[]; confirmations: ConfirmationRecord[]; markers: MarkerRecord[]; programme: ProgrammeRecord[]; contingent: ContingentRecord[] };
}

/** Procedures with a «2» share per school and year, each list sorted once (the rules ask for them per school-year). */
function failProcedures(indicators: Indicators): Map<string, Map<number, ProcedureKey[]>> {
  const out = new Map<string, Map<number, ProcedureKey[]>>();
  for (const v of indicators.values) {
    if (v.id !== 'fail' || isSchoolLevel(v.procedureKey)) continue;
    let years = out.get(v.schoolId);
    if (!years) out.set(v.schoolId, (years = new Map()));
    const list = years.get(v.year);
    if (!list) years.set(v.year, [v.procedureKey]);
    else if (!list.includes(v.procedureKey)) list.push(v.procedureKey);
  }
  for (const years of out.values()) for (const list of years.values()) list.sort();
  return out;
}

/** School-level values by indicator and year over all schools, ascending. */
function schoolLevelDistributions(indicators: Indicators): Map<IndicatorId, Map<number, number[]>> {
  const out = new Map<IndicatorId, Map<number, number[]>>();
  for (const v of indicators.values) {
    if (!isSchoolLevel(v.procedureKey)) continue;
    let years = out.get(v.id);
    if (!years) out.set(v.id, (years = new Map()));
    const list = years.get(v.year);
    if (list) list.push(v.value);
    else years.set(v.year, [v.value]);
  }
  for (const years of out.values()) for (const list of years.values()) list.sort((a, b) => a - b);
  return out;
}

export function makeContext(dataset: Dataset, settings: Settings, indicators: Indicators): RuleContext {
  const schools = new Map(dataset.schools.map((s) => [s.id, s]));
  // The shared index (values and comparators): the output sheets and plans read the same values through it.
  const index = indicatorIndex(indicators);
  const procs = failProcedures(indicators);
  const schoolLevel = schoolLevelDistributions(indicators);
  const results = groupBy(dataset.results, (r) => r.schoolId);
  const confirmations = groupBy(dataset.confirmations, (r) => r.schoolId);
  const markers = groupBy(dataset.markers, (r) => r.schoolId);
  const programme = groupBy(dataset.programme, (r) => r.schoolId);
  const contingent = groupBy(dataset.contingent, (r) => r.schoolId);
  const district = (year: number, procKey: ProcedureKey, id: IndicatorId): DistrictValue | undefined => index.scoped('district', year, procKey, id);
  return {
    dataset,
    settings,
    indicators,
    school: (id) => schools.get(id),
    value: index.value,
    latest: index.latest,
    procedures: (schoolId, year) => procs.get(schoolId)?.get(year) ?? [],
    district,
    ownValues: index.ofSchool,
    schoolLevelValues: (id, year) => schoolLevel.get(id)?.get(year) ?? [],
    records: (schoolId) => ({
      results: results.get(schoolId) ?? [],
      confirmations: confirmations.get(schoolId) ?? [],
      markers: markers.get(schoolId) ?? [],
      programme: programme.get(schoolId) ?? [],
      contingent: contingent.get(schoolId) ?? [],
    }),
    comparator(schoolId, year, procKey, id, scope) {
      if (scope === 'region') return index.scoped('region', year, procKey, id) ?? district(year, procKey, id);
      const m = schools.get(schoolId)?.municipality;
      return (m ? index.scoped('municipality', year, procKey, id, m) : undefined) ?? district(year, procKey, id);
    },
  };
}
