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
  const participants = n?.value;
  const few = participants !== undefined && participants < ctx.settings.minN;
  const verdict = few ? undefined : meets(fail.value);
  // One object shape for every piece of evidence (absent fields undefined): this runs for every school ×
  // procedure × year of R1 and R3.
  return {
    kind: 'indicator',
    procedureKey: procKey,
    year,
    indicator: 'fail',
    value: fail.value,
    sources: fail.sources,
    participants,
    met: verdict?.met ?? false,
    comparator: verdict?.comparator,
    excluded: few ? 'few_participants' : verdict ? undefined : 'no_data',
  };
}
