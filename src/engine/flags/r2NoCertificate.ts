/**
 * R2 «Выпускники без аттестата / ниже минимума на обязательном ГИА» (METHODOLOGY §3): a warning, not a
 * ШНОР flag. Any pupil with «2» on compulsory ОГЭ/ЕГЭ (Russian, mathematics) or any «не получили аттестат»
 * in year Y; one pupil is enough, so `min_n` does not apply.
 */
import type { R2Record } from '../ruleRecords';
import { isCompulsory, procedureKey } from '../procedures';
import type { RuleContext } from './context';
import { ruleOutcome } from './outcome';

export function r2NoCertificate(ctx: RuleContext, schoolId: string, year: number): R2Record {
  const evidence: R2Record['evidence'] = [];
  const own = ctx.records(schoolId);
  for (const r of own.results) {
    if (r.year !== year || !isCompulsory(r.procedure)) continue;
    const m2 = r.counts.m2;
    const fail = r.shares.fail;
    const procKey = procedureKey(r.procedure);
    const participants = ctx.value(schoolId, year, procKey, 'n')?.value;
    if (m2) {
      evidence.push({ kind: 'failCount', procedureKey: procKey, year, count: m2.value, met: m2.value > 0, sources: [m2.source], participants });
    } else if (fail) {
      evidence.push({ kind: 'indicator', procedureKey: procKey, year, indicator: 'fail', value: fail.value, met: fail.value > 0, sources: [fail.source], participants });
    }
  }
  for (const p of own.programme) {
    const nc = p.values.no_certificate;
    if (!nc || (p.year !== undefined && p.year !== year)) continue;
    evidence.push({ kind: 'noCertificate', year, count: nc.value, met: nc.value > 0, sources: [nc.source] });
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
