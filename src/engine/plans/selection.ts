/**
 * Which schools each measure serves (METHODOLOGY §4): ШНОР measures serve the schools flagged ШНОР,
 * ШНСУ measures the ШНСУ schools, objectivity measures the schools at risk of non-objective ВПР, and a
 * risk-factor measure the supported (ШНОР or ШНСУ) schools where that factor is «высокий».
 * «все ОО» measures serve every school.
 */
import type { Analysis, RiskFactor, SchoolVerdict } from '../model';
import { riskNo, type Audience } from './audience';
import type { Measure } from './catalogue';

/** A school the programme supports: flagged ШНОР or ШНСУ (these get a roadmap). */
export function isSupported(v: SchoolVerdict): boolean {
  return v.lowResults === true || v.socialRisk === true;
}

/** The audiences of a measure that apply to this school («все ОО» never singles a school out). */
export function matchingAudiences(measure: Measure, v: SchoolVerdict): Audience[] {
  return measure.audience.filter((a) => {
    if (a === 'ШНОР') return v.lowResults === true;
    if (a === 'ШНСУ') return v.socialRisk === true;
    if (a === 'объективность') return v.objectivityRisk;
    const no = riskNo(a);
    return no !== null && isSupported(v) && v.riskFactors.some((f) => f.no === no && f.level === 'высокий');
  });
}

/** `all` for «все ОО» measures, else the ids of the schools served, in verdict order. */
export function servedSchools(measure: Measure, analysis: Analysis): 'all' | string[] {
  if (measure.audience.includes('все ОО')) return 'all';
  return analysis.verdicts.filter((v) => matchingAudiences(measure, v).length > 0).map((v) => v.schoolId);
}

const LEVEL_RANK: Record<RiskFactor['level'], number> = { высокий: 0, средний: 1, низкий: 2, 'нет данных': 3 };

/** The school's leading risk factors: «высокий» first, then «средний», by factor №; at most `count`. */
export function topRiskFactors(v: SchoolVerdict, count = 3): RiskFactor[] {
  return v.riskFactors
    .filter((f) => f.level === 'высокий' || f.level === 'средний')
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.no - b.no)
    .slice(0, count);
}
