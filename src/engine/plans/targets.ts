/**
 * Target values (METHODOLOGY §4): by default each plan year closes half of the remaining gap to the
 * district's better quartile, rounded to 1 p.p.; a value already at or beyond the quartile is held. A target
 * typed into settings wins for every plan year, but never asks for worse than the base value.
 * Also the roadmap's target rows for one school: every procedure-indicator a fired rule met in year Y,
 * plus the fail share of the compulsory exams the school sat.
 */
import type { Analysis, DistrictValue, IndicatorId, SchoolVerdict } from '../model';
import { parseProcedureKey, isCompulsory, procedureLabel } from '../procedures';
import type { Settings } from '../settings/defaults';
import { TARGET_INDICATORS, type TargetSource } from './targetIndicators';
import { indicatorIndex } from '../indicators/lookup';

/** Target years after the base year Y (the passport's Y+1 and Y+2). */
export const TARGET_YEARS = 2;

/** Rounds a share to whole percentage points (0.175 → 0.18), immune to 17.4999… floating noise. */
export function roundToPp(share: number): number {
  return Math.round(Number((share * 100).toFixed(6))) / 100;
}

/** Targets for Y+1 … Y+years: each closes half of the gap left by the previous (rounded) target. */
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

/**
 * Targets for Y+1 … Y+years and where they came from: a typed `override` is every year's target (the base
 * itself when it is already better than the override); without one, half the gap to `benchmark`.
 */
export function planTargets(
  base: number,
  benchmark: number,
  lowerIsBetter: boolean,
  override: number | undefined,
  years = TARGET_YEARS,
): { targets: number[]; source: TargetSource } {
  if (override === undefined) return { targets: halfGapTargets(base, benchmark, lowerIsBetter, years), source: 'halfGap' };
  const target = lowerIsBetter ? Math.min(base, override) : Math.max(base, override);
  return { targets: Array<number>(years).fill(target), source: 'settings' };
}

export interface TargetRow {
  label: string;
  base: number;
  targets: number[];
  /** The quartile aimed at. */
  benchmark: number;
  source: TargetSource;
}

/** The district comparator of an indicator (the district scope where there is one). */
export function districtValue(analysis: Analysis, year: number, procedureKey: string, id: string): DistrictValue | undefined {
  return indicatorIndex(analysis.indicators).district(year, procedureKey, id);
}

/** Target rows for one school's roadmap, in the order the evidence names them; `overrides` win over the default. */
export function schoolTargets(v: SchoolVerdict, analysis: Analysis, overrides?: TargetOverrides): TargetRow[] {
  const y = analysis.year;
  const pairs: [string, string][] = [];
  const add = (procedureKey: string, id: string) => {
    if (!pairs.some(([p, i]) => p === procedureKey && i === id)) pairs.push([procedureKey, id]);
  };
  for (const rule of v.rules.filter((r) => r.fired)) {
    for (const e of rule.evidence) if (e.met && e.year === y && !e.excluded && e.procedureKey) add(e.procedureKey, String(e.indicator));
  }
  for (const value of indicatorIndex(analysis.indicators).ofSchool(v.schoolId)) {
    if (value.year === y && value.id === 'fail' && isCompulsory(parseProcedureKey(value.procedureKey))) {
      add(value.procedureKey, 'fail');
    }
  }
  const rows: TargetRow[] = [];
  for (const [procedureKey, id] of pairs) {
    const indicator = TARGET_INDICATORS[id];
    const value = indicatorIndex(analysis.indicators).value(v.schoolId, y, procedureKey, id as IndicatorId);
    const district = districtValue(analysis, y, procedureKey, id);
    if (!indicator || !value || !district) continue;
    const benchmark = indicator.lowerIsBetter ? district.q1 : district.q3;
    rows.push({
      label: `${indicator.label}, ${procedureLabel(parseProcedureKey(procedureKey))}`,
      base: value.value,
      ...planTargets(value.value, benchmark, indicator.lowerIsBetter, overrideOf(overrides, id)),
      benchmark,
    });
  }
  return rows;
}
