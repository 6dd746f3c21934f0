/**
 * R3 «Стабильно низкие результаты» (METHODOLOGY §3; 2–3-year windows of municipal practice, the ВШЭ study
 * of stably failing schools): in one procedure the «2» share exceeds the comparator (the pooled district
 * value, or the municipality's / region's in a regional file) by ≥ `gap` in ≥ `minYears` of the last
 * `window` years; the years need not be consecutive.
 */
import type { IndicatorEvidence, R3Record } from '../ruleRecords';
import { atLeast } from '../indicators/statistics';
import type { RuleContext } from './context';
import { failEvidence } from './failEvidence';
import { ruleOutcome } from './outcome';

export function r3StablyLow(ctx: RuleContext, schoolId: string, year: number): R3Record {
  const { gap, minYears, window, comparator } = ctx.settings.r3;
  const years = Array.from({ length: window }, (_, i) => year - window + 1 + i);
  const evidence: IndicatorEvidence<'fail'>[] = [];
  for (const y of years) {
    for (const p of ctx.procedures(schoolId, y)) {
      const e = failEvidence(ctx, schoolId, y, p, (fail) => {
        const c = ctx.comparator(schoolId, y, p, 'fail', comparator);
        return c ? { met: atLeast(fail - c.pooled, gap), comparator: c.pooled } : undefined;
      });
      if (e) evidence.push(e);
    }
  }
  const metYears = new Map<string, number>();
  for (const e of evidence) if (e.met) metYears.set(e.procedureKey, (metYears.get(e.procedureKey) ?? 0) + 1);
  const fired = [...metYears.values()].some((count) => count >= minYears);
  const usable = evidence.some((e) => !e.excluded);
  return {
    ruleId: 'R3',
    schoolId,
    fired,
    outcome: ruleOutcome(fired, usable),
    year,
    params: { gap, minYears, window, comparator, minN: ctx.settings.minN },
    years,
    evidence,
  };
}
