/**
 * R1 «Массовая неуспешность» (METHODOLOGY §3; Омская обл. 2025, Рособрнадзор risk indicators): in year Y
 * the «2» share is ≥ `failShare` in ≥ `minProcedures` procedures, and one of those procedures also had it
 * in Y−1. With `combine = or` («или») either condition is enough (the softer «группа риска» list).
 */
import type { IndicatorEvidence, R1Record } from '../ruleRecords';
import { atLeast } from '../indicators/statistics';
import type { RuleContext } from './context';
import { failEvidence } from './failEvidence';
import { ruleOutcome } from './outcome';

export function r1MassFailure(ctx: RuleContext, schoolId: string, year: number): R1Record {
  const { failShare, minProcedures, combine } = ctx.settings.r1;
  const meets = (fail: number): { met: boolean; comparator: number } => ({ met: atLeast(fail, failShare), comparator: failShare });
  const current = ctx.procedures(schoolId, year).map((p) => failEvidence(ctx, schoolId, year, p, meets));
  const previous = ctx.procedures(schoolId, year - 1).map((p) => failEvidence(ctx, schoolId, year - 1, p, meets));
  const evidence = [...current, ...previous].filter((e): e is IndicatorEvidence<'fail'> => e !== undefined);
  const metNow = evidence.filter((e) => e.year === year && e.met).map((e) => e.procedureKey);
  const metBefore = new Set(evidence.filter((e) => e.year === year - 1 && e.met).map((e) => e.procedureKey));
  const enoughProcedures = metNow.length >= minProcedures;
  const repeated = metNow.some((p) => metBefore.has(p));
  const fired = combine === 'and' ? enoughProcedures && repeated : enoughProcedures || repeated;
  const usable = evidence.some((e) => e.year === year && !e.excluded);
  return {
    ruleId: 'R1',
    schoolId,
    fired,
    outcome: ruleOutcome(fired, usable),
    year,
    params: { failShare, minProcedures, combine, minN: ctx.settings.minN },
    years: [year - 1, year],
    evidence,
  };
}
