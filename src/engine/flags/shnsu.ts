/**
 * ШНСУ (METHODOLOGY §3): a school is «выше верхнего квартиля» on a social share when its share ≥ the
 * district Q3 (≤ Q1 for shares where higher is better); ШНСУ when that holds for ≥ `minIndicators`
 * shares, provided ≥ `minAvailable` shares have data, else «нет данных». The social index is the mean
 * PERCENTRANK.INC × 100 over the available risk shares (higher-is-better shares are left out of it).
 */
import type { IndicatorValue, SocialKey } from '../model';
import type { SocialRecord } from '../ruleRecords';
import { SOCIAL_KEYS } from '../indicators/catalogue';
import { atLeast, percentRankOfSorted } from '../indicators/statistics';
import { isSchoolLevel, SCHOOL_LEVEL } from '../procedures';
import type { RuleContext } from './context';
import { ruleOutcome } from './outcome';

/** The school's social shares: those of year Y, else of its latest earlier contingent year. */
function socialValues(ctx: RuleContext, schoolId: string, year: number): IndicatorValue[] {
  const own = ctx.ownValues(schoolId).filter((v) => isSchoolLevel(v.procedureKey) && v.id.startsWith('social.') && v.year <= year);
  const latest = Math.max(...own.map((v) => v.year));
  return own.filter((v) => v.year === latest);
}

export function shnsu(ctx: RuleContext, schoolId: string, year: number): { record: SocialRecord; socialIndex?: number } {
  const { minIndicators, minAvailable } = ctx.settings.shnsu;
  const evidence: SocialRecord['evidence'] = [];
  const ranks: number[] = [];
  for (const v of socialValues(ctx, schoolId, year)) {
    const d = ctx.district(v.year, SCHOOL_LEVEL, v.id);
    if (!d) continue;
    const better = SOCIAL_KEYS.find((s) => `social.${s.key}` === v.id)?.direction === 'better';
    const comparator = better ? d.q1 : d.q3;
    const met = better ? atLeast(comparator, v.value) : atLeast(v.value, comparator);
    evidence.push({ kind: 'indicator', procedureKey: SCHOOL_LEVEL, year: v.year, indicator: v.id as `social.${SocialKey}`, value: v.value, comparator, met, sources: v.sources, participants: v.denominator });
    if (!better) {
      const all = ctx.schoolLevelValues(v.id, v.year); // ascending
      // PERCENTRANK.INC has 3 digits, so ×100 has one decimal; rounding drops float noise (0.333 × 100).
      ranks.push(Math.round(percentRankOfSorted(all, v.value) * 1000) / 10);
    }
  }
  const available = evidence.length >= minAvailable;
  const fired = available && evidence.filter((e) => e.met).length >= minIndicators;
  const record: SocialRecord = {
    ruleId: 'SOC',
    schoolId,
    fired,
    outcome: ruleOutcome(fired, available),
    year,
    params: { minIndicators, minAvailable },
    years: [...new Set(evidence.map((e) => e.year))],
    evidence,
  };
  return ranks.length > 0 ? { record, socialIndex: ranks.reduce((a, b) => a + b, 0) / ranks.length } : { record };
}
