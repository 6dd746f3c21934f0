/**
 * «Риск необъективности» of ВПР (METHODOLOGY §3): from mark confirmation, «Повысили» > `higherMax` or
 * «Понизили» > `lowerMax` with ≥ `minPupils` pupils with both marks; never judged on fewer than `minAny`
 * pupils («недостаточно данных»). From a Рособрнадзор marker table, any marker of year Y is enough.
 */
import type { ObjectivityRecord } from '../ruleRecords';
import { confirmationTotal } from '../indicators/contextValues';
import { moreThan } from '../indicators/statistics';
import { procedureKey } from '../procedures';
import type { RuleContext } from './context';
import { ruleOutcome } from './outcome';

export function objectivity(ctx: RuleContext, schoolId: string, year: number): ObjectivityRecord {
  const { higherMax, lowerMax, minPupils, minAny } = ctx.settings.objectivity;
  const evidence: ObjectivityRecord['evidence'] = [];
  const own = ctx.records(schoolId);
  for (const r of own.confirmations) {
    if (r.year !== year) continue;
    const procKey = procedureKey(r.procedure);
    const total = confirmationTotal(r)?.value;
    for (const [id, limit] of [['higher', higherMax], ['lower', lowerMax]] as const) {
      const v = ctx.value(schoolId, year, procKey, id);
      if (!v) continue;
      const excluded = total === undefined ? 'no_data' : total < minAny ? 'few_pupils' : undefined;
      evidence.push({
        kind: 'indicator',
        procedureKey: procKey,
        year,
        indicator: id,
        value: v.value,
        comparator: limit,
        sources: v.sources,
        participants: total,
        met: total !== undefined && !excluded && total >= minPupils && moreThan(v.value, limit),
        excluded,
      });
    }
  }
  for (const m of own.markers) {
    if (m.year !== year) continue;
    // Marker tables name procedures by their own short labels («4 РУ»); they are kept as given.
    evidence.push({ kind: 'markers', procedures: m.procedures, year, count: m.count, met: m.count > 0, sources: [m.source] });
  }
  const fired = evidence.some((e) => e.met);
  const usable = evidence.some((e) => !e.excluded);
  return {
    ruleId: 'OBJ',
    schoolId,
    fired,
    outcome: ruleOutcome(fired, usable),
    year,
    params: { higherMax, lowerMax, minPupils, minAny },
    years: [year],
    evidence,
  };
}
