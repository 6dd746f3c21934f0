/**
 * Status against the approved ШНОР list (METHODOLOGY §3): `new-candidate`, `confirmed`, `exit-candidate`, or
 * `now-effective` («перешла в эффективный режим») — on the list and, by the Бугульма criteria (seed 000), no ШНОР
 * rule fired in Y nor in Y−1 (both years evaluable), no «2» on compulsory ОГЭ in Y, objectivity passes.
 */
import type { ApprovalStatus } from '../model';
import type { ExitRecord } from '../ruleRecords';
import { isCompulsory, procedureKey } from '../procedures';
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
): ExitRecord {
  const evidence: ExitRecord['evidence'] = verdicts.map((v) => ({
    kind: 'lowResultsYear' as const,
    year: v.year,
    flagged: v.flagged,
    met: !v.flagged && v.evaluable,
    sources: [],
    ...(v.evaluable ? {} : { excluded: 'no_data' as const }),
  }));
  for (const r of ctx.records(schoolId).results) {
    if (r.year !== year || r.procedure.assessment !== 'ОГЭ' || !isCompulsory(r.procedure)) continue;
    const m2 = r.counts.m2;
    if (m2) evidence.push({ kind: 'failCount', procedureKey: procedureKey(r.procedure), year, count: m2.value, met: m2.value === 0, sources: [m2.source] });
  }
  evidence.push({ kind: 'objectivity', year, risk: objectivityRisk, met: !objectivityRisk, sources: [] });
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
export function approvalStatus(onList: boolean, flagged: boolean, exit: ExitRecord | undefined): ApprovalStatus | undefined {
  if (flagged) return onList ? 'confirmed' : 'new-candidate';
  if (!onList) return undefined;
  return exit?.fired ? 'now-effective' : 'exit-candidate';
}
