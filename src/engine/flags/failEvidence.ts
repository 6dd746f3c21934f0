/**
 * One procedure-year's «2» share as rule evidence, with the `min_n` guard applied: a procedure-year with
 * fewer participants than `min_n` is recorded but excluded («мало участников»), never used on its own.
 */
import type { ProcedureKey } from '../procedures';
import type { IndicatorEvidence } from '../ruleRecords';
import type { RuleContext } from './context';

export function failEvidence(
  ctx: RuleContext,
  schoolId: string,
  year: number,
  procKey: ProcedureKey,
  /** Undefined when there is nothing to compare with (the value is then excluded as `no_data`). */
  meets: (fail: number) => { met: boolean; comparator?: number } | undefined,
): IndicatorEvidence<'fail'> | undefined {
  const fail = ctx.value(schoolId, year, procKey, 'fail');
  if (!fail) return undefined;
  const n = ctx.value(schoolId, year, procKey, 'n');
  const base = {
    kind: 'indicator' as const,
    procedureKey: procKey,
    year,
    indicator: 'fail' as const,
    value: fail.value,
    sources: fail.sources,
    ...(n ? { participants: n.value } : {}),
  };
  if (n && n.value < ctx.settings.minN) return { ...base, met: false, excluded: 'few_participants' as const };
  const verdict = meets(fail.value);
  if (!verdict) return { ...base, met: false, excluded: 'no_data' as const };
  return { ...base, ...verdict };
}
