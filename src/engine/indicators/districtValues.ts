/**
 * District comparators (METHODOLOGY §2): for every indicator × year × procedure, the pooled value
 * (Σ numerators ÷ Σ denominators over all schools with data, small ones included), the school median and
 * QUARTILE.INC Q1/Q3 — for the whole file and, in a regional file, per municipality. Values an «Итого» /
 * «Регион» row gave are kept in `given` as a second comparator.
 */
import type { DistrictValue, IndicatorValue, ReferenceRecord, School } from '../model';
import { procedureKey, type ProcedureKey } from '../procedures';
import { quartiles } from './statistics';
import { resultIndicators } from './resultValues';
import { districtKey } from './lookup';

/** Pooled value of a group: a sum for participants, Σnum ÷ Σden for shares and means, else a plain mean. */
function pooled(id: string, group: IndicatorValue[]): number {
  let sum = 0;
  let num = 0;
  let den = 0;
  let withBoth = 0;
  for (const v of group) {
    sum += v.value;
    if (v.numerator !== undefined && v.denominator !== undefined && v.denominator > 0) {
      num += v.numerator;
      den += v.denominator;
      withBoth++;
    }
  }
  if (id === 'n') return sum;
  return withBoth > 0 ? num / den : sum / group.length;
}

function summarise(
  group: IndicatorValue[],
  scope: DistrictValue['scope'],
  label: string | undefined,
  statsOf: (v: IndicatorValue) => boolean,
): DistrictValue {
  const first = group[0];
  const forStats: number[] = [];
  for (const v of group) if (statsOf(v)) forStats.push(v.value);
  const xs = forStats.length > 0 ? forStats : group.map((v) => v.value);
  return {
    year: first.year,
    procedureKey: first.procedureKey,
    id: first.id,
    scope,
    ...(label !== undefined ? { label } : {}),
    pooled: pooled(first.id, group),
    ...quartiles(xs),
    schools: group.length,
  };
}

/** One procedure × indicator × year's values, and the same split by municipality. */
interface Group {
  values: IndicatorValue[];
  byMunicipality: Map<string, IndicatorValue[]>;
}

/**
 * Values grouped by procedure × indicator × year, and by municipality within that, each list in order of
 * first appearance (the order of the comparators in the summary) — one pass, without building a key string
 * for each of the ~270k values of a region.
 */
function groupValues(values: IndicatorValue[], municipalityOf: (schoolId: string) => string | undefined): { district: IndicatorValue[][]; municipal: IndicatorValue[][] } {
  const district: IndicatorValue[][] = [];
  const municipal: IndicatorValue[][] = [];
  const tree = new Map<ProcedureKey, Map<string, Map<number, Group>>>();
  for (const v of values) {
    let byId = tree.get(v.procedureKey);
    if (!byId) tree.set(v.procedureKey, (byId = new Map()));
    let byYear = byId.get(v.id);
    if (!byYear) byId.set(v.id, (byYear = new Map()));
    let group = byYear.get(v.year);
    if (!group) {
      byYear.set(v.year, (group = { values: [], byMunicipality: new Map() }));
      district.push(group.values);
    }
    group.values.push(v);
    const m = municipalityOf(v.schoolId);
    if (!m) continue;
    let inMunicipality = group.byMunicipality.get(m);
    if (!inMunicipality) {
      group.byMunicipality.set(m, (inMunicipality = []));
      municipal.push(inMunicipality);
    }
    inMunicipality.push(v);
  }
  return { district, municipal };
}

/**
 * Builds every comparator. `inStats` says whether a school value enters the median and quartiles (the
 * `min_n` guard); the pooled value always takes every school.
 */
export function districtValues(
  values: IndicatorValue[],
  schools: School[],
  references: ReferenceRecord[],
  inStats: (v: IndicatorValue) => boolean,
): DistrictValue[] {
  const out: DistrictValue[] = [];
  const municipality = new Map(schools.map((s) => [s.id, s.municipality]));
  const groups = groupValues(values, (id) => municipality.get(id));
  const district = new Map<string, DistrictValue>();
  for (const group of groups.district) {
    const dv = summarise(group, 'district', undefined, inStats);
    district.set(districtKey(dv.year, dv.procedureKey, dv.id), dv);
    out.push(dv);
  }
  const municipal = new Map<string, DistrictValue>();
  for (const group of groups.municipal) {
    const label = municipality.get(group[0].schoolId);
    const dv = summarise(group, 'municipality', label, inStats);
    municipal.set(`${districtKey(dv.year, dv.procedureKey, dv.id)}§${label}`, dv);
    out.push(dv);
  }
  for (const ref of references) {
    const procKey = procedureKey(ref.procedure);
    resultIndicators(ref, (id, v) => {
      const k = districtKey(ref.year, procKey, id);
      if (ref.scope === 'district') {
        const dv = district.get(k);
        if (dv) dv.given = v;
      } else if (ref.scope === 'municipality') {
        const dv = municipal.get(`${k}§${ref.label}`);
        if (dv) dv.given = v;
      } else {
        // A regional value has no schools of ours behind it: the sheet's number is all there is.
        out.push({ year: ref.year, procedureKey: procKey, id, scope: 'region', label: ref.label, pooled: v, median: v, q1: v, q3: v, schools: 0, given: v });
      }
    });
  }
  return out;
}
