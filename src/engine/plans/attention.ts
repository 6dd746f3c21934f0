/**
 * The attention zone (METHODOLOGY §4, «зона внимания»): schools that are neither ШНОР nor ШНСУ but that a
 * reviewer would ask about — a procedure of year Y at or near the R1 threshold, a share of «2» at the
 * threshold that the rules could not use because too few pupils sat it, or several risk factors «высокий».
 * Each entry carries its reasons, rendered from the values, so the list can be checked; the plan gives
 * each such school one light-touch measure («Для кого»: зона внимания).
 */
import type { Analysis, IndicatorValue, SchoolVerdict } from '../model';
import { indicatorIndex } from '../indicators/lookup';
import { isSchoolLevel, parseProcedureKey } from '../procedures';
import { percent, threshold } from '../flags/format';
import { HIGH_FACTORS, NEAR_THRESHOLD } from '../flags/partner';
import { RISK_FACTORS } from '../flags/riskFactors';
import type { Settings } from '../settings/defaults';
import { failedVerb, procedureTitle } from './plainRussian';
import { isSupported } from './selection';


export interface AttentionEntry {
  schoolId: string;
  reasons: string[];
}

function failText(v: IndicatorValue): string {
  const p = parseProcedureKey(v.procedureKey);
  const counts = v.numerator !== undefined && v.denominator !== undefined ? `${v.numerator} из ${v.denominator} (${percent(v.value)})` : percent(v.value);
  return `${procedureTitle(p)}: ${failedVerb(p)} ${counts}`;
}

function reasonsOf(v: SchoolVerdict, analysis: Analysis, settings: Settings): string[] {
  const index = indicatorIndex(analysis.indicators);
  const y = analysis.year;
  const limit = settings.r1.failShare;
  const fails = index.ofSchool(v.schoolId).filter((x) => x.year === y && x.id === 'fail' && !isSchoolLevel(x.procedureKey));
  // Each value's participants, looked up once for both tests below.
  const counted = new Map(fails.map((x) => [x, index.value(v.schoolId, y, x.procedureKey, 'n')?.value ?? x.denominator ?? 0]));
  const participants = (x: IndicatorValue) => counted.get(x) ?? 0;
  const reasons: string[] = [];
  const near = fails.filter((x) => participants(x) >= settings.minN && x.value >= limit - NEAR_THRESHOLD - 1e-9);
  if (near.length > 0) reasons.push(`близко к порогу ШНОР (${threshold(limit)}) в ${y} г.: ${near.map(failText).join('; ')}`);
  const few = fails.filter((x) => participants(x) < settings.minN && x.value >= limit - 1e-9);
  if (few.length > 0) reasons.push(`правила ШНОР не применимы (меньше ${settings.minN} участников), но ${few.map(failText).join('; ')}`);
  const high = v.riskFactors.filter((f) => f.level === 'high');
  if (high.length >= HIGH_FACTORS) {
    const names = high.map((f) => `«${RISK_FACTORS.find((s) => s.no === f.no)?.name ?? f.no}»`).join(', ');
    reasons.push(`высокий уровень ${high.length} факторов риска: ${names}`);
  }
  return reasons;
}

/** The attention zone of year Y, in verdict order. */
export function attentionList(analysis: Analysis, settings: Settings): AttentionEntry[] {
  return analysis.verdicts
    .filter((v) => !isSupported(v))
    .map((v) => ({ schoolId: v.schoolId, reasons: reasonsOf(v, analysis, settings) }))
    .filter((e) => e.reasons.length > 0);
}
