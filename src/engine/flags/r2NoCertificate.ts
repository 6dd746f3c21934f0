/**
 * R2 «Выпускники без аттестата / ниже минимума на обязательном ГИА» (METHODOLOGY §3): a warning, not a
 * ШНОР flag. Any pupil with «2» on compulsory ОГЭ/ЕГЭ (Russian, mathematics) or any «не получили аттестат»
 * in year Y; one pupil is enough, so `min_n` does not apply.
 */
import type { RuleEvidence, RuleRecord } from '../model';
import { isCompulsory, procedureKey, SCHOOL_LEVEL } from '../procedures';
import type { RuleContext } from './context';
import { ruleOutcome } from './outcome';

export function r2NoCertificate(ctx: RuleContext, schoolId: string, year: number): RuleRecord {
  const evidence: RuleEvidence[] = [];
  const own = ctx.records(schoolId);
  for (const r of own.results) {
    if (r.year !== year || !isCompulsory(r.procedure)) continue;
    const m2 = r.counts.m2;
    const fail = r.shares.fail;
    const n = ctx.value(schoolId, year, procedureKey(r.procedure), 'n');
    const participants = n ? { participants: n.value } : {};
    if (m2) {
      evidence.push({ procedureKey: procedureKey(r.procedure), year, indicator: 'm2', value: m2.value, met: m2.value > 0, sources: [m2.source], ...participants });
    } else if (fail) {
      evidence.push({ procedureKey: procedureKey(r.procedure), year, indicator: 'fail', value: fail.value, met: fail.value > 0, sources: [fail.source], ...participants });
    }
  }
  for (const p of own.programme) {
    const nc = p.values.no_certificate;
    if (!nc || (p.year !== undefined && p.year !== year)) continue;
    evidence.push({ procedureKey: SCHOOL_LEVEL, year, indicator: 'no_certificate', value: nc.value, met: nc.value > 0, sources: [nc.source] });
  }
  const fired = evidence.some((e) => e.met);
  return {
    ruleId: 'R2',
    schoolId,
    fired,
    outcome: ruleOutcome(fired, evidence.length > 0),
    year,
    params: { minPupils: 1 },
    years: [year],
    evidence,
  };
}
