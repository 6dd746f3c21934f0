/**
 * Target rows (METHODOLOGY §4): for one school's roadmap, every procedure-indicator a fired rule met in year
 * Y plus the share of «2» on the exams required for the certificate that the school sat; for the passport,
 * the district's pooled values. Each row is counted in whole pupils (`wholeTargets.ts`), limited by the
 * school's own trend, and carries its rule in words. Parent satisfaction, an average of shares with no
 * pupils behind it, keeps the half-gap rule rounded to 1 p.p.
 */
import type { Analysis, DistrictValue, IndicatorId, IndicatorValue, Procedure, SchoolVerdict } from '../model';
import { percent } from '../flags/format';
import { indicatorIndex } from '../indicators/lookup';
import { isSchoolLevel, parseProcedureKey, type ProcedureKey } from '../procedures';
import type { Settings } from '../settings/defaults';
import { isRequiredForCertificate, procedureTitle } from './plainRussian';
import { TARGET_INDICATORS } from './targetIndicators';
import { targetRuleText, TARGET_YEARS, wholeTargets, type WholeTarget } from './wholeTargets';

export { TARGET_YEARS } from './wholeTargets';

/** Rounds a share to whole percentage points (0.175 → 0.18), immune to 17.4999… floating noise. */
export function roundToPp(share: number): number {
  return Math.round(Number((share * 100).toFixed(6))) / 100;
}

/** Targets for Y+1 … Y+years of a share with no pupils behind it: each closes half of the remaining gap. */
export function halfGapTargets(base: number, benchmark: number, lowerIsBetter: boolean, years = TARGET_YEARS): number[] {
  const targets: number[] = [];
  let current = base;
  for (let i = 0; i < years; i++) {
    const behind = lowerIsBetter ? current > benchmark : current < benchmark;
    current = roundToPp(behind ? current - (current - benchmark) / 2 : current);
    targets.push(current);
  }
  return targets;
}

/** Targets typed into settings, by indicator id (`Settings.targets`). */
export type TargetOverrides = Settings['targets'];

/** The override typed for an indicator, if any. */
export function overrideOf(overrides: TargetOverrides, id: string): number | undefined {
  return (overrides as Partial<Record<string, number>> | undefined)?.[id];
}

export interface TargetRow {
  label: string;
  target: WholeTarget;
  /** The aim in words («без «2»», «лучший квартиль ОО района: 5,0 %»). */
  aimText: string;
  /** How the target was set, in words with its numbers. */
  rule: string;
}

/** The district comparator of an indicator (the district scope where there is one). */
export function districtValue(analysis: Analysis, year: number, procedureKey: ProcedureKey, id: string): DistrictValue | undefined {
  return indicatorIndex(analysis.indicators).district(year, procedureKey, id);
}

/** «Доля участников, получивших «2»: ОГЭ по математике (9 класс)». */
export function targetLabel(id: string, p: Procedure): string {
  const name = p.assessment === 'ЕГЭ' ? EGE_LABELS[id] ?? TARGET_INDICATORS[id]?.label ?? id : TARGET_INDICATORS[id]?.label ?? id;
  return `${name}: ${procedureTitle(p)}`;
}

/** ЕГЭ has a minimum score and points, not marks. */
const EGE_LABELS: Record<string, string> = {
  fail: 'Доля участников, не преодолевших минимальный порог',
  success: 'Доля участников, преодолевших минимальный порог',
  quality: 'Доля участников с высоким результатом',
};

/** The aim of an indicator: no «2» on the exams required for the certificate, else the better quartile. */
export function aimOf(id: string, p: Procedure | undefined, district: DistrictValue): { aim: number; text: string } {
  const lowerIsBetter = TARGET_INDICATORS[id]?.lowerIsBetter ?? true;
  if (id === 'fail' && p && isRequiredForCertificate(p)) {
    return { aim: 0, text: p.assessment === 'ЕГЭ' ? 'все участники преодолевают минимальный порог' : 'без «2»: аттестат у всех выпускников' };
  }
  const q = lowerIsBetter ? district.q1 : district.q3;
  return { aim: q, text: `${lowerIsBetter ? 'нижний' : 'верхний'} квартиль ОО района: ${percent(q)}` };
}

/** The counts behind an indicator value: its numerator and denominator, else the share of the participants. */
function countsOf(value: IndicatorValue, participants: number | undefined): { count: number; total: number } | undefined {
  if (value.numerator !== undefined && value.denominator) return { count: value.numerator, total: value.denominator };
  if (participants) return { count: Math.round(value.value * participants), total: participants };
  return undefined;
}

/** Target rows for one school's roadmap, in the order the evidence names them; `overrides` win over the rule. */
export function schoolTargets(v: SchoolVerdict, analysis: Analysis, overrides?: TargetOverrides): TargetRow[] {
  const y = analysis.year;
  const index = indicatorIndex(analysis.indicators);
  const pairs: [ProcedureKey, string][] = [];
  const add = (procedureKey: ProcedureKey, id: string) => {
    if (!pairs.some(([p, i]) => p === procedureKey && i === id)) pairs.push([procedureKey, id]);
  };
  for (const rule of v.rules.filter((r) => r.fired)) {
    for (const e of rule.evidence) if (e.kind === 'indicator' && e.met && e.year === y && !e.excluded && !isSchoolLevel(e.procedureKey)) add(e.procedureKey, e.indicator);
  }
  for (const value of index.ofSchool(v.schoolId)) {
    if (value.year === y && value.id === 'fail' && isRequiredForCertificate(parseProcedureKey(value.procedureKey))) add(value.procedureKey, 'fail');
  }
  const rows: TargetRow[] = [];
  for (const [procedureKey, id] of pairs) {
    const indicator = TARGET_INDICATORS[id];
    const value = index.value(v.schoolId, y, procedureKey, id as IndicatorId);
    const district = districtValue(analysis, y, procedureKey, id);
    if (!indicator || !value || !district) continue;
    const counts = countsOf(value, index.value(v.schoolId, y, procedureKey, 'n')?.value);
    if (!counts) continue;
    const p = parseProcedureKey(procedureKey);
    const { aim, text } = aimOf(id, p, district);
    const history = index
      .ofSchool(v.schoolId)
      .filter((x) => x.procedureKey === procedureKey && x.id === id && x.year < y)
      .sort((a, b) => a.year - b.year)
      .map((x) => x.value);
    const target = wholeTargets({ count: counts.count, total: counts.total, history, aim, lowerIsBetter: indicator.lowerIsBetter, override: overrideOf(overrides, id) });
    rows.push({ label: targetLabel(id, p), target, aimText: text, rule: targetRuleText(target, text) });
  }
  return rows;
}
