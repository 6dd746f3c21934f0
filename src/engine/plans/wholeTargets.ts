/**
 * Targets a reviewer can defend (METHODOLOGY §4, «Целевые показатели»): counted in whole pupils of the base
 * year's participants, and moving each year by no more than the school (or district) itself has improved in
 * one year in the data; where it never improved, by one pupil or one percentage point, whichever is more;
 * without earlier years, by no more than a tenth of the participants — and never by more than half the
 * remaining gap to the aim. The aim is the
 * district's better quartile; for «2» on the compulsory exams it is no «2» at all (seed 000: «ОГЭ по русскому
 * языку без «2» … получение аттестатов всеми выпускниками»). A target typed into settings wins, never worse
 * than the base. Each row carries the rule in words, so the number can be checked.
 */
import { percent } from '../flags/format';

/** Target years after the base year Y (the passport's Y+1 and Y+2). */
export const TARGET_YEARS = 2;

/** How the step of a target was limited. */
export type TargetBasis = 'trend' | 'noImprovement' | 'noHistory' | 'halfGap' | 'hold' | 'settings' | 'list';

/** Without earlier years a target moves by at most this share of the participants a year. */
export const NO_HISTORY_STEP = 0.1;
/** Where the indicator never improved, a target moves by one pupil or this share of the participants a year. */
export const MIN_STEP_SHARE = 0.01;

export interface WholeTarget {
  /** Whole pupils (or schools) in the base year and in each target year. */
  baseCount: number;
  total: number;
  counts: number[];
  /** The same as shares of `total`. */
  shares: number[];
  basis: TargetBasis;
  /** Pupils per year the target moves by. */
  step: number;
  /** The largest one-year improvement seen in the data, in pupils at the base year's total (0: it never improved; undefined: no history). */
  trendStep?: number;
  aimCount: number;
}

export interface TargetInput {
  /** Pupils counted by the indicator in the base year (e.g. «2»), and the participants. */
  count: number;
  total: number;
  /** The indicator's shares in earlier years, oldest first (the school's own series). */
  history: number[];
  /** The aim as a share. */
  aim: number;
  lowerIsBetter: boolean;
  /** A target share typed into settings. */
  override?: number;
}

export function wholeTargets(input: TargetInput, years = TARGET_YEARS): WholeTarget {
  const { count, total, history, lowerIsBetter, override } = input;
  const better = (a: number, b: number) => (lowerIsBetter ? Math.min(a, b) : Math.max(a, b));
  const toCount = (share: number) => Math.round(share * total + 1e-9);
  const result = (counts: number[], basis: TargetBasis, step: number, aimCount: number, trendStep?: number): WholeTarget => ({
    baseCount: count,
    total,
    counts,
    shares: counts.map((c) => (total > 0 ? c / total : 0)),
    basis,
    step,
    aimCount,
    ...(trendStep !== undefined ? { trendStep } : {}),
  });
  if (override !== undefined) {
    const target = better(count, toCount(override));
    return result(Array<number>(years).fill(target), 'settings', Math.abs(target - count), toCount(override));
  }
  const aimCount = toCount(input.aim);
  const gap = lowerIsBetter ? count - aimCount : aimCount - count;
  if (gap <= 0) return result(Array<number>(years).fill(count), 'hold', 0, aimCount);
  const series = [...history, total > 0 ? count / total : 0];
  const improvements = series.slice(1).map((x, i) => (lowerIsBetter ? series[i] - x : x - series[i]));
  const trendStep = improvements.length > 0 ? Math.max(0, Math.round(Math.max(...improvements) * total)) : undefined;
  const minimal = Math.max(1, Math.round(MIN_STEP_SHARE * total));
  const cap = trendStep === undefined ? Math.max(1, Math.round(NO_HISTORY_STEP * total)) : Math.max(minimal, trendStep);
  const halfStep = Math.ceil(gap / 2);
  const step = Math.min(cap, halfStep);
  const counts = Array.from({ length: years }, (_, i) => (lowerIsBetter ? Math.max(aimCount, count - (i + 1) * step) : Math.min(aimCount, count + (i + 1) * step)));
  const basis: TargetBasis = cap >= halfStep ? 'halfGap' : trendStep === undefined ? 'noHistory' : trendStep < minimal ? 'noImprovement' : 'trend';
  return result(counts, basis, step, aimCount, trendStep);
}

/** «12 из 30 (40,0 %)»; `unit` follows the total («5 из 22 ОО (22,7 %)»). */
export function countText(count: number, total: number, unit = ''): string {
  return `${count} из ${total}${unit} (${percent(total > 0 ? count / total : 0)})`;
}

/** The rule behind a target, in words, with its numbers; `unit` is «чел.» or «ОО». */
export function targetRuleText(t: WholeTarget, aimText: string, unit = 'чел.'): string {
  switch (t.basis) {
    case 'settings':
      return `цель задана на листе «Опора · Настройки»: ${countText(t.aimCount, t.total)}; не хуже базового значения`;
    case 'hold':
      return `уже не хуже ориентира (${aimText}): сохранить достигнутое`;
    case 'list':
      return `из перечня выходит не менее ${t.step} ${unit} в год (пятая часть перечня, не меньше одной)`;
    case 'trend':
      return `на ${t.step} ${unit} в год — не больше, чем показатель ОО сам улучшался за год в данных (${t.trendStep} ${unit}); ориентир — ${aimText}`;
    case 'noImprovement':
      return `на ${t.step} ${unit} в год: в данных показатель ОО не улучшался — не больше одного обучающегося или 1 п.п. в год; ориентир — ${aimText}`;
    case 'noHistory':
      return `на ${t.step} ${unit} в год: данных прошлых лет нет — не больше десятой части участников в год; ориентир — ${aimText}`;
    case 'halfGap':
      return `на ${t.step} ${unit} в год — половина разрыва до ориентира (${aimText})`;
  }
}

/** ШНОР count targets in whole schools: a fifth of the list a year, at least one school. */
export function listTargets(count: number, schools: number, years = TARGET_YEARS): WholeTarget {
  const step = Math.max(1, Math.round(count / 5));
  const counts = Array.from({ length: years }, (_, i) => Math.max(0, count - (i + 1) * step));
  return { baseCount: count, total: schools, counts, shares: counts.map((c) => (schools > 0 ? c / schools : 0)), basis: count > 0 ? 'list' : 'hold', step, aimCount: 0 };
}
