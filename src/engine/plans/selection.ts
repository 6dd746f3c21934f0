/**
 * Which schools each measure serves (METHODOLOGY §4): ШНОР measures serve the schools flagged ШНОР — «ШНОР
 * ГИА» only those flagged on a state exam, «ШНОР ВПР» only those flagged on ВПР or a regional diagnostic
 * work — ШНСУ measures the ШНСУ schools, objectivity measures the schools at risk of non-objective ВПР, a
 * risk-factor measure the supported (ШНОР or ШНСУ) schools where that factor is «высокий», «зона внимания»
 * the schools of the attention list. A measure marked «с партнёром» serves only schools with a partner.
 * «все ОО» measures serve every school.
 */
import type { Analysis, Procedure, RiskFactor, SchoolVerdict } from '../model';
import { isSchoolLevel, parseProcedureKey } from '../procedures';
import { isLowResultsRecord } from '../ruleRecords';
import { CONDITIONS, riskNo, type Audience } from './audience';
import type { Measure } from './catalogue';

/** A school the programme supports: flagged ШНОР or ШНСУ (these get a roadmap). */
export function isSupported(v: SchoolVerdict): boolean {
  return v.lowResults === true || v.socialRisk === true;
}

const STATE_EXAMS: Procedure['assessment'][] = ['ОГЭ', 'ЕГЭ', 'ГВЭ'];

/** A state exam (ГИА: ОГЭ, ЕГЭ, ГВЭ), as opposed to ВПР and regional diagnostic works. */
export function isStateExam(p: Procedure): boolean {
  return STATE_EXAMS.includes(p.assessment);
}

/** The procedures whose values made the school ШНОР (met evidence of the fired R1 / R3), in key order. */
export function flaggedProcedures(v: SchoolVerdict): Procedure[] {
  const keys = new Set(v.rules.filter(isLowResultsRecord).filter((r) => r.fired).flatMap((r) => r.evidence.filter((e) => e.met && !isSchoolLevel(e.procedureKey)).map((e) => e.procedureKey)));
  return [...keys].sort().map(parseProcedureKey);
}

/** Flagged on a state exam (ОГЭ, ЕГЭ, ГВЭ) / on ВПР or a regional diagnostic work. */
function flaggedOn(v: SchoolVerdict, exams: boolean): boolean {
  return v.lowResults === true && flaggedProcedures(v).some((p) => isStateExam(p) === exams);
}

/** Schools of the attention list (`plans/attention.ts`), by id. */
export type AttentionIds = ReadonlySet<string>;

function serves(a: Audience, v: SchoolVerdict, attention: AttentionIds): boolean {
  switch (a) {
    case 'lowResults':
      return v.lowResults === true;
    case 'lowResultsExams':
      return flaggedOn(v, true);
    case 'lowResultsVpr':
      return flaggedOn(v, false);
    case 'socialRisk':
      return v.socialRisk === true;
    case 'objectivityRisk':
      return v.objectivityRisk;
    case 'attentionZone':
      return attention.has(v.schoolId);
    default: {
      const no = riskNo(a);
      return no !== null && isSupported(v) && v.riskFactors.some((f) => f.no === no && f.level === 'high');
    }
  }
}

/** The audiences of a measure that apply to this school («все ОО» never singles a school out). */
export function matchingAudiences(measure: Measure, v: SchoolVerdict, attention: AttentionIds = new Set()): Audience[] {
  if (measure.audience.includes('withPartner') && !v.partnerId) return [];
  return measure.audience.filter((a) => a !== 'all' && !CONDITIONS.includes(a) && serves(a, v, attention));
}

/** `all` for «все ОО» measures, else the ids of the schools served, in verdict order. */
export function servedSchools(measure: Measure, analysis: Analysis, attention: AttentionIds = new Set()): 'all' | string[] {
  if (measure.audience.includes('all')) return 'all';
  return analysis.verdicts.filter((v) => matchingAudiences(measure, v, attention).length > 0).map((v) => v.schoolId);
}

const LEVEL_RANK: Record<RiskFactor['level'], number> = { high: 0, medium: 1, low: 2, 'no-data': 3 };

/** The school's leading risk factors: «высокий» first, then «средний», by factor №; at most `count`. */
export function topRiskFactors(v: SchoolVerdict, count = 3): RiskFactor[] {
  return v.riskFactors
    .filter((f) => f.level === 'high' || f.level === 'medium')
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.no - b.no)
    .slice(0, count);
}
