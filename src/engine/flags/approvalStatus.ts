/**
 * Status against the approved ШНОР list (METHODOLOGY §3): `new-candidate`, `confirmed`, `exit-candidate`, or
 * `now-effective` («перешла в эффективный режим») — on the list and, by the Бугульма criteria (seed 000), no ШНОР
 * rule fired in Y nor in Y−1 (both years evaluable), no «2» on compulsory ОГЭ in Y, objectivity passes.
 */
import type { ApprovalStatus, RuleEvidence, RuleRecord } from '../model';
import { isCompulsory, procedureKey, SCHOOL_LEVEL } from '../procedures';
import type { RuleContext } from './context';

/** ШНОР verdict of one year, as the record of the rules that make it. */
export interface YearVerdict {
  year: number;
  flagged: boolean;
  /** At least one enabled ШНОР rule could be evaluated. */
  evaluable: boolean;
}

export function exitCriteria(
  ctx: RuleContext,
  schoolId: string,
  year: number,
  verdicts: [YearVerdict, YearVerdict],
  objectivityRisk: boolean,
): RuleRecord {
  const evidence: RuleEvidence[] = verdicts.map((v) => ({
    procedureKey: SCHOOL_LEVEL,
    year: v.year,
    indicator: 'shnor',
    value: v.flagged ? 1 : 0,
    met: !v.flagged && v.evaluable,
    sources: [],
    ...(v.evaluable ? {} : { excluded: 'no_data' }),
  }));
  for (const r of ctx.records(schoolId).results) {
    if (r.year !== year || r.procedure.assessment !== 'ОГЭ' || !isCompulsory(r.procedure)) continue;
    const m2 = r.counts.m2;
    if (m2) evidence.push({ procedureKey: procedureKey(r.procedure), year, indicator: 'm2', value: m2.value, met: m2.value === 0, sources: [m2.source] });
  }
  evidence.push({ procedureKey: SCHOOL_LEVEL, year, indicator: 'objectivity', value: objectivityRisk ? 1 : 0, met: !objectivityRisk, sources: [] });
  const fired = evidence.every((e) => e.met);
  return {
    ruleId: 'EXIT',
    schoolId,
    fired,
    outcome: fired ? 'fired' : 'not_fired',
    year,
    params: { consecutiveYears: 2 },
    years: verdicts.map((v) => v.year),
    evidence,
  };
}

/** The status, or undefined for a school neither on the list nor flagged. */
export function approvalStatus(onList: boolean, flagged: boolean, exit: RuleRecord | undefined): ApprovalStatus | undefined {
  if (flagged) return onList ? 'confirmed' : 'new-candidate';
  if (!onList) return undefined;
  return exit?.fired ? 'now-effective' : 'exit-candidate';
}
