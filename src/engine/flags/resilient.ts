/**
 * «Резильентная школа» (METHODOLOGY §3): a strength, not a flag. ШНСУ and not ШНОР, with success at or
 * above the district value in every compulsory procedure of Y it has (at least one, `min_n` applied).
 */
import type { ResilientRecord } from '../ruleRecords';
import { atLeast } from '../indicators/statistics';
import { isCompulsoryKey } from '../procedures';
import type { RuleContext } from './context';
import { ruleOutcome } from './outcome';

export function resilient(ctx: RuleContext, schoolId: string, year: number, socialRisk: boolean | null, lowResults: boolean | null): ResilientRecord {
  const evidence: ResilientRecord['evidence'] = [];
  for (const p of ctx.procedures(schoolId, year)) {
    if (!isCompulsoryKey(p)) continue;
    const success = ctx.value(schoolId, year, p, 'success');
    if (!success) continue;
    const participants = ctx.value(schoolId, year, p, 'n')?.value;
    const d = ctx.comparator(schoolId, year, p, 'success', ctx.settings.r3.comparator);
    const excluded = participants !== undefined && participants < ctx.settings.minN ? 'few_participants' : !d ? 'no_data' : undefined;
    const comparator = excluded ? undefined : d?.pooled;
    evidence.push({
      kind: 'indicator',
      procedureKey: p,
      year,
      indicator: 'success',
      value: success.value,
      sources: success.sources,
      participants,
      comparator,
      met: comparator !== undefined && atLeast(success.value, comparator),
      excluded,
    });
  }
  const usable = evidence.filter((e) => !e.excluded);
  const fired = socialRisk === true && lowResults === false && usable.length > 0 && usable.every((e) => e.met);
  return {
    ruleId: 'RES',
    schoolId,
    fired,
    outcome: ruleOutcome(fired, usable.length > 0),
    year,
    socialRisk: socialRisk === true,
    lowResults: lowResults === true,
    years: [year],
    evidence,
  };
}
